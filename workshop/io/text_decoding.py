"""Turning the bytes of an exported text file into text, whatever the exporter chose.

Research exports arrive in every encoding a tool or an operating system ever defaulted to:
UTF-8 with or without a byte-order mark, UTF-16 from Excel's "Unicode text", Windows-1252
from older Windows tools, Windows-1251 from a Russian Excel, Shift-JIS from a Japanese one.
We honour a byte-order mark, then try UTF-8, then UTF-16 without a mark (recognised by its
zero bytes); anything else is asked of charset-normalizer, whose answer is taken when it
reads the file as letters of another script (Cyrillic, Japanese, Greek...) and Windows-1252
is kept otherwise (it decodes almost anything Latin, and short Latin files fool detectors).
A file that is not text at all (a PDF, a photo, a workbook with the wrong name) is refused
with a message that says what it seems to be. An encoding the facilitator names is used as
given, but refused when it turns the bytes into control characters (Latin-1 read of a
Windows-1252 file makes its curly quotes U+0093), which would otherwise be stored silently.
The text is put in Unicode NFC (``composed``): the same words saved decomposed are the
same text.
"""

from __future__ import annotations

import codecs
import os
import re
import unicodedata
from dataclasses import dataclass

from workshop.errors import ImportFailed
from workshop.i18n import N_, _
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
    (
        b"PK\x03\x04",
        N_("this is a zip archive (perhaps an Excel .xlsx workbook), not a text or table file"),
    ),
    (
        b"\xd0\xcf\x11\xe0",
        N_(
            "this is an old Office file (.xls or .doc); save it as .xlsx or CSV first, not a "
            "text or table file"
        ),
    ),
    (b"%PDF", N_("this is a PDF document, not a text or table file")),
    (b"\x89PNG", N_("this is a PNG image, not a text or table file")),
    (b"\xff\xd8\xff", N_("this is a JPEG image, not a text or table file")),
    (b"GIF8", N_("this is a GIF image, not a text or table file")),
    (
        b"SQLite format 3\x00",
        N_("this is a database (perhaps a workshop file), not a text or table file"),
    ),
)

# C0 control characters that never appear in a text export (tab, line breaks and form
# feed do; so does the old DOS end-of-file mark 0x1A).
_CONTROL = frozenset(chr(c) for c in range(32)) - frozenset("\t\n\r\x0b\x0c\x1a")
#: C1 control characters: what Latin-1 makes of Windows-1252's quotes, dashes and euro.
_C1 = re.compile("[\x80-\x9f]")
#: Bytes charset-normalizer looks at, and the last code point of the Latin scripts.
_DETECT_BYTES = 262144
_LAST_LATIN = 0x24F
_MIN_FOREIGN_LETTERS = 8


@dataclass(frozen=True)
class DecodedText:
    text: str
    #: The codec that decoded it, as Python names it ("utf-8", "utf-16-le", "cp1252"...).
    encoding: str


def read_limited(path: str | os.PathLike[str], *, limit: int = MAX_TEXT_FILE_BYTES) -> bytes:
    """The bytes of a file, refusing one that is missing, unreadable, not a regular file
    (a folder, a named pipe, a device) or larger than limit (``io.input_file``)."""
    return read_input(path, limit=limit, where=str(path))  # the path as given


def decode_text(data: bytes, *, name: str, encoding: str | None = None) -> DecodedText:
    """Decode an exported text file, guessing the encoding unless one is given.

    Raises ImportFailed (naming the file) for an empty file, a file that is not text,
    an unknown encoding name, or bytes that are not valid in the encoding asked for.
    """
    # Blank checks look at the start first: stripping a large file would copy all of it.
    blank = not data[:4096].strip(b" \t\r\n\x1a") and not data.strip(b" \t\r\n\x1a")
    if blank or data in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        raise ImportFailed(_("the file is empty"), where=name)
    decoded = _decode_as(data, encoding, name) if encoding else _guess(data, name)
    text = decoded.text.removeprefix("\ufeff")
    if not text[:4096].strip() and not text.strip():
        raise ImportFailed(_("the file is empty"), where=name)
    if _looks_binary(text):
        raise ImportFailed(_not_text_message(data), where=name)
    if encoding:
        _refuse_control_characters(text, encoding, name)
    return DecodedText(composed(text), decoded.encoding)


def composed(text: str) -> str:
    """The text in Unicode NFC: "Zoë" saved decomposed (an "e" and a combining diaeresis,
    as macOS may write it) is the same text as "Zoë" saved composed, so the rows and
    respondents of a decomposed copy are recognised as the same."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def _refuse_control_characters(text: str, encoding: str, name: str) -> None:
    """An encoding given by hand that yields C1 control characters is the wrong one."""
    found = _C1.search(text)
    if found is None:
        return
    line = text.count("\n", 0, found.start()) + 1
    hint = " " + _("(the file looks like Windows-1252: try cp1252)") if _is_cp1252(text) else ""
    raise ImportFailed(
        _(
            "read as {encoding}, line {line} holds the control character {character}, so this "
            "is not the file's encoding{hint}; leave the encoding out to have it detected"
        ).format(encoding=encoding, line=line, character=f"U+{ord(found.group()):04X}", hint=hint),
        where=name,
    )


def _is_cp1252(text: str) -> bool:
    try:
        text.encode("latin-1").decode("cp1252")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False
    return True


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
            _("'{encoding}' is not an encoding this program knows").format(encoding=encoding),
            where=name,
        ) from None
    if codec == "utf-8":
        codec = "utf-8-sig"
    try:
        return DecodedText(data.decode(codec), codec.removesuffix("-sig"))
    except UnicodeDecodeError as exc:
        raise ImportFailed(
            _(
                "the file is not valid {encoding} text (byte {byte}); try another encoding or "
                "leave it to be detected"
            ).format(encoding=encoding, byte=exc.start + 1),
            where=name,
        ) from None


def _guess(data: bytes, name: str) -> DecodedText:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data[len(bom) :].decode(codec), codec)
            except UnicodeDecodeError:
                raise ImportFailed(
                    _("the file says it is {encoding} but is not valid {encoding} text").format(
                        encoding=codec.upper()
                    ),
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
    detected = _other_script(data)
    if detected is not None:
        return detected
    try:
        return DecodedText(data.decode("cp1252"), "cp1252")
    except UnicodeDecodeError:
        # Five byte values are unassigned in Windows-1252; Windows itself maps them to the
        # same code points as Latin-1 does.
        return DecodedText(data.decode("latin-1"), "latin-1")


def _other_script(data: bytes) -> DecodedText | None:
    """The file decoded as charset-normalizer guesses, when that guess reads it as letters
    of a non-Latin script (a cp1251 or Shift-JIS export); None for Latin text."""
    from charset_normalizer import from_bytes  # imported on demand: it takes ~50 ms

    best = from_bytes(data[:_DETECT_BYTES]).best()
    if best is None or best.encoding in ("ascii", "utf_8"):
        return None
    codec = codecs.lookup(best.encoding).name
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None  # the sample misled it; the Windows-1252 reading stands
    letters = [ch for ch in text[:_DETECT_BYTES] if ch.isalpha()]
    foreign = sum(1 for ch in letters if ord(ch) > _LAST_LATIN)
    # A few accented bytes in a short Latin file can read as any script: ask for words.
    if foreign < _MIN_FOREIGN_LETTERS or foreign < len(letters) * 0.2:
        return None
    return DecodedText(text, codec)


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
            return _(what)
    return _("this is not a text file (it looks like a program or other binary data)")
