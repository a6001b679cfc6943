"""A minimal iCalendar (RFC 5545) writer for one all-day event, with no third-party library.

Only what the Day of Solidarity needs: TEXT escaping (3.3.11), line folding at 75 octets
without splitting a UTF-8 character (3.1), CRLF line endings, and an all-day VEVENT whose
DTEND is the next day (3.6.1).
"""

import datetime

CRLF = "\r\n"
MAX_LINE_OCTETS = 75


def escape_text(value):
    """Escape a TEXT property value: backslash, semicolon, comma and line breaks."""
    value = str(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line):
    """Split a content line into lines of at most 75 octets, continuation lines starting with a space."""
    parts = []
    current = ""
    current_octets = 0
    for char in line:
        size = len(char.encode("utf-8"))
        if current_octets + size > MAX_LINE_OCTETS:
            parts.append(current)
            # The leading space of a continuation line counts towards its 75 octets.
            current, current_octets = " ", 1
        current += char
        current_octets += size
    parts.append(current)
    return CRLF.join(parts)


def format_date(day):
    return day.strftime("%Y%m%d")


def format_utc(moment):
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def all_day_event(*, uid, day, summary, stamp, description="", url="", language="", product):
    """A complete VCALENDAR with one all-day VEVENT on ``day``, as a string with CRLF line endings."""
    language_param = f";LANGUAGE={language}" if language else ""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{product}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{format_utc(stamp)}",
        f"DTSTART;VALUE=DATE:{format_date(day)}",
        f"DTEND;VALUE=DATE:{format_date(day + datetime.timedelta(days=1))}",
        f"SUMMARY{language_param}:{escape_text(summary)}",
    ]
    if description:
        lines.append(f"DESCRIPTION{language_param}:{escape_text(description)}")
    if url:
        lines.append(f"URL:{url}")
    lines += ["TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) + CRLF for line in lines)
