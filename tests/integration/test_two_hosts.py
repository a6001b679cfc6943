"""Two web hosts behind nginx behave as one site: shared PostgreSQL, Redis and media folder.

Two servers started by the repository's own ``bin/entrypoint`` (production settings, gunicorn
with config/gunicorn.py) on free loopback ports share a PostgreSQL cluster, a Redis server and a
media folder of this test's own, behind Debian's nginx as the load balancer. nginx listens on one
port that spreads requests over both hosts and on one port per host ("through A", "through B"),
all with the same proxy headers. What one host does, the other sees at once: a publication (the
page cache purge), an upload, failed logins and form submissions (the shared counters), a login
(the session). Last, ``bin/entrypoint worker`` runs what the hosts queued.

Skipped when nginx or PostgreSQL 15 is not installed, except with REQUIRE_NGINX=1 (CI), which
makes a missing binary a failure.
"""

import http.cookiejar
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid

import psycopg
import pytest
from django_otp.oath import TOTP

from tests.integration import site
from tests.integration.servers import (
    HOST,
    NGINX,
    PG_BIN,
    REDIS_SERVER,
    ROOT,
    Gunicorn,
    Nginx,
    PostgresServer,
    RedisServer,
    free_port,
    manage,
    site_environment,
    wait_for,
)
from tests.mission.factories import VALID_ANSWERS

NEW_TITLE = "Observers return to the hearing in Minsk"
FORM_LIMIT = 2
LOGIN_LIMIT = 3


def require_binaries():
    missing = [str(path) for path in (NGINX, PG_BIN / "pg_ctl", REDIS_SERVER) if not os.path.exists(path)]
    if missing:
        message = f"not installed: {', '.join(missing)} (.ci/run installs them)"
        if os.environ.get("REQUIRE_NGINX") == "1":
            pytest.fail(message)
        pytest.skip(message)


def host_environment(work, database_url, redis_url, admin_url):
    """Production settings as a web host runs them, over plain HTTP on loopback."""
    env = site_environment(database_url, 0)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": f"two-hosts-{uuid.uuid4().hex}-not-a-real-key",
            "ALLOWED_HOSTS": HOST,
            "SECURE_SSL_REDIRECT": "0",
            "SECURE_COOKIES": "0",
            "REDIS_URL": redis_url,
            "MEDIA_ROOT": str(work / "media"),
            "STATIC_ROOT": str(work / "static"),
            "WAGTAILADMIN_BASE_URL": admin_url,
            "TRUSTED_PROXY_COUNT": "1",
            "PUBLIC_FORM_RATE_LIMIT": str(FORM_LIMIT),
            "LOGIN_FAILURE_LIMIT": str(LOGIN_LIMIT),
            "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
            "WEB_CONCURRENCY": "1",
            "PYTHON": sys.executable,
            "PATH": f"{os.path.dirname(sys.executable)}:{os.environ.get('PATH', '')}",
            "LOG_LEVEL": "WARNING",
        }
    )
    return env


class Shared:
    """The running set-up: servers, the hosts' environment, the site's paths."""

    def __init__(self, work):
        self.work = work
        self.postgres, self.redis = PostgresServer(), RedisServer()
        self.ports = [free_port(), free_port()]
        self.nginx = Nginx(self.ports)
        self.hosts = []

    def start(self):
        self.postgres.init()
        self.postgres.start()
        self.redis.start()
        build_env = site_environment(self.postgres.url, self.nginx.balanced)
        manage(build_env, "migrate", "--noinput", "-v0")
        output = manage(
            build_env,
            "shell", "-c", "import json; from tests.integration.site import build_shared; print(json.dumps(build_shared()))",
        )  # fmt: skip
        self.paths = json.loads(output.strip().splitlines()[-1])
        self.env = host_environment(self.work, self.postgres.url, self.redis.url, self.nginx.url())
        manage(self.env, "collectstatic", "--noinput", "-v0")
        # The test settings that built the site hash passwords with MD5, which production refuses.
        shell(
            self.env,
            "from django.contrib.auth import get_user_model; user = get_user_model().objects.get(username="
            f"{site.EDITOR!r}); user.set_password({site.EDITOR_PASSWORD!r}); user.save()",
        )
        for port in self.ports:
            host = Gunicorn(
                {**self.env, "BIND": f"{HOST}:{port}"},
                port,
                [str(ROOT / "bin" / "entrypoint")],
                self.work / "hosts.log",
            )
            host.start(limit=300)
            self.hosts.append(host)
        self.nginx.start()

    def stop(self):
        for server in [*self.hosts, self.nginx, self.redis]:
            server.stop()
        self.postgres.remove()

    def through(self, index):
        """nginx's address pinned to host ``index`` (0: A, 1: B)."""
        return self.nginx.url(self.nginx.pinned[index])

    def query(self, sql):
        with psycopg.connect(self.postgres.url.replace("postgres://", "postgresql://", 1)) as connection:
            return connection.execute(sql).fetchall()


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    require_binaries()
    setup = Shared(tmp_path_factory.mktemp("two-hosts"))
    try:
        setup.start()
        yield setup
    finally:
        setup.stop()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """A visitor with cookies (shared by both hosts, as one site's are), following no redirect."""

    def __init__(self):
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies), NoRedirect)

    def request(self, base, path, data=None, headers=None):
        """(status, headers, text); ``data``: a dict (a form) or (content type, bytes)."""
        headers = dict(headers or {})
        if isinstance(data, dict):
            data = urllib.parse.urlencode(data).encode()
        elif isinstance(data, tuple):
            headers["Content-Type"], data = data
        request = urllib.request.Request(base + path, data=data, headers=headers)  # noqa: S310 (loopback)
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.headers, response.read().decode(errors="replace")
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode(errors="replace")

    def csrf(self, base, path):
        status, _headers, text = self.request(base, path)
        assert status == 200, (path, status)
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', text).group(1)


