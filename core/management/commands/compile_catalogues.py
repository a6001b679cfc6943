"""Compile locale/*.po into .mo with polib, so no GNU gettext is needed."""

from django.core.management.base import BaseCommand

from core.catalogues import catalogue_paths, compile_catalogue


class Command(BaseCommand):
    help = "Compile the UI string catalogues (.po → .mo) without GNU gettext."

    def handle(self, *args, **options):
        for po_path in catalogue_paths():
            self.stdout.write(f"Compiled {compile_catalogue(po_path)}")
