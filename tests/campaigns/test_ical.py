"""The .ics file for the next Day of Solidarity, checked by parsing it back with the icalendar package."""

import datetime

import icalendar

from campaigns import ical
from tests.campaigns.factories import CampaignYearPageFactory


def calendar_url(index):
    return index.url + index.reverse_subpage("calendar")


def fetch_event(client, index):
    response = client.get(calendar_url(index))
    assert response.status_code == 200
    calendar = icalendar.Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return response, calendar, events[0]


def test_calendar_is_served_as_an_ics_download(client, campaign_tree):
    response = client.get(calendar_url(campaign_tree.index))
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="day-of-solidarity-2027.ics"'


def test_calendar_parses_as_one_all_day_event_on_the_next_4_august(client, campaign_tree):
    _response, calendar, event = fetch_event(client, campaign_tree.index)
    assert str(calendar["VERSION"]) == "2.0"
    assert event["DTSTART"].dt == datetime.date(2027, 8, 4)
    assert event["DTEND"].dt == datetime.date(2027, 8, 5)
    assert event["DTSTART"].params["VALUE"] == "DATE"
    assert str(event["UID"]) == "day-of-solidarity-2027@localhost"
    assert isinstance(event["DTSTAMP"].dt, datetime.datetime)
    assert event["DTSTAMP"].dt.utcoffset() == datetime.timedelta(0)


def test_calendar_uses_the_year_page_title_slogan_and_address(client, campaign_tree, travel_to):
    travel_to(datetime.date(2026, 6, 1))
    page = CampaignYearPageFactory(
        parent=campaign_tree.index, year=2026, title="Day of Solidarity 2026", slogan="Free them all, now; together"
    )
    _response, _calendar, event = fetch_event(client, campaign_tree.index)
    assert str(event["SUMMARY"]) == "Day of Solidarity 2026"
    assert str(event["DESCRIPTION"]).startswith("Free them all, now; together\n")
    assert str(event["URL"]).endswith(page.url)


def test_calendar_on_the_day_itself_is_for_that_day(client, campaign_tree, travel_to):
    travel_to(datetime.date(2026, 8, 4))
    _response, _calendar, event = fetch_event(client, campaign_tree.index)
    assert event["DTSTART"].dt == datetime.date(2026, 8, 4)


def test_calendar_is_in_the_language_of_the_url(client, campaign_tree):
    response, _calendar, event = fetch_event(client, campaign_tree.indexes["uk"])
    assert event["SUMMARY"].params["LANGUAGE"] == "uk"
    assert str(event["UID"]) == "day-of-solidarity-2027@localhost"


def test_every_line_ends_with_crlf_and_has_at_most_75_octets(client, campaign_tree, travel_to):
    travel_to(datetime.date(2026, 6, 1))
    CampaignYearPageFactory(parent=campaign_tree.index, year=2026, slogan="Салідарнасць мацнейшая за рэпрэсіі. " * 5)
    content = client.get(calendar_url(campaign_tree.index)).content
    assert content.endswith(b"\r\n")
    lines = content.split(b"\r\n")[:-1]
    assert b"\n" not in b"".join(lines)
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)
    for line in lines:
        line.decode("utf-8")  # no line ends in the middle of a character


def test_text_values_are_escaped_and_read_back_unchanged():
    text = ical.all_day_event(
        uid="x@example.org",
        day=datetime.date(2030, 8, 4),
        summary="a,b;c\\d\ne",
        stamp=datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC),
        language="be",
        product="-//test//EN",
    )
    assert "\r\nSUMMARY;LANGUAGE=be:a\\,b\\;c\\\\d\\ne\r\n" in text
    event = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "a,b;c\\d\ne"
    assert event["SUMMARY"].params["LANGUAGE"] == "be"


def test_folded_text_round_trips_through_icalendar():
    summary = "Міжнародны дзень салідарнасці з Беларуссю, " * 4
    text = ical.all_day_event(
        uid="x@example.org",
        day=datetime.date(2030, 8, 4),
        summary=summary,
        stamp=datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC),
        product="-//test//EN",
    )
    event = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == summary
