"""Canaries in private documents: never reachable anonymously, at any address the site answers.

A document is private when its collection is (Wagtail's own check) or when only private pages
link it (core/media.py). Each test first shows the canary is reachable while the content is
public, so that a broken URL cannot pass for a safe one. The media folder serves renditions
only: documents and originals are refused there, path tricks included.
"""

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.core.image_files import jpeg_photo
from tests.factories import StandardPageFactory
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.search.helpers import results, search

pytestmark = pytest.mark.django_db

FILE_CANARY = "qx7filecanary"  # inside the document
NAME_CANARY = "qx7namecanary"  # in its title and file name, and in the private page's title
LANGUAGES = ["en", "ru", "be", "uk"]
PASSWORD = "correct-horse"


def content_of(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def make_document(collection=None, extension="txt"):
    return get_document_model().objects.create(
        title=f"Minutes {NAME_CANARY}",
        file=ContentFile(f"Minutes of the meeting in Minsk. {FILE_CANARY}".encode(), name=f"{NAME_CANARY}.{extension}"),
        collection=collection or Collection.get_first_root_node(),
    )


def private_collection(restriction_type):
    collection = Collection.get_first_root_node().add_child(name="Internal")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=restriction_type, password=PASSWORD
    )
    return collection


def linking_body(document):
    """A page body that links ``document`` twice: a document block and a rich-text link."""
    return [
        ("document", {"document": document, "title": ""}),
        ("paragraph", f'<p>See <a linktype="document" id="{document.pk}">the minutes</a>.</p>'),
    ]


def media_addresses(name):
    """The media folder's address for a stored file, and tricks that try to reach it through renditions."""
    folder, _slash, base = name.partition("/")
    return [
        f"/media/{name}",
        f"/media//{name}",
        f"/media/./{name}",
        f"/media/images/../{name}",
        f"/media/images/%2e%2e/{name}",
        f"/media/images/..%2F{name}",
        f"/media/images%2F..%2F{folder}%2F{base}",
        f"/media/images/%2E%2E%2F{folder}%2F{base}",
        f"/media/images/..%5C{folder}%5C{base}",
        f"/media/{folder}/",
        "/media/",
    ]


def public_addresses(document, *pages):
    """Everywhere an anonymous visitor could find the document, its name or its content."""
    addresses = [document.url, *media_addresses(document.file.name), "/sitemap.xml"]
    renditions = get_image_model().get_rendition_model().objects.all()
    return addresses + [page.url for page in pages] + [rendition.url for rendition in renditions]


def leaked(client, addresses, canaries):
    """(address, canary) for every canary found in an anonymous answer, and ("search", canary) for each found by search.

    The search page repeats the query, so there it is the results that must not show the canary.
    """
    found = []
    for address in addresses:
        body = content_of(client.get(address, follow=True))
        found += [(address, canary) for canary in canaries if canary.encode() in body]
    for canary in canaries:
        for language in LANGUAGES:
            hits = results(search(client, language, q=canary))
            if any(canary in url or canary in title for url, title in hits):
                found.append((f"search/{language}", canary))
    return found


def with_news(site_tree):
    return NewsIndexPageFactory(parent=site_tree.home)


def feed_addresses(news_index):
    return [news_index.url + "feed/rss/", news_index.url + "feed/atom/"]


# The serve view -------------------------------------------------------------------------------


def test_a_public_document_is_served_with_safe_headers(client, site_tree):
    document = make_document()
    response = client.get(document.url)
    assert response.status_code == 200
    assert FILE_CANARY.encode() in content_of(response)
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


