"""Public query helpers that other apps (the home page) may use to show the Day of Solidarity."""

from dataclasses import dataclass

from campaigns import dates
from campaigns.models import CampaignIndexPage
from core.i18n import active_language


@dataclass(frozen=True)
class UpcomingCampaign:
    index: CampaignIndexPage
    edition: dates.Edition


def upcoming_campaign(language_code=None):
    """The Day of Solidarity index in the active language and its next edition, in two queries.

    None when the site has no live index in that language.
    """
    language_code = language_code or active_language()
    index = (
        CampaignIndexPage.objects.live()
        .public()
        .filter(locale__language_code=language_code)
        .defer_streamfields()
        .order_by("path")
        .first()
    )
    if index is None:
        return None
    today = dates.today()
    pages = index.year_pages().filter(year__in=[today.year, today.year + 1]).defer_streamfields()
    return UpcomingCampaign(index=index, edition=dates.next_edition(list(pages), on=today))
