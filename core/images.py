"""Uploaded images lose their metadata (EXIF, GPS position, camera serial) before they are stored.

A photo from a picket can carry the exact place and the phone that took it. Wagtail serves
re-encoded renditions, but the original file is kept too; this strips the original itself.
"""

from io import BytesIO

from django.core.files.base import ContentFile
from PIL import Image, ImageOps

STRIPPABLE_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}


def strip_metadata(file):
    """Return a ContentFile with the same picture and no metadata, or None if it is not an image we re-encode."""
    file.seek(0)
    try:
        with Image.open(file) as picture:
            picture_format = picture.format
            if picture_format not in STRIPPABLE_FORMATS or getattr(picture, "is_animated", False):
                return None
            clean = ImageOps.exif_transpose(picture)  # keep the orientation the camera recorded
            if picture_format == "JPEG" and clean.mode not in ("RGB", "L"):
                clean = clean.convert("RGB")
            # Keep transparency only; exif, xmp, icc and text chunks go with the rest of info.
            transparency = clean.info.get("transparency")
            clean.info = {} if transparency is None else {"transparency": transparency}
            stripped = clean
            buffer = BytesIO()
            options = {"quality": 90} if picture_format in ("JPEG", "WEBP") else {}
            stripped.save(buffer, format=picture_format, **options)
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    finally:
        file.seek(0)
    return ContentFile(buffer.getvalue())


def strip_uploaded_image_metadata(sender, instance, **kwargs):
    """pre_save handler for the image model: strip a newly uploaded original."""
    upload = instance.file
    if not upload or getattr(upload, "_committed", True):
        return  # not a new upload
    clean = strip_metadata(upload.file)
    if clean is not None:
        name = upload.name
        instance.file.save(name, clean, save=False)
        instance.file.field.update_dimension_fields(instance, force=True)
        instance._set_file_hash()
        instance.file_size = clean.size
