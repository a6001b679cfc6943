"""Tags in the reader's language: a translatable tag model on django-taggit's custom-tag support.

Each language has its own row for a tag (same ``translation_key``, own name and slug), so a
reader of /ru/ sees Russian names and Russian tag URLs. The through model is translatable
too, which lets wagtail-localize treat each tag link as a related object: translating an
article points its translation at the tag's translation (see docs/news.md).
"""

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager, _ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import TranslatableField
from wagtail_localize.models import TranslationSource

from core.i18n import locale_code
from core.page_cache.generations import remember_many_for_language

SLUG_MAX_LENGTH = 100


class NewsTag(TranslatableMixin, TagBase):
    """A topic of news articles, named in each language; its slug follows its name."""

    # Unique per language only: "ЕС" is the same word in Russian and Belarusian.
    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_("How readers see the tag, in this language, e.g. “political prisoners”."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=SLUG_MAX_LENGTH,
        allow_unicode=True,
        editable=False,
        help_text=_("Made from the name; used in the address of the tag's archive."),
    )

    free_tagging = True

    panels = [FieldPanel("name")]
    translatable_fields = [TranslatableField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news tag")
        verbose_name_plural = _("news tags")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "name"], name="news_tag_unique_name_per_locale"),
            models.UniqueConstraint(fields=["locale", "slug"], name="news_tag_unique_slug_per_locale"),
        ]

    def save(self, *args, **kwargs):
        if self.locale_id is None:
            self.locale = self.get_default_locale()
        self.slug = self._free_slug()
        super().save(*args, **kwargs)

    def _free_slug(self):
        """A slug made from the name (Cyrillic kept), unique in the tag's language."""
        base = slugify(self.name, allow_unicode=True)[: SLUG_MAX_LENGTH - 4] or "tag"
        taken = set(
            NewsTag.objects.filter(locale_id=self.locale_id, slug__startswith=base)
            .exclude(pk=self.pk)
            .values_list("slug", flat=True)
        )
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        return slug


class TaggedNews(TranslatableMixin, ItemBase):
    """One tag on one article. Translatable, so that wagtail-localize translates the tag with the article."""

    tag = models.ForeignKey(
        NewsTag,
        verbose_name=_("tag"),
        related_name="tagged_items",
        on_delete=models.CASCADE,
    )
    content_object = ParentalKey(
        "news.NewsPage",
        verbose_name=_("article"),
        related_name="tagged_items",
        on_delete=models.CASCADE,
    )

    translatable_fields = [TranslatableField("tag")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("tag on an article")
        verbose_name_plural = _("tags on articles")


def mark_untranslated(tags):
    """Give tags still under their source name (copies made to be translated) ``words_language``.

    A tag translation starts as a copy of the source tag (news.localization); until a
    translator renames it, its name is in the source language, which pages mark (core.i18n).
    One query for any number of tags; returns ``tags``.
    """
    tags = list(tags)
    unmarked = []
    for tag in tags:
        if hasattr(tag, "words_language"):
            continue
        if locale_code(tag.locale_id) == settings.LANGUAGE_CODE:
            tag.words_language = None  # the source language's tags are the sources
        else:
            unmarked.append(tag)
    if not unmarked:
        return tags
    by_language = {}
    for tag in unmarked:
        by_language.setdefault(locale_code(tag.locale_id) if tag.pk else None, []).append(tag)
    for tag in by_language.pop(None, []):  # an unsaved tag (a preview): looked up every time
        tag.words_language = _source_words([tag], [tag.pk])[tag.pk]
    for language, language_tags in by_language.items():
        # Renaming a tag, or translating it, renews its language's generation (core.page_cache).
        words = remember_many_for_language(
            language, "tag-words", [tag.pk for tag in language_tags], lambda pks: _source_words(tags, pks)
        )
        for tag in language_tags:
            tag.words_language = words.get(tag.pk)
    return tags


def _source_words(tags, pks):
    """``{tag id: language of its words or None}`` for the tags of ``tags`` with these ids; one query."""
    wanted = set(pks)
    unmarked = [tag for tag in tags if tag.pk in wanted]
    # The source row of each tag (the one wagtail-localize translates from) with its name.
    is_source = Exists(
        TranslationSource.objects.filter(object_id=OuterRef("translation_key"), locale=OuterRef("locale"))
    )
    sources = NewsTag.objects.filter(is_source, translation_key__in={tag.translation_key for tag in unmarked})
    source_rows = {
        key: (locale_id, name, code)
        for key, locale_id, name, code in sources.values_list(
            "translation_key", "locale_id", "name", "locale__language_code"
        )
    }
    words = {}
    for tag in unmarked:
        locale_id, name, code = source_rows.get(tag.translation_key, (None, None, None))
        words[tag.pk] = code if locale_id != tag.locale_id and name == tag.name else None
    return words


class _LocalizedTagManager(_ClusterTaggableManager):
    """Tag names typed by an editor are looked up, and created, in the article's own language."""

    def _to_tag_model_instances(self, tags, tag_kwargs):
        locale_id = getattr(self.instance, "locale_id", None)
        if locale_id is not None:
            tag_kwargs = {**tag_kwargs, "locale_id": locale_id}
        return super()._to_tag_model_instances(tags, tag_kwargs)


class LocalizedClusterTaggableManager(ClusterTaggableManager):
    def __get__(self, instance, model):
        return _LocalizedTagManager(through=self.through, model=model, instance=instance, prefetch_cache_name=self.name)
