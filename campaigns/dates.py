"""When the Day of Solidarity falls, and how many days are left until the next one.

Everything here works on whole days in the site's time zone, so a page that shows a
countdown can be cached: its content changes once a day, at local midnight.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

# 4 August: Ales Bialiatski was arrested on this day in 2011.
CAMPAIGN_MONTH = 8
CAMPAIGN_DAY = 4
# The Day of Solidarity was first held on 4 August 2012.
FIRST_YEAR = 2012


def today():
    """The local date now; tests replace this function to travel in time."""
    return timezone.localdate()


def campaign_date(year):
    """4 August of ``year``."""
    return datetime.date(year, CAMPAIGN_MONTH, CAMPAIGN_DAY)


@dataclass(frozen=True)
class Edition:
    """One year's Day of Solidarity as seen from ``today``."""

    year: int
    date: datetime.date
    days_left: int
    page: object = None  # the CampaignYearPage for that year, when there is one

    @property
    def is_today(self):
        return self.days_left == 0


def next_edition(pages=(), on=None):
    """The edition that is today or still to come, using the year pages' own dates where given.

    ``pages`` are CampaignYearPages (any order, any years); a year without a page falls on
    4 August. On the day itself this is that day's edition (zero days left); from the day
    after, it is next year's.
    """
    on = on or today()
    by_year = {page.year: page for page in pages}
    for year in (on.year, on.year + 1):
        page = by_year.get(year)
        day = (page.date if page is not None and page.date else None) or campaign_date(year)
        # Next year's date is always ahead: a year page's date lies within its own year.
        if day >= on or year > on.year:
            return Edition(year=year, date=day, days_left=(day - on).days, page=page)
