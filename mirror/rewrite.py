"""Turning the site's URLs into a static copy's file paths and relative links.

Every internal URL maps to one file: a folder URL to its ``index.html`` (or ``index.xml``,
``index.ics`` … for feeds and calendars), a query such as ``?page=2`` to ``index-page-2.html``
beside it. Links are written relative to the file that holds them (``../news/index.html``), so
the copy works on any static host, from a USB stick and from ``file://``, where a browser
would not open ``index.html`` for a folder by itself.
"""

import hashlib
import html
import posixpath
import re
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from django.utils.text import slugify

EXTENSIONS = {
    "text/html": ".html",
    "application/rss+xml": ".xml",
    "application/atom+xml": ".xml",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "text/calendar": ".ics",
    "text/plain": ".txt",
    "application/json": ".json",
}

TAG_RE = re.compile(r"<(?P<name>[a-zA-Z][a-zA-Z0-9-]*)(?P<attrs>\s[^<>]*?)?(?P<end>/?)>", re.DOTALL)
ATTR_RE = re.compile(
    r"""(?P<lead>\s)(?P<name>[a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?P<q>["'])(?P<value>.*?)(?P=q)""", re.DOTALL
)
CSS_URL_RE = re.compile(r"""url\(\s*(?P<q>["']?)(?P<url>[^"')]+)(?P=q)\s*\)""")
URL_ATTRIBUTES = {"href", "src", "action", "poster"}
# Characters that no file name in the copy may hold (sha256sum would escape them, shells trip on them).
UNSAFE_RE = re.compile(r"[\x00-\x1f\x7f\\]")


def query_suffix(query):
    """``page=2`` as ``-page-2``: a stable, file-safe name part for a query string."""
    if not query:
        return ""
    items = sorted(parse_qsl(query, keep_blank_values=True))
    text = "-".join(slugify(f"{key}-{value}", allow_unicode=True) for key, value in items)
    if not text or len(text) > 60:
        text = hashlib.sha256(query.encode()).hexdigest()[:16]
    return "-" + text


def output_path(path, query="", content_type="text/html"):
    """The file (relative to the copy's top folder) that holds the URL ``path?query``."""
    # Files are named by the decoded path (a server looks up /tag/%D0%B0/ as the folder "tag/а");
    # "." and ".." segments are dropped so that no URL can name a file outside the copy.
    segments = [UNSAFE_RE.sub("_", s) for s in unquote(path).split("/") if s not in ("", ".", "..")]
    base = "/".join(segments) + ("/" if path.endswith("/") and segments else "")
    if not base or base.endswith("/"):
        extension = EXTENSIONS.get(content_type.split(";")[0].strip(), ".html")
        return f"{base}index{query_suffix(query)}{extension}"
    if query:
        stem, extension = posixpath.splitext(base)
        return f"{stem}{query_suffix(query)}{extension}"
    return base


def relative_link(target, source):
    """A link from the file ``source`` to the file ``target`` (both relative to the top folder)."""
    return quote(posixpath.relpath(target, posixpath.dirname(source) or "."), safe="/-._~")


def split_srcset(value):
    """``a.webp 400w, b.webp 800w`` as [("a.webp", "400w"), ("b.webp", "800w")]."""
    parts = []
    for candidate in value.split(","):
        candidate = candidate.strip()
        if candidate:
            url, _sep, descriptor = candidate.partition(" ")
            parts.append((url, descriptor.strip()))
    return parts


def rewrite_html(text, resolve):
    """Rewrite every URL-bearing attribute of every tag in ``text``.

    ``resolve(tag_name, attrs, attribute, url)`` returns the new URL, or ``None`` to drop the
    attribute; ``attrs`` is a dict of the tag's attributes (unescaped). A resolver may also raise
    ``DropTag`` to remove the whole (void) tag, such as a canonical link that would name the origin.
    """

    def rewrite_tag(match):
        attrs_text = match.group("attrs") or ""
        if not attrs_text:
            return match.group(0)
        name = match.group("name").lower()
        attrs = {m.group("name").lower(): html.unescape(m.group("value")) for m in ATTR_RE.finditer(attrs_text)}

        def rewrite_attr(attr):
            attribute = attr.group("name").lower()
            value = html.unescape(attr.group("value"))
            if attribute in URL_ATTRIBUTES:
                new = resolve(name, attrs, attribute, value)
            elif attribute == "srcset":
                urls = [(resolve(name, attrs, attribute, url), descriptor) for url, descriptor in split_srcset(value)]
                new = ", ".join(f"{url} {descriptor}".strip() for url, descriptor in urls if url) or None
            elif attribute == "content" and name == "meta":
                new = resolve(name, attrs, attribute, value)
            else:
                return attr.group(0)
            if new is None:
                return ""
            quote = attr.group("q")
            return f"{attr.group('lead')}{attr.group('name')}={quote}{html.escape(new, quote=True)}{quote}"

        try:
            new_attrs = ATTR_RE.sub(rewrite_attr, attrs_text)
        except DropTag:
            return ""
        return f"<{match.group('name')}{new_attrs}{match.group('end')}>"

    return TAG_RE.sub(rewrite_tag, text)


def rewrite_css(text, resolve):
    """Rewrite every ``url(…)`` of a stylesheet with ``resolve(url)`` (None keeps it)."""

    def replace(match):
        new = resolve(match.group("url"))
        return match.group(0) if new is None else f'url("{new}")'

    return CSS_URL_RE.sub(replace, text)


def unfold_ical(text):
    """RFC 5545 content lines joined again (a folded line continues after CRLF and one space)."""
    return re.sub(r"\r?\n[ \t]", "", text)


def fold_ical(text):
    """Fold every line of ``text`` at 75 octets without splitting a UTF-8 character."""
    lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        current, octets, parts = "", 0, []
        for char in line:
            size = len(char.encode())
            if octets + size > 75:
                parts.append(current)
                current, octets = " ", 1
            current += char
            octets += size
        parts.append(current)
        lines.append("\r\n".join(parts))
    return "\r\n".join(lines)


class DropTag(Exception):
    """Raised by a resolver to remove the whole tag it is looking at."""


def host_of(url):
    return (urlsplit(url).hostname or "").lower()
