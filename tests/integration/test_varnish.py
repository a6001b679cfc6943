"""A real Varnish (deploy/varnish/default.vcl) in front of the live server: it keeps pages, and drops them on publish.

The site's own page cache is off here, so whatever is served out of date can only come from
Varnish. Skips where varnishd is not installed, unless REQUIRE_VARNISH=1 (CI installs it).
"""

import os
import re
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from wagtail.models import Page

from tests.conftest import make_site_tree
from tests.factories import FooterTextFactory, StandardPageFactory

VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
VCL = Path(django_settings.BASE_DIR) / "deploy" / "varnish" / "default.vcl"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def varnish(live_server, tmp_path):
    """A Varnish on a free port whose backend is the live server; its address."""
    if not Path(VARNISHD).exists():
        if os.environ.get("REQUIRE_VARNISH") == "1":
            pytest.fail("REQUIRE_VARNISH=1 but varnishd is missing: apt-get install varnish")
        pytest.skip("varnishd is not installed")
    backend_port = re.search(r":(\d+)$", live_server.url).group(1)
    vcl = tmp_path / "site.vcl"
    vcl.write_text(VCL.read_text().replace('.port = "8000";', f'.port = "{backend_port}";'))
    port = free_port()
    process = subprocess.Popen(  # noqa: S603 (fixed arguments)
        [
            VARNISHD,
            "-F",
            "-j",
            "none",
            "-n",
            str(tmp_path / "work"),
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(vcl),
            "-s",
            "malloc,32m",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    address = f"http://127.0.0.1:{port}"
    try:
        for _attempt in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail(f"varnishd stopped: {process.stdout.read().decode()}")
                time.sleep(0.1)
        yield port, address
    finally:
        process.terminate()
        process.wait(timeout=10)


def get(url, cookie=None):
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})  # noqa: S310
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return response.read().decode(), dict(response.headers)


@pytest.fixture
def site_behind_varnish(varnish, transactional_db, settings):
    port, address = varnish
    settings.PAGE_CACHE_ENABLED = False
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": address}
    }
    tree = make_site_tree(translate=False)
    # Pages know their public address: Varnish's.
    tree.site.hostname, tree.site.port = "127.0.0.1", port
    tree.site.save()
    page = StandardPageFactory(parent=tree.home, slug="about", title="About the Mission")
    page.save_revision().publish()
    return address, page


def change_without_telling_anyone(page, title):
    Page.objects.filter(pk=page.pk).update(title=title)


def test_varnish_keeps_public_pages_and_drops_them_when_a_page_is_published(site_behind_varnish):
    address, page = site_behind_varnish
    html, headers = get(f"{address}/en/about/")
    assert "About the Mission" in html
    assert "public" in headers["Cache-Control"]
    assert "X-Varnish" not in headers

    change_without_telling_anyone(page, "Changed behind Varnish's back")
    assert "About the Mission" in get(f"{address}/en/about/")[0]
    # Tracking parameters are dropped by the VCL: the same cached copy answers.
    assert "About the Mission" in get(f"{address}/en/about/?utm_source=newsletter&fbclid=x")[0]
    # An editor's request (session cookie) always goes to the site.
    assert "Changed behind" in get(f"{address}/en/about/", cookie="sessionid=abc")[0]

    page.refresh_from_db()
    page.title = "Published through Wagtail"
    page.save_revision().publish()

    assert "Published through Wagtail" in get(f"{address}/en/about/")[0]
    assert "Published through Wagtail" in get(f"{address}/en/about/?utm_source=newsletter")[0]


def test_varnish_drops_a_whole_language_on_a_snippet_change(site_behind_varnish):
    address, page = site_behind_varnish
    footer = FooterTextFactory(organisation_name="Observation Mission")
    assert "Observation Mission" in get(f"{address}/en/about/")[0]
    footer.organisation_name = "Committee of International Control"
    footer.save()
    assert "Committee of International Control" in get(f"{address}/en/about/")[0]


def test_purge_is_accepted_from_this_host_and_only_this_host_is_a_purger(site_behind_varnish, varnish):
    port, _address = varnish
    vcl = VCL.read_text()
    assert re.search(r'acl purgers \{\s*"127\.0\.0\.1";\s*"::1";\s*\}', vcl)
    request = urllib.request.Request(f"http://127.0.0.1:{port}/en/about/", method="PURGE")  # noqa: S310
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        assert response.status == 200


def test_the_deployment_guide_shows_the_tested_configuration():
    guide = (Path(django_settings.BASE_DIR) / "docs" / "deployment.md").read_text()
    assert VCL.read_text() in guide
