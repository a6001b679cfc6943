"""RSS 2.0 and Atom feeds of one language's news, whole or for one tag.

Feeds carry no e-mail address in plain form, like the pages (core/email_protection.py). A feed
reader runs no script of ours, so the encoded, clickable form of the pages would not work there:
every address in every text field is written ``name [at] example [dot] org``, which people can
still read and copy, and harvesters of plain addresses miss.
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.functional import Promise
from django.utils.translation import gettext as _

from core.email_protection import EMAIL_RE, readable
from news.models import FEED_LENGTH

# Addresses of the site itself: protecting them would break links (a URL may hold user@host).
URL_FIELDS = {"link", "feed_url", "unique_id", "feed_guid", "enclosures"}


def without_addresses(value):
    """``value`` with every e-mail address in every string written in readable, non-address form."""
    if isinstance(value, Promise):
        value = str(value)
    if isinstance(value, str):
        return EMAIL_RE.sub(lambda match: readable(match.group(0)), value)
    if isinstance(value, list | tuple):
        return type(value)(without_addresses(item) for item in value)
    return value


class AddressProtectingFeedMixin:
    """A feed generator that passes every text field, of the feed and of each item, through ``without_addresses``.

    Done in the generator, not per field in the Feed class, so that a field added later is covered too.
    """

    def __init__(self, title, link, description, **kwargs):
        super().__init__(without_addresses(title), link, without_addresses(description), **self._protected(kwargs))
        # Authors' addresses have no place in a public feed at all.
        self.feed["author_email"] = None

    def add_item(self, title, link, description, **kwargs):
        super().add_item(without_addresses(title), link, without_addresses(description), **self._protected(kwargs))
        self.items[-1]["author_email"] = None

    @staticmethod
    def _protected(fields):
        return {name: value if name in URL_FIELDS else without_addresses(value) for name, value in fields.items()}


class ProtectedRssFeed(AddressProtectingFeedMixin, Rss201rev2Feed):
    pass


class ProtectedAtomFeed(AddressProtectingFeedMixin, Atom1Feed):
    pass


class NewsRssFeed(Feed):
    """The latest articles of one news index (optionally one tag), with absolute links."""

    feed_type = ProtectedRssFeed
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
    feed_type = ProtectedAtomFeed
    kind = "atom"

    def subtitle(self):
        return self.description()
