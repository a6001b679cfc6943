"""Renders the public site into a static copy: every live, public page in every language.

Pages are rendered in this process through Django's test client, anonymously, with the mirror
flag in the WSGI environ (see mirror.middleware), then every link is rewritten by
``mirror.rewrite``. The crawl starts from the page tree and follows links, so pagination, tag
and year archives, feeds, the campaign calendar, renditions, documents and static files come
along; it never writes a URL that belongs to a private, unpublished or stand-in page.
"""

from collections import deque
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.staticfiles import finders
from django.core.cache import caches
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.test.utils import override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.models import Page, Site

from core.email_protection import protect_html
from mirror import rewrite
from mirror.middleware import MIRROR_ENVIRON_KEY

# The copy renders with caches of its own: a mirror rendering must never reach the site's caches.
ISOLATED_CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "mirror-build"},
    "counters": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "mirror-build-counters"},
}
MAX_RESOURCES = 50_000
# Renditions are public by design; originals and document files are never copied from storage.
PUBLIC_MEDIA_PREFIXES = ("images/",)


class MirrorBuildError(Exception):
    pass


@dataclass
class Resource:
    """One fetched or generated file of the copy, before its links are rewritten."""

    path: str
    query: str
    content_type: str
    body: bytes
    is_page: bool = False

    @property
    def output(self):
        return rewrite.output_path(self.path, self.query, self.content_type)

    @property
    def kind(self):
        return self.content_type.split(";")[0].strip().lower()


@dataclass
class BuildResult:
    files: dict = field(default_factory=dict)  # relative path -> bytes
    pages: list = field(default_factory=list)  # relative paths of the page files, for the sitemap
    warnings: list = field(default_factory=list)


def page_summary(page):
    """The short text a listing shows for ``page``."""
    for name in ("summary", "search_description", "introduction"):
        value = getattr(page, name, "") or ""
        if value:
            return strip_tags(str(value)).strip()
    return ""


