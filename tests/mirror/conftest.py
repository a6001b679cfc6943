"""The demo site with canaries, built into a mirror once for all the mirror tests.

Building the demo and the copy takes a minute or more, so it happens once. The fixture is
package-scoped (its lifetime is the tests in this folder, which pytest runs in one go) and
keeps everything inside one transaction that it rolls back at the end, so the other apps'
tests still start from an empty database. Tests that use it are marked ``django_db``: that
both asks pytest-django for the test database and rolls back what each test changes.
"""

import datetime
import io
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import transaction
from django.test.utils import override_settings
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Locale, PageViewRestriction

from home.models import HomePage, StandardPage
from news.models import ARTICLES_PER_PAGE, NewsIndexPage
from tests.news.factories import many_articles

ORIGIN = "origin.solidarity.test"
CANARIES = {
    "private": "wombatcanaryprivate",
    "below_private": "wombatcanarybelow",
    "draft": "wombatcanarydraft",
    "unpublished": "wombatcanaryunpublished",
    "never_published": "wombatcanarynever",
    "private_document": "wombatcanarydocument",
}


@dataclass
class MirrorBuild:
    out: Path
    output: str
    signers: Path
    key: Path
    documents: dict


def paragraph(text):
    return [("paragraph", f"<p>{text}</p>")]


def add_canaries():
    """Content the copy must never contain, and a public document it must contain."""
    english = Locale.get_default()
    home = HomePage.objects.get(locale=english)

    private = home.add_child(
        instance=StandardPage(title="Internal notes", slug="internal-notes", body=paragraph(CANARIES["private"]))
    )
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret")

    members = home.add_child(instance=StandardPage(title="Members", slug="members", body=paragraph("Members only.")))
    members.save_revision().publish()
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)
    minutes = members.add_child(
        instance=StandardPage(title="Minutes", slug="minutes", body=paragraph(CANARIES["below_private"]))
    )
    minutes.save_revision().publish()

    appeal = home.add_child(
        instance=StandardPage(title="Appeal", slug="appeal", body=paragraph("The published appeal."))
    )
    appeal.save_revision().publish()
    appeal.body = paragraph(CANARIES["draft"])
    appeal.title = f"Appeal {CANARIES['draft']}"
    appeal.save_revision()

    embargoed = home.add_child(
        instance=StandardPage(title="Embargoed", slug="embargoed", body=paragraph(CANARIES["unpublished"]))
    )
    embargoed.save_revision().publish()
    embargoed.unpublish()

    home.add_child(
        instance=StandardPage(
            title="Never live", slug="never-live", live=False, body=paragraph(CANARIES["never_published"])
        )
    )

    document_model = get_document_model()
    restricted = Collection.get_first_root_node().add_child(name="Volunteers")
    CollectionViewRestriction.objects.create(collection=restricted, restriction_type=CollectionViewRestriction.LOGIN)
    private_document = document_model(title="Volunteer list", collection=restricted)
    private_document.file.save(
        f"{CANARIES['private_document']}.txt", ContentFile(CANARIES["private_document"].encode())
    )
    private_document.save()
    public_document = document_model(title="Mission report")
    public_document.file.save("mission-report.txt", ContentFile(b"The Mission's public report."))
    public_document.save()
    documents = home.add_child(
        instance=StandardPage(
            title="Documents",
            slug="documents",
            body=[
                ("document", {"document": public_document, "title": "Mission report"}),
                ("document", {"document": private_document, "title": "Volunteer list"}),
            ],
        )
    )
    documents.save_revision().publish()
    # Old articles enough for a second page of the English news, without moving the demo's off page one.
    news_index = NewsIndexPage.objects.get(locale=english)
    many_articles(news_index, ARTICLES_PER_PAGE + 2, first_date=datetime.date(2001, 1, 1))
    return {"public": public_document, "private": private_document, "page": documents}


def make_key(folder):
    key = folder / "signing_key"
    command = ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "mirror-test", "-f", str(key)]
    subprocess.run(command, check=True)  # noqa: S603, S607
    return key


@pytest.fixture(scope="package")
def mirror_build(django_db_setup, django_db_blocker, tmp_path_factory):
    folder = tmp_path_factory.mktemp("mirror")
    key = make_key(folder)
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            with override_settings(WAGTAILADMIN_BASE_URL=f"https://{ORIGIN}"):
                call_command("load_demo_data", "--no-admin", stdout=io.StringIO())
                documents = add_canaries()
                out = folder / "out"
                stdout = io.StringIO()
                with override_settings(MIRROR_SIGNING_KEY=str(key)):
                    call_command("build_mirror", str(out), stdout=stdout, stderr=io.StringIO())
            yield MirrorBuild(
                out=out, output=stdout.getvalue(), signers=out / "allowed_signers", key=key, documents=documents
            )
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
