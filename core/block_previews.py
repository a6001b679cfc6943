"""Block previews in the admin's block chooser (Wagtail 6.3+).

Each block shows a sample of itself, styled by the site's own stylesheet, with sample text in the
editor's admin language and, where the block shows a picture or a file, one from the library.
"""

from django.db.models import F
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

PREVIEW_TEMPLATE = "core/block_preview.html"


def in_active_language(value):
    """``value`` with every lazy translation in it turned into text in the active language."""
    if isinstance(value, Promise):
        return str(value)
    if isinstance(value, dict):
        return {key: in_active_language(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [in_active_language(item) for item in value]
    return value


def sample_image():
    """A picture for previews: a landscape one from the root collection, which every editor may use.

    None when the library has none; previews must work on a fresh site.
    """
    images = get_image_model().objects.filter(collection__depth=1).order_by("pk")
    return images.filter(width__gt=F("height")).first() or images.first()


def sample_document():
    """A document for previews from the root collection, or None when the library has none."""
    return get_document_model().objects.filter(collection__depth=1).order_by("pk").first()


class PreviewMixin:
    """Makes a block previewable: the site's preview template and ``Meta.preview_value`` translated.

    ``preview_value`` holds lazy translations, so the sample reads in the editor's language;
    ``preview_media()`` adds what comes from the library, and ``preview_note()`` says what is
    missing when the library is empty. A block whose items the page puts in a list names the
    list's class in ``preview_list``.
    """

    preview_list = ""

    def get_preview_template(self, value, context=None):
        return PREVIEW_TEMPLATE

    def get_preview_value(self):
        value = in_active_language(self._evaluate_callable(getattr(self.meta, "preview_value", None)))
        if isinstance(value, dict):
            value = {**value, **self.preview_media()}
        return self.normalize(value)

    def get_preview_context(self, value, parent_context=None):
        context = super().get_preview_context(value, parent_context)
        context["preview_note"] = self.preview_note(value)
        context["preview_list"] = self.preview_list
        return context

    def preview_media(self):
        """Values from the image or document library for the sample (none by default)."""
        return {}

    def preview_note(self, value):
        """A sentence shown under the sample when it lacks something from the library."""
        return ""


class ImagePreviewMixin(PreviewMixin):
    """For blocks with an ``image`` child: the sample uses a picture from the library."""

    def preview_media(self):
        return {"image": sample_image()}

    def preview_note(self, value):
        if value.get("image"):
            return ""
        return _("The picture you choose from the image library appears here.")


class DocumentPreviewMixin(PreviewMixin):
    """For blocks with a ``document`` child: the sample links a document from the library."""

    def preview_media(self):
        return {"document": sample_document()}

    def preview_note(self, value):
        if value.get("document"):
            return ""
        return _("A link to the document you choose from the library appears here, with its type and size.")
