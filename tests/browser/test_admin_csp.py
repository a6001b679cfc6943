"""An editor's day in the admin under its strict Content-Security-Policy, with no violation.

The ``page`` fixture fails a test on any CSP violation; these journeys cover what an editor does
that the other browser tests do not: a page with every block, choosers, image upload, a snippet.
"""

from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection

from core.blocks import BaseStreamBlock
from core.models import FooterText
from tests.browser.conftest import admin_login
from tests.factories import StandardPageFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("root_collection")]


@pytest.fixture
def root_collection():
    """Browser tests flush the database, taking Wagtail's root collection with it."""
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def png_bytes(colour="red"):
    buffer = BytesIO()
    PILImage.new("RGB", (60, 40), colour).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def page_with_every_block(site_tree):
    image = Image.objects.create(title="Picket", file=ContentFile(png_bytes(), name="picket.png"))
    document = Document.objects.create(title="Manifesto", file=ContentFile(b"manifesto", name="manifesto.txt"))
    values = {name: block.get_preview_value() for name, block in BaseStreamBlock.base_blocks.items()}
    values["image"] = {**values["image"], "image": image, "alt_text": "People with flags"}
    values["document"] = {**values["document"], "document": document}
    body = list(values.items())
    return StandardPageFactory(parent=site_tree.home, title="Every block", slug="every-block", body=body)


def test_editor_edits_and_publishes_a_page_with_every_block(page, page_with_every_block, admin_user):
    admin_login(page)
    page.goto(f"/admin/pages/{page_with_every_block.pk}/edit/")
    page.fill("#id_title", "Every block, revised")

    page.locator("footer button.w-dropdown__toggle.button").click()
    page.locator("button[name='action-publish']").click()
    page.wait_for_selector(".messages .success")

    page.goto("/en/every-block/")
    assert page.locator("h1").inner_text() == "Every block, revised"
    assert page.locator("main img[alt='People with flags']").count() == 1


def test_editor_adds_each_kind_of_block_and_opens_the_choosers(page, site_tree, admin_user):
    admin_login(page)
    page.on("dialog", lambda dialog: dialog.accept())
    page.goto(f"/admin/pages/add/home/standardpage/{site_tree.home.pk}/")
    page.locator("button.c-sf-add-button").first.click()
    names = page.get_by_role("option").all_inner_texts()
    page.keyboard.press("Escape")
    assert len(names) == len(BaseStreamBlock.base_blocks)
    for name in names:
        page.locator("button.c-sf-add-button").last.click()
        page.get_by_role("option", name=name, exact=True).click()

    # The image, document and page choosers of the new blocks open in modals loaded by script.
    choose_buttons = page.locator("button[data-chooser-action-choose]:visible")
    for index in range(choose_buttons.count()):
        choose_buttons.nth(index).click()
        page.locator(".modal-dialog").wait_for()
        page.wait_for_load_state("networkidle")
        page.locator(
            ".modal-dialog button.close, .modal-dialog [data-bs-dismiss], .modal-dialog .button.close"
        ).first.click()


def test_editor_uploads_an_image_and_edits_a_snippet(page, site_tree, admin_user):
    admin_login(page)
    page.goto("/admin/images/multiple/add/")
    page.set_input_files(
        "input[type=file]", files=[{"name": "banner.png", "mimeType": "image/png", "buffer": png_bytes("blue")}]
    )
    page.locator(".status-msg.success, .upload-success").first.wait_for()
    assert Image.objects.filter(title="banner").exists()

    footer = FooterText.objects.create(
        organisation_name="Solidarity coalition", body="<p>Run by volunteers.</p>", locale=site_tree.home.locale
    )
    page.goto(f"/admin/snippets/core/footertext/edit/{footer.pk}/")
    page.fill("input[name=organisation_name]", "Solidarity coalition of groups")
    page.locator("footer button[type=submit]").first.click()
    page.wait_for_selector(".messages .success")
    footer.refresh_from_db()
    assert footer.organisation_name == "Solidarity coalition of groups"
