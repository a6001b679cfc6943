"""Which page types the public search covers, found from the models themselves.

A page type is searchable when it indexes text of its own: a ``SearchField`` or
``RelatedFields`` in its ``search_fields`` beyond those of Wagtail's ``Page``. New apps need
no change here; see docs/search.md for the optional ``search_result_date`` convention.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils.text import capfirst
from wagtail.models import Page, get_page_models
from wagtail.search import index

TEXT_FIELDS = (index.SearchField, index.RelatedFields)


def _text_fields(model):
    return {(type(field), field.field_name) for field in model.search_fields if isinstance(field, TEXT_FIELDS)}


@dataclass(frozen=True)
class PageType:
    model: type

    @property
    def key(self):
        """The value of the ``type`` filter in URLs, e.g. ``news.newspage``."""
        return self.model._meta.label_lower

    @property
    def label(self):
        return capfirst(self.model._meta.verbose_name_plural)

    @property
    def content_type(self):
        return ContentType.objects.get_for_model(self.model)


def searchable_page_types():
    """Page types with text fields of their own, in the order their apps are installed."""
    base = _text_fields(Page)
    return [PageType(model) for model in get_page_models() if model is not Page and _text_fields(model) - base]
