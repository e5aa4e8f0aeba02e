"""Interview notes from text and Markdown files, and text pasted on the board."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from workshop.errors import ImportFailed
from workshop.io.plaintext import (
    guess_paste_mode,
    notes_from_text,
    read_text_notes,
    split_pasted_text,
    spreadsheet_cells,
)

MakeFile = Callable[..., Path]

INTERVIEW_MD = """\
# Interview 7 — nurse, night shift

Works nights on a surgical ward. Has used the app
for two years.

## Pain points

- Charting takes *ages*
  at the end of a shift
* Logs in again and again
+ The scanner fails in low light
1. Handover notes get lost
2) Printer is far away
- [ ] follow up on the printer
- [x] ask about badges

> "I'd rather write it on my hand."

Quotes
======

Everything else
---

- Alarm fatigue
***
-
"""


def test_markdown_interview_becomes_one_note_per_paragraph_and_bullet(make_file: MakeFile) -> None:
    path = make_file("interview-7.md", INTERVIEW_MD)

    notes = read_text_notes(path)

    assert notes == [
        "Works nights on a surgical ward. Has used the app for two years.",
        "Charting takes ages at the end of a shift",
        "Logs in again and again",
        "The scanner fails in low light",
        "Handover notes get lost",
        "Printer is far away",
        "follow up on the printer",
        "ask about badges",
        '"I\'d rather write it on my hand."',
        "Alarm fatigue",
    ]


def test_plain_text_keeps_line_breaks_inside_a_paragraph(make_file: MakeFile) -> None:
    text = "Name: Anna\nRole: ward nurse\n\n\nShe prints every chart.\n\n• Hates the login\n"
    path = make_file("notes.txt", text)

    assert read_text_notes(path) == [
        "Name: Anna\nRole: ward nurse",
        "She prints every chart.",
        "Hates the login",
    ]


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"], ids=["crlf", "cr", "lf"])
@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_encodings_and_line_endings(make_file: MakeFile, newline: str, encoding: str) -> None:
    text = newline.join(["# Café visit", "", "- Prefers paper – “always”", "- Pays €5 a day", ""])
    path = make_file("visit.md", text, encoding=encoding)

    assert read_text_notes(path) == ["Prefers paper – “always”", "Pays €5 a day"]


def test_code_blocks_are_kept_as_one_note() -> None:
    text = "Log excerpt:\n\n```\nERROR 42\n  retry\n```\n"

    assert notes_from_text(text) == ["Log excerpt:", "ERROR 42\n  retry"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"\n\n  \n", "empty"),
        (b"# Only a heading\n\n## And another\n", "headings but no text"),
        (b"\x00\x01\x02\xff\xfe\x00\x03" * 40, "not a text file"),
    ],
    ids=["empty", "blank", "headings-only", "binary"],
)
def test_unusable_text_files(make_file: MakeFile, content: bytes, expected: str) -> None:
    path = make_file("notes.md", content)

    with pytest.raises(ImportFailed, match=expected) as error:
        read_text_notes(path)
    assert "notes.md" in str(error.value)


PASTE = "- Too many logins\n* Printer far away\n\nSecond paragraph\nwith two lines\n"


def test_paste_one_note_per_line() -> None:
    assert split_pasted_text(PASTE, "line") == [
        "Too many logins",
        "Printer far away",
        "Second paragraph",
        "with two lines",
    ]


def test_paste_one_note_per_paragraph() -> None:
    assert split_pasted_text(PASTE.replace("\n", "\r\n"), "paragraph") == [
        "- Too many logins\n* Printer far away",
        "Second paragraph\nwith two lines",
    ]


def test_paste_one_note_per_spreadsheet_cell() -> None:
    block = 'Logins\t"Two lines\nin one cell"\t\r\n"Say ""hi"""\t"Great" app\t\r\n'

    assert split_pasted_text(block, "cell") == [
        "Logins",
        "Two lines\nin one cell",
        'Say "hi"',
        '"Great" app',
    ]


def test_spreadsheet_cells_keep_the_grid() -> None:
    assert spreadsheet_cells("a\tb\n\tc\n") == [["a", "b"], ["", "c"]]
    assert spreadsheet_cells('"unclosed\tx') == [['"unclosed', "x"]]
    assert spreadsheet_cells("") == [[""]]


def test_the_likely_paste_mode_is_guessed() -> None:
    assert guess_paste_mode("one line") == "line"
    assert guess_paste_mode("a\nb\n") == "line"
    assert guess_paste_mode("a\n\nb") == "paragraph"
    assert guess_paste_mode("a\tb\nc\td") == "cell"


def test_an_unknown_paste_mode_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown paste mode"):
        split_pasted_text("x", "word")  # type: ignore[arg-type]
