"""The translation editor's preview shows the page as it will be published, not as a stand-in."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from tests.helpers import login_verified
from tests.translations.factories import english_page, locale, translate_segments, translator
from translations.workflow import start_translation

pytestmark = pytest.mark.django_db

NOTICE = "This page has not been translated into this language yet. Below is the original text."


def test_preview_of_a_translation_shows_the_translated_page_without_the_stand_in_notice(client, languages):
    page = english_page(languages.home, title="Observers", slug="observers")
    work = start_translation(page, locale("ru"))
    translate_segments(work, {"Observers": "Наблюдатели"})
    login_verified(client, translator("ru"))

    response = client.get(reverse("wagtail_localize:preview_translation", args=[work.pk]))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Наблюдатели" in html
    assert "stand-in-notice" not in html
    with translation.override("ru"):
        assert translation.gettext(NOTICE) not in html
    assert 'lang="en"' not in html.split("<main", 1)[1]
    # The stand-in itself is still what the public sees until the translation is published.
    stand_in = Page.objects.get(translation_key=page.translation_key, locale__language_code="ru")
    assert stand_in.alias_of_id == page.pk
    assert "stand-in-notice" in client.get("/ru/observers/").content.decode()
