"""The translation status of every source page and translatable snippet in every other language.

Everything is read from wagtail-localize's own records (TranslationSource, Translation,
TranslationLog, StringSegment, StringTranslation) and the pages and snippets themselves, in
a fixed number of queries whatever the number of pages (one or two more per snippet model).
"""

import json
from dataclasses import dataclass, field

from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, F, Max
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

from translations.setup import translatable_snippet_models

MISSING = "missing"
STAND_IN = "stand_in"
IN_PROGRESS = "in_progress"
OUTDATED = "outdated"
TRANSLATED = "translated"
SOURCE_DELETED = "source_deleted"
ABSENT = "absent"  # no copy in this language, in a row whose source is gone

STATE_CHOICES = [
    (MISSING, pgettext_lazy("translation status", "missing")),
    (STAND_IN, pgettext_lazy("translation status", "stand-in")),
    (IN_PROGRESS, pgettext_lazy("translation status", "in progress")),
    (OUTDATED, pgettext_lazy("translation status", "outdated")),
    (TRANSLATED, pgettext_lazy("translation status", "translated")),
    (SOURCE_DELETED, pgettext_lazy("translation status", "source deleted")),
]
STATE_LABELS = {**dict(STATE_CHOICES), ABSENT: "—"}
STATE_HELP = {
    MISSING: _("There is no copy in this language."),
    STAND_IN: _("Visitors see the source page with a notice until it is translated."),
    IN_PROGRESS: _("Some segments are translated, or the translation waits to be published."),
    OUTDATED: _("The source changed after the translation was last synced."),
    TRANSLATED: _("Translated and published."),
    SOURCE_DELETED: _(
        "The source page was deleted. This copy is no longer kept in step and cannot be published; "
        "ask an administrator to delete it."
    ),
    ABSENT: _("There is no copy in this language."),
}


@dataclass
class Cell:
    state: str
    percent: int | None = None
    target_pk: object = None
    url: str = ""
    action: str = ""

    @property
    def label(self):
        if self.state == IN_PROGRESS and self.percent is not None:
            return _("in progress %(percent)s%%") % {"percent": self.percent}
        return STATE_LABELS[self.state]

    @property
    def export_value(self):
        return str(self.label)


@dataclass
class Row:
    kind: str  # "page" or "snippet"
    model: type
    source: object  # the source-language page or snippet
    title: str
    section: str  # filter key
    section_label: str
    type_label: str
    edit_url: str
    cells: dict = field(default_factory=dict)  # language code -> Cell
    orphan: bool = False  # copies whose source-language page was deleted


@dataclass
class _Target:
    pk: object
    is_alias: bool = False
    live: bool = True
    has_unpublished_changes: bool = False


