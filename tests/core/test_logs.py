"""The production server's logs hold no token, no client address and no forged line.

Starts the real bin/entrypoint (gunicorn with config/gunicorn.py, production settings) on a free
127.0.0.1 port against a throw-away SQLite database, sends requests from another loopback address
(127.0.0.2, so the client's address is told apart from the address the server listens on), and
reads what the server wrote.
"""

import http.client
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from config.gunicorn import GunicornErrorFilter
from core.log_privacy import PrivacyFilter, safe

ROOT = Path(__file__).resolve().parent.parent.parent
CLIENT_ADDRESS = "127.0.0.2"
UID = "MTIzNDU"
TOKEN = "cr4x1q-0f1e2d3c4b5a69788796a5b4c3d2e1f0"
SEARCH_TERM = "where-is-the-safe-flat"
# A line as gunicorn would write it, smuggled into a URL behind an encoded CR LF.
FORGED = '[01/Jan/2026:00:00:00 +0000] "GET /en/forged-by-a-visitor/" 200 0 1ms'


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """bin/entrypoint running until the module's tests are done; yields (port, path of its log)."""
    work = tmp_path_factory.mktemp("entrypoint")
    port = free_port()
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}",
        "PYTHON": sys.executable,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": f"logs-test-{time.time_ns()}-not-a-real-key-0123456789abcdef",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "1",
        "DATABASE_URL": f"sqlite:///{work / 'db.sqlite3'}",
        "STATIC_ROOT": str(work / "static"),
        "MEDIA_ROOT": str(work / "media"),
        "LOG_LEVEL": "WARNING",
    }
    env.pop("REDIS_URL", None)
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    log_path = work / "server.log"
    with log_path.open("wb") as log:
        # The script is the repository's own bin/entrypoint, run as the Docker image runs it.
        process = subprocess.Popen(  # noqa: S603
            [str(ROOT / "bin" / "entrypoint")], cwd=ROOT, env=env, stdout=log, stderr=log
        )
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            assert process.poll() is None, log_path.read_text(errors="replace")
            try:
                if get(port, "/healthz/")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.5)
        else:
            pytest.fail("the server did not start:\n" + log_path.read_text(errors="replace"))
        yield port, log_path
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def get(port, path):
    """GET ``path`` from CLIENT_ADDRESS; returns (status, Location header)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=(CLIENT_ADDRESS, 0))
    try:
        connection.request("GET", path, headers={"Host": "127.0.0.1"})
        response = connection.getresponse()
        response.read()
        return response.status, response.getheader("Location")
    finally:
        connection.close()


def send_raw(port, data):
    """Send ``data`` as it is over a socket from CLIENT_ADDRESS and return the start of the answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=30, source_address=(CLIENT_ADDRESS, 0)) as sock:
        sock.sendall(data)
        return sock.recv(200)


@pytest.fixture(scope="module")
def log_text(server):
    """The server's log after the requests that leaked before."""
    port, log_path = server
    assert get(port, f"/admin/password_reset/confirm/{UID}/{TOKEN}/")[0] == 200
    # A mangled reset link is a 404, which Django's "Not Found: /path" logger reports.
    assert get(port, f"/en/admin/password_reset/confirm/{UID}/{TOKEN}/")[0] == 404
    assert get(port, "/en/nothing-here%0d%0a" + FORGED.replace(" ", "%20").replace('"', "%22"))[0] == 404
    assert get(port, "/en/also-nothing%0a" + FORGED.replace(" ", "%20").replace('"', "%22"))[0] == 404
    assert get(port, f"/en/search/?q={SEARCH_TERM}")[0] == 200
    for raw in (
        f"GET /admin/password_reset/confirm/{UID}/{TOKEN}/ HTTP/1.1 trailing\r\nHost: 127.0.0.1\r\n\r\n",
        f"GET /admin/password_reset/confirm/{UID}/{TOKEN}/?q={SEARCH_TERM} HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n",
        f"GET /admin/password_reset/confirm/{UID}/{TOKEN}/ HTTP/1.1\r\nHost: 127.0.0.1\r\nBad\x01Name: {TOKEN}\r\n\r\n",
        f"G\x00ET /{TOKEN} HTTP/1.1\r\n\r\n",
    ):
        assert send_raw(port, raw.encode("latin-1")).startswith(b"HTTP/1.1 4")
    # The last lines are written when the request ends; give the worker a moment.
    time.sleep(1)
    return log_path.read_text(errors="replace")


