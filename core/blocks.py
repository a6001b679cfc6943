"""The block library every page body is built from.

One small palette, written for non-technical editors: each block says what it is for,
shows a preview, and explains its own validation errors in plain sentences.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.contrib.table_block.blocks import TableInput as WagtailTableInput
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail_localize.segments import StringSegmentValue

from core.block_previews import DocumentPreviewMixin, ImagePreviewMixin, PreviewMixin

# Rich text stays simple: structure comes from blocks, not from the toolbar.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]

GROUP_TEXT = _("Text")
GROUP_MEDIA = _("Media and files")
GROUP_ACTIONS = _("Actions and structure")


def require_exactly_one(value, names, message):
    """Raise ``message`` on the chosen fields (or the first) unless exactly one of ``names`` is filled."""
    chosen = [name for name in names if value.get(name)]
    if len(chosen) != 1:
        raise blocks.StructBlockValidationError(
            block_errors={name: ValidationError(message) for name in (chosen or names[:1])}
        )


class UntranslatedCharBlock(blocks.CharBlock):
    """Text that stays the same in every language (anchors, codes): never sent to translators."""

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class HeadingBlock(PreviewMixin, blocks.StructBlock):
    """A section heading that other pages can link to by its anchor."""

    text = blocks.CharBlock(
        label=_("Heading"),
        max_length=120,
        help_text=_("A short title for the section that follows."),
    )
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section")), ("h3", _("Subsection"))],
        default="h2",
        help_text=_("Use “Section” for main parts of the page and “Subsection” inside them."),
    )
    anchor = UntranslatedCharBlock(
        label=_("Anchor"),
        required=False,
        max_length=60,
        help_text=_(
            "Optional. A short name in Latin letters for links to this heading, "
            "such as “how-to-apply”. Left empty, it is made from the heading."
        ),
    )

    def clean(self, value):
        value = super().clean(value)
        anchor = value.get("anchor")
        if anchor and slugify(anchor) != anchor:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "anchor": ValidationError(
                        _(
                            "Use only small Latin letters, digits and hyphens in the anchor, "
                            "for example “%(suggestion)s”."
                        )
                        % {"suggestion": slugify(anchor) or "section-1"}
                    )
                }
            )
        return value

    class Meta:
        icon = "title"
        label = _("Heading")
        description = _("A section heading with an anchor for direct links.")
        template = "core/blocks/heading_block.html"
        preview_value = {"text": _("How to take part"), "level": "h2", "anchor": "take-part"}
        group = GROUP_TEXT


class ParagraphBlock(PreviewMixin, blocks.RichTextBlock):
    """Running text with a restricted set of formatting options."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        description = _("Paragraphs with bold, italic, lists and links.")
        template = "core/blocks/paragraph_block.html"
        preview_value = _(
            "<p>Every year on <strong>4 August</strong> people in many countries show Belarusian "
            "human-rights defenders that they are not alone. The date marks the arrest of "
            "Ales Bialiatski in 2011.</p>"
        )
        group = GROUP_TEXT


