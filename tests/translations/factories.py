"""Users in each language role and pages with stand-ins, for the translation workflow tests."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation

from tests.factories import StandardPageFactory
from translations.models import LanguageRole
from translations.setup import setup_languages


def translator(language_code, username=None):
    """A user in the translator group of ``language_code``."""
    user = get_user_model().objects.create_user(
        username or f"translator-{language_code}", f"{language_code}@example.org", "correct-horse-battery"
    )
    user.groups.add(LanguageRole.objects.get(role=LanguageRole.TRANSLATORS, locale__language_code=language_code).group)
    return user


def editor(username="editor"):
    user = get_user_model().objects.create_user(username, "editor@example.org", "correct-horse-battery")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def english_page(parent, **fields):
    """A published English StandardPage; ``setup_languages`` then gives it stand-ins everywhere."""
    page = StandardPageFactory(parent=parent, **fields)
    page.save_revision().publish()
    page.refresh_from_db()
    setup_languages()
    return page


def translate_segments(translation, texts=None, count=None):
    """Translate the first ``count`` (default all) segments of ``translation``, as a translator would."""
    segments = list(StringSegment.objects.filter(source=translation.source).order_by("order").select_related("string"))
    for segment in segments[:count]:
        text = (texts or {}).get(
            segment.string.data, f"[{translation.target_locale.language_code}] {segment.string.data}"
        )
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    return len(segments)


def locale(code):
    return Locale.objects.get(language_code=code)
