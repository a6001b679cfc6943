"""Keeps e-mail addresses out of public HTML, without any third-party service.

Every address in a text node becomes ``name [at] example [dot] org`` inside a span that
carries the address encoded (base64 of the reversed address). ``mailto:`` links carry the
same encoded data, and their ``href`` leads instead to the place on the page where the
address is written out: the first span showing it, or a copy written out after the link
when the page shows it nowhere. ``core/js/site.js`` (an external file, so a strict CSP fits)
turns them back into working ``mailto:`` links and removes the copies; without JavaScript,
an e-mail button takes people to the readable address. Form field values are left alone:
they are the visitor's own input.
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
CLOSING_A_RE = re.compile(r"</a\s*>", re.IGNORECASE)
# Ids of the elements that show a linked address, for the links' href without JavaScript.
ANCHOR_PREFIX = "email-address-"
ATTRIBUTE_RE = re.compile(
    r"""(\s(?:content|title|alt|aria-label|placeholder)\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL
)


def encode(address):
    return base64.b64encode(address[::-1].encode()).decode()


def readable(address):
    """``name@example.org`` as ``name [at] example [dot] org``."""
    local, _sep, domain = address.partition("@")
    return f"{local} [at] {domain.replace('.', ' [dot] ')}"


def _span(address, anchor=""):
    id_attribute = f' id="{anchor}"' if anchor else ""
    return (
        f'<span class="protected-email"{id_attribute} data-protected-email="{encode(address)}">'
        f"{escape(readable(address))}</span>"
    )


class _Page:
    """The state of one page's pass: where each linked address is written out for people without JavaScript."""

    def __init__(self, linked, shown):
        # An anchor for every address a mailto link points to, numbered in the order of the page.
        self.anchors = {address: f"{ANCHOR_PREFIX}{number}" for number, address in enumerate(linked, start=1)}
        self.shown = shown  # addresses that the page writes out in its text
        self.placed = set()  # anchors already given to an element
        self.open_link = None  # the address of the mailto link being read, until its </a>

    def anchor(self, address):
        """The id for the first element showing ``address``, if a link leads there and none has it yet."""
        anchor = self.anchors.get(address, "")
        if not anchor or anchor in self.placed:
            return ""
        self.placed.add(anchor)
        return anchor

    def text(self, text):
        return EMAIL_RE.sub(lambda m: _span(m.group(0), self.anchor(m.group(0))), text)

    def tag(self, tag):
        address = _mailto_address(tag)
        if address is not None:
            self.open_link = address
            tag = _protect_link(tag, address, self.anchors[address])
        elif self.open_link is not None and CLOSING_A_RE.match(tag):
            address, self.open_link = self.open_link, None
            if address not in self.shown:
                # Nothing on the page shows the address the link leads to: write it out after the
                # (first such) link. The script removes this copy once links open the mail program.
                self.shown.add(address)
                return tag + (
                    f' <span class="protected-email-fallback" id="{self.anchor(address)}">({_span(address)})</span>'
                )
        if "@" in tag:
            tag = ATTRIBUTE_RE.sub(lambda m: m[1] + m[2] + EMAIL_RE.sub(lambda e: readable(e[0]), m[3]) + m[2], tag)
        return tag


def _mailto_address(tag):
    match = MAILTO_HREF_RE.search(tag)
    return unquote(match.group(2)).split("?", 1)[0] if match else None


def _protect_link(tag, address, anchor):
    """A mailto link without the address: an in-page link to where it is written out, with the data for the script."""
    tag = MAILTO_HREF_RE.sub(f' href="#{anchor}" data-protected-email="{encode(address)}"', tag, count=1)
    if CLASS_RE.search(tag):
        # Join an existing class attribute: browsers ignore a second one (a "button" would lose its style).
        return CLASS_RE.sub(lambda m: f"{m[1]}{m[2]}{m[3]} protected-email-link{m[2]}", tag, count=1)
    return re.sub(r"^<a\b", '<a class="protected-email-link"', tag, count=1, flags=re.IGNORECASE)


def _tokens(html):
    """``html`` as ("text", …) and ("tag", …) pieces; comments and raw-text elements are ("raw", …)."""
    position = 0
    for match in TOKEN_RE.finditer(html):
        yield "text", html[position : match.start()]
        token = match.group(0)
        if token.startswith("<!--") or (match.group(2) or "").lower() == "title":
            yield "hidden", token
        elif match.group(2) is None:
            yield "tag", token
        else:
            yield "raw", token
        position = match.end()
    yield "text", html[position:]


def protect_html(html):
    """Return ``html`` with every e-mail address protected."""
    if "mailto:" not in html.lower() and not EMAIL_RE.search(html):  # a mailto link may spell @ as %40
        # Nothing that looks like an address anywhere (a handle such as @name is not one): unchanged.
        return html
    tokens = list(_tokens(html))
    linked = []
    shown = set()
    for kind, token in tokens:
        if kind == "text":
            shown.update(EMAIL_RE.findall(token))
        elif kind == "tag":
            address = _mailto_address(token)
            if address is not None and address not in linked:
                linked.append(address)
    page = _Page(linked, shown)
    parts = []
    for kind, token in tokens:
        if kind == "text":
            parts.append(page.text(token))
        elif kind == "tag":
            parts.append(page.tag(token))
        elif kind == "hidden":
            # Markup cannot go into a comment or a <title>; they still must not show the address.
            parts.append(EMAIL_RE.sub(lambda m: readable(m.group(0)), token))
        else:
            parts.append(token)
    return "".join(parts)
