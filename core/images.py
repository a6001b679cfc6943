"""Every uploaded image is rewritten before it is stored: its pixels, and nothing else.

A photo from a picket can carry the place it was taken (GPS), the phone that took it (make,
model, serial, maker notes), the photographer's name (IPTC, XMP) or a comment with an address.
Wagtail keeps the original file and Willow copies its EXIF and ICC profile into JPEG and PNG
renditions, so the original itself must be clean. Each picture is decoded, turned the way the
camera was held, and encoded again from bare pixels, whatever the format:

- MPO (what many phones write as ``.jpg``) becomes a plain JPEG of its first picture;
- animated GIF, WebP and PNG are rewritten frame by frame, keeping durations and looping;
- EXIF, GPS, maker notes, XMP, IPTC, comments, PNG text chunks and ICC profiles (whose text
  can name a device) are dropped; colours in a non-sRGB profile are converted to sRGB first;
- the file gets a random name, since renditions' public addresses repeat it.

The admin's image form does this while it validates the upload (so an editor gets a form error
for a file that cannot be read, or one with too many pixels, instead of a server error); a
``pre_save`` handler does it for images saved by code. Nothing unnormalised is ever stored.
"""

import secrets
from dataclasses import dataclass
from io import BytesIO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageCms, ImageOps
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

# Format Pillow reads -> format the clean copy is written in.
OUTPUT_FORMATS = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "GIF": "GIF", "WEBP": "WEBP"}
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}
CONTENT_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "WEBP": "image/webp"}
# Modes each format can store as they are; anything else is converted (see _storable).
KEPT_MODES = {
    "JPEG": {"L", "RGB"},
    "PNG": {"1", "L", "LA", "P", "RGB", "RGBA", "I", "I;16"},
    "GIF": {"L", "P", "RGB", "RGBA"},
    "WEBP": {"RGB", "RGBA"},
}
SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))

TOO_MANY_PIXELS = _(
    "This picture has too many pixels. Pictures may have at most %(megapixels)s megapixels "
    "(width × height × frames): make it smaller and upload it again."
)
UNREADABLE = _("This picture could not be read. Save it again as JPEG, PNG, GIF or WebP and upload it again.")


class ImageNormalisationError(ValueError):
    """The file is not a picture this site can rewrite without its metadata."""


class TooManyPixels(ImageNormalisationError):
    """The picture has more pixels than ``WAGTAILIMAGES_MAX_IMAGE_PIXELS`` allows."""


@dataclass(frozen=True)
class NormalisedImage:
    content: bytes
    format: str  # the Pillow format name the content is in

    @property
    def content_type(self):
        return CONTENT_TYPES[self.format]


def max_image_pixels():
    """The most pixels (width × height × frames) a picture may have; Wagtail's own setting."""
    return getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", 128_000_000)


def _bare(frame):
    """A new image with ``frame``'s pixels (and palette) and nothing else: no info, no EXIF cache."""
    bare = Image.frombytes(frame.mode, frame.size, frame.tobytes())
    if frame.mode == "P" and frame.palette is not None:
        bare.putpalette(frame.palette.tobytes(), frame.palette.mode)
    return bare


def _in_srgb(frame, icc_profile):
    """``frame`` with its colours converted from its embedded profile to sRGB, when that can be done."""
    if not icc_profile or frame.mode not in ("RGB", "RGBA", "CMYK"):
        return frame
    try:
        source = ImageCms.ImageCmsProfile(BytesIO(icc_profile))
        return ImageCms.profileToProfile(frame, source, SRGB, outputMode="RGB" if frame.mode == "CMYK" else frame.mode)
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        # An unreadable profile is dropped like any other metadata; colours may shift a little.
        return frame


def _storable(frame, output_format):
    if frame.mode in KEPT_MODES[output_format]:
        return frame
    has_alpha = frame.mode in ("LA", "PA", "RGBa", "La") or "transparency" in frame.info or "A" in frame.getbands()
    if output_format == "JPEG":
        return frame.convert("L" if frame.mode in ("1", "I", "I;16", "F") else "RGB")
    return frame.convert("RGBA" if has_alpha else "RGB")


def _frames(picture, output_format):
    """Each frame of ``picture`` as (bare image, duration), turned the way the camera was held."""
    count = 1 if picture.format == "MPO" else getattr(picture, "n_frames", 1)
    icc_profile = picture.info.get("icc_profile")
    for index in range(count):
        picture.seek(index)
        frame = ImageOps.exif_transpose(picture)  # a copy, so the sequence keeps its place
        frame = _storable(_in_srgb(frame, icc_profile), output_format)
        bare = _bare(frame)
        transparency = frame.info.get("transparency")
        if transparency is not None and bare.mode in ("P", "L", "RGB"):
            bare.info["transparency"] = transparency
        yield bare, picture.info.get("duration")


