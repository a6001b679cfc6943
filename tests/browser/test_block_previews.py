"""A Russian-speaking editor looks at every block's preview in the block chooser before picking one."""

import re

import pytest
from django.utils import translation
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from core.blocks import BaseStreamBlock
from tests.browser.conftest import admin_login
from tests.core.test_block_previews import SAMPLE_TEXT

pytestmark = pytest.mark.django_db(transaction=True)


def test_editor_sees_each_blocks_preview_and_description_in_their_language(page, site_tree, admin_user):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "ru"
    profile.save()
    admin_login(page)
    page.goto(f"/admin/pages/add/home/standardpage/{site_tree.home.pk}/")
    page.locator("button.c-sf-add-button").first.click()

    with translation.override("ru"):
        expected = [
            (
                type(block).__name__,
                str(block.label),
                str(block.meta.description),
                translation.gettext(SAMPLE_TEXT[type(block).__name__]),
            )
            for block in BaseStreamBlock.base_blocks.values()
        ]
    for block_class, label, description, sample in expected:
        row = page.locator(".w-combobox__option-row", has=page.get_by_role("option", name=label, exact=True))
        row.locator("button.w-combobox__option-preview").click()

        preview = page.locator(".w-combobox-preview")
        expect(preview.locator(".w-combobox-preview__label")).to_have_text(label)
        expect(preview.locator(".w-combobox-preview__description")).to_have_text(description)
        frame = page.frame_locator(".w-combobox-preview__iframe")
        expect(frame.locator("html")).to_have_attribute("lang", "ru")
        expect(frame.locator("link[rel=stylesheet][href$='core/css/site.css']")).to_have_count(1)
        if block_class in ("ImageBlock", "DocumentBlock"):
            # The test site's library is empty: the preview says what will appear.
            expect(frame.locator(".block-preview__note")).to_be_visible()
        else:
            # The sample as a reader sees it, without the HTML of rich text.
            expect(frame.locator("main")).to_contain_text(re.sub(r"<[^>]+>", "", sample))

    assert not page.foreign_requests
