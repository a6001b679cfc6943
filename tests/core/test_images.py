"""Uploaded images lose every trace of metadata: a picket photo must not tell where, or with what, it was taken.

Each file is shaped like what phones and editors really upload (see image_files.py); the
stored original and every rendition the site's templates use are checked twice: re-opened
with Pillow, and searched byte by byte for the canary text put into the metadata.
"""

import hashlib
import html
import re
from io import BytesIO, StringIO
from urllib.parse import urlsplit

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils.translation import gettext, override
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from core.images import TOO_MANY_PIXELS, UNREADABLE, ImageNormalisationError, normalise_image
from tests.core.image_files import (
    CANARY,
    PHONE_FILES,
    animated_gif,
    animated_webp,
    carried_metadata,
    huge_png,
    jpeg_photo,
    leaks,
    mpo_photo,
    phone_exif,
    site_rendition_specs,
)
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

CONTENT_TYPES = {"jpg": "image/jpeg", "gif": "image/gif", "png": "image/png", "webp": "image/webp", "tif": "image/tiff"}


def _upload(content, name="picket.jpg"):
    """An image saved by code (demo data, scripts): normalised by the pre_save handler."""
    extension = name.rsplit(".", 1)[1]
    file = SimpleUploadedFile(name, content, content_type=CONTENT_TYPES[extension])
    image = get_image_model()(title="Picket", file=file)
    image.save()
    return image


def _stored(image):
    with image.file.open() as stored:
        return stored.read()


def _frames(data):
    """(frame count, durations, loop) of an animation."""
    with Image.open(BytesIO(data)) as picture:
        durations = []
        for index in range(picture.n_frames):
            picture.seek(index)
            picture.load()
            durations.append(picture.info.get("duration"))
        return picture.n_frames, durations, picture.info.get("loop")


def _admin_upload(client, content, name, **extra):
    file = SimpleUploadedFile(name, content, content_type=CONTENT_TYPES[name.rsplit(".", 1)[1]])
    data = {"title": "Picket", "file": file, "collection": Collection.get_first_root_node().pk, **extra}
    return client.post("/admin/images/add/", data)


def _admin_multiple_upload(client, content, name):
    file = SimpleUploadedFile(name, content, content_type=CONTENT_TYPES[name.rsplit(".", 1)[1]])
    return client.post("/admin/images/multiple/add/", {"files[]": file}, headers={"x-requested-with": "XMLHttpRequest"})


# The fixtures are honest -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("photo.jpg", {"JPEG", "gps", "model", "xmp", "iptc", "comment", "icc_profile"}),
        ("samsung.jpg", {"MPO", "gps", "model", "mp"}),
        ("animation.webp", {"WEBP", "gps", "model", "xmp", "icc_profile"}),
        ("animation.gif", {"GIF", "comment"}),
        ("still.gif", {"GIF", "comment"}),
        ("chunks.png", {"PNG", "gps", "model", "text", "icc_profile"}),
    ],
)
def test_each_phone_file_really_carries_its_metadata(name, expected):
    data = PHONE_FILES[name]()
    assert expected <= carried_metadata(data)
    assert CANARY.encode() in data or CANARY.encode("utf-16-be") in data
    assert leaks(data)


def test_the_animations_really_are_animated():
    assert _frames(animated_webp()) == (3, [100, 200, 300], 2)
    assert _frames(animated_gif()) == (2, [150, 250], 0)


# Stored originals ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(PHONE_FILES))
def test_stored_original_has_no_metadata(name):
    image = _upload(PHONE_FILES[name](), name)
    assert leaks(_stored(image)) == []


def test_mpo_is_stored_as_a_plain_jpeg_of_its_first_picture():
    image = _upload(mpo_photo(), "samsung.jpg")
    with Image.open(BytesIO(_stored(image))) as picture:
        assert picture.format == "JPEG"
        assert getattr(picture, "n_frames", 1) == 1
        red, green, blue = picture.convert("RGB").getpixel((1, 1))
        assert green > 120 and red < 80 and blue < 80  # the first (green) picture, not the second (blue)


@pytest.mark.parametrize(
    ("name", "animation"), [("animation.webp", (3, [100, 200, 300], 2)), ("animation.gif", (2, [150, 250], 0))]
)
def test_animation_keeps_its_frames_durations_and_loop(name, animation):
    image = _upload(PHONE_FILES[name](), name)
    assert _frames(_stored(image)) == animation


def test_animated_frames_keep_their_pictures():
    image = _upload(animated_webp(), "animation.webp")
    with Image.open(BytesIO(_stored(image))) as picture:
        colours = []
        for index in range(picture.n_frames):
            picture.seek(index)
            colours.append(max(range(3), key=picture.convert("RGB").getpixel((1, 1)).__getitem__))
    assert colours == [0, 1, 2]  # red, green, blue


