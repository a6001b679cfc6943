"""With PostgreSQL stopped, every page answers 503 in the visitor's language; after it restarts, 200.

The site runs under gunicorn (threads, a persistent database connection with health checks, as
bin/entrypoint serves it) against a PostgreSQL cluster of this test's own, which the test stops
and starts. The app itself is never restarted.
"""

import json

import pytest

from tests.integration.servers import Gunicorn, free_port, manage, site_environment

UNAVAILABLE = {"en": "The site is temporarily unavailable", "ru": "Сайт временно недоступен"}


@pytest.fixture(scope="module")
def served_site(postgres_server):
    """(server, paths): the small site, migrated into the test's PostgreSQL and served by gunicorn."""
    port = free_port()
    env = site_environment(postgres_server.url, port)
    manage(env, "migrate", "--noinput", "-v0")
    output = manage(
        env, "shell", "-c", "import json; from tests.integration.site import build; print(json.dumps(build()))"
    )
    paths = json.loads(output.strip().splitlines()[-1])
    server = Gunicorn(env, port)
    server.start()
    yield server, paths
    server.stop()


@pytest.fixture
def postgres_stopped(postgres_server, served_site):
    """PostgreSQL stopped for the test, and running again after it whatever happened."""
    server, _paths = served_site
    assert server.get("/healthz/")[0] == 200  # the worker holds a live, persistent connection
    postgres_server.stop()
    yield postgres_server
    try:
        postgres_server.start()
    except Exception:  # noqa: S110 (already running again: the test restarted it)
        pass


def expected(kind):
    return 404 if kind == "not found" else 200


def test_every_page_answers_503_in_the_visitors_language_while_postgres_is_stopped(served_site, postgres_stopped):
    server, paths = served_site
    requests = [(path, "en", {}) for path in paths.values() if not path.startswith("/ru/")]
    requests += [
        ("/ru/", "ru", {}),
        ("/ru/no-such-page/", "ru", {}),
        ("/ru/search/?q=%D1%81%D1%83%D0%B4", "ru", {}),  # ?q=суд
        ("/admin/login/", "ru", {"Accept-Language": "ru,en;q=0.5"}),
        ("/admin/", "en", {"Accept-Language": "en"}),
    ]
    for path, language, headers in requests:
        status, response_headers, text = server.get(path, headers)
        assert status == 503, f"{path} answered {status}"
        assert response_headers["Retry-After"] == "30", path
        assert response_headers["Content-Language"] == language, path
        assert UNAVAILABLE[language] in text, path
        assert "no-store" in response_headers["Cache-Control"], path

    status, _headers, text = server.get("/healthz/")
    assert status == 503
    assert json.loads(text)["database"] == "down"


def test_pages_answer_again_once_postgres_is_back_without_restarting_the_app(served_site, postgres_stopped):
    server, paths = served_site
    pid = server.process.pid
    assert server.get(paths["home"])[0] == 503

    postgres_stopped.start()

    seen = {kind: server.get(path)[0] for kind, path in paths.items()}
    assert seen == {kind: expected(kind) for kind in paths}
    status, _headers, text = server.get("/healthz/")
    assert status == 200
    assert json.loads(text)["database"] == "ok"
    assert server.process.pid == pid and server.process.poll() is None
