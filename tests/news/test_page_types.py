"""Wagtail's own assertions for the news page types, and creating an article in the admin."""

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage
from news.models import NewsIndexPage, NewsPage, NewsTag
from tests.conftest import make_site_tree
from tests.helpers import VerifiedClient, login_verified
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory, NewsTagFactory


class NewsPageTypeTests(WagtailPageTestCase):
    client_class = VerifiedClient

    @classmethod
    def setUpTestData(cls):
        cls.home = make_site_tree(translate=False).home
        cls.index = NewsIndexPageFactory(parent=cls.home)
        cls.tag = NewsTagFactory(name="political prisoners")
        cls.article = NewsPageFactory(
            parent=cls.index,
            slug="six-prisoners-pardoned",
            title="Six political prisoners pardoned",
            source_name="Example Weekly",
            source_url="https://example.org/weekly/pardon",
            tags=[cls.tag],
        )

    def setUp(self):
        login_verified(self.client, self.login())

    def test_news_index_is_renderable_editable_and_previewable(self):
        self.assertPageIsRenderable(self.index)
        self.assertPageIsEditable(self.index)
        self.assertPageIsPreviewable(self.index)

    def test_news_index_sub_urls_are_renderable(self):
        self.assertPageIsRenderable(self.index, route_path="/tag/political-prisoners/")
        self.assertPageIsRenderable(self.index, route_path=f"/{self.article.date.year}/")
        self.assertPageIsRenderable(self.index, route_path="/feed/rss/")
        self.assertPageIsRenderable(self.index, route_path="/feed/atom/")

    def test_news_article_is_renderable_editable_and_previewable(self):
        # The body is drawn by JavaScript, so the edit form's data is given rather than read from the HTML.
        post_data = self.article_form_data(title=self.article.title, slug=self.article.slug)
        self.assertPageIsRenderable(self.article)
        self.assertPageIsEditable(self.article, post_data=post_data)
        self.assertPageIsPreviewable(self.article, post_data=post_data)

    @staticmethod
    def article_form_data(**fields):
        return nested_form_data(
            {
                "title": "Day of Solidarity marked in seven countries",
                "slug": "day-of-solidarity-2015",
                "date": "2015-08-05",
                "summary": "Discussions, street conversations and posts in seven countries.",
                "body": streamfield([("paragraph", rich_text("<p>People took part in seven countries.</p>"))]),
                "tags": "political prisoners, Day of Solidarity",
                **fields,
            }
        )

    def test_news_index_sits_under_a_home_page_and_holds_articles(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})

    def test_news_article_sits_only_under_a_news_index(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())

    def test_news_index_can_be_added_under_a_home_page(self):
        self.assertCanCreateAt(HomePage, NewsIndexPage)

    def test_a_home_page_cannot_get_a_second_news_index(self):
        self.assertFalse(NewsIndexPage.can_create_at(self.home))

    def test_editor_creates_an_article_with_typed_tags(self):
        self.assertCanCreate(self.index, NewsPage, self.article_form_data())
        article = NewsPage.objects.get(slug="day-of-solidarity-2015", locale__language_code="en")
        self.assertEqual([tag.name for tag in article.tag_list], ["Day of Solidarity", "political prisoners"])
        self.assertEqual(NewsTag.objects.filter(name="political prisoners").count(), 1)
