"""The demo site's static copy: complete, relative, private-safe, valid, signed and incremental."""

import base64
import io
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import deque
from urllib.parse import unquote, urljoin, urlsplit

import html5lib
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from wagtail.models import Page

from core.email_protection import readable
from mirror.output import MANIFEST, SIGNATURE, existing_files, write_archive
from mirror.rewrite import output_path
from news.models import NewsPage
from tests.mirror.conftest import CANARIES, ORIGIN

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def text_files(out):
    return {name: (out / name).read_bytes() for name in existing_files(out)}


def html_files(out):
    return sorted(name for name in existing_files(out) if name.endswith(".html"))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def static_server(mirror_build):
    port = free_port()
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(mirror_build.out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        for _attempt in range(100):
            try:
                urllib.request.urlopen(base, timeout=1).close()  # noqa: S310
                break
            except OSError:
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def links_of(document):
    """Every URL a parsed page points at: href, src and each srcset candidate."""
    for element in document.iter():
        for attribute in ("href", "src", "action"):
            value = element.get(attribute)
            if value:
                yield value
        srcset = element.get("srcset")
        if srcset:
            for candidate in srcset.split(","):
                if candidate.strip():
                    yield candidate.strip().split(" ")[0]


def parse(body):
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(body)


@pytest.fixture(scope="module")
def crawl(static_server):
    """Every internal URL reachable from the top page over HTTP, with its status."""
    seen, broken, pages = set(), [], set()
    queue = deque([static_server + "index.html"])
    while queue:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        try:
            with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
                body = response.read()
                content_type = response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as error:
            broken.append((url, error.code))
            continue
        if "html" not in content_type:
            continue
        pages.add(url)
        for link in links_of(parse(body)):
            target = urljoin(url, link).split("#", 1)[0]
            if target.startswith(static_server):
                queue.append(target)
    return {"seen": seen, "broken": broken, "pages": pages, "base": static_server}


def test_build_prints_the_counts_per_language(mirror_build):
    for code in LANGUAGES:
        assert f"{code}: " in mirror_build.output
    assert "written, 0 kept, 0 removed" in mirror_build.output


def test_every_public_page_in_every_language_is_a_file(mirror_build):
    public = Page.objects.live().public().filter(depth__gte=2, alias_of__isnull=True)
    assert public.count() > 40
    for page in public:
        assert (mirror_build.out / output_path(page.get_url_parts()[2])).is_file(), page.url


def test_no_stand_in_is_written_and_links_go_to_the_source(mirror_build):
    stand_ins = list(Page.objects.live().filter(alias_of__isnull=False, depth__gt=2))
    assert stand_ins, "the demo has untranslated pages in some language"
    for page in stand_ins:
        assert not (mirror_build.out / output_path(page.get_url_parts()[2])).exists(), page.url


def test_the_static_server_serves_every_page_with_no_broken_link(mirror_build, crawl):
    assert crawl["broken"] == []
    reached = {unquote(urlsplit(url).path).lstrip("/") for url in crawl["pages"]}
    assert set(html_files(mirror_build.out)) <= reached | {"index.html"}
    for code in LANGUAGES:
        assert f"{code}/index.html" in reached
        assert f"{code}/search/index.html" in reached


def test_every_page_is_valid_html(mirror_build):
    for name in html_files(mirror_build.out):
        try:
            parse((mirror_build.out / name).read_bytes())
        except html5lib.html5parser.ParseError as error:
            pytest.fail(f"{name}: {error}")


def test_pages_are_readable_without_javascript(mirror_build):
    for name in html_files(mirror_build.out):
        document = parse((mirror_build.out / name).read_bytes())
        for script in document.iter("script"):
            assert script.get("src", "").endswith("static/core/js/site.js"), name
            assert not (script.text or "").strip(), name
        main = document.find(".//main")
        assert main is not None and len("".join(main.itertext()).split()) > 3, name


def test_nothing_points_at_the_origin(mirror_build):
    for name, body in text_files(mirror_build.out).items():
        assert ORIGIN.encode() not in body, name
        assert b"testserver" not in body, name
    home = (mirror_build.out / "en/index.html").read_text()
    assert 'rel="canonical"' not in home
    assert 'property="og:url"' not in home


def test_no_canary_is_in_the_copy(mirror_build):
    assert (mirror_build.out / "en/about/index.html").is_file()
    for name, body in text_files(mirror_build.out).items():
        lowered = body.lower()
        for kind, canary in CANARIES.items():
            assert canary.encode() not in lowered, f"{kind} canary in {name}"
            assert canary not in name.lower(), f"{kind} canary in the file name {name}"
    assert not [name for name in existing_files(mirror_build.out) if "_util" in name]
    for slug in ("internal-notes", "members", "embargoed", "never-live"):
        assert not (mirror_build.out / "en" / slug).exists()


def test_public_documents_are_copied_and_private_ones_are_not(mirror_build):
    public = mirror_build.documents["public"]
    assert (mirror_build.out / "documents" / str(public.pk) / "mission-report.txt").read_bytes() == (
        b"The Mission's public report."
    )
    assert not (mirror_build.out / "documents" / str(mirror_build.documents["private"].pk)).exists()
    page = (mirror_build.out / "en/documents/index.html").read_text()
    assert 'href="../../documents/' in page
    assert "Volunteer list" in page  # the link text stays, without a link to a file the copy cannot hold


def test_forms_become_a_notice_with_the_protected_address_and_the_mirrors(mirror_build):
    for name, body in text_files(mirror_build.out).items():
        if name.endswith(".html"):
            assert b'method="post"' not in body.lower(), name
    notices = {
        "en": "This copy of the site cannot send forms",
        "ru": "Эта копия сайта не может отправлять формы",
    }
    for code, heading in notices.items():
        page = (mirror_build.out / code / "how-to-help/join-the-mission/index.html").read_text()
        assert heading in page
        assert "info [at] example [dot] org" in page
        assert "info@example.org" not in page
        assert "https://mirror.example.org/" in page
        assert ".onion/" in page
        report = (mirror_build.out / code / "day-of-solidarity/2026/report/index.html").read_text()
        assert heading in report


def test_search_becomes_a_list_of_every_page_in_the_language(mirror_build):
    for code, title in [("en", "About this site"), ("ru", "О сайте"), ("be", "Пра сайт"), ("uk", "Про сайт")]:
        index = (mirror_build.out / code / "search/index.html").read_text()
        assert f'<a href="../about/index.html">{title}</a>' in index
        assert "О сайте" not in index or code == "ru"
    form = (mirror_build.out / "en/about/index.html").read_text()
    assert 'action="../search/index.html"' in form


def test_language_switcher_and_hreflang_point_at_the_copies(mirror_build):
    about = (mirror_build.out / "en/about/index.html").read_text()
    assert 'href="../../ru/about/index.html" hreflang="ru"' in about
    assert '<link rel="alternate" hreflang="ru" href="../../ru/about/index.html">' in about


def test_news_archives_feeds_and_calendar_are_files(mirror_build):
    out = mirror_build.out
    for code in LANGUAGES:
        assert (out / code / "news/feed/rss/index.xml").is_file()
        assert (out / code / "news/feed/atom/index.xml").is_file()
        assert (out / code / "day-of-solidarity/calendar/index.ics").is_file()
    assert (out / "en/news/tag/political-prisoners/index.html").is_file()
    assert (out / "en/news/2015/index.html").is_file()
    first = (out / "en/news/index.html").read_text()
    assert 'href="index-page-2.html" rel="next"' in first
    second = (out / "en/news/index-page-2.html").read_text()
    assert "Bulk article 0" in second
    assert 'href="index.html" rel="prev"' in second or 'href="index-page-1.html" rel="prev"' in second
    assert b"BEGIN:VCALENDAR" in (out / "en/day-of-solidarity/calendar/index.ics").read_bytes()
    assert (out / "sitemap.xml").is_file()
    assert (out / "robots.txt").read_text().startswith("User-agent: *")


def test_the_mirrors_page_is_in_every_language_and_linked_from_the_footer(mirror_build):
    titles = {"en": "Mirrors and onion address", "ru": "Зеркала и onion-адрес", "be": "Люстэркі і onion-адрас"}
    for code, title in titles.items():
        page = (mirror_build.out / code / "mirrors/index.html").read_text()
        assert f"<h1>{title}</h1>" in page
        assert "https://solidarity.example.net/" in page
    about = (mirror_build.out / "en/about/index.html").read_text()
    assert 'class="site-footer__mirrors"><a href="../mirrors/index.html">' in about


def test_verify_passes_on_the_copy(mirror_build):
    stdout = io.StringIO()
    call_command("build_mirror", str(mirror_build.out), "--verify", "--require-signature", stdout=stdout)
    assert "intact and its signature is good" in stdout.getvalue()


def test_a_reader_can_check_the_copy_with_sha256sum_and_ssh_keygen(mirror_build):
    out = mirror_build.out
    subprocess.run(["sha256sum", "--quiet", "-c", MANIFEST], cwd=out, check=True)  # noqa: S603, S607
    identity = (out / "allowed_signers").read_text().split()[0]
    with open(out / MANIFEST, "rb") as manifest:
        subprocess.run(  # noqa: S603
            ["ssh-keygen", "-Y", "verify", "-f", "allowed_signers", "-I", identity, "-n", "file", "-s", SIGNATURE],  # noqa: S607
            cwd=out,
            stdin=manifest,
            check=True,
            capture_output=True,
        )


def copy_of(mirror_build, tmp_path):
    target = tmp_path / "copy"
    shutil.copytree(mirror_build.out, target)
    return target


def test_verify_fails_after_one_byte_changes(mirror_build, tmp_path):
    copy = copy_of(mirror_build, tmp_path)
    path = copy / "en/about/index.html"
    data = bytearray(path.read_bytes())
    data[100] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(CommandError, match="does not match"):
        call_command("build_mirror", str(copy), "--verify", stdout=io.StringIO(), stderr=io.StringIO())


def test_verify_fails_on_an_extra_or_missing_file_or_a_forged_manifest(mirror_build, tmp_path):
    copy = copy_of(mirror_build, tmp_path)
    (copy / "en/extra.html").write_text("<p>added</p>")
    with pytest.raises(CommandError):
        call_command("build_mirror", str(copy), "--verify", stdout=io.StringIO(), stderr=io.StringIO())
    (copy / "en/extra.html").unlink()
    (copy / "robots.txt").unlink()
    with pytest.raises(CommandError):
        call_command("build_mirror", str(copy), "--verify", stdout=io.StringIO(), stderr=io.StringIO())
    # Rewriting the manifest to match a changed file breaks the signature instead.
    copy2 = copy_of(mirror_build, tmp_path / "second")
    (copy2 / "robots.txt").write_text("User-agent: *\nDisallow: /\n")
    subprocess.run("sha256sum $(cut -c67- MANIFEST.sha256) > MANIFEST.sha256", shell=True, cwd=copy2, check=True)  # noqa: S602, S607
    with pytest.raises(CommandError):
        call_command("build_mirror", str(copy2), "--verify", stdout=io.StringIO(), stderr=io.StringIO())


def rebuild(folder, *args):
    stdout = io.StringIO()
    call_command("build_mirror", str(folder), *args, stdout=stdout, stderr=io.StringIO())
    return stdout.getvalue()


def test_a_second_run_without_changes_writes_nothing(mirror_build, tmp_path, settings):
    settings.MIRROR_SIGNING_KEY = str(mirror_build.key)
    copy = copy_of(mirror_build, tmp_path)
    output = rebuild(copy, "--archive", str(tmp_path / "copy.tar.gz"))
    assert "Mirror: 0 written," in output
    assert " 0 removed" in output
    assert (tmp_path / "copy.tar.gz").is_file()
    call_command("build_mirror", str(copy), "--verify", "--require-signature", stdout=io.StringIO())


def test_a_second_run_after_editing_one_article_rewrites_only_what_shows_it(mirror_build, tmp_path, settings):
    settings.MIRROR_SIGNING_KEY = str(mirror_build.key)
    copy = copy_of(mirror_build, tmp_path)
    (copy / "en/stale-file.html").write_text("left from an older build")
    article = NewsPage.objects.get(locale__language_code="en", slug="why-4-august")
    article.title = "Why 4 August: edited"
    article.save_revision().publish()

    output = rebuild(copy)
    changed = {
        name
        for name in existing_files(copy)
        if (copy / name).read_bytes() != (mirror_build.out / name).read_bytes()
        if (mirror_build.out / name).exists()
    }
    showing = {name for name in existing_files(copy) if b"Why 4 August: edited" in (copy / name).read_bytes()}
    assert "en/news/why-4-august/index.html" in showing
    assert "en/news/index.html" in showing
    assert "en/news/feed/rss/index.xml" in showing
    assert "en/search/index.html" in showing
    assert changed == showing | {MANIFEST, SIGNATURE}
    assert f"Mirror: {len(changed)} written," in output
    assert "1 removed" in output
    assert not (copy / "en/stale-file.html").exists()
    assert not any(name.startswith(("ru/", "be/", "uk/")) for name in changed)


def test_the_archive_is_the_same_bytes_for_the_same_files(mirror_build, tmp_path):
    files = {name: (mirror_build.out / name).read_bytes() for name in existing_files(mirror_build.out)}
    write_archive(tmp_path / "a.tar.gz", files)
    write_archive(tmp_path / "b.tar.gz", dict(reversed(list(files.items()))))
    assert (tmp_path / "a.tar.gz").read_bytes() == (tmp_path / "b.tar.gz").read_bytes()
    command = ["tar", "-tzvf", str(tmp_path / "a.tar.gz")]
    listing = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
    listing = listing.stdout.splitlines()
    names = [line.split()[-1] for line in listing]
    assert names == sorted(names)
    assert all("1970-01-01" in line for line in listing)


def test_with_a_base_url_canonical_and_hreflang_name_the_mirror(mirror_build, tmp_path):
    out = tmp_path / "public"
    rebuild(out, "--base-url", "https://mirror.example.org/")
    about = (out / "en/about/index.html").read_text()
    assert '<link rel="canonical" href="https://mirror.example.org/en/about/index.html">' in about
    assert '<link rel="alternate" hreflang="ru" href="https://mirror.example.org/ru/about/index.html">' in about
    assert 'property="og:url" content="https://mirror.example.org/en/about/index.html"' in about
    assert "<loc>https://mirror.example.org/en/about/index.html</loc>" in (out / "sitemap.xml").read_text()
    assert "Sitemap: https://mirror.example.org/sitemap.xml" in (out / "robots.txt").read_text()
    rss = (out / "en/news/feed/rss/index.xml").read_text()
    assert "<link>https://mirror.example.org/en/news/index.html</link>" in rss
    for name, body in text_files(out).items():
        assert ORIGIN.encode() not in body, name


def test_email_buttons_lead_to_the_readable_address_in_the_copy_too(mirror_build):
    """Without JavaScript an e-mail link is an in-page link to its address, written out (core.email_protection)."""
    buttons = 0
    for name in html_files(mirror_build.out):
        tree = parse((mirror_build.out / name).read_bytes())
        ids = {element.get("id"): element for element in tree.iter() if element.get("id")}
        for link in tree.iter("a"):
            if link.get("data-protected-email") is None:
                continue
            href = link.get("href") or ""
            assert href.startswith("#") and href[1:] in ids, f"{name}: {href}"
            address = base64.b64decode(link.get("data-protected-email")).decode()[::-1]
            assert readable(address) in "".join(ids[href[1:]].itertext()), name
            buttons += "button" in (link.get("class") or "").split()
    assert buttons >= 12
