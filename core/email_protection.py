"""Keeps e-mail addresses out of public HTML, without any third-party service.

Every address in a text node becomes ``name [at] example [dot] org`` inside a span that
carries the address encoded (base64 of the reversed address). ``mailto:`` links lose their
``href`` and carry the same encoded data. ``core/js/email.js`` (an external file, so a
strict CSP fits) turns them back into working links; without JavaScript people still read
the address. Form field values are left alone: they are the visitor's own input.
"""

import base64
import re
from urllib.parse import unquote

from django.utils.html import escape

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
# Comments, tags and the raw-text elements whose content must not get markup.
TOKEN_RE = re.compile(
    r"(<!--.*?-->|<(script|style|textarea|title)\b[^>]*>.*?</\2\s*>|<[^>]+>)",
    re.DOTALL | re.IGNORECASE,
)
MAILTO_HREF_RE = re.compile(r"""\shref\s*=\s*(["'])mailto:([^"']*)\1""", re.IGNORECASE)
CLASS_RE = re.compile(r"""(\sclass\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL)
ATTRIBUTE_RE = re.compile(
    r"""(\s(?:content|title|alt|aria-label|placeholder)\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL
)


def encode(address):
    return base64.b64encode(address[::-1].encode()).decode()


def readable(address):
    """``name@example.org`` as ``name [at] example [dot] org``."""
    local, _sep, domain = address.partition("@")
    return f"{local} [at] {domain.replace('.', ' [dot] ')}"


def _protect_text(text):
    return EMAIL_RE.sub(
        lambda m: (
            f'<span class="protected-email" data-protected-email="{encode(m.group(0))}">'
            f"{escape(readable(m.group(0)))}</span>"
        ),
        text,
    )


def _protect_tag(tag):
    match = MAILTO_HREF_RE.search(tag)
    if match:
        address = unquote(match.group(2)).split("?", 1)[0]
        tag = MAILTO_HREF_RE.sub(f' data-protected-email="{encode(address)}"', tag, count=1)
        if CLASS_RE.search(tag):
            # Join an existing class attribute: browsers ignore a second one (a "button" would lose its style).
            tag = CLASS_RE.sub(lambda m: f"{m[1]}{m[2]}{m[3]} protected-email-link{m[2]}", tag, count=1)
        else:
            tag = re.sub(r"^<a\b", '<a class="protected-email-link"', tag, count=1, flags=re.IGNORECASE)
    if "@" in tag:
        tag = ATTRIBUTE_RE.sub(
            lambda m: m.group(1) + m.group(2) + EMAIL_RE.sub(lambda e: readable(e.group(0)), m.group(3)) + m.group(2),
            tag,
        )
    return tag


def protect_html(html):
    """Return ``html`` with every e-mail address protected."""
    if "mailto:" not in html.lower() and not EMAIL_RE.search(html):  # a mailto link may spell @ as %40
        # Nothing that looks like an address anywhere (a handle such as @name is not one): unchanged.
        return html
    parts = []
    position = 0
    for match in TOKEN_RE.finditer(html):
        parts.append(_protect_text(html[position : match.start()]))
        token = match.group(0)
        if token.startswith("<!--") or (match.group(2) or "").lower() == "title":
            # Markup cannot go into a comment or a <title>; they still must not show the address.
            token = EMAIL_RE.sub(lambda m: readable(m.group(0)), token)
        elif match.group(2) is None:
            token = _protect_tag(token)
        parts.append(token)
        position = match.end()
    parts.append(_protect_text(html[position:]))
    return "".join(parts)
