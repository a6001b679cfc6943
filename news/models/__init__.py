"""News models: translatable tags, the news index of each language and its articles."""

from .article import NewsPage
from .index import ARTICLES_PER_PAGE, FEED_LENGTH, NewsIndexPage
from .queries import NewsPageQuerySet
from .tags import NewsTag, TaggedNews

__all__ = ["ARTICLES_PER_PAGE", "FEED_LENGTH", "NewsIndexPage", "NewsPage", "NewsPageQuerySet", "NewsTag", "TaggedNews"]