def test_server_logs_reached_the_requests(log_text):
    """The assertions below would pass on an empty log: first show the requests were logged."""
    assert f'"GET /admin/password_reset/confirm/{"[redacted]"}/[redacted]/" 200' in log_text
    assert "Not Found: /en/admin/password_reset/confirm/[redacted]/[redacted]/" in log_text
    assert '"GET /en/search/" 200' in log_text
    assert "Invalid request refused" in log_text
    assert "\\x0d\\x0a[01/Jan/2026" in log_text
    assert "\\x0a[01/Jan/2026" in log_text


def test_each_request_is_one_access_line_of_time_request_status_size_and_duration(log_text):
    lines = [line for line in log_text.splitlines() if '"GET /en/search/"' in line]
    assert len(lines) == 1, lines
    assert re.fullmatch(r'\[\d{2}/\w{3}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\] "GET /en/search/" 200 \d+ \d+ms', lines[0])


def test_reset_token_and_user_are_not_in_the_log(log_text):
    assert TOKEN not in log_text
    assert UID not in log_text


def test_client_address_is_not_in_the_log(log_text):
    assert CLIENT_ADDRESS not in log_text


def test_query_strings_are_not_in_the_log(log_text):
    assert SEARCH_TERM not in log_text


def test_an_encoded_line_break_cannot_forge_a_log_line(log_text):
    lines = log_text.split("\n")
    assert not [line for line in lines if line.startswith("[01/Jan/2026")]
    assert not [line for line in log_text.splitlines() if line.lstrip().startswith("[01/Jan/2026")]


def test_malformed_requests_leave_no_request_line_in_the_error_log(log_text):
    refused = [line for line in log_text.splitlines() if "Invalid request" in line]
    assert refused
    for line in refused:
        assert "GET" not in line
        assert "trailing" not in line
        assert "Name" not in line


def test_privacy_filter_rewrites_django_messages_in_place():
    """Django's loggers (django.request, django.security.*) get the same treatment through LOGGING."""
    record = logging.LogRecord(
        "django.request", logging.WARNING, __file__, 1, "Not Found: %s", (f"/x/reset/{UID}/{TOKEN}/\r\nforged",), None
    )
    assert PrivacyFilter().filter(record)
    assert record.getMessage() == "Not Found: /x/reset/[redacted]/[redacted]/\\x0d\\x0aforged"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/ru/новости/", "/ru/новости/"),
        ("/a\u2028b\x1bc\x00", "/a\\u2028b\\x1bc\\x00"),
        ('/a"b\\c', '/a"b\\c'),
        ("/documents/7/volunteers-minsk.pdf", "/documents/7/[redacted]"),
        (f"/admin/password_reset/confirm/{UID}/set-password/", "/admin/password_reset/confirm/[redacted]/[redacted]/"),
        ("/en/search/?q=term", "/en/search/"),
    ],
)
def test_safe_text(text, expected):
    assert safe(text) == expected


def test_quoted_fields_also_escape_quotes_and_backslashes():
    assert safe('/a"b\\c', quoted=True) == '/a\\"b\\\\c'


@pytest.mark.parametrize(
    ("message", "args", "expected"),
    [
        (
            "Invalid request from ip=%s: Invalid HTTP request line: %s",
            (CLIENT_ADDRESS, f"'GET /reset/{UID}/{TOKEN}/ HTTP/1.1 x'"),
            "Invalid request refused: Invalid HTTP request line",
        ),
        (
            "Error handling request %s %s",
            ("GET", f"/admin/password_reset/confirm/{UID}/{TOKEN}/?q={SEARCH_TERM}"),
            "Error handling request GET /admin/password_reset/confirm/[redacted]/[redacted]/",
        ),
        (
            "Closing connection from ip=%s after %s\r\nforged",
            (CLIENT_ADDRESS, "timeout"),
            "Closing connection from ip=[redacted] after timeout\\x0d\\x0aforged",
        ),
    ],
)
def test_gunicorn_error_lines_lose_addresses_and_request_lines(message, args, expected):
    record = logging.LogRecord("gunicorn.error", logging.WARNING, __file__, 1, message, args, None)
    assert GunicornErrorFilter().filter(record)
    assert record.getMessage() == expected
