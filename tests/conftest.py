"""Shared fixtures: a clean cache, every site language, and a site with one home page per language."""

from dataclasses import dataclass

import pytest
from django.conf import settings
from django.core.cache import caches
from django.utils import translation
from django_tasks_db.management.commands import db_worker
from wagtail.models import Page, Site

from core.locales import ensure_locales
from tests.factories import HomePageFactory
from tests.helpers import admin_client, verified_login  # noqa: F401  (fixtures for every test)

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
TRANSLATED_CODES = LANGUAGE_CODES[1:]


@pytest.fixture(autouse=True)
def _clean_state():
    """Each test starts with an empty cache and the source language active."""
    for alias in settings.CACHES:
        caches[alias].clear()
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()
    for alias in settings.CACHES:
        caches[alias].clear()


@pytest.fixture(autouse=True)
def _worker_keeps_the_test_connection(monkeypatch):
    """The task worker closes "old" database connections between tasks, as a long-running process
    should; inside a test's transaction that would close the test's own connection (PostgreSQL).
    """
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)


@pytest.fixture
def locales(db):
    return ensure_locales()


@dataclass
class SiteTree:
    site: Site
    homes: dict  # language code -> live HomePage

    @property
    def home(self):
        return self.homes[settings.LANGUAGE_CODE]


def publish_translation(page, locale):
    """A real, live translation of ``page`` (as wagtail-localize would make it), published."""
    translated = page.copy_for_translation(locale, copy_parents=True)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated.specific


def make_site_tree(translate=True):
    """The default site with an English home page and, with ``translate``, live translations.

    A plain function, so that unittest-style tests (``setUpTestData``) can use it too.
    """
    locales = ensure_locales()
    Page.objects.filter(depth=2).delete()
    # Browser tests flush the database, taking Wagtail's root page with it.
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(title="Root", slug="root", locale=locales[settings.LANGUAGE_CODE])
    home = HomePageFactory(parent=root, slug="home", locale=locales[settings.LANGUAGE_CODE])
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page = "localhost", 80, home
    site.save()
    homes = {settings.LANGUAGE_CODE: home}
    if translate:
        for code in TRANSLATED_CODES:
            homes[code] = publish_translation(home, locales[code])
    return SiteTree(site=site, homes=homes)


@pytest.fixture
def site_tree(locales):
    """The default site with an English home page and live translations in every other language."""
    return make_site_tree()
