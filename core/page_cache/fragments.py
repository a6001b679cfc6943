"""Rendered fragments shared by many pages, kept per language generation.

A listing card of an article appears on the news index, its tag and year archives, the home
page and other articles' related articles; the browse box of a news section on every page of
it. ``language_fragments`` renders each of them once per generation of its language (every
change that could alter them starts a new one, core.page_cache.invalidation) and
``{% language_fragment %}`` does the same for a piece of a template.

Fragments about pages are asked for by page id; callers pass only ids that are published now
(one query), so an article taken down never shows, even in the moment before its language's
generation is renewed. Without a cache, every fragment is rendered each time.
"""

from django import template
from django.utils.safestring import mark_safe

from core.i18n import active_language
from core.page_cache.generations import remember_many_for_language


def language_fragments(language, name, parts, render, *, enabled=True):
    """``{part: html}`` for each of ``parts``: from the cache, else from ``render(missing_parts)``.

    ``render`` returns a ``{part: html}`` for the parts it was given (parts it leaves out, such as
    articles no longer published, are left out of the answer too). ``enabled=False`` renders all.
    """
    if not enabled:
        found = dict(render(list(dict.fromkeys(parts))))
    else:
        found = remember_many_for_language(language, f"fragment:{name}", parts, render)
    return {part: mark_safe(html) for part, html in found.items()}  # noqa: S308 (rendered by templates)


def language_fragment(language, name, render, *, enabled=True):
    """One fragment: ``render()`` kept for ``language`` until its generation ends."""
    return language_fragments(language, name, ["-"], lambda _parts: {"-": render()}, enabled=enabled)["-"]


class LanguageFragmentNode(template.Node):
    def __init__(self, name, parts, nodelist):
        self.name, self.parts, self.nodelist = name, parts, nodelist

    def render(self, context):
        request = context.get("request")
        enabled = request is not None and not getattr(request, "is_mirror", False)
        host = request.get_host() if enabled else ""
        name = ":".join([self.name, host, *(str(part.resolve(context)) for part in self.parts)])
        return language_fragment(active_language(), name, lambda: self.nodelist.render(context), enabled=enabled)


def do_language_fragment(parser, token):
    """``{% language_fragment "name" part... %}…{% endlanguage_fragment %}``: rendered once per language generation.

    Only for pieces that show nothing personal and depend on nothing but the parts named and
    the content of the language (menus, a section's topics and years).
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("language_fragment needs a name")
    nodelist = parser.parse(("endlanguage_fragment",))
    parser.delete_first_token()
    return LanguageFragmentNode(bits[1].strip("\"'"), [parser.compile_filter(bit) for bit in bits[2:]], nodelist)
