"""Template tags that show the Day of Solidarity on other pages, such as the home page."""

from django import template

from campaigns import dates
from campaigns.queries import upcoming_campaign
from core.i18n import active_language
from core.page_cache import remember_for_language

register = template.Library()


@register.inclusion_tag("campaigns/includes/next_campaign.html", takes_context=True)
def next_campaign(context):
    """A box with the next Day of Solidarity, its countdown and a link; two queries."""
    language = active_language()
    # Kept per day until something in the language changes (core.page_cache.generations).
    campaign = remember_for_language(
        language, f"upcoming-campaign:{dates.today().isoformat()}", lambda: upcoming_campaign(language)
    )
    return {"campaign": campaign, "request": context.get("request")}
