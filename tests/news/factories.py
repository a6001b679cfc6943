"""Factories for news pages and tags, and a fast way to add hundreds of articles."""

import datetime

import factory
import wagtail_factories
from wagtail.images import get_image_model
from wagtail.models import Locale

from news.bulk import add_articles
from news.models import NewsIndexPage, NewsPage, NewsTag

FIRST_DATE = datetime.date(2014, 1, 6)


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News of Belarus"
    slug = "news"
    introduction = "Dated news about human rights in Belarus."

    class Meta:
        model = NewsIndexPage


class NewsTagFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"topic {n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = NewsTag


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    date = factory.Sequence(lambda n: FIRST_DATE + datetime.timedelta(days=n))
    summary = factory.LazyAttribute(lambda page: f"Summary of {page.title}.")
    body = factory.LazyFunction(lambda: [("paragraph", "<p>What happened, and why it matters.</p>")])

    class Meta:
        model = NewsPage
        skip_postgeneration_save = True  # the tags hook saves when it sets tags

    @factory.post_generation
    def tags(page, create, extracted, **kwargs):
        """``tags=[...]``: NewsTag objects or names (looked up or created in the page's language)."""
        if extracted:
            page.tags.set(extracted)
            if create:
                page.save()


def many_images(count):
    """``count`` library images sharing one small picture file (fast; each gets its own renditions)."""
    first = wagtail_factories.ImageFactory(title="Picture 0")
    others = [
        get_image_model()(
            title=f"Picture {n}",
            file=first.file.name,
            width=first.width,
            height=first.height,
            file_size=first.file_size,
            file_hash=first.file_hash,
        )
        for n in range(1, count)
    ]
    return [first, *get_image_model().objects.bulk_create(others)]


def many_articles(news_index, count, *, tags=(), images=None, start=0, first_date=FIRST_DATE):
    """``count`` live articles under ``news_index`` in one go, each with every tag in ``tags``.

    With ``images``, each article gets its own lead image (cycling through the list).
    """
    articles = [
        NewsPage(
            title=f"Bulk article {start + n}",
            slug=f"bulk-article-{start + n}",
            date=first_date + datetime.timedelta(days=start + n),
            summary=f"Summary {start + n}.",
            body=[("paragraph", "<p>Text.</p>")],
            lead_image=images[(start + n) % len(images)] if images else None,
        )
        for n in range(count)
    ]
    return add_articles(news_index, articles, tags_for=lambda position, article: tags)
