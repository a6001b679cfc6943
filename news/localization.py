"""Tag links that follow an article into another language, made through wagtail-localize.

The gap in wagtail-localize: it points a translated article at the translated tags only when
the article is translated with wagtail-localize and each tag has a translation already.
When an article reaches a language by another road (Wagtail's own copy for translation, or a
sync that falls back to the source for an untranslated tag), its links still name the source
language's tags. Also, a tag translation made outside wagtail-localize would be overwritten
with the source name the next time the tag is sent for translation with an article.

So a missing tag translation is made here by wagtail-localize itself: it starts under the
source name and translators rename it in the translation editor like any other text. Delete
this module (and ``NewsPage.localize_tags``) once wagtail-localize translates related objects
on every path.
"""

from wagtail_localize.operations import TranslationCreator


def tag_in_locale(source_tag, locale):
    """``source_tag``'s translation into ``locale``, created (and registered for translation) if missing."""
    from news.models import NewsTag

    existing = source_tag.get_translation_or_none(locale)
    if existing is not None:
        return existing
    # A tag of the same name may already exist there on its own (say, typed by an editor).
    same_name = NewsTag.objects.filter(locale=locale, name=source_tag.name).first()
    if same_name is not None:
        return same_name
    TranslationCreator(None, [locale]).create_translations(source_tag, include_related_objects=False)
    return source_tag.get_translation(locale)
