"""Production: base settings plus HTTPS hardening. SECRET_KEY and ALLOWED_HOSTS are required."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, SECRET_KEY, env_bool

if not SECRET_KEY:
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable.")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set the ALLOWED_HOSTS environment variable.")

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# A load balancer probes /healthz/ over plain HTTP on the private network: a redirect to HTTPS
# would read as "up" whatever the state of the database, cache and media.
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Joining the browsers' preload list is a long commitment for every subdomain: opt in explicitly.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SILENCED_SYSTEM_CHECKS = [
    "security.W019",  # X_FRAME_OPTIONS is SAMEORIGIN on purpose (admin previews), see base.py
    *([] if SECURE_HSTS_PRELOAD else ["security.W021"]),
]
# Background tasks wait in the database for `bin/entrypoint worker` (docs/operations.md), so a
# slow mail server or CDN never holds a request. TASK_QUEUE=immediate runs them in the request,
# for a small set-up without a worker.
if os.environ.get("TASK_QUEUE", "database") == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)

if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    # Optional S3-compatible media storage (django-storages must be installed).
    STORAGES = {
        "default": {"BACKEND": "storages.backends.s3.S3Storage"},
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
