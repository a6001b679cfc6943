"""Real Redis and PostgreSQL servers of the tests' own, and a small site in the test database."""

import os
import sys

import pytest
from django.db import transaction

from tests.integration import site
from tests.integration.servers import PG_BIN, REDIS_SERVER, PostgresServer, RedisServer


def require(path, what):
    """These tests must run wherever the suite runs (CI installs both servers): fail, never skip."""
    if not path or not os.path.exists(path):
        pytest.fail(f"{what} is not installed at {path}; the fault tests need it (see .ci/run)")


@pytest.fixture(scope="module")
def redis_server():
    require(REDIS_SERVER, "redis-server")
    server = RedisServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def postgres_server():
    require(str(PG_BIN / "pg_ctl"), "PostgreSQL 15")
    server = PostgresServer()
    server.init()
    server.start()
    yield server
    server.remove()


@pytest.fixture(scope="module")
def small_site(django_db_setup, django_db_blocker):
    """One page of every public type, built once for the module and rolled back after it."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            paths = site.build()
        except BaseException:
            atomic.__exit__(*sys.exc_info())
            raise
    yield paths
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)
