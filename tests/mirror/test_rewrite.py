"""How URLs become file names and relative links, and how the command reports progress."""

import io

from mirror.management.commands.build_mirror import Command
from mirror.rewrite import output_path, relative_link, rewrite_html


def test_a_folder_url_is_its_index_file():
    assert output_path("/en/news/") == "en/news/index.html"
    assert output_path("/") == "index.html"
    assert output_path("/en/news/feed/rss/", content_type="application/rss+xml; charset=utf-8") == (
        "en/news/feed/rss/index.xml"
    )
    assert output_path("/en/day-of-solidarity/calendar/", content_type="text/calendar") == (
        "en/day-of-solidarity/calendar/index.ics"
    )


def test_a_query_becomes_part_of_the_file_name():
    assert output_path("/en/news/", "page=2") == "en/news/index-page-2.html"
    assert output_path("/en/news/", "b=1&a=2") == output_path("/en/news/", "a=2&b=1")


def test_encoded_paths_are_decoded_and_cannot_leave_the_copy():
    assert output_path("/be/news/tag/%D0%B5%D1%9E/") == "be/news/tag/еў/index.html"
    assert output_path("/en/../../etc/passwd") == "en/etc/passwd"
    assert output_path("/en/%2e%2e/%2e%2e/secret/") == "en/secret/index.html"
    assert output_path("/en/a%0Ab%5Cc/") == "en/a_b_c/index.html"


def test_links_are_relative_and_encoded():
    assert relative_link("en/news/index.html", "en/about/index.html") == "../news/index.html"
    assert relative_link("be/news/tag/еў/index.html", "be/index.html") == "news/tag/%D0%B5%D1%9E/index.html"


def test_rewrite_html_changes_only_url_attributes():
    html = '<a href="/x/" title="/x/">x</a><img src="/a.png" srcset="/a.png 1x, /b.png 2x" alt="">'
    result = rewrite_html(html, lambda tag, attrs, attribute, url: url.upper())
    assert result == '<a href="/X/" title="/x/">x</a><img src="/A.PNG" srcset="/A.PNG 1x, /B.PNG 2x" alt="">'


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_is_a_bar_on_a_terminal_and_plain_lines_in_a_log():
    terminal = Command(stdout=FakeTerminal())
    report = terminal._progress()
    report(5, 10, "/en/")
    assert "\r[###############---------------] 5/10" in terminal.stdout._out.getvalue()

    log = Command(stdout=io.StringIO())
    report = log._progress()
    for done in range(1, 201):
        report(done, 250, "/en/")
    lines = log.stdout._out.getvalue().splitlines()
    assert lines == ["Rendered 100 of 250 files known so far…", "Rendered 200 of 250 files known so far…"]
