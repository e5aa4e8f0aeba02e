"""Turning the bytes of an exported text file into text, whatever the exporter chose.

Research exports arrive in every encoding a tool or an operating system ever defaulted to:
UTF-8 with or without a byte-order mark, UTF-16 from Excel's "Unicode text", Windows-1252
from older Windows tools. We honour a byte-order mark, then try UTF-8, then UTF-16 without
a mark (recognised by its zero bytes), and fall back to Windows-1252, which can decode
almost anything. A file that is not text at all (a PDF, a photo, a workbook with the wrong
name) is refused with a message that says what it seems to be.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass
from pathlib import Path

from workshop.errors import ImportFailed
from workshop.io.input_file import read_input

#: A text or table file larger than this is refused before it is read.
MAX_TEXT_FILE_BYTES = 128 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: What a file that is not text usually starts with, in the facilitator's words.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a zip archive (perhaps an Excel .xlsx workbook)"),
    (b"\xd0\xcf\x11\xe0", "an old Office file (.xls or .doc); save it as .xlsx or CSV first"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"SQLite format 3\x00", "a database (perhaps a workshop file)"),
)

# C0 control characters that never appear in a text export (tab, line breaks and form
# feed do; so does the old DOS end-of-file mark 0x1A).
_CONTROL = frozenset(chr(c) for c in range(32)) - frozenset("\t\n\r\x0b\x0c\x1a")


@dataclass(frozen=True)
class DecodedText:
    text: str
    #: The codec that decoded it, as Python names it ("utf-8", "utf-16-le", "cp1252"...).
    encoding: str


def read_limited(path: str | os.PathLike[str], *, limit: int = MAX_TEXT_FILE_BYTES) -> bytes:
    """The bytes of a file, refusing one that is missing, unreadable, not a regular file
    (a folder, a named pipe, a device) or larger than limit (``io.input_file``)."""
    return read_input(path, limit=limit, where=Path(path).name)


def decode_text(data: bytes, *, name: str, encoding: str | None = None) -> DecodedText:
    """Decode an exported text file, guessing the encoding unless one is given.

    Raises ImportFailed (naming the file) for an empty file, a file that is not text,
    an unknown encoding name, or bytes that are not valid in the encoding asked for.
    """
    # Blank checks look at the start first: stripping a large file would copy all of it.
    blank = not data[:4096].strip(b" \t\r\n\x1a") and not data.strip(b" \t\r\n\x1a")
    if blank or data in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        raise ImportFailed("the file is empty", where=name)
    decoded = _decode_as(data, encoding, name) if encoding else _guess(data, name)
    text = decoded.text.removeprefix("\ufeff")
    if not text[:4096].strip() and not text.strip():
        raise ImportFailed("the file is empty", where=name)
    if _looks_binary(text):
        raise ImportFailed(_not_text_message(data), where=name)
    return DecodedText(text, decoded.encoding)


def normalise_line_endings(text: str) -> str:
    """CRLF (Windows) and lone CR (old Mac) line endings become LF."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_as(data: bytes, encoding: str, name: str) -> DecodedText:
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise ImportFailed(
            f"'{encoding}' is not an encoding this program knows", where=name
        ) from None
    if codec == "utf-8":
        codec = "utf-8-sig"
    try:
        return DecodedText(data.decode(codec), codec.removesuffix("-sig"))
    except UnicodeDecodeError as exc:
        raise ImportFailed(
            f"the file is not valid {encoding} text (byte {exc.start + 1}); "
            "try another encoding or leave it to be detected",
            where=name,
        ) from None


def _guess(data: bytes, name: str) -> DecodedText:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data[len(bom) :].decode(codec), codec)
            except UnicodeDecodeError:
                raise ImportFailed(
                    f"the file says it is {codec.upper()} but is not valid {codec.upper()} text",
                    where=name,
                ) from None
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        raise ImportFailed(_not_text_message(data), where=name)
    try:
        return DecodedText(data.decode("cp1252"), "cp1252")
    except UnicodeDecodeError:
        # Five byte values are unassigned in Windows-1252; Windows itself maps them to the
        # same code points as Latin-1 does.
        return DecodedText(data.decode("latin-1"), "latin-1")


def _utf16_without_bom(data: bytes) -> DecodedText | None:
    """UTF-16 without a byte-order mark: mostly-Latin text has a zero in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    for zeros, other, codec in (
        (odd_zeros, even_zeros, "utf-16-le"),
        (even_zeros, odd_zeros, "utf-16-be"),
    ):
        if zeros >= half * 0.3 and other <= half * 0.05:
            try:
                return DecodedText(data.decode(codec), codec)
            except UnicodeDecodeError:
                return None
    return None


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch in _CONTROL)
    return controls > max(2, len(sample) // 100)


def _not_text_message(data: bytes) -> str:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"this is {what}, not a text or table file"
    return "this is not a text file (it looks like a program or other binary data)"