def multipart(fields, name, filename, content):
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n{value}\r\n'
        for key, value in fields.items()
    ]
    body = "".join(parts).encode()
    body += (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
            "Content-Type: text/plain\r\n\r\n"
        ).encode()
        + content
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return f"multipart/form-data; boundary={boundary}", body


def shell(env, code):
    """``manage.py shell -c code`` in a host's environment; its output, or a failure with its errors."""
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "shell", "-c", code], env=env, cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def totp_code():
    totp = TOTP(bytes.fromhex(site.EDITOR_TOTP_KEY), step=30, t0=0, digits=6, drift=0)
    return f"{totp.token():06d}"


@pytest.fixture(scope="module")
def editor(shared):
    """A browser logged in through host A (password) that passed the second factor through host B."""
    browser = Browser()
    a, b = shared.through(0), shared.through(1)
    token = browser.csrf(a, "/admin/login/")
    status, headers, text = browser.request(
        a, "/admin/login/", {"csrfmiddlewaretoken": token, "username": site.EDITOR, "password": site.EDITOR_PASSWORD}
    )
    assert status == 302, re.sub(r"\s+", " ", re.sub(r"(?s)<[^>]+>", " ", text))[:3000]
    token = browser.csrf(b, "/admin/2fa/verify/")
    status, headers, text = browser.request(
        b, "/admin/2fa/verify/", {"csrfmiddlewaretoken": token, "totp-code": totp_code()}
    )
    assert status == 302, text[:2000]
    return browser


def test_the_balancer_spreads_requests_over_both_hosts(shared):
    browser = Browser()
    upstreams = {browser.request(shared.nginx.url(), "/healthz/")[1]["X-Upstream"] for _ in range(6)}
    assert upstreams == {f"{HOST}:{port}" for port in shared.ports}


def test_each_host_reports_every_shared_part_healthy(shared):
    for index in (0, 1):
        status, _headers, text = Browser().request(shared.through(index), "/healthz/")
        assert status == 200
        assert json.loads(text) == {"status": "ok", "database": "ok", "cache": "ok", "counters": "ok", "media": "ok"}


def test_a_page_published_through_host_a_is_fresh_on_host_b_at_once(shared):
    visitor = Browser()
    article = shared.paths["article"]
    for index in (0, 1):  # both hosts have served, and cached, the old version
        status, _headers, text = visitor.request(shared.through(index), article)
        assert status == 200 and site.ARTICLE_TITLE in text
    assert shared.redis.client().dbsize() > 0, "the pages were not cached in the shared Redis"

    # Publishing needs the second factor in the admin; host A's own environment publishes instead.
    shell(
        shared.env,
        "from news.models import NewsPage; page = NewsPage.objects.get(slug='hearing-in-minsk', locale__language_code='en');"
        f"page.title = {NEW_TITLE!r}; page.save_revision().publish()",
    )  # fmt: skip

    status, _headers, text = visitor.request(shared.through(1), article)
    assert status == 200
    assert NEW_TITLE in text, "host B still serves the page it cached before the publication"


def test_sessions_work_on_either_host(shared, editor):
    for index in (0, 1):
        status, _headers, text = editor.request(shared.through(index), "/admin/")
        assert status == 200, status
        assert 'id="wagtail"' in text or "Dashboard" in text
    for index in (0, 1):  # without the session cookie, each host sends the visitor to the login
        status, headers, _text = Browser().request(shared.through(index), "/admin/")
        assert status == 302 and "/admin/login/" in headers["Location"]


