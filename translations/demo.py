"""Demo: after every app has built its pages, stand-ins and language groups for the whole site."""

from translations.setup import setup_languages


def load(stdout):
    _locales, groups = setup_languages()
    stdout.write("  synced language trees; groups: " + ", ".join(group.name for group in groups.values()))
