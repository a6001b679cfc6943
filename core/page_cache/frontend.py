"""Purges for a CDN or reverse proxy in front of the site (``wagtail.contrib.frontend_cache``).

Backends that understand a trailing ``*`` as "everything under this prefix" (Varnish and
nginx with the configuration in docs/deployment.md, CloudFront) are sent one address per
changed language (``https://site/ru/*``) plus the sitemap: the same set the page cache
drops. Backends that purge exact addresses only (Cloudflare without prefix purges) are sent
the addresses that show the change: the page and its translations, their parents' listings
with their feeds and other fixed sub-pages, the tag and year archives an article appears in
(``cache_dependent_urls()`` on the page type), the home page of each language, the sitemap;
for a change to a site-wide snippet, every live page of that language.
"""

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

PREFIX_BACKENDS = {
    "wagtail.contrib.frontend_cache.backends.HTTPBackend",
    "wagtail.contrib.frontend_cache.backends.http.HTTPBackend",
    "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
    "wagtail.contrib.frontend_cache.backends.cloudfront.CloudfrontBackend",
}


def configured():
    return getattr(settings, "WAGTAILFRONTENDCACHE", None) or {}


def purges_prefixes(options):
    """Whether a backend understands ``/ru/*``: its ``PREFIX_PURGE`` option, else known from its class."""
    return options.get("PREFIX_PURGE", options["BACKEND"] in PREFIX_BACKENDS)


def backend_names(prefixes):
    """Names of the configured backends that do (``prefixes=True``) or do not purge by prefix."""
    return [name for name, options in configured().items() if purges_prefixes(options) == prefixes]


def needs_exact_urls():
    return bool(backend_names(prefixes=False))


def site_urls():
    """The sitemap and robots.txt of every site (they list or point at every language)."""
    urls = set()
    for site in Site.objects.all():
        for name in ("sitemap", "robots_txt"):
            try:
                urls.add(site.root_url + reverse(name))
            except NoReverseMatch:
                pass
    return urls


def fixed_subpage_urls(page):
    """A page's address and, for a routable page, its sub-pages without parameters (feeds, calendar)."""
    url = page.get_full_url()
    if url is None:
        return set()
    urls = {url}
    if isinstance(page, RoutablePageMixin):
        for pattern in page.get_subpage_urls():
            try:
                urls.add(url + page.reverse_subpage(pattern.name))
            except NoReverseMatch:
                pass  # a sub-page with parameters (tag, year) is listed by cache_dependent_urls()
    return urls


def page_urls(page):
    """Exact addresses that show ``page``: see the module docstring. Empty when no backend needs them."""
    if not needs_exact_urls():
        return set()
    urls = set()
    pages = Page.objects.filter(translation_key=page.translation_key) | Page.objects.filter(alias_of_id=page.pk)
    for version in [page, *pages.exclude(pk=page.pk)]:
        specific = version.specific_deferred
        urls |= fixed_subpage_urls(specific)
        dependent = getattr(specific, "cache_dependent_urls", None)
        if dependent is not None:
            urls |= set(dependent())
        for ancestor in version.get_ancestors().filter(depth__gte=2).specific(defer=True):
            urls |= fixed_subpage_urls(ancestor)
    return urls


def subtree_urls(page):
    """Exact addresses of ``page`` and every page below it (before or after a move)."""
    if not needs_exact_urls():
        return set()
    urls = set()
    for version in Page.objects.descendant_of(page, inclusive=True).specific(defer=True):
        urls |= page_urls(version)
    return urls


def language_urls(code):
    """Every live page of one language, for backends that cannot purge by prefix."""
    urls = set()
    for page in Page.objects.live().filter(locale__language_code=code, depth__gte=2).specific(defer=True):
        urls |= fixed_subpage_urls(page)
    return urls


def prefix_urls(languages):
    return {f"{site.root_url}/{code}/*" for site in Site.objects.all() for code in languages}


def send(urls, backends):
    """Wagtail's purge, called in place: ``purge()`` itself runs as a task (core.tasks)."""
    purge_urls_from_cache_task.call(sorted(urls), None, backends)


def purge(languages, urls, whole=()):
    """Send the purges for these languages and exact addresses (core.tasks.purge_frontend_cache).

    ``whole``: languages whose every page shows the change (exact backends get all their pages).
    """
    if not configured():
        return
    prefix_backends = backend_names(prefixes=True)
    if prefix_backends:
        send(prefix_urls(languages) | site_urls(), prefix_backends)
    exact_backends = backend_names(prefixes=False)
    if exact_backends:
        exact = set(urls) | site_urls()
        for code in whole:
            exact |= language_urls(code)
        send(exact, exact_backends)
