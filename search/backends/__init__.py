"""Wagtail's database search backend, made aware of the language of each page.

Set ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}``. Like Wagtail's
``wagtail.search.backends.database``, this picks the implementation for the database in use:

* PostgreSQL: ``search.backends.postgres`` indexes every page with the text-search configuration
  of its locale (``english``, ``russian``, ``simple`` for languages PostgreSQL cannot stem) and
  searches one language with that language's configuration. Ask for it with
  ``get_search_backend(LANGUAGE="ru")``.
* SQLite with FTS5: ``search.backends.sqlite``, Wagtail's FTS5 backend with prefix matching.
* Anything else: Wagtail's own choice, unchanged.

Options besides Wagtail's: ``LANGUAGE`` (per call), ``LANGUAGE_CONFIGS`` (language code to
PostgreSQL configuration, merged over ``search.backends.postgres.DEFAULT_LANGUAGE_CONFIGS``) and
``SEARCH_CONFIG`` (for objects without a locale, such as images; default ``simple``).
"""

from django.db import connection
from wagtail.search.backends import database


def SearchBackend(params):  # The name Wagtail looks for in a backend module.
    # Imported here, like Wagtail does: each module needs its own database driver and models.
    if connection.vendor == "postgresql":
        from search.backends.postgres import LanguagePostgresSearchBackend

        return LanguagePostgresSearchBackend(params)
    backend = database.SearchBackend(params)
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        from search.backends.sqlite import PrefixSQLiteSearchBackend

        if isinstance(backend, SQLiteSearchBackend):  # FTS5 is available
            return PrefixSQLiteSearchBackend(params)
    return backend
