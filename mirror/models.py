"""Where else the site can be read: mirror addresses (a translatable snippet) and the Mirrors page."""

from urllib.parse import urlsplit

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models import PAGE_TRANSLATABLE_FIELDS
from core.models.snippets import LocalizedQuerySet

ONION_CACHE_KEY = "mirror:onion-address"
PAGES_CACHE_KEY = "mirror:pages"


class MirrorAddress(TranslatableMixin, models.Model):
    """One address where a copy of the site can be read: a web mirror or the onion service."""

    KIND_WEB = "web"
    KIND_ONION = "onion"
    KIND_CHOICES = [(KIND_WEB, _("Web mirror")), (KIND_ONION, _("Onion service (Tor)"))]

    kind = models.CharField(_("kind"), max_length=10, choices=KIND_CHOICES, default=KIND_WEB)
    url = models.URLField(
        _("address"),
        help_text=_("The full address, e.g. https://mirror.example.org/ or http://….onion/"),
    )
    label = models.CharField(
        _("label"),
        max_length=120,
        help_text=_("A few words that say where the copy is, e.g. “Copy on a university server”."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Addresses with smaller numbers come first.")
    )

    objects = LocalizedQuerySet.as_manager()

    panels = [FieldPanel("kind"), FieldPanel("url"), FieldPanel("label"), FieldPanel("sort_order")]
    translatable_fields = [
        TranslatableField("label"),
        SynchronizedField("kind"),
        SynchronizedField("url"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("mirror address")
        verbose_name_plural = _("mirror addresses")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.label

    @property
    def is_onion(self):
        return self.kind == self.KIND_ONION

    def clean(self):
        super().clean()
        parts = urlsplit(self.url or "")
        host = (parts.hostname or "").lower()
        if self.kind == self.KIND_ONION and not host.endswith(".onion"):
            raise ValidationError({"url": _("An onion service address ends in “.onion”, e.g. http://….onion/")})
        if self.kind == self.KIND_WEB and host.endswith(".onion"):
            raise ValidationError({"url": _("This is an onion address: choose “Onion service (Tor)” as the kind.")})
        if self.kind == self.KIND_WEB and parts.scheme != "https":
            message = _("A web mirror must use https://, so that nobody can change it on the way.")
            raise ValidationError({"url": message})


def onion_address():
    """The onion service's base URL without a trailing slash, or "" when none is set.

    Read on every public response (``Onion-Location``), so it is kept in the default cache
    until an address changes.
    """
    try:
        cached = cache.get(ONION_CACHE_KEY)
    except Exception:  # a cache outage must not break pages
        cached = None
    if cached is not None:
        return cached
    default = Locale.get_default()
    row = (
        MirrorAddress.objects.filter(kind=MirrorAddress.KIND_ONION, locale=default).order_by("sort_order", "pk").first()
        or MirrorAddress.objects.filter(kind=MirrorAddress.KIND_ONION).order_by("sort_order", "pk").first()
    )
    value = row.url.rstrip("/") if row else ""
    try:
        cache.set(ONION_CACHE_KEY, value, None)
    except Exception:  # noqa: S110 - the next request reads the database again
        pass
    return value


def forget_onion_address(**kwargs):
    """Signal receiver: an address changed, so ``Onion-Location`` must be looked up again."""
    _forget(ONION_CACHE_KEY)


def forget_mirrors_pages(**kwargs):
    """Signal receiver: a Mirrors page was published, unpublished, moved or deleted."""
    _forget(PAGES_CACHE_KEY)


def _forget(key):
    try:
        cache.delete(key)
    except Exception:  # noqa: S110 - nothing is cached while the cache is down
        pass


def mirrors_page_urls():
    """{language code: URL} of the live, public Mirrors pages.

    The footer of every page links one, so the answer is kept in the default cache until a
    Mirrors page changes: the link costs no query once the cache holds it.
    """
    try:
        cached = cache.get(PAGES_CACHE_KEY)
    except Exception:  # a cache outage must not break pages
        cached = None
    if cached is not None:
        return cached
    urls = {}
    for page in MirrorsPage.objects.live().public().select_related("locale").order_by("path"):
        url = page.get_url()
        if url:
            urls.setdefault(page.locale.language_code, url)
    try:
        cache.set(PAGES_CACHE_KEY, urls, None)
    except Exception:  # noqa: S110 - the next request reads the database again
        pass
    return urls


class MirrorsPage(Page):
    """The page that lists every mirror and the onion address, in each language."""

    introduction = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_(
            "Why there are copies and how to pass the addresses on. "
            "The addresses come from the admin menu “Mirror addresses”."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    # One per language tree (each language has its own home page).
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("mirrors page")
        verbose_name_plural = _("mirrors pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        addresses = MirrorAddress.objects.for_active_locale()
        context["web_mirrors"] = [a for a in addresses if not a.is_onion]
        context["onion_mirrors"] = [a for a in addresses if a.is_onion]
        return context
