"""The news section of each language: one NewsIndexPage with its dated NewsPage articles."""

import datetime

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, Exists, OuterRef, Prefetch
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BaseStreamBlock
from core.i18n import active_language
from core.models import PAGE_TRANSLATABLE_FIELDS, ListingMixin
from news.forms import NewsPageForm
from news.listing import in_order, remember

from .tags import LocalizedClusterTaggableManager, NewsTag, TaggedNews

ARTICLES_PER_PAGE = 10
FEED_LENGTH = 20
RELATED_ARTICLES = 3


def _image_with_renditions(field_name):
    """Prefetch an image FK with its renditions: two queries for a whole listing."""
    return Prefetch(field_name, queryset=get_image_model().objects.prefetch_renditions())


class NewsPageQuerySet(PageQuerySet):
    """Domain queries for articles; listings chain these and stay a fixed number of queries."""

    def published(self):
        """Live, public articles that are real pages (stand-ins for untranslated pages excluded)."""
        return self.live().public().filter(alias_of__isnull=True)

    def in_active_language(self):
        return self.filter(locale__language_code=active_language())

    def newest_first(self):
        return self.order_by("-date", "-pk")

    def with_images(self):
        return self.defer_streamfields().prefetch_related(
            _image_with_renditions("listing_image"), _image_with_renditions("lead_image")
        )

    def for_listing(self):
        """What a listing item shows: title, date, summary, thumbnail and tags; no page bodies."""
        return self.with_images().prefetch_related(
            Prefetch("tagged_items", queryset=TaggedNews.objects.select_related("tag"))
        )


NewsPageManager = PageManager.from_queryset(NewsPageQuerySet)


class CountedPaginator(Paginator):
    """A paginator for a listing whose total is known already (remembered); it never counts itself."""

    def __init__(self, count, per_page):
        super().__init__([], per_page)
        self._known_count = count

    @property
    def count(self):
        return self._known_count


def _page_number(request, num_pages):
    """The requested page number, clamped: anything unreadable or too small is 1, too large the last page."""
    try:
        number = int(request.GET.get("page", 1))
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), num_pages)


