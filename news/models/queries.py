"""Queries for articles: the public query helpers listings, feeds and the home page are built from."""

from django.db.models import Prefetch
from wagtail.images import get_image_model
from wagtail.models import PageManager
from wagtail.query import PageQuerySet

from .tags import TaggedNews


def _image_with_renditions(field_name):
    """Prefetch an image FK with its renditions: two queries for a whole listing."""
    return Prefetch(field_name, queryset=get_image_model().objects.prefetch_renditions())


class NewsPageQuerySet(PageQuerySet):
    """Domain queries for articles; listings chain these and stay a fixed number of queries."""

    def published(self):
        """Live, public articles that are real pages (stand-ins for untranslated pages excluded)."""
        return self.live().public().filter(alias_of__isnull=True)

    def newest_first(self):
        return self.order_by("-date", "-pk")

    def with_images(self):
        return self.defer_streamfields().prefetch_related(
            _image_with_renditions("listing_image"), _image_with_renditions("lead_image")
        )

    def for_listing(self):
        """What a listing item shows: title, date, summary, thumbnail and tags; no page bodies."""
        return self.with_images().prefetch_related(
            Prefetch("tagged_items", queryset=TaggedNews.objects.select_related("tag"))
        )


NewsPageManager = PageManager.from_queryset(NewsPageQuerySet)
