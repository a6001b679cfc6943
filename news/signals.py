"""What makes remembered news listings out of date (see news/listing.py)."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import post_page_move

from news.listing import new_generation
from news.models import NewsIndexPage, NewsPage, NewsTag


def connect():
    for model in (NewsPage, NewsIndexPage, NewsTag, PageViewRestriction):
        post_save.connect(new_generation, sender=model, dispatch_uid=f"news-listing-save-{model.__name__}")
        post_delete.connect(new_generation, sender=model, dispatch_uid=f"news-listing-delete-{model.__name__}")
    post_page_move.connect(new_generation, dispatch_uid="news-listing-move")
