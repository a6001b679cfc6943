"""RSS 2.0 and Atom feeds of one language's news, whole or for one tag."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from news.models import FEED_LENGTH


class NewsRssFeed(Feed):
    """The latest articles of one news index (optionally one tag), with absolute links."""

    feed_type = Rss201rev2Feed
    kind = "rss"

    def __init__(self, news_index, tag=None):
        super().__init__()
        self.news_index = news_index
        self.tag = tag
        self.request = None
        self.language = news_index.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        if self.tag is not None:
            return _("%(section)s: %(tag)s") % {"section": self.news_index.title, "tag": self.tag.name}
        return self.news_index.title

    def link(self):
        if self.tag is not None:
            return self.news_index.tag_url(self.tag, self.request, full=True)
        return self.news_index.get_full_url(self.request)

    def feed_url(self):
        return self.news_index.feed_url(self.kind, self.request, tag=self.tag, full=True)

    def description(self):
        return self.news_index.introduction or self.news_index.title

    def items(self):
        return self.news_index.articles(tag=self.tag, stop=FEED_LENGTH)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.published_at

    def item_categories(self, item):
        return [tag.name for tag in item.tag_list]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    kind = "atom"

    def subtitle(self):
        return self.description()
