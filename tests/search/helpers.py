"""Reading the search page the way a visitor does: result titles, links and messages."""

import html
import re

from django.utils.translation import gettext, override

RESULT_RE = re.compile(r'<h2 class="search-result__title"><a href="([^"]*)">(.*?)</a></h2>', re.S)
TAG_RE = re.compile(r"<[^>]+>")


def search(client, language="en", query_string="", **params):
    """GET the search page in ``language`` with ``params`` (or a raw, already encoded ``query_string``)."""
    if params:
        return client.get(f"/{language}/search/", params)
    return client.get(f"/{language}/search/" + (f"?{query_string}" if query_string else ""))


def results(response):
    """(url, title) of every result on the page, titles as plain text."""
    content = response.content.decode()
    return [(url, html.unescape(TAG_RE.sub("", title))) for url, title in RESULT_RE.findall(content)]


def result_titles(response):
    return [title for _url, title in results(response)]


def translated(message, language):
    """``message`` as the visitor reads it in ``language`` (English until the catalogue has it)."""
    with override(language):
        return html.escape(gettext(message), quote=True)
