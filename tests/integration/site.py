"""A small site with one page of every public type, for the fault tests (not the whole demo).

``build()`` works in a test's database and, through ``manage.py shell -c``, in the database of a
separate server process (DATABASE_URL), after ``migrate``.
"""

from tests.campaigns.factories import CampaignIndexPageFactory, CampaignYearPageFactory
from tests.conftest import make_site_tree
from tests.mission.factories import HowToHelpPageFactory, MissionPageFactory
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory, NewsTagFactory

ARTICLE_TITLE = "Observers attend the hearing in Minsk"


def build():
    """The site tree (home in every language) with news, a tag, help, mission and campaign pages.

    Returns the public paths by page kind; each answers 200 (the "not found" one 404).
    """
    tree = make_site_tree()
    home = tree.home
    index = NewsIndexPageFactory(parent=home)
    tag = NewsTagFactory(name="courts")
    article = NewsPageFactory(parent=index, title=ARTICLE_TITLE, slug="hearing-in-minsk", tags=[tag])
    article.save_revision().publish()  # publishing puts it in the search index, as in the admin
    help_page = HowToHelpPageFactory(parent=home)
    mission = MissionPageFactory(parent=home, title="The Observation Mission", slug="mission")
    campaigns = CampaignIndexPageFactory(parent=home)
    year = CampaignYearPageFactory(parent=campaigns, year=2021)
    return {
        "home": "/en/",
        "home (Russian)": "/ru/",
        "news index": index.url,
        "article": article.url,
        "tag page": index.tag_url(tag),
        "year archive": index.year_url(article.date.year),
        "how to help": help_page.url,
        "mission page": mission.url,
        "campaign year": year.url,
        "search": "/en/search/?q=hearing",
        "not found": "/en/no-such-page/",
    }
