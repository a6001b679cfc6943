"""Admin registration of the site-wide snippets, grouped in one menu; the document privacy hook."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.media import document_of_private_pages
from core.models import ContactEmail, FooterText, SocialAccount

hooks.register("before_serve_document", document_of_private_pages)


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-full"
    menu_label = _("Footer")
    list_display = ["organisation_name", "locale"]


class SocialAccountViewSet(SnippetViewSet):
    model = SocialAccount
    icon = "site"
    menu_label = _("Social accounts")
    list_display = ["handle", "network", "label", "locale"]


class ContactEmailViewSet(SnippetViewSet):
    model = ContactEmail
    icon = "mail"
    menu_label = _("Contact e-mails")
    list_display = ["label", "email", "locale"]


class SiteWideViewSetGroup(SnippetViewSetGroup):
    """Everything that appears on every page, in one menu for editors."""

    items = (FooterTextViewSet, SocialAccountViewSet, ContactEmailViewSet)
    menu_icon = "cogs"
    menu_label = _("Site-wide")
    menu_name = "site-wide"


register_snippet(SiteWideViewSetGroup)
