"""Admin form for articles: tag autocomplete that suggests tags in the article's own language."""

from django.urls import reverse
from django.utils.http import urlencode
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets import AdminTagWidget


class LocalizedTagWidget(AdminTagWidget):
    """Wagtail's tag widget, asking the autocomplete for tags of one language only."""

    def __init__(self, *args, language_code=None, **kwargs):
        self.language_code = language_code
        super().__init__(*args, **kwargs)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        url = reverse("news_tag_autocomplete")
        if self.language_code:
            url += "?" + urlencode({"locale": self.language_code})
        context["widget"]["attrs"]["data-w-tag-url-value"] = url
        return context


class NewsPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("tags")
        if field is not None and self.instance.locale_id:
            field.widget = LocalizedTagWidget(
                tag_model=field.tag_model,
                language_code=self.instance.locale.language_code,
                attrs=field.widget.attrs,
            )
