"""The page cache: whole pages for anonymous visitors, the site chrome, and their invalidation.

See docs/caching.md. ``PageCacheMiddleware`` serves and stores pages; ``cache_query_parameters``
names the query parameters a view reads; ``remember_for_language`` keeps a chrome fragment
until its language changes; ``invalidation.connect()`` (called by core's AppConfig) hooks the
purges to Wagtail's and Django's signals.
"""

from core.page_cache.generations import bump, remember_for_language
from core.page_cache.middleware import PageCacheMiddleware, cache_query_parameters

__all__ = ["PageCacheMiddleware", "bump", "cache_query_parameters", "remember_for_language"]
