"""The demo news: eight English articles over 2014-2016, four translated with their tags; safe to rerun."""

import io

from django.db.models import Count
from django.test import TestCase
from wagtail.models import Locale

from core import demo as core_demo
from core.locales import ensure_locales
from home import demo as home_demo
from news import demo as news_demo
from news.models import NewsIndexPage, NewsPage, NewsTag


def real_articles(language):
    return NewsPage.objects.live().filter(locale__language_code=language, alias_of__isnull=True)


class NewsDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        ensure_locales()
        for loader in (core_demo, home_demo, news_demo):
            loader.load(io.StringIO())

    def test_eight_english_articles_over_three_years_all_tagged(self):
        articles = real_articles("en")

        self.assertGreaterEqual(articles.count(), 8)
        self.assertEqual({article.date.year for article in articles}, {2014, 2015, 2016})
        self.assertTrue(all(article.tag_list for article in articles))

    def test_four_articles_are_translated_with_their_tags_and_the_rest_are_not(self):
        english = Locale.get_default()
        for language in ("ru", "be", "uk"):
            with self.subTest(language=language):
                translated = real_articles(language)
                self.assertEqual(translated.count(), 4)
                for article in translated:
                    self.assertEqual({tag.locale.language_code for tag in article.tag_list}, {language})
                    self.assertNotEqual(article.title, article.get_translation(english).title)

    def test_news_index_is_in_the_menu_in_every_language(self):
        self.assertEqual(NewsIndexPage.objects.live().filter(show_in_menus=True).count(), 4)

    def test_loading_again_adds_nothing(self):
        news_demo.load(io.StringIO())

        self.assertEqual(real_articles("en").count(), len(news_demo.ARTICLES))
        per_language = dict(NewsTag.objects.values_list("locale__language_code").annotate(count=Count("pk")))
        self.assertEqual(per_language, {"en": 6, "ru": 6, "be": 6, "uk": 6})

    def test_russian_readers_see_russian_tags(self):
        html = self.client.get("/ru/news/").content.decode()

        self.assertIn("политзаключённые", html)
        self.assertNotIn("political prisoners", html)