class StatusMatrix:
    """Builds the rows for ``locales`` (the languages other than ``source_locale``)."""

    def __init__(self, source_locale=None, locales=None):
        self.source_locale = source_locale or Locale.get_default()
        if locales is None:
            locales = Locale.objects.exclude(pk=self.source_locale.pk)
        self.locales = sorted(locales, key=lambda locale: _language_order(locale.language_code))

    # wagtail-localize records, for every object of the source language at once
    def _load_records(self):
        sources = {}
        for source in (
            TranslationSource.objects.filter(locale=self.source_locale)
            .defer("content_json")
            .select_related("specific_content_type")
        ):
            sources[str(source.object_id)] = source
        self.sources = sources
        self.translations = {
            (row["source_id"], row["target_locale_id"]): row
            for row in Translation.objects.filter(source__locale=self.source_locale).values(
                "id", "source_id", "target_locale_id", "enabled"
            )
        }
        self.last_saved = {
            (row["source_id"], row["locale_id"]): row["last"]
            for row in TranslationLog.objects.filter(source__locale=self.source_locale)
            .values("source_id", "locale_id")
            .annotate(last=Max("created_at"))
        }
        self.segment_totals = dict(
            StringSegment.objects.filter(source__locale=self.source_locale)
            .values("source_id")
            .annotate(total=Count("id"))
            .values_list("source_id", "total")
        )
        self.segment_done = {
            (row["segment_source_id"], row["locale_id"]): row["done"]
            for row in StringTranslation.objects.filter(
                has_error=False,
                translation_of__segments__source__locale=self.source_locale,
                translation_of__segments__context_id=F("context_id"),
            )
            .values("locale_id", segment_source_id=F("translation_of__segments__source_id"))
            .annotate(done=Count("translation_of__segments__id", distinct=True))
        }

    def _snippet_source_content(self, model):
        """{translation key: extracted content} of a snippet model's sources, for change detection."""
        content_type = ContentType.objects.get_for_model(model)
        return {
            str(key): json.loads(content)
            for key, content in TranslationSource.objects.filter(
                locale=self.source_locale, specific_content_type=content_type
            ).values_list("object_id", "content_json")
        }

    def rows(self):
        self._load_records()
        return self._page_rows() + self._snippet_rows()

    def _page_rows(self):
        fields = [
            "id",
            "title",
            "path",
            "depth",
            "translation_key",
            "content_type_id",
            "last_published_at",
            "live",
            "locale_id",
        ]
        source_pages = list(
            Page.objects.filter(locale=self.source_locale, depth__gte=2, alias_of__isnull=True)
            .only(*fields)
            .order_by("path")
        )
        targets = {}
        other_pages = list(
            Page.objects.filter(depth__gte=2, locale__in=self.locales)
            .exclude(locale=self.source_locale)
            .values("id", "translation_key", "locale_id", "alias_of_id", "live", "has_unpublished_changes")
        )
        for page in other_pages:
            targets[(str(page["translation_key"]), page["locale_id"])] = _Target(
                page["id"], page["alias_of_id"] is not None, page["live"], page["has_unpublished_changes"]
            )
        by_path = {page.path: page for page in source_pages}
        rows = []
        for page in source_pages:
            section_page = by_path.get(page.path[: Page.steplen * 3]) if page.depth > 2 else page
            section_page = section_page or page
            model = ContentType.objects.get_for_id(page.content_type_id).model_class() or Page
            row = Row(
                kind="page",
                model=model,
                source=page,
                title=page.title,
                section=f"page-{section_page.pk}",
                section_label=section_page.title,
                type_label=str(model._meta.verbose_name),
                edit_url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
            )
            changed_at = page.last_published_at
            for locale in self.locales:
                target = targets.get((str(page.translation_key), locale.pk))
                row.cells[locale.language_code] = self._cell(row, locale, target, changed_at=changed_at)
            rows.append(row)
        source_keys = {str(page.translation_key) for page in source_pages}
        orphan_keys = {str(page["translation_key"]) for page in other_pages} - source_keys
        return rows + self._orphan_rows(orphan_keys, targets)

    def _orphan_rows(self, keys, targets):
        """One row per page whose source-language page was deleted, so nobody takes it for work to do."""
        if not keys:
            return []
        copies = {}
        for page in (
            Page.objects.filter(translation_key__in=keys, locale__in=self.locales)
            .only("id", "title", "path", "translation_key", "content_type_id", "locale_id")
            .order_by("path")
        ):
            copies.setdefault(str(page.translation_key), page)
        rows = []
        for key, page in copies.items():
            model = ContentType.objects.get_for_id(page.content_type_id).model_class() or Page
            row = Row(
                kind="page",
                model=model,
                source=page,
                title=page.title,
                section="source-deleted",
                section_label=str(_("Source deleted")),
                type_label=str(model._meta.verbose_name),
                edit_url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
                orphan=True,
            )
            for locale in self.locales:
                target = targets.get((key, locale.pk))
                row.cells[locale.language_code] = (
                    Cell(SOURCE_DELETED, target_pk=target.pk) if target is not None else Cell(ABSENT)
                )
            rows.append(row)
        return rows

    def _snippet_rows(self):
        rows = []
        for model in sorted(translatable_snippet_models(), key=lambda m: str(m._meta.verbose_name_plural)):
            instances = list(model.objects.filter(locale=self.source_locale))
            if not instances:
                continue
            targets = {}
            target_fields = ["pk", "translation_key", "locale_id"]
            if issubclass(model, DraftStateMixin):
                target_fields += ["live", "has_unpublished_changes"]
            for target in model.objects.filter(locale__in=self.locales).values(*target_fields):
                targets[(str(target["translation_key"]), target["locale_id"])] = _Target(
                    target["pk"],
                    live=target.get("live", True),
                    has_unpublished_changes=target.get("has_unpublished_changes", False),
                )
            content = {} if issubclass(model, DraftStateMixin) else self._snippet_source_content(model)
            edit_url_name = model.snippet_viewset.get_url_name("edit")
            section_label = str(model._meta.verbose_name_plural).capitalize()
            for instance in instances:
                row = Row(
                    kind="snippet",
                    model=model,
                    source=instance,
                    title=str(instance),
                    section=f"snippet-{model._meta.label_lower}",
                    section_label=section_label,
                    type_label=str(model._meta.verbose_name),
                    edit_url=reverse(edit_url_name, args=[quote(instance.pk)]),
                )
                key = str(instance.translation_key)
                if issubclass(model, DraftStateMixin):
                    changed = {"changed_at": instance.last_published_at}
                else:
                    changed = {"changed": key in content and content[key] != _extract(instance)}
                for locale in self.locales:
                    target = targets.get((key, locale.pk))
                    row.cells[locale.language_code] = self._cell(row, locale, target, **changed)
                rows.append(row)
        return rows

    def _cell(self, row, locale, target, changed_at=None, changed=None):
        if target is None:
            return Cell(MISSING)
        source = self.sources.get(str(row.source.translation_key))
        translation = self.translations.get((source.pk, locale.pk)) if source else None
        if translation is None or not translation["enabled"]:
            # Not managed by wagtail-localize (or not yet): the page itself tells its state.
            if target.is_alias:
                return Cell(STAND_IN, target_pk=target.pk)
            if not target.live or target.has_unpublished_changes:
                return Cell(IN_PROGRESS, target_pk=target.pk)
            return Cell(TRANSLATED, target_pk=target.pk)
        if changed is None:
            changed = bool(changed_at and changed_at > source.last_updated_at)
        if changed:
            return Cell(OUTDATED, target_pk=target.pk)
        total = self.segment_totals.get(source.pk, 0)
        done = min(self.segment_done.get((source.pk, locale.pk), 0), total)
        percent = 100 if total == 0 else done * 100 // total
        last_saved = self.last_saved.get((source.pk, locale.pk))
        waiting = (
            target.is_alias
            or done < total
            or not target.live
            or target.has_unpublished_changes
            or last_saved is None
            or last_saved < source.last_updated_at
        )
        if waiting:
            return Cell(IN_PROGRESS, percent=percent, target_pk=target.pk)
        return Cell(TRANSLATED, target_pk=target.pk)

    def source_id(self, row):
        source = self.sources.get(str(row.source.translation_key))
        return source.pk if source else None


def _extract(instance):
    """A snippet's content as wagtail-localize extracts it into a TranslationSource."""
    if isinstance(instance, ClusterableModel):
        return json.loads(instance.to_json())
    return json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))


def _language_order(code):
    from django.conf import settings

    codes = [c for c, _name in settings.LANGUAGES]
    return codes.index(code) if code in codes else len(codes)
