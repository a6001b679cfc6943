"""Fill a fresh database for the benchmark: the demo site and news, then N articles in every language.

Run by bench/run.py with the benchmark's environment (a throw-away SQLite database); not meant
for a real site's database. With ``--paths FILE`` it writes the Russian address of each page kind
that the benchmark measures, as JSON.
"""

import argparse
import datetime
import json
import os
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

IMAGES = 24
FIRST_DAY = datetime.date(2010, 1, 1)
DAYS = 15 * 365
TITLES = {"en": "Bench article", "ru": "Тестовая статья", "be": "Тэставы артыкул", "uk": "Тестова стаття"}
BODY_TEXT = (
    "<p>The Observation Mission attended the hearing and spoke with the defendant's relatives. "
    "The court refused to call the witnesses named by the defence, and the hearing lasted less than "
    "an hour. Observers were allowed into the courtroom, but were not allowed to take notes.</p>"
)


class Say:
    """The demo loaders' ``stdout``: one line per call, shown at once."""

    def write(self, text):
        print(text, flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000, help="articles per language")
    parser.add_argument("--paths", help="write the measured addresses here (JSON)")
    args = parser.parse_args()

    import django

    django.setup()

    from django.conf import settings

    from core import demo as core_demo
    from core.demo_tools import demo_image
    from home import demo as home_demo
    from mission import demo as mission_demo
    from mission.models import HowToHelpPage
    from news import demo as news_demo
    from news.bulk import add_articles
    from news.models import NewsIndexPage, NewsPage, NewsTag

    say = Say()
    started = time.monotonic()
    say.write("Building the demo site chrome and news…")
    for loader in (core_demo, home_demo, mission_demo, news_demo):
        loader.load(say)
    images = [demo_image(f"Bench picture {n}", (40 + 8 * n, 90, 160 - 4 * n)) for n in range(IMAGES)]

    # The same article in every language shares a translation key, as real translations do.
    keys = [uuid.uuid4() for _ in range(args.articles)]
    body = [("heading", {"text": "What the observers saw", "level": "h2", "anchor": ""})] + [
        ("paragraph", BODY_TEXT)
    ] * 3
    for code, _name in settings.LANGUAGES:
        index = NewsIndexPage.objects.get(locale__language_code=code, alias_of__isnull=True)
        tags = list(NewsTag.objects.filter(locale=index.locale).order_by("translation_key"))
        title = TITLES.get(code, TITLES["en"])
        articles = [
            NewsPage(
                title=f"{title} {number}",
                slug=f"bench-{number}",
                date=FIRST_DAY + datetime.timedelta(days=number * DAYS // args.articles),
                summary=f"{title} {number}: a short summary of one or two sentences, as editors write them.",
                body=body,
                lead_image=images[number % IMAGES],
                lead_image_alt="A plain coloured picture",
                translation_key=keys[number],
            )
            for number in range(args.articles)
        ]

        def tags_for(position, article, tags=tags):
            return list({tags[position % len(tags)], tags[(position * 7 + 3) % len(tags)]})

        begun = time.monotonic()

        def progress(done, total, code=code, begun=begun):
            if done == total or done % 2000 == 0:
                say.write(f"  {code}: {done:,}/{total:,} articles ({time.monotonic() - begun:.1f} s)")

        add_articles(index, articles, tags_for=tags_for, progress=progress)
    say.write(
        f"Loaded {args.articles:,} articles in each of {len(settings.LANGUAGES)} languages "
        f"in {time.monotonic() - started:.0f} s."
    )
    if args.paths:
        Path(args.paths).write_text(json.dumps(measured_paths(NewsIndexPage, NewsPage, HowToHelpPage, args)))


def measured_paths(NewsIndexPage, NewsPage, HowToHelpPage, args, code="ru"):
    """The address of each page kind in one language; a year and a tag that have articles."""
    index = NewsIndexPage.objects.get(locale__language_code=code, alias_of__isnull=True)
    article = NewsPage.objects.get(locale=index.locale, slug=f"bench-{args.articles // 2}")
    tag = article.tags.order_by("pk").first()
    help_page = HowToHelpPage.objects.filter(locale=index.locale).first() or HowToHelpPage.objects.first()
    return {
        "home": index.get_parent().url,
        "news index": index.url,
        "article": article.url,
        "tag": index.tag_url(tag),
        "year archive": index.year_url(article.date.year),
        "How to help": help_page.url,
        "search": f"/{code}/search/?q=%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F",  # статья
        "404": f"/{code}/no-such-page/",
    }


if __name__ == "__main__":
    main()
