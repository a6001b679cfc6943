"""List the accounts that can reach the admin but have no confirmed two-factor device."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from accounts import devices


class Command(BaseCommand):
    help = (
        "List active accounts that can reach the admin without a confirmed two-factor device "
        "(username, groups, last login). With --check, exit with status 1 if there are any."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Exit with status 1 when an account is listed (for monitoring); accounts still in "
            "their enrolment grace period do not count.",
        )

    def handle(self, *args, check=False, **options):
        users = devices.admin_users_without_device().prefetch_related("groups").order_by("username")
        overdue = 0
        for user in users:
            groups = ",".join(sorted(group.name for group in user.groups.all())) or "-"
            if user.is_superuser:
                groups = f"superuser{',' + groups if groups != '-' else ''}"
            last_login = timezone.localtime(user.last_login).strftime("%Y-%m-%d %H:%M") if user.last_login else "never"
            grace = devices.in_grace_period(user)
            overdue += not grace
            note = "\tin grace period" if grace else ""
            self.stdout.write(f"{user.get_username()}\t{groups}\t{last_login}{note}")
        if not users:
            self.stdout.write("Every account that can reach the admin has two-factor authentication.")
        if check and overdue:
            raise CommandError(f"{overdue} admin account(s) without two-factor authentication.", returncode=1)