def test_camera_orientation_is_applied_before_the_metadata_goes():
    image = _upload(jpeg_photo(size=(40, 20), orientation=6), "turned.jpg")
    assert (image.width, image.height) == (20, 40)
    with Image.open(BytesIO(_stored(image))) as picture:
        assert picture.size == (20, 40)
        assert leaks(_stored(image)) == []


def test_file_size_and_hash_describe_the_stored_file():
    image = _upload(jpeg_photo())
    stored = _stored(image)
    assert image.file_size == len(stored)
    assert image.file_hash == hashlib.sha1(stored).hexdigest()  # noqa: S324  (Wagtail's duplicate check)


def test_a_picture_in_a_format_the_site_cannot_clean_is_never_stored():
    # Code can save what the admin form would refuse, e.g. a TIFF scan with a GPS position.
    buffer = BytesIO()
    Image.new("RGB", (20, 10), "red").save(buffer, format="TIFF", exif=phone_exif())
    with pytest.raises(ImageNormalisationError):
        _upload(buffer.getvalue(), "scan.tif")
    assert not get_image_model().objects.exists()


def test_normalising_twice_changes_nothing_more():
    once = normalise_image(BytesIO(png_bytes := PHONE_FILES["chunks.png"]()))
    twice = normalise_image(BytesIO(once.content))
    assert png_bytes != once.content
    assert twice.content == once.content


# Renditions ---------------------------------------------------------------------------------


def test_the_site_uses_the_renditions_these_tests_check():
    specs = site_rendition_specs()
    assert "fill-1200x630|format-jpeg" in specs  # og:image
    assert {"width-480|format-webp", "fill-320x180|format-webp", "max-240x120|format-webp"} <= specs


@pytest.mark.parametrize("name", sorted(PHONE_FILES))
def test_every_rendition_the_site_uses_has_no_metadata(name):
    image = _upload(PHONE_FILES[name](), name)
    for spec in sorted(site_rendition_specs() | {"original", "max-165x165"}):  # and the admin's own
        rendition = image.get_rendition(spec)
        with rendition.file.open() as file:
            data = file.read()
        assert leaks(data) == [], spec


# The admin upload ----------------------------------------------------------------------------


def test_editor_upload_of_a_phone_photo_leaves_no_trace_on_the_published_page(admin_client, site_tree, client):
    response = _admin_upload(admin_client, jpeg_photo(size=(1600, 900)), "IMG_2046.jpg")
    assert response.status_code == 302
    image = get_image_model().objects.get()
    assert leaks(_stored(image)) == []
    page = StandardPageFactory(
        parent=site_tree.home,
        slug="picket",
        listing_image=image,
        body=[("image", {"image": image, "alt_text": "A picket", "caption": "4 August"})],
    )
    content = client.get(page.url).content.decode()
    urls = {html.unescape(url) for url in re.findall(r'(?:src|content)="([^"]*/media/[^"]*)"', content)}
    for srcset in re.findall(r'srcset="([^"]*)"', content):
        urls |= {html.unescape(candidate.split()[0]) for candidate in srcset.split(",")}
    paths = {urlsplit(url).path for url in urls}
    assert not [path for path in paths if "IMG_2046" in path]  # the uploaded name is not published either
    assert "IMG_2046" not in image.file.name
    assert any(path.endswith(".format-jpeg.jpg") for path in paths)  # og:image
    assert sum(path.endswith(".webp") for path in paths) >= 3  # the srcset
    for path in sorted(paths):
        response = client.get(path)
        assert response.status_code == 200, path
        data = b"".join(response.streaming_content)
        assert leaks(data) == [], path


@pytest.mark.parametrize("address", ["/admin/images/add/", "/admin/images/multiple/add/"])
def test_the_upload_forms_still_render_with_the_normalising_field(admin_client, address):
    response = admin_client.get(address)
    assert response.status_code == 200
    assert "GIF, JPG, JPEG, PNG, WEBP" in response.content.decode()


@pytest.mark.parametrize("name", sorted(PHONE_FILES))
def test_admin_upload_stores_a_clean_original(admin_client, name):
    assert _admin_upload(admin_client, PHONE_FILES[name](), name).status_code == 302
    assert leaks(_stored(get_image_model().objects.get())) == []


@pytest.mark.parametrize("name", ["samsung.jpg", "animation.webp"])
def test_admin_multiple_upload_stores_a_clean_original(admin_client, name):
    response = _admin_multiple_upload(admin_client, PHONE_FILES[name](), name)
    assert response.json()["success"] is True
    assert leaks(_stored(get_image_model().objects.get())) == []


