"""The news section of one language: NewsIndexPage, with its tag and year archives and its feeds."""

import datetime

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from core.models import PAGE_TRANSLATABLE_FIELDS
from news.listing import in_order, remember

from .article import NewsPage
from .tags import NewsTag, TaggedNews, mark_untranslated

ARTICLES_PER_PAGE = 10
FEED_LENGTH = 20


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

    def article_ids(self, tag=None, year=None, *, start=0, stop=ARTICLES_PER_PAGE):
        """Ids of articles ``start`` to ``stop`` of a listing; remembered (news.listing)."""
        return remember(
            ("ids", self.pk, tag.pk if tag else "", year or "", start, stop),
            lambda: list(self.filtered_articles(tag, year).values_list("pk", flat=True)[start:stop]),
        )

    def articles(self, tag=None, year=None, *, start=0, stop=ARTICLES_PER_PAGE):
        """Articles ``start`` to ``stop`` of a listing, with what a listing shows; remembered (news.listing)."""
        ids = self.article_ids(tag, year, start=start, stop=stop)
        articles = in_order(NewsPage.objects.published().for_listing(), ids)
        # Two queries for the whole page of results, instead of two per article.
        mark_untranslated(tag for article in articles for tag in article.tag_list)
        return articles

    def article_count(self, tag=None, year=None):
        return remember(
            ("count", self.pk, tag.pk if tag else "", year or ""), lambda: self.filtered_articles(tag, year).count()
        )

    def topics(self):
        """This language's tags that label at least one published article here."""

        def compute():
            published = self.published_articles.values("pk")
            used = TaggedNews.objects.filter(tag=OuterRef("pk"), content_object__in=published)
            return mark_untranslated(
                NewsTag.objects.filter(locale_id=self.locale_id).filter(Exists(used)).order_by("name")
            )

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

    def tag_link(self, tag, request=None):
        """Where a link to ``tag`` leads from this section; every tag shown here gets an address that works.

        A tag of this language: its archive here. A tag of another language (a stand-in shows its
        source's tags): its translation's archive here, else its archive in its own language.
        """
        if tag.locale_id == self.locale_id:
            return self.tag_url(tag, request)
        translation = tag.get_translation_or_none(self.locale)
        if translation is not None:
            return self.tag_url(translation, request)
        own = NewsIndexPage.objects.live().public().filter(locale_id=tag.locale_id, alias_of__isnull=True).first()
        return own.tag_url(tag, request) if own is not None else ""

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
        others = list(NewsTag.objects.filter(slug=slug).exclude(locale_id=self.locale_id))
        for other in others:
            translation = other.get_translation_or_none(self.locale)
            if translation is not None:
                return redirect(self.tag_url(translation, request, feed=feed), permanent=True)
        # Not translated here yet: the tag's archive in its own language, for now (not permanent).
        for other in others:
            own = NewsIndexPage.objects.live().public().filter(locale_id=other.locale_id, alias_of__isnull=True).first()
            if own is not None:
                return redirect(own.tag_url(other, request, feed=feed))
        raise Http404

    def _listing(self, request, *, tag=None, year=None, empty_is_404=False):
        if tag is not None:
            mark_untranslated([tag])
        count = self.article_count(tag, year)
        if empty_is_404 and not count:
            raise Http404
        paginator = CountedPaginator(count, ARTICLES_PER_PAGE)
        number = _page_number(request, paginator.num_pages)
        start = (number - 1) * ARTICLES_PER_PAGE
        from news.cards import article_cards

        ids = self.article_ids(tag, year, start=start, stop=start + ARTICLES_PER_PAGE)
        # The cards' HTML, rendered once per language generation (news.cards).
        articles = article_cards(request, ids, heading="h2", news_index=self)
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
