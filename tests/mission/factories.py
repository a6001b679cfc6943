"""Factories for the Mission's pages, application forms and snippets."""

import factory
import wagtail_factories
from wagtail.models import Locale

from core.demo_tools import T
from mission.models import (
    ApplicationFormField,
    ApplicationFormPage,
    CommitteeMember,
    ContactPhone,
    HowToHelpPage,
    InformationCentre,
    MissionPage,
)


class MissionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Mission page {n}")
    summary = "What the Mission does."
    body = wagtail_factories.StreamFieldFactory({})

    class Meta:
        model = MissionPage


class HowToHelpPageFactory(wagtail_factories.PageFactory):
    title = "How to help"
    slug = "how-to-help"
    introduction = "Five ways to stand with Belarusian human-rights defenders."
    body = wagtail_factories.StreamFieldFactory({})

    class Meta:
        model = HowToHelpPage


class ApplicationFormPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Application form {n}")
    introduction = "<p>Tell us about yourself.</p>"
    privacy_notice = "<p>Only the coordinators read your answers.</p>"
    thank_you_text = "<p>We will answer within two weeks.</p>"
    to_address = "coordinators@example.org"

    class Meta:
        model = ApplicationFormPage


class ApplicationFormFieldFactory(factory.django.DjangoModelFactory):
    label = factory.Sequence(lambda n: f"Question {n}")
    field_type = "singleline"
    required = True
    locale = factory.LazyAttribute(lambda field: field.page.locale)

    class Meta:
        model = ApplicationFormField


# (label, field type, required, choices): the questions of a typical Mission application.
MISSION_QUESTIONS = [
    ("Your profile", "radio", True, "A well-known human-rights expert\nExperienced in monitoring"),
    ("Dates available", "singleline", True, ""),
    ("Experience", "multiline", True, ""),
    ("Your name", "singleline", True, ""),
    ("E-mail", "email", True, ""),
    ("Phone", "singleline", False, ""),
]
VALID_ANSWERS = {
    "your_profile": "Experienced in monitoring",
    "dates_available": "10 to 20 May",
    "experience": "Trial monitoring in Kharkiv since 2012.",
    "your_name": "Olena",
    "e_mail": "olena@example.net",
    "phone": "",
    "accept_privacy_notice": "on",
}


# A way to help whose button writes to an address (the How to help page's "way" block).
WAY_TO_HELP = {
    "title": "Help with translations",
    "audience": "Anyone who writes well in two languages",
    "description": "<p>Texts for this site.</p>",
    "button_label": "Offer your help",
    "email": "help@example.org",
}

# Russian for every text of the pages above, for translations made through wagtail-localize.
RUSSIAN = [
    T("How to help", ru="Как помочь"),
    T("Five ways to stand with Belarusian human-rights defenders.", ru="Пять способов поддержать правозащитников."),
    T("Join the Mission", ru="Заявка в Миссию"),
    T("<p>Tell us about yourself.</p>", ru="<p>Расскажите о себе.</p>"),
    T("<p>Only the coordinators read your answers.</p>", ru="<p>Ваши ответы читают только координаторы.</p>"),
    T("<p>We will answer within two weeks.</p>", ru="<p>Мы ответим в течение двух недель.</p>"),
    T("Your profile", ru="Ваш профиль"),
    T(
        "A well-known human-rights expert\nExperienced in monitoring",
        ru="Известный правозащитник\nОпыт мониторинга",
    ),
    T("Dates available", ru="Когда вы можете приехать"),
    T("Experience", ru="Опыт"),
    T("Your name", ru="Ваше имя"),
    T("E-mail", ru="Электронная почта"),
    T("Phone", ru="Телефон"),
]


def application_form(parent, questions=MISSION_QUESTIONS, **kwargs):
    """A live application form with ``questions``, its latest revision matching the database."""
    page = ApplicationFormPageFactory(parent=parent, **kwargs)
    for order, (label, field_type, required, choices) in enumerate(questions):
        ApplicationFormFieldFactory(
            page=page, label=label, field_type=field_type, required=required, choices=choices, sort_order=order
        )
    page.save_revision().publish()
    page.refresh_from_db()
    return page


class ContactPhoneFactory(factory.django.DjangoModelFactory):
    country = "BY"
    carrier = "MTS"
    number = factory.Sequence(lambda n: f"+375 29 000-00-{n % 100:02d}")
    sort_order = factory.Sequence(lambda n: n)
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = ContactPhone


class InformationCentreFactory(factory.django.DjangoModelFactory):
    city = factory.Sequence(lambda n: f"City {n}")
    country = "UA"
    status = InformationCentre.ACTIVE
    description = "Finds information and translates it into English."
    sort_order = factory.Sequence(lambda n: n)
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = InformationCentre


class CommitteeMemberFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Example Organisation {n}")
    country = "UA"
    website = factory.Sequence(lambda n: f"https://example.org/members/{n}/")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = CommitteeMember