def test_replacing_the_file_of_an_image_stores_a_clean_one(admin_client):
    image = _upload(jpeg_photo(), "first.jpg")
    file = SimpleUploadedFile("second.png", PHONE_FILES["chunks.png"](), content_type="image/png")
    data = {"title": "Picket", "file": file, "collection": image.collection_id}
    response = admin_client.post(f"/admin/images/{image.pk}/", data)
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.file.name.endswith(".png")
    assert leaks(_stored(image)) == []


# Pictures with too many pixels --------------------------------------------------------------


def _too_many_pixels(language):
    with override(language):
        return gettext(TOO_MANY_PIXELS) % {"megapixels": 50}


def test_a_200_megapixel_upload_gets_a_form_error(admin_client):
    response = _admin_upload(admin_client, huge_png(), "huge.png")
    assert response.status_code == 200
    assert html.escape(_too_many_pixels("en")) in response.content.decode()
    assert not get_image_model().objects.exists()


def test_a_60_megapixel_upload_gets_the_same_form_error(admin_client):
    response = _admin_upload(admin_client, huge_png(10000, 6000), "large.png")
    assert response.status_code == 200
    assert html.escape(_too_many_pixels("en")) in response.content.decode()


def test_a_200_megapixel_upload_to_the_multiple_uploader_gets_an_error_message(admin_client):
    response = _admin_multiple_upload(admin_client, huge_png(), "huge.png")
    assert response.status_code == 200
    assert response.json() == {"success": False, "error_message": _too_many_pixels("en")}
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("language", ["ru", "be", "uk"])
def test_the_too_many_pixels_error_is_in_the_editors_language(admin_client, admin_user, language):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = language
    profile.save()
    message = _too_many_pixels(language)
    assert message != _too_many_pixels("en")
    assert html.escape(message) in _admin_upload(admin_client, huge_png(), "huge.png").content.decode()
    assert _admin_multiple_upload(admin_client, huge_png(), "huge.png").json()["error_message"] == message


def test_a_broken_picture_gets_a_form_error(admin_client):
    # Valid PNG header, truncated pixel data: Wagtail's checks pass, decoding fails.
    response = _admin_upload(admin_client, PHONE_FILES["chunks.png"]()[:-40], "broken.png")
    assert response.status_code == 200
    assert html.escape(gettext(UNREADABLE)) in response.content.decode()
    assert not get_image_model().objects.exists()


def test_a_broken_picture_in_the_multiple_uploader_gets_an_error_message(admin_client):
    response = _admin_multiple_upload(admin_client, PHONE_FILES["chunks.png"]()[:-40], "broken.png")
    assert response.json() == {"success": False, "error_message": gettext(UNREADABLE)}


# Images stored before normalising ------------------------------------------------------------


def _stored_before_normalising(name):
    """An image whose stored file still has its metadata, as uploads made before this rule left them."""
    image = _upload(jpeg_photo(size=(60, 40)), "placeholder.jpg")
    storage, stored_name = image.file.storage, image.file.name
    storage.delete(stored_name)
    assert storage.save(stored_name, ContentFile(PHONE_FILES[name]())) == stored_name
    return image


# Willow copies EXIF and ICC profiles into renditions, and Pillow a GIF's comment into a JPEG
# (an RGBA PNG loses its metadata only because it is converted to RGB for JPEG).
@pytest.mark.parametrize(
    ("name", "rendition_leaked"),
    [("photo.jpg", True), ("samsung.jpg", True), ("animation.gif", True), ("chunks.png", False)],
)
def test_normalise_images_rewrites_old_originals_and_their_renditions(name, rendition_leaked):
    image = _stored_before_normalising(name)
    old_rendition = image.get_rendition("fill-1200x630|format-jpeg")
    with old_rendition.file.open() as file:
        assert bool(leaks(file.read())) is rendition_leaked

    output = StringIO()
    call_command("normalise_images", stdout=output)
    assert output.getvalue() == "1 images rewritten; 0 could not be read.\n"
    image.refresh_from_db()
    assert leaks(_stored(image)) == []
    assert image.file_size == len(_stored(image))
    assert not image.renditions.filter(pk=old_rendition.pk).exists()
    with image.get_rendition("fill-1200x630|format-jpeg").file.open() as file:
        assert leaks(file.read()) == []


def test_normalise_images_leaves_clean_images_alone_and_can_only_count():
    image = _stored_before_normalising("photo.jpg")
    _upload(jpeg_photo(), "clean.jpg")
    output = StringIO()
    call_command("normalise_images", "--dry-run", stdout=output)
    assert output.getvalue() == "1 images would be rewritten; 0 could not be read.\n"
    assert leaks(_stored(image))
    call_command("normalise_images", stdout=StringIO())
    output = StringIO()
    call_command("normalise_images", stdout=output)
    assert output.getvalue() == "0 images rewritten; 0 could not be read.\n"
