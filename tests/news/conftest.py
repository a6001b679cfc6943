"""A news section in every language, and helpers to translate tags and articles."""

from dataclasses import dataclass

import pytest
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator

from tests.conftest import TRANSLATED_CODES, publish_translation
from tests.news.factories import NewsIndexPageFactory

INDEX_TITLES = {"en": "News of Belarus", "ru": "Новости Беларуси", "be": "Навіны Беларусі", "uk": "Новини Білорусі"}


@dataclass
class NewsSite:
    tree: object
    indexes: dict  # language code -> live NewsIndexPage

    @property
    def index(self):
        return self.indexes["en"]


@pytest.fixture
def news_site(site_tree, locales):
    """The site tree with a live news index in English and a translated one in every other language."""
    index = NewsIndexPageFactory(parent=site_tree.home, title=INDEX_TITLES["en"])
    indexes = {"en": index}
    for code in TRANSLATED_CODES:
        translated = publish_translation(index, locales[code])
        translated.title = INDEX_TITLES[code]
        translated.save_revision().publish()
        indexes[code] = translated
    return NewsSite(tree=site_tree, indexes=indexes)


def translate_tag(tag, locale, name):
    """Translate ``tag`` into ``locale`` as ``name``, the way a translator does in wagtail-localize."""
    TranslationCreator(None, [locale]).create_translations(tag)
    translation = Translation.objects.get(source__object_id=tag.translation_key, target_locale=locale)
    segment = StringSegment.objects.get(source=translation.source)
    StringTranslation.objects.update_or_create(
        translation_of=segment.string, locale=locale, context=segment.context, defaults={"data": name}
    )
    translation.save_target()
    return tag.get_translation(locale)


def translate_article(article, locale, **fields):
    """A live translation of ``article`` (Wagtail's copy for translation), with ``fields`` changed."""
    translation = publish_translation(article, locale)
    if fields:
        for name, value in fields.items():
            setattr(translation, name, value)
        translation.save_revision().publish()
        translation.refresh_from_db()
    return translation
