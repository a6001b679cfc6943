"""A volunteer applies to the Mission in Russian; a coordinator finds the application in the admin."""

import pytest
from django.contrib.auth.models import Group, Permission

from core.demo_tools import translate
from mission.permissions import COORDINATORS_GROUP
from tests.browser.conftest import admin_login
from tests.mission.factories import RUSSIAN, HowToHelpPageFactory, application_form

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def russian_form(site_tree):
    how_to_help = HowToHelpPageFactory(parent=site_tree.home)
    english = application_form(how_to_help, slug="join-the-mission", title="Join the Mission")
    translate(how_to_help, "ru", RUSSIAN)
    return translate(english, "ru", RUSSIAN)


@pytest.fixture
def coordinator(django_user_model):
    # The group comes from a data migration, which a transactional test's flush removes.
    group, _created = Group.objects.get_or_create(name=COORDINATORS_GROUP)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    user = django_user_model.objects.create_user("coordinator", "coordinator@example.org", "correct-horse-battery")
    user.groups.add(group)
    return user


def test_volunteer_applies_in_russian_and_the_coordinator_reads_it(page, russian_form, coordinator):
    page.goto(russian_form.url)
    assert page.locator("h1").inner_text() == "Заявка в Миссию"
    page.get_by_label("Опыт мониторинга").check()
    page.get_by_label("Когда вы можете приехать").fill("с 10 по 20 мая")
    page.get_by_label("Опыт (обязательно)", exact=True).fill("Наблюдение за судами в Харькове")
    page.get_by_label("Ваше имя").fill("Олена")
    page.get_by_label("Электронная почта").fill("olena@example.net")
    page.locator("input[name=accept_privacy_notice]").check()
    page.locator(".application-form__form button[type=submit]").click()
    page.wait_for_selector("text=Мы ответим в течение двух недель.")
    assert "Олена" not in page.url

    admin_login(page, "coordinator")
    page.goto("/admin/mission/applications/")
    # One list per form: the source-language copy's link leads to every language's applications.
    page.locator('a[href^="/admin/forms/submissions/"]').first.click()
    page.wait_for_selector("text=Олена")
    assert page.get_by_role("cell", name="Русский").first.is_visible()
    assert page.get_by_text("Наблюдение за судами в Харькове").is_visible()
    assert page.foreign_requests == []
