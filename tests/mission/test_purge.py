"""``manage.py purge_submissions`` deletes applications older than each form's retention period."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from mission.models import ApplicationSubmission
from tests.mission.factories import HowToHelpPageFactory, application_form

pytestmark = pytest.mark.django_db


def submission(page, days_old):
    item = ApplicationSubmission.objects.create(page=page, form_data={"your_name": "Olena"})
    ApplicationSubmission.objects.filter(pk=item.pk).update(submit_time=timezone.now() - timedelta(days=days_old))
    return item


@pytest.fixture
def forms(site_tree):
    how_to_help = HowToHelpPageFactory(parent=site_tree.home)
    return (
        application_form(how_to_help, slug="join-the-mission", title="Join the Mission"),
        application_form(how_to_help, slug="join-the-committee", title="Join the Committee", retention_days=30),
    )


def test_each_form_keeps_submissions_for_its_own_retention_period(forms):
    mission, committee = forms
    kept = [submission(mission, 10), submission(mission, 179), submission(committee, 29)]
    submission(mission, 181)
    submission(committee, 31)
    submission(committee, 200)
    out = StringIO()
    call_command("purge_submissions", stdout=out)
    assert set(ApplicationSubmission.objects.values_list("pk", flat=True)) == {item.pk for item in kept}
    report = out.getvalue()
    assert f"Join the Mission [en, id {mission.pk}]: 1 deleted (kept 180 days)" in report
    assert f"Join the Committee [en, id {committee.pk}]: 2 deleted (kept 30 days)" in report
    assert "In all: 3 deleted." in report


def test_dry_run_counts_without_deleting(forms):
    mission, _committee = forms
    submission(mission, 365)
    out = StringIO()
    call_command("purge_submissions", "--dry-run", stdout=out)
    assert "1 would be deleted" in out.getvalue()
    assert ApplicationSubmission.objects.count() == 1


def test_new_forms_keep_applications_for_180_days_by_default(forms):
    assert forms[0].retention_days == 180
