"""Wagtail's "add page" view without its background save, so a new page is created only once.

Wagtail 7.4 saves a new page in the background half a second after the first keystroke and then
moves the open form over to the new page's edit view. An editor who presses Publish before that
move has finished posts the form to the "add" view a second time: "The slug is already in use",
or two drafts of one article, and the text typed after the background save is lost. Pages that
exist keep Wagtail's autosave (their form never changes address); a new page is saved when the
editor saves or publishes it. Delete this module and its URL once Wagtail's create view waits for
its background save before submitting.
"""

from wagtail.admin.views.pages.create import CreateView


class CreatePageView(CreateView):
    """Wagtail's create view, rendered without the autosave controller and its indicator."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["autosave_enabled"] = False
        context["autosave_indicator"] = None
        return context
