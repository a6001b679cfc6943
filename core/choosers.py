"""What the admin's page chooser shows: only pages the user may edit, or that anyone may read.

Wagtail's page chooser (browse and search) lists every page, drafts and private pages included,
to anyone who can open the admin; a draft's title can itself be a secret (a planned action, a
person's name). Documents and images need no code here: their choosers already list only the
collections where the user has the "choose" permission (see the groups' migrations).
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

EDITING_ACTIONS = ["change", "publish"]


def visible_pages(user):
    """Pages ``user`` may see in a chooser: live and public ones, those they may edit, and the root."""
    if user.is_superuser:
        return Page.objects.all()
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, EDITING_ACTIONS)
    public = Page.objects.live().public()
    return Page.objects.filter(Q(depth=1) | Q(pk__in=public.values("pk")) | Q(pk__in=editable.values("pk")))


def limit_page_chooser(pages, request):
    """``construct_page_chooser_queryset`` hook: drop the pages the user may not see.

    Browsing into a page the user may not see is refused: the chooser would show its title above
    the list.
    """
    user = request.user
    if user.is_superuser:
        return pages
    visible = visible_pages(user)
    match = request.resolver_match
    parent_id = match.kwargs.get("parent_page_id") if match else None
    if parent_id is not None and not visible.filter(pk=parent_id).exists():
        raise PermissionDenied
    return pages.filter(pk__in=visible.values("pk"))
