"""Page weight: compressed HTML + CSS + JS of the demo site's main pages, against the 60 KB budget.

Builds the demo site in a throw-away SQLite database and fetches pages through Django's test
client (no network), then adds the stylesheets and scripts each page links to, as gzip would
send them. Images are left out: they load lazily and are sized by srcset.

    .venv/bin/python bench/weight.py
"""

import gzip
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET = 60 * 1024
PAGES = [
    ("home (be)", "/be/"),
    ("news article (ru)", "/ru/news/why-4-august/"),
    ("news index (ru)", "/ru/news/"),
    ("how to help (uk)", "/uk/how-to-help/"),
    ("campaign year 2015 (en)", "/en/day-of-solidarity/2015/"),
    ("search (be)", "/be/search/?q=салідарнасць"),
]


def compressed(data):
    return len(gzip.compress(data, compresslevel=6))


def main():
    folder = Path(tempfile.mkdtemp(prefix="solidarity-weight-"))
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DATABASE_URL": f"sqlite:///{folder / 'weight.sqlite3'}",
            "MEDIA_ROOT": str(folder / "media"),
        }
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.contrib.staticfiles import finders
    from django.core.management import call_command
    from django.test import Client

    print("Building the demo site…", flush=True)
    call_command("migrate", verbosity=0)
    with open(os.devnull, "w") as quiet:
        call_command("load_demo_data", "--no-admin", stdout=quiet)
    client = Client(HTTP_HOST="127.0.0.1")
    over = 0
    print(f"{'page':28} {'HTML':>8} {'CSS+JS':>8} {'total':>8}  (gzip bytes; budget {BUDGET})")
    for label, url in PAGES:
        response = client.get(url)
        if response.status_code != 200:
            print(f"{label:28} HTTP {response.status_code}")
            over += 1
            continue
        html = response.content
        assets = 0
        for path in re.findall(rb'(?:href|src)="/static/([^"]+\.(?:css|js))"', html):
            found = finders.find(path.decode())
            assets += compressed(Path(found).read_bytes()) if found else 0
        total = compressed(html) + assets
        over += total > BUDGET
        print(f"{label:28} {compressed(html):>8} {assets:>8} {total:>8}{'  OVER BUDGET' if total > BUDGET else ''}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
