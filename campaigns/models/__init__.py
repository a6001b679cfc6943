"""The Day of Solidarity: its pages and the actions people report."""

# Reports first: the pages' forms build on the report model.
from .reports import ActionType, ReportStatus, ReportSummary, SolidarityActionReport  # isort: skip
from .pages import CampaignIndexPage, CampaignYearPage  # isort: skip

__all__ = [
    "ActionType",
    "CampaignIndexPage",
    "CampaignYearPage",
    "ReportStatus",
    "ReportSummary",
    "SolidarityActionReport",
]
