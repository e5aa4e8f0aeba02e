"""The phone page's files (resources/phone/), read as files: small, only the names the
server serves, nothing inline the Content-Security-Policy would block, nothing fetched from
anywhere else, no way for workshop data to become markup, and every word in the string
table. The page's behaviour is tested in a real browser in test_phone_page.py; its tables of
words against each other in test_page_words.py."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.phone_page.words import page_words
from workshop.phones.page_files import PAGE_FILES
from workshop.resources import resource_path

PHONE = Path(resource_path("phone"))
#: The files the page is made of.
PAGE = {"index.html", "phone.js", "words.js", "phone.css", "icon.svg"}
#: The issue's budget for the whole page.
PAGE_BUDGET = 100 * 1024


def read(name: str) -> str:
    return (PHONE / name).read_text(encoding="utf-8")


def test_the_folder_holds_only_files_the_server_serves_and_weighs_under_100_kb() -> None:
    names = {p.name for p in PHONE.iterdir()}
    assert names == PAGE
    assert names <= set(PAGE_FILES), "a page file the server's allow-list does not serve"
    total = sum((PHONE / name).stat().st_size for name in names)
    assert total < PAGE_BUDGET, f"the phone page weighs {total:,} bytes"


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.script_text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.script_text.append(data)


def parsed() -> _Page:
    page = _Page()
    page.feed(read("index.html"))
    return page


def test_the_page_has_nothing_inline_that_the_content_security_policy_blocks() -> None:
    page = parsed()
    assert not page.script_text, "inline script"
    for tag, attrs in page.tags:
        assert tag != "style", "a <style> element"
        assert "style" not in attrs, f"a style attribute on <{tag}>"
        handlers = [a for a in attrs if a.startswith("on")]
        assert not handlers, f"an inline handler {handlers} on <{tag}>"
        if tag == "script":
            assert attrs.get("src") in ("words.js", "phone.js")


@pytest.mark.parametrize("name", sorted(PAGE - {"icon.svg"}))
def test_nothing_is_fetched_from_anywhere_else(name: str) -> None:
    text = read(name)
    # Comments may name things; addresses in the code may not.
    code = re.sub(r"<!--.*?-->|/\*.*?\*/", "", text, flags=re.S)
    assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", code, flags=re.I), name
    assert "@import" not in code and "@font-face" not in code


def test_the_page_never_turns_data_into_markup() -> None:
    code = re.sub(r"/\*.*?\*/|^\s*//.*$", "", read("phone.js"), flags=re.S | re.M)
    for risky in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert risky not in code, risky
    assert "new Function" not in code
    assert ".style." not in code and 'setAttribute("style"' not in code


def test_every_word_on_the_page_comes_from_the_string_table() -> None:
    keys = set(page_words()["en"])
    in_html = {
        attrs[name]
        for _, attrs in parsed().tags
        for name in ("data-t", "data-t-label")
        if attrs.get(name)
    }
    used = set(re.findall(r"\btn?\(\"(\w+)\"", read("phone.js")))
    assert in_html and used
    assert in_html - keys == set(), "data-t keys missing from STRINGS"
    assert used - keys == set(), "t() keys missing from STRINGS"
    assert keys - in_html - used == set(), "STRINGS no one uses"
