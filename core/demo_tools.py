"""Building blocks for each app's ``demo.py``: texts in every language, pages, translations.

Demo content is written once, side by side in all languages, with ``T``::

    title = T("How to help", ru="Как помочь", be="Як дапамагчы", uk="Як допомогти")

The English page is built from ``str(t)``. ``translate()`` then makes the real translation
through wagtail-localize, as a translator would: a TranslationSource, one StringTranslation
per segment, then ``save_target``. A segment with no translation stops the run with the
exact source text, so demo translations can never be silently incomplete.
"""

from collections.abc import Iterable

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue, extract_strings


class MissingDemoTranslation(Exception):
    pass


class T(str):
    """An English demo text that carries its translations: ``T("Hello", ru="Привет")``."""

    def __new__(cls, en, **translations):
        value = super().__new__(cls, en)
        value.translations = translations
        return value

    def get(self, language_code):
        return self.translations.get(language_code)


def paragraphs(*texts):
    """Rich text HTML with one ``<p>`` per text (each becomes one translation segment)."""
    return "".join(f"<p>{text}</p>" for text in texts)


def translation_languages():
    """Every site language except the source language."""
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def _segment_pairs(source, target):
    """(source segment data, translated segment data) for one text, as wagtail-localize stores them."""
    pairs = [(StringValue.from_plaintext(source).data, StringValue.from_plaintext(target).data)]
    if "<" in source:
        _template, source_strings = extract_strings(source)
        _template, target_strings = extract_strings(target)
        if len(source_strings) != len(target_strings):
            raise MissingDemoTranslation(f"The translation of {source!r} has a different structure: {target!r}")
        pairs += [(s.data, t.data) for (s, _a), (t, _b) in zip(source_strings, target_strings, strict=True)]
    return pairs


@transaction.atomic
def translate(instance, language_code, texts: Iterable[T], *, publish=True):
    """Create or update the ``language_code`` translation of a page or snippet from ``texts``.

    Returns the translated instance.
    """
    locale = Locale.objects.get(language_code=language_code)
    catalogue = {}
    for text in texts:
        target = text.get(language_code)
        if target is None:
            raise MissingDemoTranslation(f"No {language_code} translation for {str(text)!r}")
        catalogue.update(_segment_pairs(str(text), target))

    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    missing = []
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        data = segment.string.data
        if data not in catalogue:
            missing.append(data)
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": catalogue[data], "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    if missing:
        raise MissingDemoTranslation(
            f"{instance!r} has segments with no {language_code} text: " + "; ".join(repr(m) for m in missing)
        )
    # wagtail-localize publishes new page revisions with transaction.on_commit, which never runs
    # inside an enclosing transaction (tests) and runs late with stale tree data in a long one.
    # Saving a draft and publishing it here keeps the result the same in every context.
    translation.save_target(publish=not isinstance(instance, Page))  # snippets are saved, not drafted
    translated = instance.get_translation(locale)
    if publish and isinstance(translated, Page):
        translated.specific.get_latest_revision().publish()
        translated.refresh_from_db()
    return translated


def translate_everywhere(instance, texts, *, publish=True):
    """``translate`` into every non-source site language that has demo texts (ru, be, uk).

    Languages added later by configuration (say pl) have no demo texts and are skipped.
    """
    texts = list(texts)
    results = {}
    for code in translation_languages():
        if any(text.get(code) is not None for text in texts):
            results[code] = translate(instance, code, texts, publish=publish)
    return results


def child_page(parent, model, *, slug, **fields):
    """The child of ``parent`` with ``slug``, created and published if missing, else updated."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
    else:
        page = existing
        for name, value in fields.items():
            setattr(page, name, value)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def demo_image(title, colour, *, size=(1200, 675)):
    """A plain coloured picture made on the spot (the demo downloads nothing)."""
    from io import BytesIO

    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.images import get_image_model

    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, format="PNG")
    filename = f"demo-{slugify(title)[:60]}.png"
    image = image_model(title=title, file=ImageFile(buffer, name=filename))
    image.save()
    return image


def demo_document(title, lines):
    """A one-page PDF of ``lines`` (plain Latin text) made on the spot, once per title."""
    document_model = get_document_model()
    existing = document_model.objects.filter(title=title).first()
    if existing:
        return existing
    content = _one_page_pdf([title, "", *lines])
    document = document_model(title=title, file=ContentFile(content, name=f"demo-{slugify(title)[:60]}.pdf"))
    document.file_size = len(content)
    document.save()
    return document


def _one_page_pdf(lines):
    """The smallest valid PDF that shows ``lines`` in Helvetica on an A4 page."""
    escaped = [line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in lines]
    text = "BT /F1 12 Tf 16 TL 72 770 Td " + " ".join(f"({line}) Tj T*" for line in escaped) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(text)} >>\nstream\n{text}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def site_root():
    """The tree's root (depth 1) page."""
    return Page.get_first_root_node()
