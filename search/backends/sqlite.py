"""Wagtail's SQLite FTS5 backend, matching every search term as a prefix.

FTS5 has no stemmer for any of the site's languages, so "Мінск" would not find "Мінску".
Each term is cut down with ``search.text.prefix_stem`` and matched as a prefix instead.
Terms are reduced to letters and digits first, so no FTS5 syntax can come from a visitor.
"""

import operator
from functools import reduce

from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend, SQLiteSearchQueryCompiler
from modelsearch.query import PlainText

from search.text import prefix_stem, search_terms


class PrefixSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            lexemes = [Lexeme(prefix_stem(term), prefix=True) for term in search_terms(query.query_string)]
            if not lexemes:
                return None
            combine = operator.and_ if query.operator == "and" else operator.or_
            return SearchQueryExpression(reduce(combine, lexemes), config=config)
        return super().build_search_query_content(query, config=config)


class PrefixSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = PrefixSQLiteSearchQueryCompiler


SearchBackend = PrefixSQLiteSearchBackend
