"""One all-day event as an iCalendar (RFC 5545) file, written with the icalendar package.

The package escapes TEXT values (3.3.11), folds lines at 75 octets without splitting a UTF-8
character (3.1) and ends them with CRLF; this module only says what the Day of Solidarity's event
holds: an all-day VEVENT whose DTEND is the next day (3.6.1).
"""

import datetime

import icalendar


def all_day_event(*, uid, day, summary, stamp, description="", url="", language="", product):
    """A complete VCALENDAR with one all-day VEVENT on ``day``, as a string with CRLF line endings."""
    text_parameters = {"LANGUAGE": language} if language else None
    event = icalendar.Event()
    event.add("UID", uid)
    event.add("DTSTAMP", stamp.astimezone(datetime.UTC))
    event.add("DTSTART", day)
    event.add("DTEND", day + datetime.timedelta(days=1))
    event.add("SUMMARY", summary, parameters=text_parameters)
    if description:
        event.add("DESCRIPTION", description, parameters=text_parameters)
    if url:
        event.add("URL", url)
    event.add("TRANSP", "TRANSPARENT")

    calendar = icalendar.Calendar()
    calendar.add("VERSION", "2.0")
    calendar.add("PRODID", product)
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    calendar.add_component(event)
    return calendar.to_ical().decode("utf-8")
