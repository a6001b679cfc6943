"""Production settings plus one trivial view, for the benchmark only (see urls.py)."""

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
