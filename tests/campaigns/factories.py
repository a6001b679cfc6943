"""Factories for the Day of Solidarity pages and reported actions."""

import datetime

import factory
import wagtail_factories

from campaigns.models import ActionType, CampaignIndexPage, CampaignYearPage, ReportStatus, SolidarityActionReport


class CampaignIndexPageFactory(wagtail_factories.PageFactory):
    title = "International Day of Solidarity with Belarus"
    slug = "day-of-solidarity"
    introduction = "Every year on 4 August people in many countries stand with Belarus."

    class Meta:
        model = CampaignIndexPage


class CampaignYearPageFactory(wagtail_factories.PageFactory):
    year = factory.Sequence(lambda n: 2012 + n)
    title = factory.LazyAttribute(lambda page: f"Day of Solidarity {page.year}")
    slug = factory.LazyAttribute(lambda page: str(page.year))
    slogan = "Solidarity is stronger than repression"
    suggested_actions = factory.LazyFunction(
        lambda: [
            (
                "action",
                {
                    "title": "Write to a political prisoner",
                    "description": "A postcard shows that the world has not forgotten.",
                    "link": "https://example.org/letters/",
                    "link_text": "",
                },
            )
        ]
    )

    class Meta:
        model = CampaignYearPage


class SolidarityActionReportFactory(factory.django.DjangoModelFactory):
    country = "PL"
    city = factory.Sequence(lambda n: f"Town {n}")
    date = factory.LazyAttribute(lambda report: datetime.date(report.year_page.year, 8, 4))
    action_type = ActionType.STREET
    description = "We stood with a banner in the main square."
    language = "en"
    status = ReportStatus.APPROVED

    class Meta:
        model = SolidarityActionReport
