"""Files that are not research exports, named and refused before they are read as text.

A PDF with plain-text streams decodes as ASCII and a Word document is a zip archive like a
workbook; read as text or as a table they would become notes of PDF syntax or a baffling
"damaged workbook". Our own JSON export would become one note holding the whole workshop.
``refuse_non_evidence`` looks at the first bytes and says what the file is and what to do
instead, in one line.
"""

from __future__ import annotations

import io
import zipfile

from workshop.errors import ImportFailed
from workshop.i18n import _

_JSON_MARK = b'"format"'
_OUR_FORMAT = b'"persona-workshop"'


def refuse_non_evidence(data: bytes, *, name: str) -> None:
    """Raise ImportFailed naming the file's type when ``data`` is a PDF, a Word or other
    non-workbook zip archive, or a Persona Workshop JSON export; return otherwise."""
    what = describe_non_evidence(data)
    if what:
        raise ImportFailed(what, where=name)


def describe_non_evidence(data: bytes) -> str:
    """The refusal for a file that is not evidence to import, or "" when it may be."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF"):
        return _(
            "this is a PDF file; copy the text you need into a .txt file (or paste it on "
            "the board) and import that"
        )
    if head.startswith(b"{") and _JSON_MARK in data[:4096] and _OUR_FORMAT in data[:4096]:
        return _(
            "this is a Persona Workshop JSON export, not research evidence; "
            "bring it in with import-json (File > Import JSON)"
        )
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    return ""


def _zip_kind(data: bytes) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return ""  # a damaged workbook: the workbook reader says so
    if "xl/workbook.xml" in names or any(n.startswith("xl/") for n in names):
        return ""
    if "word/document.xml" in names:
        return _("this is a Word document (.docx); save it as plain text (.txt) and import that")
    if "ppt/presentation.xml" in names:
        return _("this is a PowerPoint presentation; copy its text into a .txt file first")
    if "content.xml" in names and "mimetype" in names:
        return _("this is an OpenDocument file; save it as .xlsx, CSV or plain text first")
    return _(
        "this is a zip archive, not an Excel workbook; unpack it and import the "
        "CSV, XLSX or text files inside one at a time"
    )
