"""Blocks for the Mission pages: ways to help, and lists of contacts, centres and Committee members.

The three list blocks show snippets that editors keep in one place (Snippets › Mission), so a
number or a centre changed there is right on every page that lists it.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.block_previews import PreviewMixin
from core.blocks import BaseStreamBlock, ParagraphBlock, require_exactly_one

GROUP_DIRECTORIES = _("Contacts and directories")


class WayToHelpBlock(PreviewMixin, blocks.StructBlock):
    """One way to help: what it is, who it suits, and one button to act on it."""

    title = blocks.CharBlock(label=_("Title"), max_length=120, help_text=_("A short name for this way to help."))
    audience = blocks.CharBlock(
        label=_("Who it is for"),
        max_length=250,
        help_text=_("One line on who can do this, e.g. “Human-rights organisations from any country”."),
    )
    description = ParagraphBlock(label=_("Description"), help_text=_("What the help involves and what it changes."))
    button_label = blocks.CharBlock(
        label=_("Button label"), max_length=60, help_text=_("What the button says, e.g. “Apply to join”.")
    )
    form = blocks.PageChooserBlock(
        label=_("Application form"),
        page_type="mission.ApplicationFormPage",
        required=False,
        help_text=_("Choose this when people should apply through a form."),
    )
    page = blocks.PageChooserBlock(
        label=_("Page on this site"), required=False, help_text=_("Or a page that tells people more.")
    )
    email = blocks.EmailBlock(
        label=_("E-mail address"),
        required=False,
        help_text=_("Or an address to write to. It is protected from address collectors automatically."),
    )

    DESTINATIONS = ("form", "page", "email")

    def clean(self, value):
        value = super().clean(value)
        require_exactly_one(
            value,
            self.DESTINATIONS,
            _("Choose exactly one destination for the button: an application form, a page or an e-mail address."),
        )
        return value

    class Meta:
        icon = "group"
        label = _("Way to help")
        description = _("One way to help, who it suits, and a button to a form, a page or an e-mail.")
        template = "mission/blocks/way_to_help_block.html"
        preview_value = {
            "title": _("Write and translate"),
            "audience": _("Anyone who writes well in English, Russian, Belarusian or Ukrainian"),
            "description": _("<p>Help us prepare texts and translations for this site.</p>"),
            "button_label": _("Write to us"),
            "email": "help@example.org",
        }


class WaysToHelpBlock(blocks.StreamBlock):
    """The ordered list of ways to help on the How to help page."""

    way = WayToHelpBlock()

    class Meta:
        min_num = 1
        block_counts = {}


class DirectoryBlock(PreviewMixin, blocks.StructBlock):
    """Shared parts of the blocks that list snippets."""

    title = blocks.CharBlock(
        label=_("Title"), required=False, max_length=120, help_text=_("Optional. Left empty, a standard title is used.")
    )


class ContactDirectoryBlock(DirectoryBlock):
    """The general e-mail address and the phone numbers, grouped by country."""

    show_email = blocks.BooleanBlock(label=_("Show the general e-mail address"), required=False, default=True)

    def get_context(self, value, parent_context=None):
        from core.models import ContactEmail
        from mission.models import ContactPhone

        context = super().get_context(value, parent_context)
        context["directory"] = ContactPhone.objects.directory()
        context["emails"] = ContactEmail.objects.for_active_locale() if value.get("show_email") else []
        return context

    class Meta:
        icon = "mobile-alt"
        label = _("Contact directory")
        description = _("Phone numbers by country and carrier, and the general e-mail address.")
        template = "mission/blocks/contact_directory_block.html"
        preview_value = {"title": "", "show_email": True}
        group = GROUP_DIRECTORIES


class InformationCentresBlock(DirectoryBlock):
    """The information centres, the active ones and the cities where organisers are wanted."""

    show = blocks.ChoiceBlock(
        label=_("Which centres"),
        choices=[
            ("all", _("All")),
            ("active", _("Only active centres")),
            ("organiser_wanted", _("Only cities where organisers are wanted")),
        ],
        default="all",
    )

    def get_context(self, value, parent_context=None):
        from core.models import ContactEmail
        from mission.models import InformationCentre

        context = super().get_context(value, parent_context)
        centres = InformationCentre.objects.by_status()
        show = value.get("show") or "all"
        context["active_centres"] = centres[InformationCentre.ACTIVE] if show in ("all", "active") else []
        context["wanted_centres"] = (
            centres[InformationCentre.ORGANISER_WANTED] if show in ("all", "organiser_wanted") else []
        )
        if context["wanted_centres"]:
            context["general_email"] = next(iter(ContactEmail.objects.for_active_locale()), None)
        return context

    class Meta:
        icon = "home"
        label = _("Information centres")
        description = _("Active information centres and the cities where organisers are wanted.")
        template = "mission/blocks/information_centres_block.html"
        preview_value = {"title": "", "show": "all"}
        group = GROUP_DIRECTORIES


class CommitteeMembersBlock(DirectoryBlock):
    """The Committee's member organisations, grouped by country."""

    def get_context(self, value, parent_context=None):
        from mission.models import CommitteeMember

        context = super().get_context(value, parent_context)
        context["countries"] = CommitteeMember.objects.by_country()
        return context

    class Meta:
        icon = "group"
        label = _("Committee members")
        description = _("The member organisations of the Committee, grouped by country.")
        template = "mission/blocks/committee_members_block.html"
        preview_value = {"title": ""}
        group = GROUP_DIRECTORIES


class MissionStreamBlock(BaseStreamBlock):
    """The shared palette plus the Mission's directories."""

    contact_directory = ContactDirectoryBlock()
    information_centres = InformationCentresBlock()
    committee_members = CommitteeMembersBlock()

    class Meta:
        block_counts = {}
