"""Demo promoted search results: the privacy policy, pinned for "cookie" in every language."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from core.demo_tools import T
from home.models import StandardPage

QUERIES = ["cookie", "cookies"]
DESCRIPTION = T(
    "What this site keeps about its visitors, and what it does not.",
    ru="Что этот сайт хранит о посетителях, а что нет.",
    be="Што гэты сайт захоўвае пра наведвальнікаў, а што не.",
    uk="Що цей сайт зберігає про відвідувачів, а що ні.",
)


def load(stdout):
    pages = StandardPage.objects.filter(slug="privacy", depth=3).select_related("locale")
    if not pages:
        stdout.write("  no privacy page to promote; skipped")
        return
    for query_string in QUERIES:
        query = Query.get(query_string)
        for page in pages:
            description = DESCRIPTION.get(page.locale.language_code) or str(DESCRIPTION)
            SearchPromotion.objects.update_or_create(query=query, page=page, defaults={"description": description})
    stdout.write(f"  promoted results for {', '.join(QUERIES)} in {len(pages)} languages")
