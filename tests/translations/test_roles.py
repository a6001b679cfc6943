"""Roles: one translator group per language, limited to that language; editors own the source."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.contrib.forms.utils import get_forms_for_user
from wagtail.models import GroupPagePermission, Page
from wagtail_localize.models import StringSegment, Translation

from core.models import FooterText
from tests.conftest import TRANSLATED_CODES
from tests.factories import FooterTextFactory
from tests.helpers import login_verified
from tests.translations.factories import editor, english_page, locale, translator
from translations.models import LanguageRole
from translations.setup import translator_group_name
from translations.workflow import start_translation

pytestmark = pytest.mark.django_db

LANGUAGE_NAMES = {"ru": "Russian", "be": "Belarusian", "uk": "Ukrainian"}


def _edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def _snippet_edit_url(snippet):
    return reverse(snippet.snippet_viewset.get_url_name("edit"), args=[snippet.pk])


def _denied(response):
    """Wagtail answers a refused admin view with 403, or with a redirect to the dashboard."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


@pytest.mark.parametrize("code", TRANSLATED_CODES)
def test_every_translated_language_has_its_translator_group(languages, code):
    group = Group.objects.get(name=f"Translators: {LANGUAGE_NAMES[code]}")

    assert group.language_role.locale.language_code == code
    assert group.language_role.role == LanguageRole.TRANSLATORS
    assert translator_group_name(code) == group.name


def test_translator_group_has_page_rights_on_its_language_home_only(languages):
    group = Group.objects.get(name="Translators: Belarusian")

    rights = set(GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission__codename"))

    home = languages.homes["be"].pk
    assert rights == {(home, "change_page"), (home, "publish_page")}


def test_belarusian_translator_can_open_belarusian_page(client, languages):
    login_verified(client, translator("be"))

    response = client.get(_edit_url(languages.homes["be"]))

    assert response.status_code == 200


def test_belarusian_translator_cannot_edit_english_source_page(client, languages):
    login_verified(client, translator("be"))

    assert _denied(client.get(_edit_url(languages.home)))


def test_belarusian_translator_cannot_edit_ukrainian_page(client, languages):
    login_verified(client, translator("be"))

    assert _denied(client.get(_edit_url(languages.homes["uk"])))


def test_belarusian_translator_cannot_delete_a_belarusian_page(client, languages):
    page = english_page(languages.home, title="Observers")
    stand_in = Page.objects.get(translation_key=page.translation_key, locale__language_code="be")
    login_verified(client, translator("be"))

    response = client.post(reverse("wagtailadmin_pages:delete", args=[stand_in.pk]))

    assert _denied(response)
    assert Page.objects.filter(pk=stand_in.pk).exists()


def test_belarusian_translator_cannot_unpublish_a_belarusian_page(client, languages):
    login_verified(client, translator("be"))

    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[languages.homes["be"].pk]))

    assert _denied(response)
    assert Page.objects.get(pk=languages.homes["be"].pk).live


def test_belarusian_translator_can_edit_belarusian_snippet(client, languages):
    footer = FooterTextFactory()
    belarusian = footer.copy_for_translation(locale("be"))
    belarusian.save()
    login_verified(client, translator("be"))

    assert client.get(_snippet_edit_url(belarusian)).status_code == 200


def test_belarusian_translator_cannot_edit_english_snippet(client, languages):
    footer = FooterTextFactory()
    login_verified(client, translator("be"))

    assert _denied(client.get(_snippet_edit_url(footer)))


def test_belarusian_translator_cannot_edit_ukrainian_snippet(client, languages):
    ukrainian = FooterTextFactory().copy_for_translation(locale("uk"))
    ukrainian.save()
    login_verified(client, translator("be"))

    assert _denied(client.get(_snippet_edit_url(ukrainian)))


def test_translator_cannot_create_or_delete_snippets(client, languages):
    footer = FooterTextFactory()
    belarusian = footer.copy_for_translation(locale("be"))
    belarusian.save()
    login_verified(client, translator("be"))
    viewset = FooterText.snippet_viewset

    create = client.get(reverse(viewset.get_url_name("add")) + "?locale=be")
    delete = client.post(reverse(viewset.get_url_name("delete"), args=[belarusian.pk]))

    assert _denied(create)
    assert _denied(delete)
    assert FooterText.objects.filter(pk=belarusian.pk).exists()


def test_translator_cannot_change_another_languages_snippet_in_the_translation_editor(client, languages):
    footer = FooterTextFactory()
    translation = start_translation(footer, locale("uk"))
    segment = StringSegment.objects.filter(source=translation.source).first()
    login_verified(client, translator("be"))

    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client.put(url, "value=Назва", content_type="application/x-www-form-urlencoded")

    assert response.status_code == 403
    assert not segment.string.translations.filter(locale__language_code="uk").exists()


def test_translator_can_change_own_languages_snippet_in_the_translation_editor(client, languages):
    footer = FooterTextFactory()
    translation = start_translation(footer, locale("be"))
    segment = StringSegment.objects.filter(source=translation.source).first()
    login_verified(client, translator("be"))

    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client.put(url, "value=Назва", content_type="application/x-www-form-urlencoded")

    assert response.status_code == 201
    assert segment.string.translations.get(locale__language_code="be").data == "Назва"


def test_translator_cannot_manage_users(client, languages):
    login_verified(client, translator("be"))

    assert _denied(client.get(reverse("wagtailusers_users:index")))
    assert _denied(client.get(reverse("wagtailusers_groups:index")))


def test_translator_sees_no_form_submissions_even_in_own_language(languages):
    user = translator("be")
    belarusian_pages = Page.objects.filter(locale__language_code="be")

    from translations.wagtail_hooks import hide_form_submissions_from_translators

    assert belarusian_pages.exists()
    assert not hide_form_submissions_from_translators(user, belarusian_pages).exists()
    assert not get_forms_for_user(user).exists()


def test_editor_may_read_source_language_form_submissions(languages):
    from translations.wagtail_hooks import hide_form_submissions_from_translators

    pages = Page.objects.filter(depth=2)

    visible = hide_form_submissions_from_translators(editor(), pages)

    assert set(visible.values_list("locale__language_code", flat=True)) == {"en"}


def test_editors_edit_the_source_language_and_not_translations(client, languages):
    login_verified(client, editor())

    assert client.get(_edit_url(languages.home)).status_code == 200
    assert _denied(client.get(_edit_url(languages.homes["be"])))


def test_editors_group_no_longer_has_rights_on_the_tree_root(languages):
    group = Group.objects.get(name="Editors")

    assert not GroupPagePermission.objects.filter(group=group, page__depth=1).exists()
    assert group.language_role.locale.language_code == "en"


def test_editor_can_send_a_page_for_translation(client, languages):
    page = english_page(languages.home, title="Observers")
    login_verified(client, editor())

    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locale("be").pk]}
    )

    assert response.status_code == 302
    assert Translation.objects.filter(
        source__object_id=page.translation_key, target_locale__language_code="be"
    ).exists()


def test_translator_cannot_send_pages_for_translation(client, languages):
    page = english_page(languages.home, title="Observers")
    login_verified(client, translator("be"))

    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locale("uk").pk]}
    )

    assert _denied(response)
    assert not Translation.objects.exists()