def test_an_upload_through_host_a_is_served_through_host_b(shared, editor):
    a, b = shared.through(0), shared.through(1)
    content = f"Hearing schedule {uuid.uuid4().hex}\n".encode()
    token = editor.csrf(a, "/admin/documents/add/")
    status, _headers, text = editor.request(
        a,
        "/admin/documents/add/",
        multipart({"csrfmiddlewaretoken": token, "title": "Hearing schedule"}, "file", "schedule.txt", content),
    )
    assert status == 302, text[:2000]
    [(document_id, filename)] = shared.query(
        "SELECT id, file FROM wagtaildocs_document WHERE title = 'Hearing schedule'"
    )

    status, _headers, served = Browser().request(b, f"/documents/{document_id}/{filename.rsplit('/', 1)[-1]}")

    assert status == 200
    assert served.encode() == content


def test_failed_logins_count_across_both_hosts(shared):
    attacker = Browser()
    username = "guessed-name"

    def attempt(index, password):
        base = shared.through(index)
        token = attacker.csrf(base, "/admin/login/")
        return attacker.request(
            base, "/admin/login/", {"csrfmiddlewaretoken": token, "username": username, "password": password}
        )

    assert attempt(0, "wrong-1")[0] == 200
    assert attempt(1, "wrong-2")[0] == 200
    # Host A has seen two failures only; with B's, this one reaches the limit and locks.
    status, headers, _text = attempt(0, "wrong-3")
    assert LOGIN_LIMIT == 3 and status == 429
    assert int(headers["Retry-After"]) > 0
    status, headers, _text = attempt(1, "wrong-4")
    assert status == 429, "host B does not know of the lock"


def test_the_form_rate_limit_counts_across_both_hosts(shared):
    visitor = Browser()
    form = shared.paths["form"]
    answers = {key: value for key, value in VALID_ANSWERS.items() if value}
    for attempt in range(FORM_LIMIT):  # A, then B
        base = shared.through(attempt % 2)
        token = visitor.csrf(base, form)
        status, _headers, text = visitor.request(base, form, {**answers, "csrfmiddlewaretoken": token})
        assert status == 200 and "We will answer within two weeks." in text, (attempt, status)
    token = visitor.csrf(shared.through(0), form)
    status, _headers, _text = visitor.request(shared.through(0), form, {**answers, "csrfmiddlewaretoken": token})
    assert status == 429


def test_the_worker_runs_what_the_hosts_queued(shared):
    """The notification e-mails and Wagtail's index updates wait in PostgreSQL for bin/entrypoint worker."""
    table = "django_tasks_database_dbtaskresult"
    assert shared.query(f"SELECT count(*) FROM {table} WHERE status = 'READY'")[0][0] > 0  # noqa: S608
    command = [str(ROOT / "bin" / "entrypoint"), "worker", "--no-startup-delay", "--interval", "0.2"]
    with (shared.work / "worker.log").open("ab") as log:
        process = subprocess.Popen(command, env=shared.env, cwd=ROOT, stdout=log, stderr=log)  # noqa: S603
    try:
        wait_for(
            lambda: shared.query(f"SELECT count(*) FROM {table} WHERE status IN ('READY', 'RUNNING')")[0][0] == 0,  # noqa: S608
            "the worker emptying the queue",
            120,
        )
    finally:
        process.terminate()
        process.wait(timeout=30)
    statuses = dict(shared.query(f"SELECT status, count(*) FROM {table} GROUP BY status"))  # noqa: S608
    assert set(statuses) == {"SUCCESSFUL"}, (statuses, (shared.work / "worker.log").read_text(errors="replace")[-3000:])
    paths = [row[0] for row in shared.query(f"SELECT task_path FROM {table}")]  # noqa: S608
    assert paths.count("mission.tasks.send_application_notification") == FORM_LIMIT
    # The scheduled purges were queued by the worker itself and ran.
    assert "core.tasks.run_scheduled_command" in paths
    # Wagtail's own work for the publication (search and reference index updates) ran there too.
    assert {"modelsearch.tasks.insert_or_update_object_task", "wagtail.tasks.update_reference_index_task"} <= set(
        paths
    ), paths
    # The search index update for the publication ran: host B finds the new title (terms are highlighted).
    status, _headers, text = Browser().request(shared.through(1), "/en/search/?q=return")
    assert status == 200
    assert NEW_TITLE in re.sub(r"<[^>]+>", "", text)
