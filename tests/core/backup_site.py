"""Run inside ``manage.py shell`` by the backup tests: private content for the demo site, and a visit of it.

The backup tests build, back up and restore sites in separate processes (each with its own
database and media folder), so these functions return plain JSON-able values.
"""

import hashlib
import re

from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, PageViewRestriction

from home.models import HomePage, StandardPage

CANARIES = {
    "password_page": "quokkacanarypassword",
    "login_page": "quokkacanarylogin",
    "below_login_page": "quokkacanarybelow",
    "private_document": "quokkacanarydocument",
}
# Values that differ on every request, whatever the database holds.
PER_REQUEST = re.compile(r'(name="csrfmiddlewaretoken" value=|nonce=)"[^"]*"')


def paragraph(text):
    return [("paragraph", f"<p>{text}</p>")]


def add_private_content():
    """Pages behind a password and a login, a document in a restricted collection, and a public one."""
    home = HomePage.objects.get(locale=Locale.get_default())
    hidden = home.add_child(
        instance=StandardPage(title="Hidden", slug="hidden", body=paragraph(CANARIES["password_page"]))
    )
    hidden.save_revision().publish()
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="secret")
    members = home.add_child(
        instance=StandardPage(title="Members", slug="members", body=paragraph(CANARIES["login_page"]))
    )
    members.save_revision().publish()
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)
    minutes = members.add_child(
        instance=StandardPage(title="Minutes", slug="minutes", body=paragraph(CANARIES["below_login_page"]))
    )
    minutes.save_revision().publish()

    document_model = get_document_model()
    volunteers = Collection.get_first_root_node().add_child(name="Volunteers")
    CollectionViewRestriction.objects.create(collection=volunteers, restriction_type=CollectionViewRestriction.LOGIN)
    private_document = document_model(title="Volunteer list", collection=volunteers)
    private_document.file.save("volunteers.txt", ContentFile(CANARIES["private_document"].encode()))
    private_document.save()
    public_document = document_model(title="Mission report")
    public_document.file.save("mission-report.txt", ContentFile(b"The Mission's public report."))
    public_document.save()
    return {
        "password_page": hidden.url,
        "login_page": members.url,
        "below_login_page": minutes.url,
        "private_document": private_document.url,
        "public_document": public_document.url,
    }


def visit(extra_paths=()):
    """{path: {"status", "location", "sha256", "canaries"}} for every live page and ``extra_paths``.

    ``sha256`` is of the body without the values that change on every request (CSRF tokens,
    CSP nonces), so two sites with the same rows and files give the same hashes.
    """
    paths = sorted({page.url for page in Page.objects.live().filter(depth__gte=2).specific()} | set(extra_paths))
    client = Client()
    seen = {}
    for path in paths:
        response = client.get(path)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode(errors="replace")
        seen[path] = {
            "status": response.status_code,
            "location": response.get("Location", ""),
            "sha256": hashlib.sha256(PER_REQUEST.sub("", text).encode()).hexdigest(),
            "canaries": sorted(name for name, canary in CANARIES.items() if canary in text),
        }
    return seen
