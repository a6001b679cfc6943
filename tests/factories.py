"""Factories for the page types and snippets the foundation defines; other apps add theirs beside them."""

import factory
import factory.random
import wagtail_factories
from wagtail.models import Locale

from core.models import ContactEmail, FooterText, SocialAccount
from home.models import HomePage, StandardPage

factory.random.reseed_random(20120804)


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Solidarity with Belarus"
    introduction = "We observe, document and report."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    summary = "A short summary."
    body = wagtail_factories.StreamFieldFactory({})

    class Meta:
        model = StandardPage


class FooterTextFactory(factory.django.DjangoModelFactory):
    organisation_name = "International Observation Mission"
    body = "<p>A coalition of human-rights groups.</p>"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = FooterText


class SocialAccountFactory(factory.django.DjangoModelFactory):
    network = "twitter"
    handle = "@soli_days"
    url = "https://twitter.com/soli_days"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = SocialAccount


class ContactEmailFactory(factory.django.DjangoModelFactory):
    label = "General enquiries"
    email = "info@example.org"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = ContactEmail
