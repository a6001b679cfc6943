"""Wagtail's Locale rows in step with SITE_LANGUAGES: after every migrate, and wherever a language is needed."""

from django.conf import settings
from wagtail.models import Locale


def ensure_locales():
    """A wagtail Locale for every site language (made where missing); returns them by language code."""
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}


def sync_locales(**kwargs):
    """Create a Locale for every configured language (post_migrate handler)."""
    ensure_locales()
