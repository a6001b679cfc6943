"""Block previews in the admin's block chooser: every block has one, in the editor's language.

The chooser shows a block's preview (an iframe of the admin's block-preview view) and its
description; an editor picks blocks by what they see there.
"""

import re

import pytest
import wagtail_factories
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.models import Collection, get_page_models
from wagtail.users.models import UserProfile

from tests.helpers import login_verified

LANGUAGES = ["en", "ru", "be", "uk"]

# For each block, a text of its sample that the editor must read in their own language.
SAMPLE_TEXT = {
    "HeadingBlock": "How to take part",
    "ParagraphBlock": (
        "<p>Every year on <strong>4 August</strong> people in many countries show Belarusian "
        "human-rights defenders that they are not alone. The date marks the arrest of "
        "Ales Bialiatski in 2011.</p>"
    ),
    "QuoteBlock": "Solidarity is stronger than repression.",
    "ImageBlock": "A solidarity picket on 4 August",
    "CallToActionBlock": "Join the Observation Mission",
    "DocumentBlock": "Manifesto of the Day of Solidarity",
    "AccordionBlock": "Who can take part?",
    "TableBlock": "The first Day of Solidarity",
    "WayToHelpBlock": "Write and translate",
    "ContactDirectoryBlock": "Contacts",
    "InformationCentresBlock": "Information centres",
    "CommitteeMembersBlock": "Members of the Committee",
    "SuggestedActionBlock": "Write to a political prisoner",
}
# What the sample says instead when the library has no picture or document yet.
EMPTY_LIBRARY_NOTE = {
    "ImageBlock": "The picture you choose from the image library appears here.",
    "DocumentBlock": "A link to the document you choose from the library appears here, with its type and size.",
}


def _chooser_blocks():
    """Every block an editor can pick in any StreamField of any page type, once per block class."""
    found = {}
    for model in get_page_models():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                for name, block in field.stream_block.child_blocks.items():
                    found.setdefault(type(block).__name__, (f"{model.__name__}.{field.name}.{name}", block))
    return sorted(found.values(), key=lambda item: item[0])


CHOOSER_BLOCKS = _chooser_blocks()
BLOCK_IDS = [path for path, _block in CHOOSER_BLOCKS]


def _editor(django_user_model, language):
    """An editor of Wagtail's default Editors group whose admin speaks ``language``."""
    user = django_user_model.objects.create_user(f"editor-{language}", f"{language}@example.org", "x")
    user.groups.add(Group.objects.get(name="Editors"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def _preview(client, block):
    return client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})


def _in(language, text):
    with translation.override(language):
        return translation.gettext(text)


def test_the_chooser_offers_every_block_of_the_site():
    assert {type(block).__name__ for _path, block in CHOOSER_BLOCKS} == set(SAMPLE_TEXT)


@pytest.mark.parametrize(("path", "block"), CHOOSER_BLOCKS, ids=BLOCK_IDS)
def test_every_block_is_previewable_with_a_description(path, block):
    assert block.is_previewable
    for language in LANGUAGES[1:]:
        description = _in(language, block.meta.description)
        assert description != block.meta.description, f"{path}: description not translated into {language}"


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("path", "block"), CHOOSER_BLOCKS, ids=BLOCK_IDS)
def test_preview_shows_the_sample_in_the_editors_language_with_the_site_stylesheet(
    client, django_user_model, locales, path, block, language
):
    wagtail_factories.ImageFactory(width=1600, height=900)
    get_document_model().objects.create(title="Manifesto", file=ContentFile(b"%PDF" + b"x" * 2048, name="m.pdf"))
    login_verified(client, _editor(django_user_model, language))

    response = _preview(client, block)

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert f'<link rel="stylesheet" href="{static("core/css/site.css")}">' in html
    text = SAMPLE_TEXT[type(block).__name__]
    if language != "en":
        assert _in(language, text) != text, f"the sample text of {path} is not translated into {language}"
    expected = _in(language, text)
    assert (expected if expected.startswith("<") else escape(expected)) in html
    # Nothing comes from another host: the stylesheet, pictures and scripts are the site's own.
    assert not re.findall(r'(?:src|srcset)="(?!/)|<link[^>]+href="(?!/)', html)


@pytest.mark.django_db
def test_image_and_document_samples_come_from_the_library(admin_client):
    image = wagtail_factories.ImageFactory(title="Picket", width=1600, height=900)
    document = get_document_model().objects.create(
        title="Manifesto", file=ContentFile(b"%PDF" + b"x" * 2048, name="manifesto.pdf")
    )
    blocks = {type(block).__name__: block for _path, block in CHOOSER_BLOCKS}

    image_html = _preview(admin_client, blocks["ImageBlock"]).content.decode()
    document_html = _preview(admin_client, blocks["DocumentBlock"]).content.decode()

    assert image.get_rendition("width-480|format-webp").url in image_html
    assert 'alt="People holding placards in a square"' in image_html
    assert EMPTY_LIBRARY_NOTE["ImageBlock"] not in image_html
    assert f'href="{document.url}"' in document_html
    assert "(PDF, 2.0\xa0KB)" in document_html


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("path", "block"), CHOOSER_BLOCKS, ids=BLOCK_IDS)
def test_preview_works_on_an_empty_site_and_says_what_the_library_would_add(
    client, django_user_model, path, block, language
):
    login_verified(client, _editor(django_user_model, language))

    response = _preview(client, block)

    assert response.status_code == 200
    note = EMPTY_LIBRARY_NOTE.get(type(block).__name__)
    if note:
        if language != "en":
            assert _in(language, note) != note
        assert escape(_in(language, note)) in response.content.decode()


@pytest.mark.django_db
def test_preview_is_for_admin_users_only(client):
    _path, block = CHOOSER_BLOCKS[0]
    response = _preview(client, block)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.django_db
def test_preview_survives_a_library_picture_whose_file_is_gone(admin_client):
    image = wagtail_factories.ImageFactory(width=1600, height=900)
    image.file.storage.delete(image.file.name)
    blocks = {type(block).__name__: block for _path, block in CHOOSER_BLOCKS}

    response = _preview(admin_client, blocks["ImageBlock"])

    assert response.status_code == 200
    assert 'alt="People holding placards in a square"' in response.content.decode()


@pytest.mark.django_db
def test_preview_takes_pictures_only_from_the_root_collection_every_editor_may_use(admin_client):
    evidence = Collection.get_first_root_node().add_child(name="Evidence")
    wagtail_factories.ImageFactory(collection=evidence, width=1600, height=900)
    blocks = {type(block).__name__: block for _path, block in CHOOSER_BLOCKS}

    html = _preview(admin_client, blocks["ImageBlock"]).content.decode()

    assert "<img" not in html
    assert EMPTY_LIBRARY_NOTE["ImageBlock"] in html
