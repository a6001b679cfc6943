"""``manage.py list_accounts_without_2fa``: who can reach the admin without a second factor."""

from datetime import datetime, timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from tests.helpers import totp_device

pytestmark = pytest.mark.django_db


def _run(*args):
    out = StringIO()
    call_command("list_accounts_without_2fa", *args, stdout=out)
    return out.getvalue()


def test_lists_admin_accounts_without_a_device_with_groups_and_last_login(editor, superuser, django_user_model):
    editor.last_login = timezone.make_aware(datetime(2026, 8, 4, 12, 30))
    editor.save()
    django_user_model.objects.create_user("reader", "reader@example.org", "x")  # no admin access
    enrolled = django_user_model.objects.create_superuser("enrolled", "e@example.org", "x")
    totp_device(enrolled)
    lines = _run().splitlines()
    assert lines == ["boss\tsuperuser\tnever", "editor\tTwo-factor editors\t2026-08-04 12:30"]


def test_inactive_accounts_are_not_listed(editor):
    editor.is_active = False
    editor.save()
    assert "editor" not in _run()


def test_check_fails_when_an_account_has_no_device(editor):
    with pytest.raises(CommandError) as error:
        _run("--check")
    assert error.value.returncode == 1


def test_check_passes_when_everyone_is_enrolled(editor):
    totp_device(editor)
    assert "Every account that can reach the admin" in _run("--check")


def test_accounts_in_their_grace_period_are_marked_and_do_not_fail_the_check(editor, settings):
    settings.OTP_ENROLMENT_GRACE_HOURS = 48
    assert "editor\tTwo-factor editors\tnever\tin grace period" in _run("--check")
    editor.date_joined = timezone.now() - timedelta(hours=49)
    editor.save()
    with pytest.raises(CommandError):
        _run("--check")
