"""Build the demo site in every language. Safe to run again: it updates what exists."""

import importlib
import secrets

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = "Build (or refresh) the demo site: pages and snippets in English with real translations."

    def add_arguments(self, parser):
        parser.add_argument("--no-admin", action="store_true", help="Do not create the development admin user.")

    def handle(self, *args, no_admin=False, **options):
        loaders = []
        for app_config in apps.get_app_configs():
            try:
                module = importlib.import_module(f"{app_config.name}.demo")
            except ModuleNotFoundError as error:
                if error.name != f"{app_config.name}.demo":
                    raise
                continue
            loaders.append((app_config, module))

        for app_config, module in loaders:
            self.stdout.write(f"Building {app_config.verbose_name}…")
            with transaction.atomic():
                module.load(self.stdout)
        self.stdout.write(
            self.style.SUCCESS("Demo content is ready in: " + ", ".join(c for c, _n in settings.LANGUAGES))
        )

        if settings.DEBUG and not no_admin:
            self._ensure_admin()

    def _ensure_admin(self):
        user_model = get_user_model()
        if user_model.objects.filter(username="admin").exists():
            self.stdout.write("The admin user exists already; its password is unchanged.")
            return
        password = secrets.token_urlsafe(12)
        user_model.objects.create_superuser("admin", "admin@example.org", password)
        self.stdout.write(
            self.style.WARNING(
                f"Admin login: {settings.WAGTAILADMIN_BASE_URL}/admin/  user: admin  password: {password}"
            )
        )
        self.stdout.write("This password is shown only once.")
