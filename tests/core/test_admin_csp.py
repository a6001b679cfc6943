"""The admin's Content-Security-Policy: scripts and styles from this host, or inline with the request's nonce."""

import re
from html.parser import HTMLParser

import pytest
from django.template import engines

from tests.factories import StandardPageFactory
from tests.helpers import login_verified

pytestmark = pytest.mark.django_db

EXECUTABLE_TYPES = {"", "text/javascript", "module", "application/javascript"}


class InlineTags(HTMLParser):
    """Collects inline <script> (that a browser would run) and <style> elements with their nonce."""

    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and "src" not in attrs and attrs.get("type", "") in EXECUTABLE_TYPES:
            self.tags.append(("script", attrs.get("nonce")))
        elif tag == "style":
            self.tags.append(("style", attrs.get("nonce")))
        elif any(name.startswith("on") for name in attrs):
            self.tags.append((f"{tag} event handler", None))
        elif "style" in attrs:
            self.tags.append((f"{tag} style attribute", None))


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split("; ")}


def nonce_of(response):
    (nonce,) = re.findall(r"'nonce-([^']+)'", directives(response)["script-src"][1])
    return nonce


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "correct-horse-battery")
    login_verified(client, user)
    return client


def test_admin_login_allows_no_inline_script_without_the_nonce(client):
    response = client.get("/admin/login/")
    policy = directives(response)
    assert policy["script-src"][0] == "'self'"
    assert policy["script-src"][1].startswith("'nonce-")
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]


def test_each_admin_response_gets_a_new_nonce(client):
    assert nonce_of(client.get("/admin/login/")) != nonce_of(client.get("/admin/login/"))


def test_only_the_image_tools_event_probe_is_allowed_by_hash(client):
    script_src = directives(client.get("/admin/login/"))["script-src"]
    hashes = [source for source in script_src if source.startswith("'sha256-")]
    assert hashes == ["'sha256-i+qr4lq34KgNHiW62lWi9aInEBwiEOrfCzaNPCvkqD8='"]  # sha256("return;")


def test_public_pages_keep_the_policy_without_any_inline_allowance(client, site_tree):
    policy = client.get("/en/")["Content-Security-Policy"]
    assert "nonce-" not in policy
    assert "unsafe" not in policy
    assert "script-src 'self';" in policy


@pytest.mark.parametrize(
    "url",
    [
        "/admin/",
        "/admin/pages/{home}/",
        "/admin/pages/{page}/edit/",
        "/admin/pages/add/home/standardpage/{home}/",
        "/admin/images/multiple/add/",
        "/admin/users/",
        "/admin/mission/applications/",
    ],
)
def test_every_inline_script_and_style_in_the_admin_carries_the_nonce(editor_client, site_tree, url):
    page = StandardPageFactory(parent=site_tree.home, title="Principles", slug="principles")
    response = editor_client.get(url.format(home=site_tree.home.pk, page=page.pk))
    assert response.status_code == 200
    parser = InlineTags()
    parser.feed(response.content.decode())
    nonce = nonce_of(response)
    unnonced = [tag for tag, tag_nonce in parser.tags if tag_nonce != nonce]
    assert unnonced == []


def test_the_edit_view_has_date_pickers_that_the_nonce_lets_run(editor_client, site_tree):
    page = StandardPageFactory(parent=site_tree.home, title="Principles", slug="principles")
    response = editor_client.get(f"/admin/pages/{page.pk}/edit/")
    nonce = nonce_of(response)
    assert f'<script nonce="{nonce}">initDateTimeChooser(' in response.content.decode()


def test_words_an_editor_types_never_get_the_nonce(editor_client, site_tree):
    page = StandardPageFactory(parent=site_tree.home, title="<script>alert(1)</script>", slug="hostile")
    response = editor_client.get(f"/admin/pages/{page.pk}/edit/")
    content = response.content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content


def test_the_sites_own_templates_are_not_rewritten():
    source = engines["django"].engine.template_loaders[0].loaders[0]
    (origin,) = [o for o in source.get_template_sources("base.html") if "core" in o.name]
    assert source.get_contents(origin) == open(origin.name, encoding="utf-8").read()
