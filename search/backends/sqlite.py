"""Wagtail's SQLite FTS5 backend, matching every search term as a prefix.

FTS5 has no stemmer for any of the site's languages, so "Мінск" would not find "Мінску".
Each term is cut down with ``search.text.prefix_stems`` and matched as a prefix instead.
Terms are reduced to letters and digits first, so no FTS5 syntax can come from a visitor.
"""

import operator
from functools import reduce

from modelsearch.backends.database.sqlite.query import (
    Lexeme,
    LexemeCombinable,
    SearchQueryExpression,
    SearchQueryField,
)
from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend, SQLiteSearchQueryCompiler
from modelsearch.query import PlainText

from search.text import prefix_stems, search_terms


class Alternatives(LexemeCombinable):
    """Spellings of one term joined by OR, in brackets: FTS5 binds AND tighter than OR."""

    _output_field = SearchQueryField()

    def __init__(self, lexemes):
        super().__init__()
        self.lexemes = lexemes

    def as_sql(self, compiler, connection):
        parts = []
        for lexeme in self.lexemes:
            sql, params = compiler.compile(lexeme)
            parts.append(sql % tuple(params))
        return "%s", ["(" + " OR ".join(parts) + ")"]


def term_query(term):
    lexemes = [Lexeme(stem, prefix=True) for stem in prefix_stems(term)]
    return lexemes[0] if len(lexemes) == 1 else Alternatives(lexemes)


class PrefixSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            words = [term_query(term) for term in search_terms(query.query_string)]
            if not words:
                return None
            combine = operator.and_ if query.operator == "and" else operator.or_
            return SearchQueryExpression(reduce(combine, words), config=config)
        return super().build_search_query_content(query, config=config)


class PrefixSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = PrefixSQLiteSearchQueryCompiler


SearchBackend = PrefixSQLiteSearchBackend
