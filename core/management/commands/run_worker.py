"""``manage.py run_worker``: the database queue's worker, which also queues the scheduled commands.

django-tasks-db's ``db_worker`` runs the queued tasks; this adds a thread that queues each
``WORKER_SCHEDULE`` command when its period has passed (core.tasks.enqueue_due_commands), so a
deployment needs no cron. ``bin/entrypoint worker`` runs it.
"""

import logging
import threading
import time

from django.conf import settings
from django.db import connection
from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand

from core.tasks import enqueue_due_commands

logger = logging.getLogger(__name__)


class Command(DatabaseWorkerCommand):
    help = (
        "Run the background tasks queued in the database, and queue the commands of WORKER_SCHEDULE "
        "when they are due. With --batch: queue what is due, run everything queued, then exit."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--no-schedule", action="store_true", help="Run queued tasks only; queue nothing.")
        parser.add_argument(
            "--schedule-interval",
            type=float,
            default=60.0,
            help="Seconds between looks at the schedule (default 60).",
        )

    def handle(self, *args, no_schedule=False, schedule_interval=60.0, **options):
        if settings.WORKER_SCHEDULE and not no_schedule:
            if options["batch"]:
                self.queue_due(close_connection=False)  # this thread's connection serves the batch too
            else:
                threading.Thread(
                    target=self.schedule_loop, args=(schedule_interval,), name="schedule", daemon=True
                ).start()
        super().handle(*args, **options)

    def queue_due(self, close_connection=True):
        try:
            queued = enqueue_due_commands()
        except Exception:
            logger.exception("Could not queue the scheduled commands; trying again later.")
            return
        finally:
            if close_connection:
                connection.close()  # the schedule thread's own connection; a fresh one next time
        if queued:
            logger.info("Queued scheduled commands: %s", ", ".join(queued))

    def schedule_loop(self, interval):
        while True:
            self.queue_due()
            time.sleep(interval)
