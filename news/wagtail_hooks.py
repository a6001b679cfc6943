"""Admin: the news tags as a translatable snippet, and the tag autocomplete for articles."""

from django.db.models import Count
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from news import views
from news.models import NewsTag


class NewsTagViewSet(SnippetViewSet):
    """Editors rename tags per language here; translators translate them with wagtail-localize."""

    model = NewsTag
    icon = "tag"
    menu_label = _("News tags")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "slug", "locale", Column("article_count", label=_("Articles"))]
    list_filter = ["locale"]
    search_fields = ["name"]
    ordering = ["name"]

    def get_queryset(self, request):
        return NewsTag.objects.select_related("locale").annotate(article_count=Count("tagged_items"))


register_snippet(NewsTagViewSet)


@hooks.register("register_admin_urls")
def register_tag_autocomplete():
    return [path("news/tag-autocomplete/", views.tag_autocomplete, name="news_tag_autocomplete")]
