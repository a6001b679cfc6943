"""A dated news article (NewsPage), its tags and its related articles."""

import datetime

from django.db import models
from django.db.models import Count
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BaseStreamBlock
from core.models import PAGE_TRANSLATABLE_FIELDS, ListingMixin
from news.forms import NewsPageForm
from news.listing import in_order, remember

from .queries import NewsPageManager
from .tags import LocalizedClusterTaggableManager, NewsTag, TaggedNews, mark_untranslated

RELATED_ARTICLES = 3


class NewsPage(ListingMixin, Page):
    """A dated news article, possibly republished or translated from another publication."""

    date = models.DateField(
        _("publication date"),
        default=datetime.date.today,
        db_index=True,
        help_text=_("The date shown with the article; the news are sorted by it."),
    )
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The picture at the top of the article; also its thumbnail in lists."),
    )
    lead_image_alt = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_(
            "Describe what the picture shows for people who cannot see it. Leave empty only if it is decorative."
        ),
    )
    lead_image_caption = models.CharField(
        _("caption"), max_length=250, blank=True, help_text=_("Shown under the picture, with a credit if needed.")
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))
    source_name = models.CharField(
        _("original publication"),
        max_length=200,
        blank=True,
        help_text=_("If the article first appeared elsewhere: the name of that publication."),
    )
    source_url = models.URLField(
        _("original address"),
        blank=True,
        help_text=_("The web address of the original article."),
    )
    tags = LocalizedClusterTaggableManager(
        through=TaggedNews,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Topics of the article. Start typing to pick an existing tag; a new word makes a new tag."),
    )

    objects = NewsPageManager()

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_alt"), FieldPanel("lead_image_caption")],
            heading=_("Lead image"),
        ),
        FieldPanel("body"),
        FieldPanel("tags"),
        MultiFieldPanel(
            [FieldPanel("source_name"), FieldPanel("source_url")],
            heading=_("Original source"),
        ),
    ]
    promote_panels = [*Page.promote_panels, FieldPanel("listing_image")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        *ListingMixin.listing_translatable_fields,
        SynchronizedField("date"),
        SynchronizedField("lead_image"),
        TranslatableField("lead_image_alt"),
        TranslatableField("lead_image_caption"),
        TranslatableField("body"),
        TranslatableField("source_name"),
        SynchronizedField("source_url"),
        # Each tag link is a related object: its translation points at the tag's translation.
        TranslatableField("tagged_items"),
    ]

    base_form_class = NewsPageForm

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    @property
    def thumbnail(self):
        return self.listing_image or self.lead_image

    @cached_property
    def tag_list(self):
        """The article's tags by name: from a listing's prefetch, from unsaved edits, or in one query."""
        links = self.tagged_items
        prefetched = "tagged_items" in getattr(self, "_prefetched_objects_cache", {})
        if prefetched or links.is_deferring or self.pk is None:
            tags = [item.tag for item in links.all()]
        else:
            tags = list(NewsTag.objects.filter(tagged_items__content_object_id=self.pk))
        return sorted(tags, key=lambda tag: tag.name.lower())

    @cached_property
    def reader_tags(self):
        """The tags as a reader of this page's language sees them, those still in another language marked.

        A stand-in shows its source's tags: each is swapped for its translation where one exists.
        """
        tags = self.tag_list
        if self.alias_of_id and any(tag.locale_id != self.locale_id for tag in tags):
            translated = {
                tag.translation_key: tag
                for tag in NewsTag.objects.filter(
                    translation_key__in={tag.translation_key for tag in tags}, locale_id=self.locale_id
                )
            }
            tags = sorted((translated.get(tag.translation_key, tag) for tag in tags), key=lambda tag: tag.name.lower())
        return mark_untranslated(tags)

    @property
    def search_result_date(self):
        """The publication date, shown with search results (docs/search.md)."""
        return self.date

    @property
    def published_at(self):
        """The publication date as an aware datetime at midnight in the site's time zone (for feeds)."""
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time.min))

    def news_index(self):
        """The section this article is in; kept per language generation (a move renews every language)."""
        from core.i18n import locale_code
        from core.page_cache import remember_for_language

        from .index import NewsIndexPage

        language = locale_code(self.locale_id)
        if self.pk is None or language is None or len(self.path) <= self.steplen:
            return NewsIndexPage.objects.parent_of(self).first()
        return remember_for_language(
            language, f"news-index:{self.path[: -self.steplen]}", lambda: NewsIndexPage.objects.parent_of(self).first()
        )

    def cache_dependent_urls(self):
        """Addresses besides the article's own and its index's that list it: its tags' archives and feeds, its year.

        Used to purge CDNs that drop exact addresses only (core.page_cache.frontend).
        """
        index = self.news_index()
        if index is None:
            return []
        urls = [index.subpage_url("year", full=True, year=f"{self.date.year:04d}")]
        for tag in self.tag_list:
            urls.append(index.tag_url(tag, full=True))
            urls.extend(index.feed_url(kind, tag=tag, full=True) for kind in ("rss", "atom"))
        return urls

    def related_articles(self, limit=RELATED_ARTICLES):
        """Up to ``limit`` other articles in this language sharing the most tags with this one, newest first."""
        return in_order(NewsPage.objects.published().with_images(), self.related_article_ids(limit))

    def related_article_ids(self, limit=RELATED_ARTICLES):
        """Ids of the related articles (see ``related_articles``); remembered (news.listing)."""
        tag_ids = [tag.pk for tag in self.tag_list]
        if not tag_ids:
            return []

        def compute():
            return list(
                NewsPage.objects.published()
                .filter(locale_id=self.locale_id, tagged_items__tag_id__in=tag_ids)
                .exclude(pk=self.pk)
                .annotate(shared_tags=Count("tagged_items"))
                .order_by("-shared_tags", "-date", "-pk")
                .values_list("pk", flat=True)[:limit]
            )

        return remember(("related", self.pk, *sorted(tag_ids), limit), compute)

    def get_context(self, request, *args, **kwargs):
        from news.cards import article_cards

        context = super().get_context(request, *args, **kwargs)
        context["news_index"] = self.news_index()
        # Cards rendered once per language generation (news.cards); only published articles.
        context["related_articles"] = article_cards(request, self.related_article_ids(), heading="h3")
        return context

    def save(self, *args, **kwargs):
        if not kwargs.get("update_fields") and not self.alias_of_id:
            self.localize_tags()
        return super().save(*args, **kwargs)

    def localize_tags(self):
        """Point tag links at the tags of this article's language (see news.localization)."""
        from news.localization import tag_in_locale

        items = list(self.tagged_items.all())
        if not items:
            return
        if self.locale_id is None:
            self.locale = self.get_default_locale()
        tags = NewsTag.objects.in_bulk({item.tag_id for item in items})
        if all(tag.locale_id == self.locale_id for tag in tags.values()):
            return
        kept, seen = [], set()
        for item in items:
            tag = tags[item.tag_id]
            if tag.locale_id != self.locale_id:
                item.tag = tag_in_locale(tag, self.locale)
            if item.tag.pk not in seen:
                seen.add(item.tag.pk)
                item.locale_id = self.locale_id
                kept.append(item)
        self.tagged_items.set(kept)
