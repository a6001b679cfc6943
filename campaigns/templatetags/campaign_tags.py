"""Template tags that show the Day of Solidarity on other pages, such as the home page."""

from django import template

from campaigns.queries import upcoming_campaign

register = template.Library()


@register.inclusion_tag("campaigns/includes/next_campaign.html", takes_context=True)
def next_campaign(context):
    """A box with the next Day of Solidarity, its countdown and a link; two queries."""
    return {"campaign": upcoming_campaign(), "request": context.get("request")}
