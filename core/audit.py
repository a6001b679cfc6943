"""The security audit log: who did what to the admin's gates, without anything that identifies a visitor.

One logger, ``solidarity.audit``, one line per event (``event=login.failed user=7 client=3fa9c1d2``).
Lines never carry a password, a one-time code, a token, form values or a full client address:
the client is a short HMAC (``core.spam.client_fingerprint``), enough to tell repeated attempts
from one place apart and useless for locating anyone. Values are stripped of control characters,
so a crafted username cannot forge a second log line.
"""

import logging
import re

from core.spam import client_fingerprint

logger = logging.getLogger("solidarity.audit")

_UNSAFE = re.compile(r"[\x00-\x20\x7f\"=\\]")


def _clean(value, limit=64):
    return _UNSAFE.sub("_", str(value))[:limit]


def audit(event, request=None, user=None, **fields):
    """Log one security event (``login.failed``, ``otp.verified``, ``permission.denied``, …).

    ``user`` may be a user object (its primary key is logged, never its name or e-mail) or None.
    ``fields`` are short, non-personal details (a device kind, a URL name); never pass secrets.
    """
    parts = [f"event={_clean(event)}"]
    if user is not None and getattr(user, "pk", None) is not None:
        parts.append(f"user={user.pk}")
    if request is not None:
        parts.append(f"client={client_fingerprint(request)[:8]}")
    parts.extend(f"{_clean(key, 32)}={_clean(value)}" for key, value in sorted(fields.items()))
    logger.info(" ".join(parts))
