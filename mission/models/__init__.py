"""The Mission app's models: pages, application forms and translatable snippets."""

from .forms import ApplicationFormField, ApplicationFormPage, ApplicationSubmission
from .pages import HowToHelpPage, MissionPage
from .snippets import CommitteeMember, ContactPhone, InformationCentre

__all__ = [
    "ApplicationFormField",
    "ApplicationFormPage",
    "ApplicationSubmission",
    "CommitteeMember",
    "ContactPhone",
    "HowToHelpPage",
    "InformationCentre",
    "MissionPage",
]
