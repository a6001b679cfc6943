"""The worker rebuilds the mirror on its schedule (MIRROR_OUTPUT_DIR, docs/operations.md)."""

import pytest
from django.core.management import call_command
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

pytestmark = pytest.mark.django_db


def test_the_worker_builds_the_mirror_into_the_configured_folder(site_tree, settings, tmp_path):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    copy = tmp_path / "copy"
    settings.WORKER_SCHEDULE = [("build_mirror", [str(copy)], 3600)]

    call_command("run_worker", "--batch", "--no-startup-delay", verbosity=0)

    result = DBTaskResult.objects.get(task_path="core.tasks.run_scheduled_command")
    assert result.status == TaskResultStatus.SUCCESSFUL, result.traceback
    for code in ("en", "ru", "be", "uk"):
        assert site_tree.homes[code].title in (copy / code / "index.html").read_text()
