"""Contact directory, information centres and Committee members: validation, order, grouping, links."""

import pytest
from django.core.exceptions import ValidationError
from django.db import reset_queries
from django.utils import translation

from mission.models import CommitteeMember, ContactPhone, InformationCentre
from mission.validators import phone_digits
from tests.mission.factories import (
    CommitteeMemberFactory,
    ContactPhoneFactory,
    InformationCentreFactory,
    MissionPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("number", ["+375 29 000-00-01", "+7 (903) 000-00-01", "+380630000002", "+48.22.000.00.01"])
def test_numbers_in_international_format_are_accepted(locales, number):
    ContactPhoneFactory.build(number=number, locale=locales["en"]).full_clean()


@pytest.mark.parametrize("number", ["8 029 000-00-01", "+0 29 000 00 01", "+375 29", "+375 29 000-00-01 ext 5"])
def test_numbers_without_plus_and_country_code_are_refused_with_an_example(locales, number):
    with pytest.raises(ValidationError) as raised:
        ContactPhoneFactory.build(number=number, locale=locales["en"]).full_clean()
    assert "+375 29 000-00-01" in str(raised.value.message_dict["number"])


def test_tel_link_keeps_only_the_plus_and_digits(locales):
    phone = ContactPhoneFactory.build(number="+7 (903) 000-00-01")
    assert phone.tel_href == "tel:+79030000001"
    assert phone_digits("+375 29 000-00-01") == "+375290000001"


def test_unknown_country_codes_are_refused(locales):
    with pytest.raises(ValidationError) as raised:
        ContactPhoneFactory.build(country="XX", locale=locales["en"]).full_clean()
    assert "country" in raised.value.message_dict


def test_directory_groups_numbers_by_country_in_the_order_of_each_countrys_first_number(locales):
    ContactPhoneFactory(country="UA", carrier="Life", sort_order=1)
    ContactPhoneFactory(country="BY", carrier="MTS", sort_order=2)
    ContactPhoneFactory(country="UA", carrier="Beeline", sort_order=3)
    ContactPhoneFactory(country="BY", carrier="Life", sort_order=4)
    with translation.override("en"):
        directory = ContactPhone.objects.directory()
    assert [(group.code, group.name) for group in directory] == [("UA", "Ukraine"), ("BY", "Belarus")]
    assert [phone.carrier for phone in directory[0].items] == ["Life", "Beeline"]
    assert [phone.carrier for phone in directory[1].items] == ["MTS", "Life"]


def test_directory_shows_the_visitors_language_with_country_names_from_cldr(locales):
    english = ContactPhoneFactory(country="BY", carrier="MTS")
    russian = english.copy_for_translation(locales["ru"])
    russian.carrier = "МТС"
    russian.save()
    with translation.override("ru"):
        directory = ContactPhone.objects.directory()
    assert directory[0].name == "Беларусь"
    assert [phone.carrier for phone in directory[0].items] == ["МТС"]
    with translation.override("be"):
        assert ContactPhone.objects.directory()[0].name == "Беларусь"
        # No Belarusian copies yet: the English numbers stand in.
        assert ContactPhone.objects.directory()[0].items[0].carrier == "MTS"


def test_translations_follow_the_order_editors_give_the_source_numbers(locales):
    first = ContactPhoneFactory(country="RU", sort_order=1)
    second = ContactPhoneFactory(country="UA", sort_order=2)
    for phone in (first, second):
        phone.copy_for_translation(locales["uk"]).save()
    # The editor drags Ukraine to the top in English; the Ukrainian copies are not re-synchronised.
    ContactPhone.objects.filter(pk=second.pk).update(sort_order=0)
    with translation.override("uk"):
        assert [group.code for group in ContactPhone.objects.directory()] == ["UA", "RU"]


def test_contact_directory_block_renders_tel_links_grouped_by_country(client, site_tree):
    ContactPhoneFactory(country="BY", number="+375 29 000-00-01", carrier="MTS", note="Also on Signal")
    ContactPhoneFactory(country="RU", number="+7 903 000-00-01", carrier="Beeline")
    page = MissionPageFactory(
        parent=site_tree.home, body=[("contact_directory", {"title": "Call us", "show_email": True})]
    )
    html = client.get(page.url).content.decode()
    assert "<h2>Call us</h2>" in html
    assert '<a href="tel:+375290000001">+375 29 000-00-01</a>' in html
    assert '<a href="tel:+79030000001">+7 903 000-00-01</a>' in html
    assert html.index("<h3>Belarus</h3>") < html.index("MTS") < html.index("<h3>Russia</h3>") < html.index("Beeline")
    assert "Also on Signal" in html


def test_information_centres_are_split_into_active_and_organiser_wanted(locales):
    InformationCentreFactory(city="Warsaw", country="PL", status=InformationCentre.ORGANISER_WANTED, sort_order=1)
    InformationCentreFactory(city="Kharkiv", status=InformationCentre.ACTIVE, sort_order=2)
    InformationCentreFactory(city="Kyiv", status=InformationCentre.ACTIVE, sort_order=3)
    with translation.override("en"):
        centres = InformationCentre.objects.by_status()
    assert [centre.city for centre in centres["active"]] == ["Kharkiv", "Kyiv"]
    assert [centre.city for centre in centres["organiser_wanted"]] == ["Warsaw"]


def test_information_centres_block_can_show_only_cities_wanting_organisers(client, site_tree):
    InformationCentreFactory(city="Kharkiv", status=InformationCentre.ACTIVE, contact_phone="+380 50 000-00-01")
    InformationCentreFactory(city="Vienna", country="AT", status=InformationCentre.ORGANISER_WANTED)
    page = MissionPageFactory(
        parent=site_tree.home, body=[("information_centres", {"title": "", "show": "organiser_wanted"})]
    )
    html = client.get(page.url).content.decode()
    assert "Vienna, Austria" in html
    assert "Kharkiv" not in html


def test_committee_members_are_grouped_by_country_in_alphabetical_order(locales):
    CommitteeMemberFactory(name="Zeta Forum", country="UA")
    CommitteeMemberFactory(name="Alpha Centre", country="UA")
    CommitteeMemberFactory(name="Baltic Forum", country="LT")
    with translation.override("en"):
        groups = CommitteeMember.objects.by_country()
    assert [group.name for group in groups] == ["Lithuania", "Ukraine"]
    assert [member.name for member in groups[1].items] == ["Alpha Centre", "Zeta Forum"]


def test_committee_members_block_links_each_member_under_its_country(client, site_tree):
    CommitteeMemberFactory(name="Baltic Forum", country="LT", website="https://example.org/baltic/")
    page = MissionPageFactory(parent=site_tree.home, body=[("committee_members", {"title": ""})])
    html = client.get(page.url).content.decode()
    assert "<h3>Lithuania</h3>" in html
    assert '<a href="https://example.org/baltic/" rel="noopener noreferrer">Baltic Forum</a>' in html


def test_committee_member_logos_come_from_prefetched_renditions(client, site_tree, django_assert_max_num_queries):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    def member_with_logo(index):
        logo = get_image_model().objects.create(title=f"Logo {index}", file=get_test_image_file())
        CommitteeMemberFactory(name=f"Member {index}", logo=logo)

    member_with_logo(0)
    page = MissionPageFactory(parent=site_tree.home, body=[("committee_members", {"title": ""})])
    client.get(page.url)  # makes the rendition
    reset_queries()  # the query log is a bounded deque: start it empty
    with django_assert_max_num_queries(40) as first:
        client.get(page.url)
    baseline = len(first.captured_queries)
    for index in range(1, 4):
        member_with_logo(index)
    client.get(page.url)
    reset_queries()  # the query log is a bounded deque: start it empty
    with django_assert_max_num_queries(baseline):
        html = client.get(page.url).content.decode()
    assert html.count('class="committee-members__logo"') == 4


def test_directory_blocks_do_not_add_queries_per_row(client, site_tree, django_assert_max_num_queries):
    page = MissionPageFactory(
        parent=site_tree.home,
        body=[
            ("contact_directory", {"title": "", "show_email": True}),
            ("information_centres", {"title": "", "show": "all"}),
            ("committee_members", {"title": ""}),
        ],
    )
    ContactPhoneFactory()
    InformationCentreFactory(status=InformationCentre.ACTIVE)
    InformationCentreFactory(status=InformationCentre.ORGANISER_WANTED)
    CommitteeMemberFactory()
    client.get(page.url)
    reset_queries()  # the query log is a bounded deque: start it empty
    with django_assert_max_num_queries(40) as first:
        client.get(page.url)
    baseline = len(first.captured_queries)
    for index in range(8):
        ContactPhoneFactory(country=["BY", "RU", "UA", "PL"][index % 4])
        InformationCentreFactory(status=["active", "organiser_wanted"][index % 2])
        CommitteeMemberFactory(country=["UA", "LT"][index % 2])
    client.get(page.url)  # new snippets renew the cached site chrome: warm it again, as above
    reset_queries()  # the query log is a bounded deque: start it empty
    with django_assert_max_num_queries(baseline):
        client.get(page.url)
