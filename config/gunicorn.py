"""gunicorn settings for bin/entrypoint, with a logger that keeps visitors out of the logs.

Access lines carry the time, method, path, status, size and duration, and nothing else: no
client address, no query string (search terms), no referrer or user agent; secret path
segments (a password-reset token) are redacted and every control character is escaped, so a
``%0d%0a`` in a URL cannot forge a line. Error lines lose the client address and the request
line that gunicorn adds when it refuses a malformed request. See docs/data-protection.md.
"""

import os
import re

from gunicorn.glogging import Logger

from core.log_privacy import PrivacyFilter, safe

bind = os.environ.get("BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
max_requests = 2000
max_requests_jitter = 200
accesslog = "-"
errorlog = "-"
# gunicorn's control socket is not used, and several servers on one host would share its path.
control_socket_disable = True
# Where the workers' heartbeat files go: a memory file system (/dev/shm) in the Docker image, whose
# root file system is read-only; unset, the system's temporary directory.
worker_tmp_dir = os.environ.get("GUNICORN_WORKER_TMP_DIR") or None

# "Invalid request from ip=203.0.113.7: Invalid HTTP request line: 'GET /…'" (gunicorn/workers/base.py)
_INVALID_REQUEST = re.compile(r"^Invalid request from ip=\S*: (?P<error>.*)$", re.DOTALL)
# The error's kind, before the first detail (a colon, a quote or a parenthesis).
_ERROR_KIND = re.compile(r"[:'\"(]")
# Any other line that names a client the same way.
_CLIENT = re.compile(r"\bip=\S+")


def _path(environ):
    """The request's path as text: PATH_INFO is percent-decoded bytes as latin-1 (PEP 3333).

    Decoded, an encoded CR/LF is a real one here; ``safe()`` escapes it.
    """
    return environ.get("PATH_INFO", "-").encode("latin-1", "replace").decode("utf-8", "backslashreplace")


class GunicornErrorFilter(PrivacyFilter):
    """gunicorn's error log without client addresses or the request lines of refused requests."""

    def filter(self, record):
        if not getattr(record, "privacy_filtered", False):
            message = record.getMessage()
            invalid = _INVALID_REQUEST.match(message)
            if invalid:
                kind = _ERROR_KIND.split(invalid.group("error"), maxsplit=1)[0].strip() or "malformed request"
                record.msg, record.args = "Invalid request refused: %s", (kind,)
            elif isinstance(record.msg, str) and record.msg.startswith("Error handling request") and record.args:
                # The method and URI of a request that failed: the path, redacted, is enough to find the bug.
                record.args = tuple(safe(arg) for arg in record.args)
        keep = super().filter(record)
        record.msg = _CLIENT.sub("ip=[redacted]", record.msg)
        return keep


class PrivateLogger(Logger):
    """gunicorn's logger with privacy-preserving access and error lines."""

    def setup(self, cfg):
        super().setup(cfg)
        if not any(isinstance(existing, GunicornErrorFilter) for existing in self.error_log.filters):
            self.error_log.addFilter(GunicornErrorFilter())

    def access(self, resp, req, environ, request_time):
        if not self.access_log_enabled:
            return
        status = resp.status.split(None, 1)[0] if isinstance(resp.status, str) else resp.status
        sent = getattr(resp, "sent", None)
        milliseconds = request_time.seconds * 1000 + request_time.microseconds // 1000
        self.access_log.info(
            '%s "%s %s" %s %s %sms',
            self.now(),
            safe(environ.get("REQUEST_METHOD", "-"), quoted=True)[:16],
            safe(_path(environ), quoted=True)[:1000],
            safe(status),
            sent if sent is not None else "-",
            milliseconds,
        )


logger_class = PrivateLogger
