"""Listing cards of articles, rendered once per language generation (core.page_cache.fragments).

Listings, the home page's latest news and related articles ask for cards by article id. Only
ids that are published now are shown (one query for the cards that come from the cache), so a card of an article
taken down or made private never appears, even before its language's generation is renewed.
The articles themselves, their pictures and tags are fetched only for cards not in the cache.
"""

from django.template.loader import render_to_string

from core.i18n import active_language
from core.page_cache.fragments import language_fragments
from news.listing import in_order
from news.models import NewsPage
from news.models.tags import mark_untranslated


def published_ids(ids):
    """``ids`` without those that are not published articles any more, order kept."""
    if not ids:
        return []
    published = set(NewsPage.objects.published().filter(pk__in=ids).values_list("pk", flat=True))
    return [pk for pk in ids if pk in published]


def article_cards(request, ids, *, heading="h2", news_index=None):
    """The cards (HTML) of the published ones of these articles, in order.

    ``news_index``: the section whose tag archives the card's tags link to (cards without it show no tags).
    """
    ids = list(ids)
    host = request.get_host() if request is not None else "-"
    variant = f"card:{host}:{heading}:{news_index.pk if news_index is not None else '-'}"

    rendered = set()

    def render(missing):
        articles = NewsPage.objects.published()
        # Cards without tags need no tag links fetched.
        articles = articles.for_listing() if news_index is not None else articles.with_images()
        articles = in_order(articles, missing)
        rendered.update(article.pk for article in articles)
        if news_index is not None:
            # Two queries for all the cards' tags, instead of two per card.
            mark_untranslated(tag for article in articles for tag in article.tag_list)
        context = {"heading": heading, "news_index": news_index, "show_tags": news_index is not None}
        return {
            article.pk: render_to_string(
                "news/includes/news_item.html", {**context, "article": article}, request=request
            )
            for article in articles
        }

    enabled = request is not None and not getattr(request, "is_mirror", False)
    cards = language_fragments(active_language(), variant, ids, render, enabled=enabled)
    # Cards rendered just now are of published articles; those from the cache are checked.
    kept = set(published_ids([pk for pk in cards if pk not in rendered])) | rendered
    return [cards[pk] for pk in ids if pk in cards and pk in kept]
