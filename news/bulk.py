"""Adding thousands of articles at once, for the benchmark and for query-count tests.

``add_child`` saves one page at a time (several queries and a tree lock each). Here the tree
positions are computed the way treebeard computes them and each table gets one INSERT per
batch, so 10,000 articles load in seconds. The pages are ordinary live Wagtail pages (no
revisions, not in the search index): editors can open and publish them like any other.
Not for the public site's request path.
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from core.page_cache.invalidation import changed, languages_of_page
from news.listing import new_generation
from news.models import NewsPage, TaggedNews

BATCH_SIZE = 500


def _concrete_values(instance, model):
    return {field.attname: getattr(instance, field.attname) for field in model._meta.concrete_fields}


@transaction.atomic
def add_articles(news_index, articles, tags_for=None, progress=None):
    """Insert ``articles`` (unsaved NewsPage instances) as live children of ``news_index``.

    ``tags_for(position, article)`` returns the NewsTag objects (in the index's language) of
    each article. ``progress(done, total)`` is called after each batch. Returns the articles,
    now saved.
    """
    total = len(articles)
    if not total:
        return articles
    parent = Page.objects.select_for_update().get(pk=news_index.pk)
    last_child = parent.get_last_child()
    first_step = Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
    depth = parent.depth + 1
    content_type = ContentType.objects.get_for_model(NewsPage)
    now = timezone.now()
    own_fields = list(NewsPage._meta.local_concrete_fields)

    for position, article in enumerate(articles):
        article.depth = depth
        article.path = Page._get_path(parent.path, depth, first_step + position)
        article.numchild = 0
        article.url_path = f"{parent.url_path}{article.slug}/"
        article.content_type = content_type
        article.locale_id = parent.locale_id
        article.draft_title = article.title
        article.live = True
        article.has_unpublished_changes = False
        article.first_published_at = article.first_published_at or now
        article.last_published_at = article.last_published_at or now
        article.translation_key = article.translation_key or uuid.uuid4()

    for start in range(0, total, BATCH_SIZE):
        batch = articles[start : start + BATCH_SIZE]
        page_rows = [Page(**{k: v for k, v in _concrete_values(a, Page).items() if k != "id"}) for a in batch]
        Page.objects.bulk_create(page_rows)
        for article, row in zip(batch, page_rows, strict=True):
            article.id = article.page_ptr_id = row.pk
            article._state.adding = False
        # Multi-table inheritance: bulk_create() cannot write the NewsPage table, so insert it directly.
        NewsPage._base_manager._insert(batch, fields=own_fields, using=connection.alias)
        if tags_for is not None:
            TaggedNews.objects.bulk_create(
                [
                    TaggedNews(content_object_id=article.pk, tag=tag, locale_id=parent.locale_id)
                    for offset, article in enumerate(batch)
                    for tag in tags_for(start + offset, article)
                ]
            )
        if progress is not None:
            progress(min(start + BATCH_SIZE, total), total)

    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + total)
    news_index.numchild = parent.numchild + total
    # No signals were sent for these rows: forget remembered listings now and once committed,
    # and renew the page cache, remembered routes and cards of the section's languages.
    new_generation()
    transaction.on_commit(new_generation)
    changed(languages_of_page(parent))
    return articles
