"""Production settings as a load balancer and a visitor meet them over plain HTTP."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json
import django
django.setup()
from django.test import Client
client = Client()
answers = {path: client.get(path) for path in ("/healthz/", "/en/", "/admin/login/")}
print(json.dumps({path: [r.status_code, r.get("Location", "")] for path, r in answers.items()}))
"""


def test_the_health_check_answers_over_plain_http_and_everything_else_moves_to_https(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "production-settings-test-not-a-real-key-0123456789abcdef",
        "ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    env.pop("REDIS_URL", None)
    printed = subprocess.run(  # noqa: S603 (this interpreter, a fixed script)
        [sys.executable, "-c", PROBE], env=env, cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    answers = json.loads(printed.strip().splitlines()[-1])

    status, location = answers["/healthz/"]
    assert status in (200, 503), answers  # the probe's own verdict, not a redirect
    assert location == ""
    for path in ("/en/", "/admin/login/"):
        assert answers[path] == [301, f"https://testserver{path}"], answers
