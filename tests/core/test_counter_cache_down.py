"""With the counter cache's Redis gone, the admin login and reset refuse (503); public forms still work."""

import datetime
import logging
import shutil
import socket
import subprocess
import time

import pytest
import redis
from django.core import mail
from django.core.cache import caches
from django.test import override_settings

from campaigns import dates
from campaigns.models import SolidarityActionReport
from core import counters
from core.spam import HONEYPOT_FIELD
from mission.models import ApplicationSubmission
from tests.campaigns.factories import CampaignIndexPageFactory, CampaignYearPageFactory
from tests.mission.factories import VALID_ANSWERS, HowToHelpPageFactory, application_form

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def dead_counter_cache():
    """``caches["counters"]`` on a real Redis of its own, which answered once and then went away."""
    executable = shutil.which("redis-server")
    if executable is None:
        pytest.fail("These tests need Debian's redis-server (apt-get install -y redis-server).")
    port = _free_port()
    server = subprocess.Popen(  # noqa: S603  (a fixed command line; only the port varies)
        [executable, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        probe = redis.Redis(host="127.0.0.1", port=port)
        for _attempt in range(100):
            try:
                probe.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        location = f"redis://127.0.0.1:{port}/0"
        backend = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": location}
        locmem = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"}
        with override_settings(CACHES={"default": locmem, "counters": backend}):
            # Reach the server once, so the client holds a connection that then breaks.
            assert counters.increment("probe", 60) == 1
            server.terminate()
            server.wait(timeout=10)
            with pytest.raises(counters.CounterCacheUnavailable):
                counters.increment("probe", 60)
            counters._last_warning.clear()
            yield
            caches["counters"].close()
    finally:
        if server.poll() is None:
            server.terminate()
            server.wait(timeout=10)


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)


@pytest.fixture
def application_page(site_tree):
    return application_form(HowToHelpPageFactory(parent=site_tree.home), slug="join-the-mission")


@pytest.fixture
def report_page(site_tree, monkeypatch):
    monkeypatch.setattr(dates, "today", lambda: datetime.date(2026, 11, 21))
    index = CampaignIndexPageFactory(parent=site_tree.home)
    page = CampaignYearPageFactory(parent=index, year=2015, report_opens=datetime.date(2015, 7, 1))
    return page.url + page.reverse_subpage("report")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Signing in is switched off for a few minutes"),
        ("ru", "Вход временно отключён"),
    ],
)
def test_admin_login_is_refused_with_503_and_a_sentence(client, editor, dead_counter_cache, language, sentence):
    response = client.post("/admin/login/", {"username": "editor", "password": PASSWORD}, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 503
    assert sentence in response.content.decode()
    assert response["Retry-After"] == "60"
    assert client.get("/admin/").status_code == 302  # not signed in


def test_the_refusal_is_in_the_audit_log(client, editor, dead_counter_cache, caplog):
    caplog.set_level(logging.INFO)
    logging.getLogger("solidarity.audit").addHandler(caplog.handler)
    try:
        client.post("/admin/login/", {"username": "editor", "password": PASSWORD})
    finally:
        logging.getLogger("solidarity.audit").removeHandler(caplog.handler)
    lines = [record.getMessage() for record in caplog.records if record.name == "solidarity.audit"]
    assert len(lines) == 1
    assert lines[0].startswith("event=login.refused client=")
    assert lines[0].endswith(" reason=counters-unavailable")


def test_admin_login_page_itself_still_opens(client, dead_counter_cache):
    assert client.get("/admin/login/").status_code == 200


def test_password_reset_is_refused_with_503_and_sends_nothing(client, editor, dead_counter_cache):
    response = client.post("/admin/password_reset/", {"email": "editor@example.org"})
    assert response.status_code == 503
    assert "Password reset is switched off for a few minutes" in response.content.decode()
    assert mail.outbox == []


def test_application_forms_are_accepted_and_one_warning_is_logged(client, application_page, dead_counter_cache, caplog):
    with caplog.at_level(logging.WARNING, logger="solidarity.counters"):
        for _attempt in range(7):  # more than PUBLIC_FORM_RATE_LIMIT
            assert client.post(application_page.url, VALID_ANSWERS).status_code == 200
    assert ApplicationSubmission.objects.count() == 7
    warnings = [record for record in caplog.records if record.name == "solidarity.counters"]
    assert [record.getMessage() for record in warnings] == [
        "Counter cache unreachable: public form rate limits are off"
    ]


def test_the_honeypot_still_catches_bots(client, application_page, dead_counter_cache):
    response = client.post(application_page.url, {**VALID_ANSWERS, HONEYPOT_FIELD: "https://spam.example"})
    assert response.status_code == 200
    assert ApplicationSubmission.objects.count() == 0


def test_action_reports_are_accepted(client, report_page, dead_counter_cache):
    data = {
        "country": "UA",
        "city": "Kharkiv",
        "date": "2015-08-04",
        "action_type": "street",
        "description": "We talked to passers-by about political prisoners.",
        "link": "https://example.org/photos/",
        "contact": "reporter@example.org",
    }
    for _attempt in range(6):
        assert client.post(report_page, data).status_code == 302
    assert SolidarityActionReport.objects.count() == 6