@pytest.mark.parametrize("extension", ["csv", "docx", "odt", "rtf", "txt", "xlsx"])
def test_documents_other_than_pdf_are_downloads_not_pages(client, site_tree, extension):
    response = client.get(make_document(extension=extension).url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_a_pdf_opens_in_the_browser_but_can_run_or_load_nothing(client, site_tree):
    response = client.get(make_document(extension="pdf").url)
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_document_links_point_to_the_serve_view_not_the_media_folder(client, site_tree):
    document = make_document()
    page = StandardPageFactory(parent=site_tree.home, slug="minutes", body=linking_body(document))
    content = client.get(page.url).content.decode()
    assert document.url == f"/documents/{document.pk}/{document.filename}"
    assert f'href="{document.url}"' in content
    assert "/media/documents/" not in content


# Private collections ------------------------------------------------------------------------


@pytest.mark.parametrize("restriction_type", [CollectionViewRestriction.LOGIN, CollectionViewRestriction.PASSWORD])
def test_canary_in_a_private_collection_document_is_unreachable_anonymously(
    client, site_tree, restriction_type, django_user_model
):
    document = make_document()
    page = StandardPageFactory(parent=site_tree.home, slug="minutes", title="Minutes", body=linking_body(document))
    news = with_news(site_tree)
    NewsPageFactory(parent=news, title="Meeting", body=linking_body(document))
    addresses = public_addresses(document, page) + feed_addresses(news)
    assert (document.url, FILE_CANARY) in leaked(client, addresses, [FILE_CANARY])

    document.collection = private_collection(restriction_type)
    document.save()
    assert leaked(client, addresses, [FILE_CANARY]) == []

    # The people it is meant for still get it.
    if restriction_type == CollectionViewRestriction.LOGIN:
        client.force_login(django_user_model.objects.create_user("member", password=PASSWORD))
    else:
        restriction = CollectionViewRestriction.objects.get()
        client.post(
            f"/documents/authenticate_with_password/{restriction.pk}/", {"password": PASSWORD, "return_url": "/"}
        )
    assert FILE_CANARY.encode() in content_of(client.get(document.url))


# Private pages ------------------------------------------------------------------------------


@pytest.mark.parametrize("restriction_type", [PageViewRestriction.LOGIN, PageViewRestriction.PASSWORD])
def test_canary_in_a_document_of_a_private_page_is_unreachable_anonymously(client, site_tree, restriction_type):
    document = make_document()
    photo = get_image_model().objects.create(
        title=f"Meeting {NAME_CANARY}", file=SimpleUploadedFile(f"{NAME_CANARY}.jpg", jpeg_photo(size=(600, 400)))
    )
    body = [*linking_body(document), ("image", {"image": photo, "alt_text": "", "caption": ""})]
    page = StandardPageFactory(parent=site_tree.home, slug="internal", title=f"Internal {NAME_CANARY}", body=body)
    assert client.get(page.url).status_code == 200  # makes the page's renditions
    addresses = public_addresses(document, page)
    assert any(address.startswith("/media/images/") for address in addresses)
    found = leaked(client, addresses, [FILE_CANARY, NAME_CANARY])
    assert (document.url, FILE_CANARY) in found
    assert (page.url, NAME_CANARY) in found
    assert ("search/en", NAME_CANARY) in found

    PageViewRestriction.objects.create(page=page, restriction_type=restriction_type, password=PASSWORD)
    assert leaked(client, addresses, [FILE_CANARY, NAME_CANARY]) == []
    assert client.get(document.url).status_code == 404


def test_canary_in_a_document_below_a_private_page_is_unreachable_anonymously(client, site_tree):
    document = make_document()
    parent = StandardPageFactory(parent=site_tree.home, slug="members", title="Members")
    child = StandardPageFactory(
        parent=parent, slug="minutes", title=f"Minutes {NAME_CANARY}", body=linking_body(document)
    )
    PageViewRestriction.objects.create(page=parent, restriction_type=PageViewRestriction.LOGIN)
    assert leaked(client, public_addresses(document, parent, child), [FILE_CANARY, NAME_CANARY]) == []


def test_canary_in_a_document_of_a_private_news_article_is_not_in_the_feeds(client, site_tree):
    document = make_document()
    news = with_news(site_tree)
    article = NewsPageFactory(parent=news, slug="meeting", title=f"Meeting {NAME_CANARY}", body=linking_body(document))
    addresses = public_addresses(document, news, article) + feed_addresses(news)
    found = leaked(client, addresses, [FILE_CANARY, NAME_CANARY])
    assert {(address, NAME_CANARY) for address in feed_addresses(news)} <= set(found)

    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD)
    assert leaked(client, addresses, [FILE_CANARY, NAME_CANARY]) == []


def test_canary_in_a_document_of_an_unpublished_page_is_unreachable_anonymously(client, site_tree):
    document = make_document()
    page = StandardPageFactory(
        parent=site_tree.home, slug="draft", title=f"Draft {NAME_CANARY}", body=linking_body(document)
    )
    page.unpublish()
    assert leaked(client, public_addresses(document, page), [FILE_CANARY, NAME_CANARY]) == []


def test_a_visitor_who_has_the_page_password_gets_its_document(client, site_tree):
    document = make_document()
    page = StandardPageFactory(parent=site_tree.home, slug="internal", title="Internal", body=linking_body(document))
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )
    assert client.get(document.url).status_code == 404
    address = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    assert client.post(address, {"password": PASSWORD, "return_url": page.url}).status_code == 302
    response = client.get(document.url)
    assert response.status_code == 200
    assert FILE_CANARY.encode() in content_of(response)
    assert "private" in response["Cache-Control"]


def test_a_document_also_linked_from_a_public_page_stays_public(client, site_tree):
    document = make_document()
    private = StandardPageFactory(parent=site_tree.home, slug="internal", title="Internal", body=linking_body(document))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    StandardPageFactory(parent=site_tree.home, slug="public", title="Public", body=linking_body(document))
    assert FILE_CANARY.encode() in content_of(client.get(document.url))


def test_an_editor_can_open_the_document_of_a_draft(admin_client, site_tree):
    document = make_document()
    page = StandardPageFactory(parent=site_tree.home, slug="draft", title="Draft", body=linking_body(document))
    page.unpublish()
    assert FILE_CANARY.encode() in content_of(admin_client.get(document.url))


# The media folder ---------------------------------------------------------------------------


@pytest.fixture
def photo(site_tree):
    file = SimpleUploadedFile("picket.jpg", jpeg_photo(size=(600, 400)), content_type="image/jpeg")
    return get_image_model().objects.create(title="Picket", file=file)


def test_the_media_folder_serves_renditions(client, photo):
    rendition = photo.get_rendition("width-480|format-webp")
    assert rendition.url.startswith("/media/images/")
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_media_folder_never_serves_originals(client, photo):
    assert photo.file.name.startswith("original_images/")
    photo.get_rendition("width-480|format-webp")
    for address in media_addresses(photo.file.name):
        # Folder-like addresses are first redirected into a language, where they are not found either.
        assert client.get(address, follow=True).status_code == 404, address


def test_the_media_folder_never_serves_documents(client, site_tree):
    document = make_document()
    assert client.get(document.url).status_code == 200
    for address in media_addresses(document.file.name):
        response = client.get(address, follow=True)
        assert response.status_code == 404, address
        assert FILE_CANARY.encode() not in content_of(response)


@pytest.mark.parametrize("address", ["/media/images/", "/media/images/.", "/media/images/..", "/media/images/.hidden"])
def test_the_renditions_folder_has_no_listing_or_hidden_files(client, photo, address):
    photo.get_rendition("width-480|format-webp")
    assert client.get(address, follow=True).status_code == 404
