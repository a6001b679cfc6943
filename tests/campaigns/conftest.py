"""Fixtures for the Day of Solidarity: a campaign tree in every language and travelling in time."""

import datetime
from dataclasses import dataclass

import pytest

from campaigns import dates
from campaigns.models import CampaignIndexPage
from tests.campaigns.factories import CampaignIndexPageFactory, CampaignYearPageFactory
from tests.conftest import publish_translation


@dataclass
class CampaignTree:
    index: CampaignIndexPage = None
    years: dict = None  # year -> English CampaignYearPage
    indexes: dict = None  # language code -> CampaignIndexPage


@pytest.fixture
def travel_to(monkeypatch):
    """``travel_to(date)`` makes the campaign code see ``date`` as today."""

    def travel(day):
        monkeypatch.setattr(dates, "today", lambda: day)

    travel(datetime.date(2026, 11, 21))
    return travel


@pytest.fixture
def campaign_tree(site_tree, locales, travel_to):
    """An index with pages for 2012, 2014 and 2015 in English; the index translated into every language."""
    index = CampaignIndexPageFactory(parent=site_tree.home)
    years = {year: CampaignYearPageFactory(parent=index, year=year) for year in (2012, 2014, 2015)}
    indexes = {"en": index}
    for code, locale in locales.items():
        if code != "en":
            indexes[code] = publish_translation(index, locale)
    return CampaignTree(index=index, years=years, indexes=indexes)
