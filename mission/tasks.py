"""Background tasks of the application forms (run by `bin/entrypoint worker` in production)."""

from django_tasks import task
from wagtail.models import Page


@task()
def send_application_notification(page_id):
    """Tell a form's recipients that an application arrived; the message holds no answers.

    Only the page's id is queued: the answers never enter the task queue.
    """
    Page.objects.get(pk=page_id).specific.send_mail()
