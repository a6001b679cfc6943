"""The block library: validation in plain sentences, rendering, and translation of every text."""

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail_localize.segments.extract import extract_segments

from core.blocks import (
    AccordionBlock,
    BaseStreamBlock,
    CallToActionBlock,
    DocumentBlock,
    HeadingBlock,
    ImageBlock,
    QuoteBlock,
    TableBlock,
)
from home.models import StandardPage
from tests.factories import StandardPageFactory


def _errors(block, value):
    with pytest.raises(blocks.StructBlockValidationError) as raised:
        block.clean(block.to_python(value))
    return {name: " ".join(error.messages) for name, error in raised.value.block_errors.items()}


def test_call_to_action_needs_a_destination():
    errors = _errors(CallToActionBlock(), {"title": "Join", "button_label": "Apply"})
    assert "Choose exactly one destination" in errors["page"]


def test_call_to_action_refuses_two_destinations():
    errors = _errors(
        CallToActionBlock(),
        {"title": "Join", "button_label": "Apply", "url": "https://example.org/", "email": "join@example.org"},
    )
    assert set(errors) == {"url", "email"}


def test_call_to_action_with_one_destination_is_valid():
    block = CallToActionBlock()
    value = block.clean(block.to_python({"title": "Join", "button_label": "Apply", "url": "https://example.org/"}))
    assert value["url"] == "https://example.org/"


def test_heading_anchor_error_suggests_a_valid_anchor():
    errors = _errors(HeadingBlock(), {"text": "How to apply", "level": "h2", "anchor": "How To Apply"})
    assert "for example “how-to-apply”" in errors["anchor"]


def test_heading_without_anchor_gets_one_from_its_text():
    block = HeadingBlock()
    html = block.render(block.to_python({"text": "Как помочь", "level": "h3", "anchor": ""}))
    assert html.strip() == '<h3 id="как-помочь" class="heading-block">Как помочь</h3>'


@pytest.mark.django_db  # the image and document samples come from the library
@pytest.mark.parametrize("block_class", list(BaseStreamBlock.base_blocks.values()), ids=lambda b: b.name)
def test_every_block_explains_itself_to_editors(block_class):
    meta = block_class.meta
    assert meta.icon and meta.label and meta.description and meta.template
    assert block_class.get_preview_value() is not None


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (QuoteBlock(), "Solidarity is stronger than repression."),
        (AccordionBlock(), "<summary>How long does a stay with the Mission last?</summary>"),
        (TableBlock(), '<th scope="col">What happened</th>'),
        (CallToActionBlock(), 'href="https://example.org/apply/"'),
    ],
    ids=["quote", "accordion", "table", "call-to-action"],
)
def test_preview_values_render_with_the_block_template(block, expected):
    assert expected in block.render(block.get_preview_value())


@pytest.mark.django_db
def test_image_block_renders_responsive_lazy_webp_with_dimensions():
    image = wagtail_factories.ImageFactory(width=1600, height=900)
    block = ImageBlock()
    html = block.render(block.to_python({"image": image.pk, "alt_text": "A picket", "caption": "4 August"}))
    assert 'loading="lazy"' in html
    assert 'alt="A picket"' in html
    assert "srcset=" in html and ".webp" in html
    assert 'width="' in html and 'height="' in html
    assert "<figcaption>4 August</figcaption>" in html


@pytest.mark.django_db
def test_document_block_shows_type_and_size():
    document = get_document_model().objects.create(
        title="Manifesto", file=ContentFile(b"x" * 2048, name="manifesto.pdf")
    )
    block = DocumentBlock()
    html = block.render(block.to_python({"document": document.pk, "title": ""}))
    assert "Manifesto" in html
    assert "(PDF, 2.0\xa0KB)" in html


@pytest.mark.django_db
def test_translators_get_every_text_but_not_anchors_or_table_layout(site_tree):
    page = StandardPageFactory(
        parent=site_tree.home,
        body=[
            ("heading", {"text": "Who we are", "level": "h2", "anchor": "who-we-are"}),
            ("table", {"data": [["Year", "Countries"], ["2015", ""]], "table_caption": "Taking part"}),
        ],
    )
    texts = {segment.render_text() for segment in extract_segments(page) if hasattr(segment, "render_text")}
    assert {"Who we are", "Year", "Countries", "2015", "Taking part"} <= texts
    assert "who-we-are" not in texts


def test_table_translation_puts_each_cell_back_in_place():
    block = TableBlock()
    value = {
        "data": [["Year", "Countries"], ["2015", "7"]],
        "table_caption": "Taking part",
        "first_row_is_table_header": True,
    }
    translations = {"Year": "Год", "Countries": "Страны", "Taking part": "Участники"}
    segments = [segment.clone() for segment in block.get_translatable_segments(value)]
    for segment in segments:
        text = segment.render_text()
        if text in translations:
            segment.string = type(segment.string).from_plaintext(translations[text])

    restored = block.restore_translated_segments(value, segments)

    assert restored["data"] == [["Год", "Страны"], ["2015", "7"]]
    assert restored["table_caption"] == "Участники"
    assert value["data"][0] == ["Year", "Countries"]  # the source value is untouched


def test_standard_page_body_offers_the_whole_palette():
    assert set(StandardPage.body.field.stream_block.child_blocks) == set(BaseStreamBlock.base_blocks)