def normalise_image(file):
    """Decode ``file`` and encode its pixels again with no metadata; return a NormalisedImage.

    Raises ImageNormalisationError if the file is not a picture in a format the site accepts,
    or if it has more pixels than ``WAGTAILIMAGES_MAX_IMAGE_PIXELS``.
    """
    file.seek(0)
    try:
        with Image.open(file) as picture:
            output_format = OUTPUT_FORMATS.get(picture.format)
            if output_format is None:
                raise ImageNormalisationError(f"unsupported format {picture.format}")
            frame_count = 1 if picture.format == "MPO" else getattr(picture, "n_frames", 1)
            if picture.width * picture.height * frame_count > max_image_pixels():
                raise TooManyPixels
            loop = picture.info.get("loop")
            frames = list(_frames(picture, output_format))
    except ImageNormalisationError:
        raise
    except Image.DecompressionBombError as error:
        raise TooManyPixels from error
    except (OSError, ValueError, SyntaxError, EOFError) as error:
        raise ImageNormalisationError("unreadable picture") from error
    finally:
        file.seek(0)

    first, first_duration = frames[0]
    options = {"quality": 90} if output_format in ("JPEG", "WEBP") else {}
    if "transparency" in first.info:
        options["transparency"] = first.info["transparency"]
    if len(frames) > 1:
        options.update(
            save_all=True,
            append_images=[frame for frame, _duration in frames[1:]],
            duration=[duration or 0 for _frame, duration in frames],
        )
        if loop is not None:
            options["loop"] = loop
        if output_format == "GIF":
            # Pillow hands out every frame fully composed, so each one replaces the last.
            options["disposal"] = 2
    elif first_duration and output_format != "JPEG":
        options["duration"] = first_duration
    buffer = BytesIO()
    first.save(buffer, format=output_format, **options)
    return NormalisedImage(content=buffer.getvalue(), format=output_format)


# Keys of Pillow's ``info`` that only describe how to show the picture; any other key is metadata.
PRESENTATION_INFO = {
    "transparency", "duration", "loop", "background", "disposal", "blend", "timestamp", "version",
    "dpi", "aspect", "gamma", "interlace", "progressive", "progression", "jfif", "jfif_version",
    "jfif_unit", "jfif_density", "adobe", "adobe_transform", "optimize", "srgb", "chromaticity",
}  # fmt: skip


def carries_metadata(file):
    """Whether a stored picture still has anything besides its pixels (for files stored before normalising)."""
    file.seek(0)
    try:
        with Image.open(file) as picture:
            if picture.format not in ("JPEG", "PNG", "GIF", "WEBP"):
                return True
            for index in range(getattr(picture, "n_frames", 1)):
                picture.seek(index)
                extension = picture.info.get("extension")
                loop_only = extension is None or extension[0] == b"NETSCAPE2.0"
                if set(picture.info) - PRESENTATION_INFO - {"extension"} or not loop_only or picture.getexif():
                    return True
                if getattr(picture, "text", None):
                    return True
            return False
    except (OSError, ValueError, SyntaxError, EOFError):
        return True
    finally:
        file.seek(0)


class NormalisedUploadedFile(SimpleUploadedFile):
    """An upload whose content has already been through ``normalise_image``."""

    metadata_removed = True


def normalised_upload(upload):
    """A NormalisedUploadedFile with the picture in ``upload``, under a random name.

    The uploaded name ("IMG_Minsk_4Aug.jpg", a person's name) would otherwise be part of the
    public address of every rendition.
    """
    clean = normalise_image(upload)
    name = f"{secrets.token_hex(8)}.{EXTENSIONS[clean.format]}"
    return NormalisedUploadedFile(name, clean.content, content_type=clean.content_type)


class NormalisingImageField(WagtailImageField):
    """Wagtail's image file field; too many pixels is a form error, and it cleans the file it returns.

    Wagtail reads the picture's size through Pillow, whose decompression-bomb check raises an
    exception that Wagtail does not catch (a server error for a 200-megapixel PNG of a few
    kilobytes), as does a truncated file; here both become form errors.
    """

    def check_image_pixel_size(self, f):
        # Willow decodes the whole picture here: a truncated or corrupt file raises too.
        try:
            super().check_image_pixel_size(f)
        except (Image.DecompressionBombError, ValidationError) as error:
            raise self.too_many_pixels() from error
        except (OSError, ValueError, SyntaxError, EOFError) as error:
            raise ValidationError(UNREADABLE, code="invalid_image") from error

    def too_many_pixels(self):
        return ValidationError(
            TOO_MANY_PIXELS, code="file_too_many_pixels", params={"megapixels": max_image_pixels() // 1_000_000}
        )

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is None:
            return None
        try:
            return normalised_upload(upload)
        except TooManyPixels as error:
            raise self.too_many_pixels() from error
        except ImageNormalisationError as error:
            raise ValidationError(UNREADABLE, code="invalid_image") from error


class ImageForm(BaseImageForm):
    """The admin's image form (``WAGTAILIMAGES_IMAGE_FORM_BASE``): the file goes through NormalisingImageField."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None and not isinstance(field, NormalisingImageField):
            self.fields["file"] = NormalisingImageField(
                label=field.label, required=field.required, widget=field.widget, max_length=field.max_length
            )


def strip_uploaded_image_metadata(sender, instance, **kwargs):
    """pre_save handler for the image model: normalise a new original that no form has cleaned.

    A picture that cannot be normalised is not stored at all: the exception stops the save.
    """
    upload = instance.file
    if not upload or getattr(upload, "_committed", True):
        return  # not a new upload
    if getattr(upload.file, "metadata_removed", False):
        return  # the admin form has already done it
    clean = normalised_upload(upload.file)
    instance.file.save(clean.name, clean, save=False)
    instance.file.field.update_dimension_fields(instance, force=True)
    instance._set_file_hash()
    instance.file_size = clean.size
