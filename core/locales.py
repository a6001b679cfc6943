"""Keeps wagtail's Locale rows in step with SITE_LANGUAGES after every migrate."""

from django.conf import settings


def sync_locales(**kwargs):
    """Create a Locale for every configured language (post_migrate handler)."""
    from wagtail.models import Locale

    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
