"""Admin template tags: the bulk actions a user is offered, without those their languages forbid."""

from django import template
from django.urls import reverse
from wagtail.admin.templatetags.wagtailadmin_tags import bulk_action_choices

from translations.access import STRUCTURAL_BULK_ACTIONS, language_access

register = template.Library()


@register.inclusion_tag("wagtailadmin/shared/buttons.html", takes_context=True)
def bulk_action_choices_for_user(context, app_label, model_name):
    """Wagtail's bulk action buttons; for translators, none that delete, move or unpublish pages."""
    choices = bulk_action_choices(context, app_label, model_name)
    request = context.get("request")
    if (app_label, model_name) != ("wagtailcore", "page") or request is None:
        return choices
    if language_access(request.user).may_restructure_any_page:
        return choices
    hidden = {reverse("wagtail_bulk_action", args=[app_label, model_name, name]) for name in STRUCTURAL_BULK_ACTIONS}
    buttons = []
    for button in choices["buttons"]:
        if button.url in hidden:
            continue
        if hasattr(button, "dropdown_buttons"):
            button.dropdown_buttons = [item for item in button.dropdown_buttons if item.url not in hidden]
            if not button.dropdown_buttons:
                continue
        buttons.append(button)
    return {**choices, "buttons": buttons}
