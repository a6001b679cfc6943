"""Blocks only the Day of Solidarity uses: a suggested action for participants."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.block_previews import PreviewMixin
from core.blocks import ImageBlock


class SuggestedActionBlock(PreviewMixin, blocks.StructBlock):
    """One thing people can do on the Day of Solidarity, with an optional link to learn more."""

    title = blocks.CharBlock(
        label=_("Action"),
        max_length=120,
        help_text=_("A short name for the action, such as “Write to a political prisoner”."),
    )
    description = blocks.TextBlock(
        label=_("Description"),
        max_length=600,
        help_text=_("Two or three sentences: what to do and why it helps."),
    )
    link = blocks.URLBlock(
        label=_("Link"),
        required=False,
        help_text=_("Optional. A web address with instructions or material for this action."),
    )
    link_text = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=80,
        help_text=_("Optional. What the link says. Left empty, it says “Find out more”."),
    )

    # On a year page the actions are items of a numbered list.
    preview_list = "suggested-actions"

    def clean(self, value):
        value = super().clean(value)
        if value.get("link_text") and not value.get("link"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "link": ValidationError(
                        _("Add the web address the link text should lead to, or remove the link text.")
                    )
                }
            )
        return value

    class Meta:
        icon = "tick-inverse"
        label = _("Suggested action")
        description = _("Something participants can do on the day, with an optional link.")
        template = "campaigns/blocks/suggested_action_block.html"
        preview_value = {
            "title": _("Write to a political prisoner"),
            "description": _(
                "A letter or a postcard shows prisoners, and the people who guard them, "
                "that the world has not forgotten them."
            ),
            "link": "https://example.org/letters/",
            "link_text": _("How to write a letter"),
        }


class SuggestedActionsBlock(blocks.StreamBlock):
    """The list of suggested actions on a campaign year page."""

    action = SuggestedActionBlock()

    class Meta:
        block_counts = {}


class GalleryBlock(blocks.StreamBlock):
    """Pictures from a year's Day of Solidarity."""

    image = ImageBlock()

    class Meta:
        block_counts = {}
