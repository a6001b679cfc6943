"""Wagtail's PostgreSQL search backend with one text-search configuration per language.

Wagtail's backend indexes and searches everything with a single ``SEARCH_CONFIG``. Here each
object with a locale is indexed with its language's configuration (``english`` for en,
``russian`` for ru, ``simple`` where PostgreSQL has no stemmer, as for be and uk), and a
search made with ``LANGUAGE`` uses that language's configuration, so that word forms match
("арестов" finds "ареста"). Without ``LANGUAGE`` (searches in the admin), a query is matched
against every configuration in use.

Every term also matches as a prefix, so that the beginning of a long word finds it. Under
``simple``, soft endings are dropped first and Ukrainian vowel changes tried
(``search.text.prefix_stems``): "салідарнасць" finds "салідарнасці", "солідарність" finds
"солідарності".
"""

import copy
import operator
from dataclasses import dataclass
from functools import reduce

from django.conf import settings
from django.contrib.postgres.search import SearchQuery
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import Phrase, PlainText

from search.text import prefix_stems, search_terms

# Languages with a stemmer among PostgreSQL's built-in text-search configurations. Any other
# language (Belarusian, Ukrainian, Polish…) uses ``simple``: lower-cased words, no stemming.
DEFAULT_LANGUAGE_CONFIGS = {
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "hu": "hungarian",
    "it": "italian",
    "lt": "lithuanian",
    "nb": "norwegian",
    "nl": "dutch",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sv": "swedish",
    "tr": "turkish",
}
SIMPLE = "simple"


@dataclass(frozen=True)
class TextSearchConfig:
    """A PostgreSQL text-search configuration used for one part of a query."""

    name: str

    @property
    def has_stemmer(self):
        return self.name != SIMPLE


class LanguagePostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.query_configs()

    def build_tsquery(self, query, config=None):
        if isinstance(config, tuple):
            queries = [self.build_tsquery_content(query, config=item) for item in config]
            queries = [item for item in queries if item is not None]
            return reduce(operator.or_, queries) if queries else None
        return super().build_tsquery(query, config=config)

    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(config, TextSearchConfig):
            if isinstance(query, PlainText):
                return self.build_prefix_tsquery(query, config, invert)
            if isinstance(query, Phrase):
                return super().build_tsquery_content(query, config=config.name, invert=invert)
        # And, Or, Not and Boost come back here for each of their parts.
        return super().build_tsquery_content(query, config=config, invert=invert)

    def build_prefix_tsquery(self, query, config, invert):
        """Every term as a prefix: of its stem where there is a stemmer, else of ``prefix_stems(term)``."""
        words = []
        for term in search_terms(query.query_string):
            stems = [term] if config.has_stemmer else prefix_stems(term)
            words.append(reduce(operator.or_, [Lexeme(stem, invert=invert, prefix=True) for stem in stems]))
        if not words:
            return None
        combine = operator.and_ if query.operator == "and" else operator.or_
        return SearchQuery(reduce(combine, words), search_type="raw", config=config.name)


class LanguagePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index each object with the configuration of its language."""
        from wagtail.models import Locale

        objs = list(objs)
        locale_ids = {getattr(obj, "locale_id", None) for obj in objs} - {None}
        languages = dict(Locale.objects.filter(pk__in=locale_ids).values_list("pk", "language_code"))
        groups = {}
        for obj in objs:
            config = self.backend.config_for_language(languages.get(getattr(obj, "locale_id", None)))
            groups.setdefault(config, []).append(obj)
        for config, group in groups.items():
            PostgresIndex(self.backend.with_config(config)).add_items(model, group)


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = LanguagePostgresSearchQueryCompiler
    index_class = LanguagePostgresIndex

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = {**DEFAULT_LANGUAGE_CONFIGS, **params.get("LANGUAGE_CONFIGS", {})}
        self.default_config = params.get("SEARCH_CONFIG") or SIMPLE
        self.config = self.default_config
        self.language = params.get("LANGUAGE")

    def config_for_language(self, language_code):
        """The configuration for ``language_code`` ("pt-br" falls back to "pt"); ``simple`` if unknown."""
        if not language_code:
            return self.default_config
        code = language_code.lower()
        return self.language_configs.get(code) or self.language_configs.get(code.split("-")[0]) or SIMPLE

    def with_config(self, config):
        """A copy of this backend that indexes with ``config``."""
        clone = copy.copy(self)
        clone.config = config
        return clone

    def query_configs(self):
        """The configurations a query is matched against: its language's, or all in use."""
        if self.language:
            names = {self.config_for_language(self.language)}
        else:
            names = {self.default_config} | {
                self.config_for_language(code) for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES
            }
        return tuple(TextSearchConfig(name) for name in sorted(names))


SearchBackend = LanguagePostgresSearchBackend