class MirrorBuilder:
    """Builds the copy in memory; ``mirror.output`` writes it."""

    def __init__(self, base_url="", progress=None):
        self.base_url = base_url.rstrip("/") + "/" if base_url else ""
        self.progress = progress or (lambda done, total, path: None)
        self.site = Site.objects.select_related("root_page").filter(is_default_site=True).first()
        if self.site is None:
            raise MirrorBuildError("There is no default site to copy.")
        self.secure = self.site.port == 443
        default_port = 443 if self.secure else 80
        self.host = self.site.hostname if self.site.port == default_port else f"{self.site.hostname}:{self.site.port}"
        self.origin_hosts = {site.hostname.lower() for site in Site.objects.all()} | {"testserver"}
        admin_host = urlsplit(getattr(settings, "WAGTAILADMIN_BASE_URL", "")).hostname
        if admin_host:
            self.origin_hosts.add(admin_host.lower())
        self.origin_hosts |= {h.lstrip(".").lower() for h in settings.ALLOWED_HOSTS if h and h != "*"}
        self.client = Client(HTTP_HOST=self.host, **{MIRROR_ENVIRON_KEY: True})
        self.resources = {}  # (path, query) -> Resource, or None when it cannot be copied
        self.redirects = {}  # (path, query) -> (path, query)
        self.queue = deque()
        self.warnings = []

    # The page tree

    def _load_tree(self):
        """Which URL belongs to which page, and whether the copy may show it."""
        public = set(Page.objects.live().public().filter(depth__gte=2).values_list("id", flat=True))
        self.page_paths = {}  # path -> ("public" | "stand-in" | "private", page or source path)
        self.public_pages = []
        pages = Page.objects.filter(depth__gte=2).select_related("locale").order_by("path")
        by_id = {}
        for page in pages:
            parts = page.get_url_parts()
            if not parts or parts[0] != self.site.pk:
                continue
            by_id[page.pk] = parts[2]
        for page in pages:
            path = by_id.get(page.pk)
            if path is None:
                continue
            if page.pk not in public:
                self.page_paths[path] = ("private", None)
            elif page.alias_of_id and page.depth > 2:
                source = by_id.get(page.alias_of_id)
                self.page_paths[path] = ("stand-in", source) if source else ("private", None)
            else:
                self.page_paths[path] = ("public", page)
                self.public_pages.append((path, page))
        self.search_paths = {}
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                self.search_paths[reverse("search")] = code

    def _owner(self, path):
        """The tree entry that owns ``path``: its page, or the nearest ancestor URL's page."""
        candidate = path if path.endswith("/") else path.rsplit("/", 1)[0] + "/"
        while candidate and candidate != "/":
            if candidate in self.page_paths:
                return candidate, self.page_paths[candidate]
            candidate = candidate.rstrip("/").rsplit("/", 1)[0] + "/"
        return None, None

    # Which URLs the copy holds

    def internal(self, url, base):
        """(path, query, fragment) of ``url`` when it points at this site, else None."""
        absolute = urljoin(base, url)
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https", "") or (parts.hostname or "").lower() not in self.origin_hosts:
            return None
        return parts.path or "/", parts.query, parts.fragment

    def want(self, path, query=""):
        """The key of the resource that stands for ``path?query`` (queued if new), or None."""
        key = (path, query)
        seen = set()
        while key in self.redirects and key not in seen:
            seen.add(key)
            key = self.redirects[key]
        path, query = key
        if path in self.search_paths:
            return (path, "")
        if "/_util/" in path:
            return None  # Wagtail's login and password views for private pages and documents
        if key in self.resources:
            return key if self.resources[key] is not None else None
        if path.startswith(settings.MEDIA_URL):
            if not path[len(settings.MEDIA_URL) :].startswith(PUBLIC_MEDIA_PREFIXES):
                return None
        elif path.startswith(settings.STATIC_URL) or path.startswith("/documents/"):
            pass
        elif path in ("/", "/sitemap.xml", "/robots.txt"):
            return (path, "")
        else:
            owner_path, entry = self._owner(path)
            if entry is None or entry[0] == "private":
                return None
            if entry[0] == "stand-in":
                # The stand-in shows the source page: link to the copy of the source page instead.
                return self.want(entry[1] + path[len(owner_path) :], query)
        if len(self.resources) >= MAX_RESOURCES:
            raise MirrorBuildError(f"More than {MAX_RESOURCES} files: is a link generating endless pages?")
        self.resources[key] = None  # reserved; filled when fetched
        self.queue.append(key)
        return key

    # Fetching

    def _get(self, path, query):
        url = path + (f"?{query}" if query else "")
        try:
            return self.client.get(url, secure=self.secure)
        except Exception as error:
            # A page that fails must stop the build: a copy silently missing it would look complete.
            raise MirrorBuildError(f"{url} could not be rendered: {error!r}") from error

    def fetch(self, key):
        path, query = key
        if path.startswith(settings.MEDIA_URL):
            name = path[len(settings.MEDIA_URL) :]
            try:
                with default_storage.open(name) as handle:
                    body = handle.read()
            except (FileNotFoundError, OSError):
                return None
            return Resource(path, "", "application/octet-stream", body)
        response = self._get(path, query)
        # A document that redirects wants a login: it is private, so it is not copied.
        if response.status_code in (301, 302, 303, 307, 308) and not path.startswith("/documents/"):
            target = self.internal(response["Location"], f"http://{self.host}{path}")
            new_key = self.want(target[0], target[1]) if target else None
            if new_key is None:
                return None
            self.redirects[key] = new_key
            return "redirect"
        if response.status_code != 200:
            owner_path, entry = self._owner(path)
            if entry is not None and owner_path == path:
                self.warnings.append(f"{path} answered {response.status_code}; it is not in the copy")
            if path.startswith(settings.STATIC_URL):
                found = finders.find(path[len(settings.STATIC_URL) :])
                if found:
                    with open(found, "rb") as handle:
                        return Resource(path, "", "application/octet-stream", handle.read())
            return None
        # The test client closes the response itself (a streamed one once it is read), without
        # the request_finished handler that would drop the database connection mid-build.
        body = b"".join(response.streaming_content) if response.streaming else response.content
        content_type = response.get("Content-Type", "application/octet-stream")
        owner_path, entry = self._owner(path)
        is_page = entry is not None and owner_path == path and not query and content_type.startswith("text/html")
        return Resource(path, query, content_type, body, is_page=is_page)

    def discover(self, resource):
        """Queue everything ``resource`` links to."""
        base = f"http://{self.host}{resource.path}" + (f"?{resource.query}" if resource.query else "")
        if resource.kind == "text/html":

            def collect(tag, attrs, attribute, url):
                # The share picture is only of use where the copy knows its own address.
                wanted_content = attribute == "content" and attrs.get("property") == "og:image" and self.base_url
                if (attribute == "content" and not wanted_content) or (
                    tag == "link" and attrs.get("rel") == "canonical"
                ):
                    return url
                target = self.internal(url, base)
                if target and not url.startswith("#"):
                    self.want(target[0], target[1])
                return url

            rewrite.rewrite_html(resource.body.decode("utf-8"), collect)
        elif resource.kind == "text/css":

            def collect_css(url):
                target = self.internal(url, base)
                if target and not url.startswith("data:"):
                    self.want(target[0], target[1])

            rewrite.rewrite_css(resource.body.decode("utf-8"), collect_css)

    def _generated(self):
        """The files that the copy has instead of server features: search indexes and the top page."""
        factory = RequestFactory(HTTP_HOST=self.host, **{MIRROR_ENVIRON_KEY: True})
        for search_path, code in self.search_paths.items():
            pages = [(path, page.specific) for path, page in self.public_pages if page.locale.language_code == code]
            entries = [
                {"url": path, "title": page.title, "summary": page_summary(page), "depth": page.depth - 2}
                for path, page in pages
            ]
            body = self._render(factory, search_path, code, "mirror/search_index.html", {"entries": entries})
            self.resources[(search_path, "")] = Resource(search_path, "", "text/html; charset=utf-8", body)
        languages = dict(settings.LANGUAGES)
        top = [
            {"url": path, "code": page.locale.language_code, "name": languages.get(page.locale.language_code, "")}
            for path, page in self.public_pages
            if page.depth == 2
        ]
        body = self._render(factory, "/", settings.LANGUAGE_CODE, "mirror/top_index.html", {"homes": top})
        self.resources[("/", "")] = Resource("/", "", "text/html; charset=utf-8", body)

    def _render(self, factory, path, code, template, context):
        request = factory.get(path, secure=self.secure)
        request.user = AnonymousUser()
        request.is_mirror = True
        with translation.override(code):
            html = render_to_string(template, context, request=request)
        return protect_html(html).encode("utf-8")

    def crawl(self):
        self._load_tree()
        self._generated()
        for resource in list(self.resources.values()):
            self.discover(resource)
        for path, _page in self.public_pages:
            self.want(path)
        done = 0
        while self.queue:
            key = self.queue.popleft()
            resource = self.fetch(key)
            done += 1
            self.progress(done, done + len(self.queue), key[0])
            if resource == "redirect":
                del self.resources[key]
                continue
            self.resources[key] = resource
            if resource is not None:
                self.discover(resource)

    # Writing

    def target_of(self, key):
        """The output path of the resource that ``key`` stands for, or None."""
        seen = set()
        while key in self.redirects and key not in seen:
            seen.add(key)
            key = self.redirects[key]
        if key[0] in self.search_paths:
            key = (key[0], "")
        resource = self.resources.get(key)
        if resource is None:
            if key == ("/sitemap.xml", ""):
                return "sitemap.xml"
            if key == ("/robots.txt", ""):
                return "robots.txt"
            return None
        return resource.output

    def mirror_url(self, output):
        return self.base_url + rewrite.quote(output, safe="/-._~")

    def _rewrite_html(self, resource, result):
        base = f"http://{self.host}{resource.path}" + (f"?{resource.query}" if resource.query else "")
        source = resource.output

        def resolve(tag, attrs, attribute, url):
            if attribute == "content":
                if attrs.get("property") not in ("og:url", "og:image") and attrs.get("name") != "twitter:image":
                    return url
                absolute = True
            else:
                absolute = tag == "link" and attrs.get("rel") in ("canonical",)
            if url.startswith(("#", "mailto:", "tel:", "data:")):
                return url
            target = self.internal(url, base)
            if target is None:
                if absolute and rewrite.host_of(url) in self.origin_hosts:
                    raise rewrite.DropTag
                return url
            path, query, fragment = target
            key = self.want_existing(path, query)
            output = self.target_of(key) if key else None
            if absolute:
                if not (self.base_url and output):
                    raise rewrite.DropTag
                return self.mirror_url(output)
            if output is None:
                if tag == "link":
                    raise rewrite.DropTag
                result.warnings.append(f"{source}: no copy of {path}; the link was removed")
                return None
            if tag == "link" and attrs.get("hreflang") and self.base_url:
                return self.mirror_url(output)
            link = rewrite.relative_link(output, source)
            return link + (f"#{fragment}" if fragment else "")

        return rewrite.rewrite_html(resource.body.decode("utf-8"), resolve).encode("utf-8")

    def want_existing(self, path, query):
        """Like ``want`` but never queues: used after the crawl, when every file is known."""
        if path in self.search_paths:
            return (path, "")
        if (path, query) in self.resources or (path, query) in self.redirects:
            return (path, query)
        if path in ("/sitemap.xml", "/robots.txt"):
            return (path, "")
        owner_path, entry = self._owner(path)
        if entry and entry[0] == "stand-in":
            return self.want_existing(entry[1] + path[len(owner_path) :], query)
        return None

    def _rewrite_text(self, resource, text):
        """Absolute origin URLs in a feed or calendar become the copy's (absolute with a base URL)."""
        is_ical = resource.kind == "text/calendar"
        if is_ical:
            text = rewrite.unfold_ical(text)
        source = resource.output

        def replace(match):
            url = match.group(0)
            target = self.internal(url, url)
            if target is None:
                return url
            key = self.want_existing(target[0], target[1])
            output = self.target_of(key) if key else None
            if output is None:
                output = "index.html"
            return self.mirror_url(output) if self.base_url else rewrite.relative_link(output, source)

        hosts = "|".join(sorted((h.replace(".", r"\.") for h in self.origin_hosts), key=len, reverse=True))
        text = rewrite.re.sub(rf"https?://(?:{hosts})(?::\d+)?[^\s<>\"'\\]*", replace, text)
        # Calendar UIDs and the like name the host without a URL.
        mirror_host = urlsplit(self.base_url).hostname or "mirror.invalid"
        text = rewrite.re.sub(rf"@(?:{hosts})\b", "@" + mirror_host, text)
        if is_ical:
            text = rewrite.fold_ical(text)
        return text

    def _rewrite_css(self, resource):
        base = f"http://{self.host}{resource.path}"
        source = resource.output

        def resolve(url):
            if url.startswith("data:"):
                return None
            target = self.internal(url, base)
            if target is None:
                return None
            key = self.want_existing(target[0], target[1])
            output = self.target_of(key) if key else None
            return rewrite.relative_link(output, source) if output else None

        return rewrite.rewrite_css(resource.body.decode("utf-8"), resolve).encode("utf-8")

    def build(self):
        # The site's own host may be missing from ALLOWED_HOSTS in development set-ups.
        with override_settings(CACHES=ISOLATED_CACHES, ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, self.site.hostname]):
            # Listings remembered by an earlier build in this process would be stale.
            for alias in ISOLATED_CACHES:
                caches[alias].clear()
            self.crawl()
        result = BuildResult(warnings=self.warnings)
        for resource in self.resources.values():
            if resource is None:
                continue
            kind = resource.kind
            if kind == "text/html":
                body = self._rewrite_html(resource, result)
            elif kind == "text/css":
                body = self._rewrite_css(resource)
            elif kind in rewrite.EXTENSIONS:
                body = self._rewrite_text(resource, resource.body.decode("utf-8")).encode("utf-8")
            else:
                body = resource.body
            result.files[resource.output] = body
            if resource.is_page:
                result.pages.append(resource.output)
        result.files["sitemap.xml"] = self._sitemap(result.pages)
        result.files["robots.txt"] = self._robots()
        return result

    def _sitemap(self, pages):
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        ]
        for output in sorted(pages):
            loc = self.mirror_url(output) if self.base_url else rewrite.quote(output, safe="/-._~")
            lines.append(f"<url><loc>{rewrite.html.escape(loc)}</loc></url>")
        lines.append("</urlset>")
        return ("\n".join(lines) + "\n").encode("utf-8")

    def _robots(self):
        lines = ["User-agent: *", "Allow: /"]
        if self.base_url:
            lines.append(f"Sitemap: {self.base_url}sitemap.xml")
        return ("\n".join(lines) + "\n").encode("utf-8")
