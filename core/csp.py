"""Content-Security-Policy for the public site and for the Wagtail admin.

Public pages carry no inline script or style at all, so their policy allows only files from this
host. The admin is stricter than most Wagtail sites: ``script-src 'self'`` with no
``'unsafe-inline'`` and no ``'unsafe-eval'``. Wagtail 7.4 still writes a few inline ``<script>`` and
``<style>`` elements (date pickers, inline panels, chooser widgets, some wagtail-localize screens);
those, and only those, carry a per-request nonce:

* ``NoncedTemplateLoader`` adds ``nonce="…"`` to the literal ``<script>``/``<style>`` tags written in
  the templates of the admin packages themselves (never to anything rendered from data), and
* ``nonce_chooser_scripts`` does the same for the one script Wagtail's chooser widgets build in Python.

Both are workarounds for Wagtail issue #1288 (CSP compatibility; the remaining widgets are listed
in #7053): delete them when Wagtail renders these initialisers through Stimulus controllers.
docs/security.md lists every exception.
"""

import base64
import contextvars
import hashlib
import re
import secrets
from pathlib import Path

from django.template.loaders.app_directories import Loader as AppDirectoriesLoader
from django.utils.safestring import mark_safe

# default-src 'none': anything not listed here, such as frames, media and workers, is refused.
PUBLIC_POLICY = "; ".join(
    [
        "default-src 'none'",
        "img-src 'self' data:",
        "style-src 'self'",
        "script-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)

# blob: images are the previews of files chosen for upload; frames are the page preview panel.
ADMIN_POLICY = "; ".join(
    [
        "default-src 'none'",
        "img-src 'self' data: blob:",
        "style-src 'self' 'nonce-{nonce}'",
        "script-src 'self' 'nonce-{nonce}' 'unsafe-hashes' '{jcrop_probe}'",
        "font-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self'",
        "worker-src 'self'",
        "media-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)

_nonce = contextvars.ContextVar("csp_nonce", default="")


def new_nonce():
    """Start a request with a fresh nonce, and return it."""
    nonce = secrets.token_urlsafe(18)
    _nonce.set(nonce)
    return nonce


def current_nonce():
    """The nonce of the request being answered ('' outside the admin)."""
    return _nonce.get()


def clear_nonce():
    _nonce.set("")


# The image focal-point tool (Jcrop) probes for event support by setting `onselectstart="return;"`;
# that one handler body, and no other, is allowed by its hash.
JCROP_PROBE_HASH = "sha256-" + base64.b64encode(hashlib.sha256(b"return;").digest()).decode()


def admin_policy(nonce):
    return ADMIN_POLICY.format(nonce=nonce, jcrop_probe=JCROP_PROBE_HASH)


# Admin packages whose own template files are trusted to contain inline scripts and styles.
TRUSTED_TEMPLATE_PACKAGES = ("wagtail", "wagtail_localize", "django_otp_webauthn", "accounts")
_INLINE_TAG = re.compile(r"<(script|style)(?![^>]*\bsrc=)(?![^>]*\bnonce=)(\s[^>]*)?>", re.IGNORECASE)
_NONCE_ATTRIBUTE = ' nonce="{% csp_nonce %}"'


def _is_trusted(origin):
    parts = Path(origin.name).parts
    return any(package in parts for package in TRUSTED_TEMPLATE_PACKAGES) and "templates" in parts


def add_nonce_attributes(source):
    """Give every inline ``<script>``/``<style>`` tag in a template's source a nonce attribute."""
    return _INLINE_TAG.sub(lambda match: f"<{match.group(1)}{_NONCE_ATTRIBUTE}{match.group(2) or ''}>", source)


class NoncedTemplateLoader(AppDirectoriesLoader):
    """App template loader that nonces the inline tags of the admin packages' own templates."""

    def get_contents(self, origin):
        contents = super().get_contents(origin)
        if _is_trusted(origin) and ("<script" in contents or "<style" in contents):
            contents = add_nonce_attributes(contents)
        return contents


def nonce_chooser_scripts():
    """Wagtail's ``BaseChooser.render`` appends ``<script>create…Chooser(…)</script>`` in Python."""
    # Imported here because the widget module needs the app registry; this runs from ready().
    from wagtail.admin.widgets.chooser import BaseChooser

    if getattr(BaseChooser.render, "csp_nonced", False):
        return
    original = BaseChooser.render

    def render(self, *args, **kwargs):
        html = original(self, *args, **kwargs)
        return mark_safe(html.replace("<script>", f'<script nonce="{current_nonce()}">', 1))  # noqa: S308

    render.csp_nonced = True
    BaseChooser.render = render
