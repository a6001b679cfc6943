"""Bring languages in line with SITE_LANGUAGES: locales, synced trees with stand-ins, language groups."""

from django.core.management.base import BaseCommand

from translations.setup import setup_languages


class Command(BaseCommand):
    help = (
        "Create what each language in SITE_LANGUAGES needs: its locale, a tree synchronised from the "
        "source language (stand-ins for untranslated pages) and its translator group. Safe to repeat; "
        "migrate runs it too."
    )

    def handle(self, *args, **options):
        locales, groups = setup_languages()
        for code, group in groups.items():
            self.stdout.write(f"{code}: {group.name}")
        self.stdout.write(self.style.SUCCESS("Languages ready: " + ", ".join(locales)))