class NewsIndexPage(RoutablePageMixin, Page):
    """The news of one language: newest first, by tag and by year, with RSS and Atom feeds."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences above the list of articles; also the description of the feeds."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    # One news section per language tree (each language has its own home page).
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    # Queries

    @cached_property
    def published_articles(self):
        """This section's live, public articles in its language (evaluated lazily; built once per page object)."""
        return NewsPage.objects.child_of(self).published().filter(locale_id=self.locale_id)

    def filtered_articles(self, tag=None, year=None):
        """Published articles of this section, newest first, optionally of one tag or year."""
        articles = self.published_articles
        if tag is not None:
            articles = articles.filter(tagged_items__tag=tag)
        if year is not None:
            articles = articles.filter(date__year=year)
        return articles.newest_first()

    def articles(self, tag=None, year=None, *, start=0, stop=ARTICLES_PER_PAGE):
        """Articles ``start`` to ``stop`` of a listing, with what a listing shows; remembered (news.listing)."""
        ids = remember(
            ("ids", self.pk, tag.pk if tag else "", year or "", start, stop),
            lambda: list(self.filtered_articles(tag, year).values_list("pk", flat=True)[start:stop]),
        )
        return in_order(NewsPage.objects.published().for_listing(), ids)

    def article_count(self, tag=None, year=None):
        return remember(
            ("count", self.pk, tag.pk if tag else "", year or ""), lambda: self.filtered_articles(tag, year).count()
        )

    def topics(self):
        """This language's tags that label at least one published article here."""

        def compute():
            published = self.published_articles.values("pk")
            used = TaggedNews.objects.filter(tag=OuterRef("pk"), content_object__in=published)
            return list(NewsTag.objects.filter(locale_id=self.locale_id).filter(Exists(used)).order_by("name"))

        return remember(("topics", self.pk), compute)

    def years(self):
        """The years that have articles here, newest first."""
        return remember(
            ("years", self.pk),
            lambda: [day.year for day in self.published_articles.dates("date", "year", order="DESC")],
        )

    def tag_for_slug(self, slug):
        return NewsTag.objects.filter(locale_id=self.locale_id, slug=slug).first()

    # URLs

    def subpage_url(self, name, request=None, *, full=False, **kwargs):
        """The address of one of this page's sub-URLs (tag, year, feeds); ``full`` adds the site's root URL."""
        base = self.get_full_url(request) if full else self.get_url(request)
        return base + self.reverse_subpage(name, kwargs=kwargs)

    def tag_url(self, tag, request=None, feed=None, *, full=False):
        name = {"rss": "tag_rss", "atom": "tag_atom"}.get(feed, "tag")
        return self.subpage_url(name, request, full=full, slug=tag.slug)

    def feed_url(self, kind="rss", request=None, tag=None, *, full=False):
        if tag is not None:
            return self.tag_url(tag, request, feed=kind, full=full)
        return self.subpage_url(kind, request, full=full)

    def year_url(self, year, request=None):
        return self.subpage_url("year", request, year=f"{year:04d}")

    # Views

    @path("", name="index")
    def index_view(self, request):
        return self._listing(request)

    @path("tag/<str:slug>/", name="tag")
    def tag_view(self, request, slug):
        tag = self._tag_or_redirect(request, slug)
        if not isinstance(tag, NewsTag):
            return tag
        return self._listing(request, tag=tag)

    @re_path(r"^(?P<year>\d{4})/$", name="year")
    def year_view(self, request, year):
        year = int(year)
        if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
            raise Http404
        return self._listing(request, year=year, empty_is_404=True)

    @path("feed/rss/", name="rss")
    def rss_view(self, request):
        from news.feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_view(self, request):
        from news.feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)

    @path("tag/<str:slug>/feed/rss/", name="tag_rss")
    def tag_rss_view(self, request, slug):
        from news.feeds import NewsRssFeed

        tag = self._tag_or_redirect(request, slug, feed="rss")
        return NewsRssFeed(self, tag)(request) if isinstance(tag, NewsTag) else tag

    @path("tag/<str:slug>/feed/atom/", name="tag_atom")
    def tag_atom_view(self, request, slug):
        from news.feeds import NewsAtomFeed

        tag = self._tag_or_redirect(request, slug, feed="atom")
        return NewsAtomFeed(self, tag)(request) if isinstance(tag, NewsTag) else tag

    def _tag_or_redirect(self, request, slug, feed=None):
        """The tag in this language; a tag from another language redirects to its translation here."""
        tag = self.tag_for_slug(slug)
        if tag is not None:
            return tag
        for other in NewsTag.objects.filter(slug=slug).exclude(locale_id=self.locale_id):
            translation = other.get_translation_or_none(self.locale)
            if translation is not None:
                return redirect(self.tag_url(translation, request, feed=feed), permanent=True)
        raise Http404

    def _listing(self, request, *, tag=None, year=None, empty_is_404=False):
        count = self.article_count(tag, year)
        if empty_is_404 and not count:
            raise Http404
        paginator = CountedPaginator(count, ARTICLES_PER_PAGE)
        number = _page_number(request, paginator.num_pages)
        start = (number - 1) * ARTICLES_PER_PAGE
        articles = self.articles(tag, year, start=start, stop=start + ARTICLES_PER_PAGE)
        return self.render(
            request,
            context_overrides={
                "articles": PaginatorPage(articles, number, paginator),
                "paginator": paginator,
                "current_tag": tag,
                "current_year": year,
                "topics": self.topics(),
                "years": self.years(),
                "news_index": self,
            },
        )


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

    @property
    def published_at(self):
        """The publication date as an aware datetime at midnight in the site's time zone (for feeds)."""
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time.min))

    def news_index(self):
        return NewsIndexPage.objects.parent_of(self).first()

    def related_articles(self, limit=RELATED_ARTICLES):
        """Up to ``limit`` other articles in this language sharing the most tags with this one, newest first."""
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

        ids = remember(("related", self.pk, *sorted(tag_ids), limit), compute)
        return in_order(NewsPage.objects.published().with_images(), ids)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["news_index"] = self.news_index()
        context["related_articles"] = self.related_articles()
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
