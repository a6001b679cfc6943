"""Log lines that carry no secret from a URL and cannot be forged by a crafted request.

Used by Django's logging (``PrivacyFilter`` in ``LOGGING``) and by gunicorn's logger
(``config/gunicorn.py``); plain Python, so that gunicorn can load it before Django starts.

* ``redact_path``: path segments that are secrets (the token of a password-reset link, the user
  it is for) or say what someone read (a document's file name) become ``[redacted]``.
* ``escape``: every control character (CR, LF, NUL, ESC, U+2028, …) is written as an escape,
  so a ``%0d%0a`` in a URL cannot start a new line; in quoted fields (the access log's request)
  the backslash and the double quote are escaped too, so that the field cannot be closed early.
"""

import logging
import re
import traceback
import unicodedata

REDACTED = "[redacted]"

# (pattern, replacement): each finds a secret wherever it sits in a path or a message.
SECRET_PATHS = [
    # Wagtail's admin password reset: /admin/password_reset/confirm/<uidb64>/<token>/ and, after
    # Django's redirect, /admin/password_reset/confirm/<uidb64>/set-password/.
    (re.compile(r"(/password_reset/confirm/)[^/\s?#\"']+(?:/[^/\s?#\"']+)?"), rf"\g<1>{REDACTED}/{REDACTED}"),
    # Django's own reset view, where a project mounts django.contrib.auth.urls.
    (re.compile(r"(/reset/)[^/\s?#\"']+/[^/\s?#\"']+"), rf"\g<1>{REDACTED}/{REDACTED}"),
    # Documents: /documents/<id>/<file name>; a file name can tell what a person downloaded.
    (re.compile(r"(/documents/\d+/)[^\s?#\"']+"), rf"\g<1>{REDACTED}"),
]
# A query string: a "?" right after a path, followed by something (a question in prose is left alone).
_QUERY = re.compile(r"(/[^\s?\"']*)\?[^\s\"']+")
_LINE_BREAKS = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def redact_path(text):
    """``text`` (a path, or a message with paths in it) with secret segments and query strings removed."""
    text = _QUERY.sub(r"\1", text)
    for pattern, replacement in SECRET_PATHS:
        text = pattern.sub(replacement, text)
    return text


def _escape_char(char, quoted):
    if quoted and char in '\\"':
        return "\\" + char
    if unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"}:
        code = ord(char)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return char


def escape(text, quoted=False):
    """``text`` on one line: control and format characters escaped; with ``quoted``, ``\\`` and ``"`` too."""
    return "".join(_escape_char(char, quoted) for char in str(text))


def safe(text, quoted=False):
    """Redacted and escaped: what any request-derived text must become before it is logged."""
    return escape(redact_path(str(text)), quoted)


def indented_block(text):
    """A multi-line block (a traceback) whose every line is indented and escaped.

    No line of it can pass for a log line of its own, whatever an exception message held.
    """
    return "\n".join("    " + safe(line) for line in _LINE_BREAKS.split(text.rstrip("\n")))


class PrivacyFilter(logging.Filter):
    """Rewrites every record it sees: message redacted and on one line, traceback indented.

    On the handler of Django's loggers, so that ``Not Found: /path``, ``Forbidden (CSRF …): /path``
    and the like neither carry a reset token nor forge lines.
    """

    def filter(self, record):
        if getattr(record, "privacy_filtered", False):  # a second handler with the same filter
            return True
        record.privacy_filtered = True
        record.msg = safe(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info))
        if record.exc_text:
            record.exc_text = indented_block(record.exc_text)
        if record.stack_info:
            record.stack_info = indented_block(record.stack_info)
        return True
