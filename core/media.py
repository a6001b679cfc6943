"""Uploaded files reach the public only the way Wagtail checks them (docs/media.md).

- Documents are served by Wagtail's serve view alone (``WAGTAILDOCS_SERVE_METHOD``), which
  checks the privacy of their collection. ``document_of_private_pages`` adds the privacy of the
  pages that link them: a document linked only from pages the visitor may not see is not served.
- When the site serves media itself (``SERVE_MEDIA``), it serves image renditions and nothing
  else: ``documents/`` and ``original_images/`` would bypass those checks (and originals are
  the full-size files), so every other address under ``/media/`` answers 404.
"""

import re
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.urls import re_path
from django.views import static
from django.views.decorators.http import require_safe
from wagtail.models import Page, ReferenceIndex

RENDITIONS_FOLDER = "images"
# One file name as Django's storage writes it (letters, digits, "-", "_", "."), no folders.
RENDITION_NAME_RE = re.compile(r"[\w-][\w.-]*")
SANDBOX_POLICY = "default-src 'none'"


@require_safe
def serve_rendition(request, name):
    """An image rendition from ``MEDIA_ROOT/images/``: the only media files the site serves itself."""
    if not RENDITION_NAME_RE.fullmatch(name) or ".." in name:
        raise Http404
    response = static.serve(request, name, document_root=Path(settings.MEDIA_ROOT) / RENDITIONS_FOLDER)
    response["Content-Security-Policy"] = SANDBOX_POLICY
    return response


def not_served(request, path=""):
    """Every other media address: documents and originals are never served from the folder."""
    raise Http404


def media_urlpatterns(prefix="media/"):
    """URL patterns for ``MEDIA_URL`` when the site serves media itself."""
    return [
        re_path(rf"^{re.escape(prefix)}{RENDITIONS_FOLDER}/(?P<name>[^/]+)\Z", serve_rendition, name="media_rendition"),
        re_path(rf"^{re.escape(prefix)}(?P<path>.*)\Z", not_served, name="media_not_served"),
    ]


def _may_see(page, request):
    return page.live and all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


def document_of_private_pages(document, request):
    """``before_serve_document`` hook: 404 for a document linked only from pages the visitor cannot see.

    Wagtail protects a document only through its collection, so a file linked from a password
    or login-protected page, or from a draft, would be public to anyone who has its address.
    A document that no page links (or that something other than a page links, such as a
    footer snippet) is left to its collection's privacy. People who use the admin may preview
    drafts, so they are let through.
    """
    if request.user.is_authenticated and request.user.has_perm("wagtailadmin.access_admin"):
        return None
    references = ReferenceIndex.get_references_to(document)
    if not references.exists():
        return None
    page_type = ContentType.objects.get_for_model(Page)
    if references.exclude(base_content_type=page_type).exists():
        return None
    page_ids = {int(object_id) for object_id in references.values_list("object_id", flat=True)}
    if any(_may_see(page, request) for page in Page.objects.filter(pk__in=page_ids)):
        return None
    raise Http404  # the site's own "not found" page: nothing says that the document exists
