"""Uploaded images lose their metadata: a picket photo must not tell where it was taken."""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db

GPS_IFD = 0x8825
ORIENTATION = 0x0112
CAMERA_SERIAL = 0xA431


def _jpeg_with_metadata(size=(40, 20), orientation=1):
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[CAMERA_SERIAL] = "SN-123456"
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (53.0, 54.0, 0.0), 3: "E", 4: (27.0, 33.0, 0.0)})
    buffer = BytesIO()
    Image.new("RGB", size, "red").save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def _upload(content, name="picket.jpg"):
    image = get_image_model()(title="Picket", file=SimpleUploadedFile(name, content, content_type="image/jpeg"))
    image.save()
    return image


def test_the_fixture_really_carries_gps_data():
    assert Image.open(BytesIO(_jpeg_with_metadata())).getexif().get_ifd(GPS_IFD)


def test_uploaded_photo_is_stored_without_exif_or_gps():
    image = _upload(_jpeg_with_metadata())
    with image.file.open() as stored, Image.open(stored) as picture:
        assert dict(picture.getexif()) == {}
        assert "exif" not in picture.info


def test_camera_orientation_is_applied_before_the_metadata_goes():
    image = _upload(_jpeg_with_metadata(size=(40, 20), orientation=6))
    assert (image.width, image.height) == (20, 40)


def test_file_size_and_hash_describe_the_stored_file():
    image = _upload(_jpeg_with_metadata())
    with image.file.open() as stored:
        assert image.file_size == len(stored.read())
    assert image.file_hash
