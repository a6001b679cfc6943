"""A small site with one page of every public type, for the fault tests (not the whole demo).

``build()`` works in a test's database and, through ``manage.py shell -c``, in the database of a
separate server process (DATABASE_URL), after ``migrate``.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Page

from tests.campaigns.factories import CampaignIndexPageFactory, CampaignYearPageFactory
from tests.conftest import make_site_tree
from tests.mission.factories import HowToHelpPageFactory, MissionPageFactory, application_form
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


EDITOR = "editor"
EDITOR_PASSWORD = "shared-hosts-editor-password-2026"  # noqa: S105 (a throw-away test account)
# The editor's authenticator app key (hex), so that the test can compute its codes.
EDITOR_TOTP_KEY = "3132333435363738393031323334353637383930"


def build_shared():
    """``build()`` plus an application form and an editor with an authenticator app (tests/integration/test_two_hosts.py)."""
    paths = build()
    help_page = Page.objects.get(url_path__endswith="/how-to-help/", locale__language_code="en")
    form = application_form(help_page.specific, slug="join-the-mission", title="Join the Mission")
    editor = get_user_model().objects.create_user(EDITOR, "editor@example.org", EDITOR_PASSWORD)
    editor.groups.add(Group.objects.get(name="Editors"))
    TOTPDevice.objects.create(user=editor, name="phone", key=EDITOR_TOTP_KEY, confirmed=True)
    return {**paths, "form": form.url}
