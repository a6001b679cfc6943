"""Template tags for the news: latest articles for the home page, tag/year/feed addresses, feed links."""

from django import template

from core.i18n import active_language
from core.page_cache import remember_for_language
from news.cards import article_cards
from news.models import NewsIndexPage

register = template.Library()

HOME_PAGE_ARTICLES = 4
FEED_KINDS = [("rss", "RSS", "application/rss+xml"), ("atom", "Atom", "application/atom+xml")]


@register.inclusion_tag("news/includes/latest_news.html", takes_context=True)
def latest_news(context, count=HOME_PAGE_ARTICLES):
    """The newest articles in the visitor's language, with a link to the news index; constant queries."""
    language = active_language()
    # Kept until something in the language changes (core.page_cache.generations).
    news_index = remember_for_language(
        language,
        "news-index",
        lambda: NewsIndexPage.objects.live().public().filter(locale__language_code=language).first(),
    )
    request = context.get("request")
    articles = []
    if news_index is not None:
        # Cards rendered once per language generation (news.cards); only published articles.
        articles = article_cards(request, news_index.article_ids(stop=count), heading="h3")
    return {"request": request, "news_index": news_index, "articles": articles}


@register.inclusion_tag("news/includes/feed_links.html", takes_context=True)
def news_feed_links(context, news_index, tag=None):
    """Feed autodiscovery ``<link>``s for the language's news and, on a tag archive, for that tag."""
    request = context.get("request")
    feeds = []
    if news_index is not None:
        for feed_tag in [None, tag] if tag is not None else [None]:
            title = news_index.title if feed_tag is None else f"{news_index.title}: {feed_tag.name}"
            for kind, label, mime_type in FEED_KINDS:
                url = news_index.feed_url(kind, request, tag=feed_tag)
                feeds.append({"type": mime_type, "title": f"{title} ({label})", "url": url})
    return {"feeds": feeds}


@register.simple_tag(takes_context=True)
def news_tag_url(context, news_index, tag, feed=None):
    if news_index is None:
        return ""
    if feed is None:
        return news_index.tag_link(tag, context.get("request"))
    return news_index.tag_url(tag, context.get("request"), feed=feed)


@register.simple_tag(takes_context=True)
def news_year_url(context, news_index, year):
    return news_index.year_url(year, context.get("request"))


@register.simple_tag(takes_context=True)
def news_feed_url(context, news_index, kind, tag=None):
    return news_index.feed_url(kind, context.get("request"), tag=tag)
