"""Starting a translation for one language, as a translator does from the status report."""

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from wagtail.models import DraftStateMixin
from wagtail_localize.models import Translation, TranslationSource


@transaction.atomic
def start_translation(instance, locale, user=None, *, include_related=True):
    """The enabled Translation of ``instance`` (a source page or snippet) into ``locale``.

    The source is refreshed from the current content, so work starts from today's text. A
    stand-in stays a stand-in until the translation is published; where the language has no
    copy at all, a draft copy is made (snippets without drafts are saved with source text
    until translated, which is what visitors see for them anyway). The objects it refers to
    that are translated with it (an article's tags) are started too.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    if include_related:
        # What the object points at and translators translate with it (an article's tags):
        # offered at the same time, one level deep, as wagtail-localize's own submit view does.
        for segment in source.relatedobjectsegment_set.select_related("object"):
            related = segment.object.get_instance_or_none(source.locale)
            if related is not None and related.locale_id != locale.pk:
                start_translation(related, locale, user, include_related=False)
    translation, created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    if not created and not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])
    try:
        source.get_translated_instance(locale)
    except ObjectDoesNotExist:
        translation.save_target(user=user, publish=not isinstance(instance, DraftStateMixin))
    return translation
