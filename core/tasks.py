"""Background tasks that core owns, and the worker's schedule (docs/operations.md).

Tasks run through django-tasks: at once, in the request, with the immediate backend (dev and
tests), or from the database queue by `bin/entrypoint worker` (production settings).
"""

import hashlib
import io
import json
import logging
import time

from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django_tasks import task

from core.page_cache import frontend

logger = logging.getLogger(__name__)


@task()
def purge_frontend_cache(languages, urls, whole):
    """Tell the CDN or reverse proxies to drop these languages and addresses (core.page_cache.frontend).

    Working out the addresses (every live page of a language, for CDNs that purge exact
    addresses only) and the HTTP calls themselves take seconds: they are off the editor's request.
    """
    frontend.purge(set(languages), set(urls), set(whole))


@task()
def run_scheduled_command(name, arguments):
    """One run of a management command from ``WORKER_SCHEDULE``; its output (counts only) is the result."""
    if (name, list(arguments)) not in [(command, list(args)) for command, args, _every in settings.WORKER_SCHEDULE]:
        raise ValueError(f"{name} is not in WORKER_SCHEDULE")
    output = io.StringIO()
    call_command(name, *arguments, stdout=output)
    summary = " ".join(output.getvalue().split())
    logger.info("Scheduled %s: %s", name, summary[:500])
    return summary


def schedule_key(name, arguments):
    """The cache key that claims one period of a scheduled command (its arguments hashed: paths may have spaces)."""
    digest = hashlib.sha256(json.dumps(list(arguments)).encode()).hexdigest()[:16]
    return f"worker-schedule:{name}:{digest}"


def enqueue_due_commands():
    """Queue each scheduled command whose period has passed; the names queued.

    The claim is an ``add()`` in the shared counters cache (Redis in production), which only one
    worker wins per period: several workers never queue the same run twice. When that cache is
    unreachable nothing is queued, and the next tick tries again.
    """
    counters = caches["counters"]
    queued = []
    for name, arguments, every in settings.WORKER_SCHEDULE:
        key = schedule_key(name, arguments)
        try:
            claimed = counters.add(key, time.time(), timeout=every)
        except Exception:  # the cache backend's own connection error
            logger.warning("Scheduled commands wait: the counters cache is unreachable.")
            return queued
        if not claimed:
            continue
        try:
            run_scheduled_command.enqueue(name, list(arguments))
        except Exception:
            counters.delete(key)  # the run was not queued: let the next tick try again
            raise
        queued.append(name)
    return queued
