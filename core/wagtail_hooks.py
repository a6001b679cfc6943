"""Admin registration of the site-wide snippets in one menu; the chooser limits, document privacy and CSP hooks."""

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.admin_menu_labels import relabel_help_menu, relabel_reports_menu
from core.choosers import limit_page_chooser
from core.csp import current_nonce
from core.media import document_of_private_pages
from core.models import ContactEmail, FooterText, SocialAccount

hooks.register("construct_page_chooser_queryset", limit_page_chooser)
hooks.register("before_serve_document", document_of_private_pages)
hooks.register("construct_reports_menu", relabel_reports_menu)
hooks.register("construct_help_menu", relabel_help_menu)


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


@hooks.register("insert_global_admin_js")
def csp_style_nonces():
    """Gives styles that Wagtail's scripts create the CSP nonce (core/static/core/admin/csp-styles.js)."""
    return format_html('<script src="{}" nonce="{}"></script>', static("core/admin/csp-styles.js"), current_nonce())
