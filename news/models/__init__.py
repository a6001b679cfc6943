"""News models: translatable tags and the news pages."""

from .pages import FEED_LENGTH, NewsIndexPage, NewsPage, NewsPageQuerySet
from .tags import NewsTag, TaggedNews

__all__ = ["FEED_LENGTH", "NewsIndexPage", "NewsPage", "NewsPageQuerySet", "NewsTag", "TaggedNews"]
