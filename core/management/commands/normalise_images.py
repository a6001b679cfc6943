"""Rewrite stored images that still carry metadata, for pictures uploaded before every upload was normalised."""

from django.core.management.base import BaseCommand
from wagtail.images import get_image_model

from core.images import ImageNormalisationError, carries_metadata, normalised_upload


class Command(BaseCommand):
    help = (
        "Rewrite every stored original image that still has metadata (GPS, camera, comments…) from its "
        "pixels alone, and delete its renditions so that they are made again from the clean file."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count the images that would be rewritten.")

    def handle(self, *args, dry_run=False, **options):
        rewritten = failed = 0
        for image in get_image_model().objects.order_by("pk").iterator():
            with image.open_file() as file:
                if not carries_metadata(file):
                    continue
                try:
                    clean = normalised_upload(file)
                except ImageNormalisationError:
                    # Reported by number only: titles and file names may name people.
                    failed += 1
                    continue
            rewritten += 1
            if dry_run:
                continue
            old_name = image.file.name
            image.file.save(clean.name, clean, save=False)
            image.file.field.update_dimension_fields(image, force=True)
            image.file_size = clean.size
            image._set_file_hash()
            image.save()
            image.renditions.all().delete()
            image.file.storage.delete(old_name)
        verb = "would be rewritten" if dry_run else "rewritten"
        self.stdout.write(f"{rewritten} images {verb}; {failed} could not be read.")
