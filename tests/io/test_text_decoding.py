"""decode_text: the encoding guess, and what a file that is not text is called."""

from __future__ import annotations

import pytest

from workshop.errors import ImportFailed
from workshop.io.text_decoding import decode_text, normalise_line_endings

TEXT = "Café – “night shift”, €5\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-32"), "utf-32-le"),
        (b"\x00\x00\xfe\xff" + TEXT.encode("utf-32-be"), "utf-32-be"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8"),
    ],
)
def test_guessed_encodings(data: bytes, encoding: str) -> None:
    decoded = decode_text(data, name="x.txt")

    assert decoded.text == TEXT
    assert decoded.encoding == encoding


def test_bytes_windows_1252_leaves_unassigned_fall_back_to_latin_1() -> None:
    decoded = decode_text(b"caf\xe9 \x81 ok", name="x.txt")

    assert decoded.text == "café \x81 ok"
    assert decoded.encoding == "latin-1"


def test_a_given_utf_8_encoding_drops_the_byte_order_mark() -> None:
    assert decode_text(b"\xef\xbb\xbfhello", name="x.txt", encoding="UTF8").text == "hello"


def test_a_broken_byte_order_mark_claim_is_reported() -> None:
    with pytest.raises(ImportFailed, match="says it is UTF-16-LE"):
        decode_text(b"\xff\xfe\x00\xd8", name="x.txt")


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)), "zip archive"),
        (b"SQLite format 3\x00" + bytes(100), "database"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)), "JPEG image"),
        (bytes(range(1, 9)) * 40, "not a text file"),
    ],
)
def test_files_that_are_not_text_are_named(data: bytes, what: str) -> None:
    with pytest.raises(ImportFailed, match=what) as error:
        decode_text(data, name="export.csv")

    assert str(error.value).startswith("export.csv: ")


def test_a_few_stray_control_characters_are_still_text() -> None:
    text = "Ticket 1\x07 bell\n" + "ordinary line of text\n" * 50

    assert decode_text(text.encode(), name="x.txt").text == text


def test_line_endings_are_normalised() -> None:
    assert normalise_line_endings("a\r\nb\rc\nd") == "a\nb\nc\nd"
    assert normalise_line_endings("plain") == "plain"
