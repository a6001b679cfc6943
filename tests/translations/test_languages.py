"""Adding a language is configuration: SITE_LANGUAGES plus migrate (or manage.py setup_languages)."""

import io

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db.models.signals import post_migrate
from django.test import override_settings
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail_localize.models import LocaleSynchronization

from tests.helpers import login_verified
from tests.translations.factories import english_page, translator
from translations.setup import setup_after_migrate

pytestmark = pytest.mark.django_db

WITH_POLISH = [("en", "English"), ("ru", "Русский"), ("be", "Беларуская"), ("uk", "Українська"), ("pl", "polski")]


def test_migrate_runs_the_language_set_up():
    receivers = post_migrate._live_receivers(apps.get_app_config("translations"))

    assert setup_after_migrate in receivers[0]


@override_settings(LANGUAGES=WITH_POLISH, WAGTAIL_CONTENT_LANGUAGES=WITH_POLISH)
def test_adding_polish_creates_locale_synced_tree_and_translator_group(client, languages):
    page = english_page(languages.home, title="Observers")

    setup_after_migrate(sender=apps.get_app_config("translations"))

    polish = Locale.objects.get(language_code="pl")
    assert LocaleSynchronization.objects.get(locale=polish).sync_from.language_code == "en"
    home = Page.objects.get(translation_key=languages.home.translation_key, locale=polish)
    stand_in = Page.objects.get(translation_key=page.translation_key, locale=polish)
    assert (home.alias_of_id, stand_in.alias_of_id) == (languages.home.pk, page.pk)
    group = Group.objects.get(name="Translators: Polish")
    assert set(GroupPagePermission.objects.filter(group=group).values_list("page_id", flat=True)) == {home.pk}
    login_verified(client, translator("pl"))
    assert client.get(reverse("wagtailadmin_pages:edit", args=[stand_in.pk])).status_code == 200


def test_setup_languages_command_is_safe_to_repeat(languages):
    call_command("setup_languages", stdout=io.StringIO())
    counts = (Group.objects.count(), GroupPagePermission.objects.count(), Page.objects.count())

    out = io.StringIO()
    call_command("setup_languages", stdout=out)

    assert "be: Translators: Belarusian" in out.getvalue()
    assert (Group.objects.count(), GroupPagePermission.objects.count(), Page.objects.count()) == counts


def test_new_language_home_page_gets_its_translator_group_rights(languages):
    group = Group.objects.get(name="Translators: Ukrainian")

    assert GroupPagePermission.objects.filter(group=group, page=languages.homes["uk"]).count() == 2
