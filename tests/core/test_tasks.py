"""Background work through django-tasks: queued in the database in production, run by the worker.

The suite runs tasks at once (the immediate backend, as in dev); these tests switch to the
database queue of production and run the real worker command (``run_worker --batch``, the one
`bin/entrypoint worker` runs) in the test's database.
"""

import json
import os
import subprocess
import sys

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from core.page_cache.generations import generations
from core.page_cache.invalidation import discard_pending
from core.tasks import enqueue_due_commands, run_scheduled_command, schedule_key
from tests.core.test_frontend_purge import PURGED
from tests.integration.servers import ROOT
from tests.news import conftest as news_fixtures
from tests.news.factories import NewsPageFactory

pytestmark = pytest.mark.django_db
news_site = news_fixtures.news_site
SCHEDULE = [
    ("purge_submissions", [], 24 * 3600),
    ("purge_report_contacts", ["--dry-run"], 3600),
]


@pytest.fixture
def database_queue(settings):
    """Production's task backend: tasks wait in the database until a worker runs them."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker(*arguments):
    call_command("run_worker", "--batch", "--no-startup-delay", *arguments, verbosity=0)


def queued(task_name):
    return DBTaskResult.objects.filter(task_path__endswith=task_name)


def test_production_queues_tasks_in_the_database_and_dev_and_tests_run_them_at_once(settings):
    assert settings.TASKS["default"]["BACKEND"] == "django_tasks.backends.immediate.ImmediateBackend"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "tasks-test-not-a-real-key-0123456789abcdef0123456789",
        "ALLOWED_HOSTS": "127.0.0.1",
    }
    printed = subprocess.run(
        [sys.executable, "-c", "import json; from django.conf import settings; print(json.dumps(settings.TASKS))"],
        env=env, cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    assert json.loads(printed) == {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_the_cdn_purge_waits_for_the_worker_and_the_page_cache_is_renewed_at_once(
    news_site, database_queue, settings, django_capture_on_commit_callbacks
):
    PURGED.clear()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {"BACKEND": "tests.core.test_frontend_purge.RecordingBackend", "NAME": "proxy", "PREFIX_PURGE": True}
    }
    article = NewsPageFactory(parent=news_site.index, title="Verdict", slug="verdict")
    discard_pending()
    before = generations(["en"])

    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()

    assert generations(["en"]) != before, "the page cache must not wait for the worker"
    assert PURGED == [], "the CDN was called in the editor's request"
    assert queued("purge_frontend_cache").filter(status=TaskResultStatus.READY).count() == 1

    run_worker("--no-schedule")

    assert ("proxy", "http://localhost/en/*") in PURGED
    assert queued("purge_frontend_cache").get().status == TaskResultStatus.SUCCESSFUL


def test_the_worker_queues_and_runs_each_scheduled_command_once_per_period(database_queue, settings):
    settings.WORKER_SCHEDULE = SCHEDULE

    run_worker()

    results = queued("run_scheduled_command").order_by("enqueued_at")
    assert [result.args_kwargs["args"][0] for result in results] == ["purge_submissions", "purge_report_contacts"]
    assert {result.status for result in results} == {TaskResultStatus.SUCCESSFUL}
    assert "In all: 0 deleted." in results[0].return_value
    assert "Would clear the contact details of 0 moderated report(s)" in results[1].return_value

    run_worker()  # a second worker, or the same one a minute later: the period has not passed

    assert queued("run_scheduled_command").count() == 2


def test_a_run_whose_period_has_passed_is_queued_again(database_queue, settings):
    settings.WORKER_SCHEDULE = SCHEDULE
    assert enqueue_due_commands() == ["purge_submissions", "purge_report_contacts"]
    # The claim on purge_report_contacts expires when its hour is up.
    caches["counters"].delete(schedule_key("purge_report_contacts", ["--dry-run"]))

    assert enqueue_due_commands() == ["purge_report_contacts"]


def test_no_schedule_queues_nothing(database_queue, settings):
    settings.WORKER_SCHEDULE = SCHEDULE
    run_worker("--no-schedule")
    assert not queued("run_scheduled_command").exists()


def test_only_scheduled_commands_can_run_as_scheduled_tasks(settings):
    settings.WORKER_SCHEDULE = SCHEDULE
    result = run_scheduled_command.enqueue("flush", ["--noinput"])
    assert result.status == TaskResultStatus.FAILED
    assert "ValueError" in result.errors[0].exception_class_path