class QuoteBlock(PreviewMixin, blocks.StructBlock):
    """A quotation with the person who said it and where it comes from."""

    quote = blocks.TextBlock(label=_("Quotation"), help_text=_("The quoted words only."))
    attribution = blocks.CharBlock(
        label=_("Who said it"), required=False, max_length=200, help_text=_("A name and, if useful, a role.")
    )
    source = blocks.CharBlock(
        label=_("Source"), required=False, max_length=250, help_text=_("A book, article or speech.")
    )
    source_url = blocks.URLBlock(
        label=_("Source link"), required=False, help_text=_("Optional web address of the source.")
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        description = _("A quotation with who said it and where.")
        template = "core/blocks/quote_block.html"
        preview_value = {
            "quote": _("Solidarity is stronger than repression."),
            "attribution": _("Slogan of the campaign"),
            "source": _("International Day of Solidarity with Belarus, 2014"),
        }
        group = GROUP_TEXT


class ImageBlock(ImagePreviewMixin, blocks.StructBlock):
    """An image from the library with alternative text and an optional caption."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_(
            "Describe what the image shows for people who cannot see it. Leave empty only if the image is decorative."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=120, help_text=_("Photographer or owner."))

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("A picture with a description and a caption.")
        template = "core/blocks/image_block.html"
        preview_value = {
            "alt_text": _("People holding placards in a square"),
            "caption": _("A solidarity picket on 4 August"),
            "credit": _("Photo: the organising committee"),
        }
        group = GROUP_MEDIA


class CallToActionBlock(PreviewMixin, blocks.StructBlock):
    """A prominent link that asks the reader to do one thing."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=500)
    button_label = blocks.CharBlock(
        label=_("Button label"), max_length=60, help_text=_("What the button says, e.g. “Apply now”.")
    )
    page = blocks.PageChooserBlock(label=_("Page on this site"), required=False)
    url = blocks.URLBlock(label=_("Web address"), required=False)
    email = blocks.EmailBlock(label=_("E-mail address"), required=False)

    def clean(self, value):
        value = super().clean(value)
        require_exactly_one(
            value,
            ("page", "url", "email"),
            _(
                "Choose exactly one destination for the button: "
                "a page on this site, a web address or an e-mail address."
            ),
        )
        return value

    class Meta:
        icon = "pick"
        label = _("Call to action")
        description = _("A highlighted box with a button to a page, a web address or an e-mail.")
        template = "core/blocks/call_to_action_block.html"
        preview_value = {
            "title": _("Join the Observation Mission"),
            "text": _("We look for people who can spend from a few days to two weeks in Minsk."),
            "button_label": _("Apply"),
            "url": "https://example.org/apply/",
        }
        group = GROUP_ACTIONS


class DocumentBlock(DocumentPreviewMixin, blocks.StructBlock):
    """A link to a document from the library, with its type and size."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("Optional. Left empty, the document's own title is used."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        description = _("A download link that shows the file type and size.")
        template = "core/blocks/document_block.html"
        preview_value = {"title": _("Manifesto of the Day of Solidarity")}
        group = GROUP_MEDIA


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question or title"), max_length=250)
    answer = ParagraphBlock(label=_("Answer"))

    class Meta:
        icon = "help"
        label = _("Item")


class AccordionBlock(PreviewMixin, blocks.StructBlock):
    """Questions and answers that open one at a time, and all open without JavaScript."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Items"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Questions and answers")
        description = _("A list of questions whose answers open on click.")
        template = "core/blocks/accordion_block.html"
        preview_value = {
            "title": _("Frequently asked questions"),
            "items": [
                {
                    "question": _("How long does a stay with the Mission last?"),
                    "answer": _("<p>From a few days to one or two weeks.</p>"),
                },
                {
                    "question": _("Who can take part?"),
                    "answer": _("<p>Human-rights defenders and people with experience in monitoring.</p>"),
                },
            ],
        }
        group = GROUP_ACTIONS


# The table editor (Handsontable 6) ships with English alone and fails loudly on any other
# language code, such as the "en" Wagtail hands it; its right-click menu gets its words from here.
TABLE_EDITOR_LANGUAGE = "en-US"
SEPARATOR = "---------"


def table_context_menu():
    """The table editor's right-click menu in the active (admin) language."""
    items = [
        ("row_above", gettext("Insert a row above")),
        ("row_below", gettext("Insert a row below")),
        ("separator_1", None),
        ("col_left", gettext("Insert a column on the left")),
        ("col_right", gettext("Insert a column on the right")),
        ("separator_2", None),
        ("remove_row", gettext("Remove the selected rows")),
        ("remove_col", gettext("Remove the selected columns")),
        ("separator_3", None),
        ("undo", pgettext("table editor", "Undo")),
        ("redo", pgettext("table editor", "Redo")),
    ]
    return {"items": {key: {"name": name} if name else SEPARATOR for key, name in items}}


class TableInput(WagtailTableInput):
    """The table editor, its options worked out as each admin page is drawn, in the editor's language."""

    @property
    def table_options(self):
        return {**self._table_options, "language": TABLE_EDITOR_LANGUAGE, "contextMenu": table_context_menu()}

    @table_options.setter
    def table_options(self, value):
        self._table_options = dict(value or {})


class TableBlock(PreviewMixin, WagtailTableBlock):
    """A simple table whose cells and caption are translated like any other text.

    wagtail-localize ignores Wagtail's TableBlock; the two methods below hand it
    each non-empty cell as a segment and put the translations back. The editor's
    options come from ``TableInput``, in the language of the admin page.
    """

    @cached_property
    def field(self):
        return forms.CharField(widget=TableInput(table_options=self.table_options), **self.field_options)

    def get_translatable_segments(self, value):
        if not value:
            return []
        segments = []
        if value.get("table_caption"):
            segments.append(StringSegmentValue("caption", value["table_caption"]))
        for row_index, row in enumerate(value.get("data") or []):
            for col_index, cell in enumerate(row):
                if cell:
                    segments.append(StringSegmentValue(f"r{row_index}c{col_index}", cell))
        return segments

    def restore_translated_segments(self, value, segments):
        value = dict(value)
        value["data"] = [list(row) for row in value.get("data") or []]
        for segment in segments:
            text = segment.render_text()
            if segment.path == "caption":
                value["table_caption"] = text
                continue
            row_part, col_part = segment.path[1:].split("c")
            value["data"][int(row_part)][int(col_part)] = text
        return value

    class Meta:
        icon = "table"
        label = _("Table")
        description = _("Rows and columns of text, with an optional header row.")
        template = "core/blocks/table_block.html"
        preview_value = {
            "first_row_is_table_header": True,
            "data": [
                [_("Date"), _("What happened")],
                [_("4 August 2011"), _("Ales Bialiatski is arrested")],
                [_("4 August 2012"), _("The first Day of Solidarity")],
                [_("4 August 2015"), _("The day is marked in seven countries")],
            ],
            "table_caption": _("The Day of Solidarity"),
        }
        group = GROUP_ACTIONS


class BaseStreamBlock(blocks.StreamBlock):
    """The palette shared by every free-form page body."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    call_to_action = CallToActionBlock()
    document = DocumentBlock()
    accordion = AccordionBlock()
    table = TableBlock()

    class Meta:
        block_counts = {}
