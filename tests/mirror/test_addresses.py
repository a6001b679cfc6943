"""Mirror addresses and the Mirrors page on the live site: page rules, footer link, Onion-Location."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from home.models import HomePage, StandardPage
from mirror.middleware import MIRROR_ENVIRON_KEY
from mirror.models import MirrorAddress, MirrorsPage
from tests.conftest import make_site_tree, publish_translation
from tests.helpers import VerifiedClient

ONION = "http://solidarityexampleonionaddressfordemosonly2345abcdefghijk.onion"


def mirrors_page(home, **fields):
    page = home.add_child(instance=MirrorsPage(title="Mirrors", slug="mirrors", **fields))
    page.save_revision().publish()
    return page


class MirrorsPageTypeTests(WagtailPageTestCase):
    client_class = VerifiedClient

    @classmethod
    def setUpTestData(cls):
        cls.home = make_site_tree(translate=False).home
        cls.page = mirrors_page(cls.home, introduction="<p>Copies of this site.</p>")

    def setUp(self):
        self.login()

    def test_renders_and_previews(self):
        self.assertPageIsRenderable(self.page)
        self.assertPageIsPreviewable(self.page)

    def test_editable(self):
        self.assertPageIsEditable(
            self.page,
            nested_form_data({"title": "Mirrors", "slug": "mirrors", "introduction": rich_text("<p>Copies.</p>")}),
        )

    def test_lives_only_under_the_home_page_and_has_no_children(self):
        self.assertAllowedParentPageTypes(MirrorsPage, {HomePage})
        self.assertAllowedSubpageTypes(MirrorsPage, {})
        self.assertFalse(MirrorsPage.can_create_at(self.home))  # one per language tree exists already

    def test_not_under_a_standard_page(self):
        self.assertCanNotCreateAt(StandardPage, MirrorsPage)


@pytest.fixture
def addresses(locales):
    english = locales["en"]
    web = MirrorAddress.objects.create(
        locale=english, kind=MirrorAddress.KIND_WEB, url="https://mirror.example.org/", label="University copy"
    )
    onion = MirrorAddress.objects.create(
        locale=english, kind=MirrorAddress.KIND_ONION, url=ONION + "/", label="Onion service", sort_order=1
    )
    return web, onion


@pytest.mark.django_db
def test_mirrors_page_lists_the_addresses_in_each_language(client, site_tree, addresses):
    web, _onion = addresses
    russian = web.copy_for_translation(site_tree.homes["ru"].locale)
    russian.label = "Копия в университете"
    russian.save()
    page = mirrors_page(site_tree.home)
    publish_translation(page, site_tree.homes["ru"].locale)
    english = client.get("/en/mirrors/").content.decode()
    assert "https://mirror.example.org/" in english and "University copy" in english
    assert ONION in english
    content = client.get("/ru/mirrors/").content.decode()
    assert "Копия в университете" in content
    assert "University copy" not in content


@pytest.mark.django_db
def test_the_footer_links_the_mirrors_page_of_the_language(client, site_tree):
    page = mirrors_page(site_tree.home)
    publish_translation(page, site_tree.homes["uk"].locale)
    assert 'class="site-footer__mirrors"><a href="/en/mirrors/">' in client.get("/en/").content.decode()
    assert 'class="site-footer__mirrors"><a href="/uk/mirrors/">' in client.get("/uk/").content.decode()


@pytest.mark.django_db
def test_no_footer_link_without_a_mirrors_page(client, site_tree):
    assert "site-footer__mirrors" not in client.get("/en/").content.decode()


@pytest.mark.django_db
def test_onion_location_is_sent_on_public_pages_when_an_address_is_set(client, site_tree, addresses):
    response = client.get("/en/?x=1")
    assert response["Onion-Location"] == ONION + "/en/?x=1"


@pytest.mark.django_db
def test_onion_location_follows_a_changed_address(client, site_tree, addresses):
    assert client.get("/en/")["Onion-Location"].startswith(ONION)
    _web, onion = addresses
    onion.delete()
    assert "Onion-Location" not in client.get("/en/")


@pytest.mark.django_db
def test_no_onion_location_without_an_address_in_the_admin_or_on_errors(admin_client, client, site_tree):
    assert "Onion-Location" not in client.get("/en/")
    MirrorAddress.objects.create(locale=Locale.get_default(), kind="onion", url=ONION + "/", label="Onion")
    assert "Onion-Location" not in admin_client.get("/admin/")
    assert "Onion-Location" not in client.get("/en/no-such-page/")


@pytest.mark.django_db
def test_mirror_rendering_has_no_onion_location_and_is_never_cached(client, site_tree, addresses):
    response = client.get("/en/", **{MIRROR_ENVIRON_KEY: True})
    assert "Onion-Location" not in response
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_a_visitor_cannot_ask_for_the_mirror_rendering(client, site_tree):
    header = "HTTP_" + MIRROR_ENVIRON_KEY.upper().replace(".", "_")
    response = client.get("/en/", **{header: "1", "HTTP_SOLIDARITY_MIRROR_BUILD": "1"})
    assert "no-store" not in response["Cache-Control"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("kind", "url", "message"),
    [
        ("onion", "https://mirror.example.org/", ".onion"),
        ("web", ONION + "/", "Onion service"),
        ("web", "http://mirror.example.org/", "https://"),
    ],
)
def test_an_address_of_the_wrong_kind_is_refused_with_a_sentence(locales, kind, url, message):
    address = MirrorAddress(locale=locales["en"], kind=kind, url=url, label="Copy")
    with pytest.raises(ValidationError) as error:
        address.full_clean()
    assert message in " ".join(error.value.message_dict["url"])
