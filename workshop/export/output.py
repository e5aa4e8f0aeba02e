"""Writing a PDF safely, and the report every export returns.

The PDF is built in memory and written in one go (to a temporary file beside the target,
then renamed), so a failed export never leaves half a file behind. ReportLab's ASCII85
stream encoding is switched off while building (binary streams: photos embed 100× faster
and the file is smaller).
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from workshop import __version__
from workshop.errors import ExportFailed
from workshop.export import memo, unprintable
from workshop.export.fonts import font_chain
from workshop.i18n import _, ngettext

#: Where a PDF goes: a file path, or an open binary file (a preview buffer).
Target = str | os.PathLike[str] | BinaryIO

_build_lock = threading.Lock()


def _default_mode() -> int:
    """The permissions a new file gets here (mkstemp would make it private)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


class Page(Protocol):
    """A laid-out page of any kind: it knows its size and draws itself."""

    width: float
    height: float

    def draw(self, canvas: Any) -> None: ...


@dataclass(frozen=True)
class Sheet:
    """One printed sheet of a tiled poster: which part of the poster it shows.

    ``area`` is (x, y, width, height) in poster points, bottom-left origin.
    """

    page: int
    poster_page: int
    row: int
    column: int
    rows: int
    columns: int
    area: tuple[float, float, float, float]


@dataclass
class ExportReport:
    """What an export made, and anything the facilitator should know about it."""

    path: Path | None = None
    pages: int = 0
    #: Content that did not fit where it belongs (e.g. "Maya: Objections continued on a
    #: second page"); each entry is a sentence to show as it is.
    did_not_fit: list[str] = field(default_factory=list)
    #: Other things worth saying: an unreadable photo, characters without a font.
    warnings: list[str] = field(default_factory=list)
    #: For tiled posters: every sheet and the poster area it shows.
    sheets: list[Sheet] = field(default_factory=list)
    #: The smallest type size used anywhere, in points.
    min_type_size: float = 0.0

    @property
    def everything_fitted(self) -> bool:
        return not self.did_not_fit

    def lines(self) -> list[str]:
        """Plain sentences for a dialog or the command line."""
        if self.path is None:
            said = ngettext("{count} page written.", "{count} pages written.", self.pages)
        else:
            said = ngettext(
                "{count} page written to {path}.", "{count} pages written to {path}.", self.pages
            )
        out = [said.format(count=self.pages, path=self.path)]
        out += [_("Did not fit: {entry}").format(entry=entry) for entry in self.did_not_fit]
        out += self.warnings
        return out


def missing_characters_warning(missing: set[str]) -> str | None:
    """What cannot print as typed, by script and text (see export/unprintable.py)."""
    return unprintable.warning(missing)


@contextlib.contextmanager
def pdf_canvas(title: str, subject: str) -> Iterator[tuple[Canvas, io.BytesIO]]:
    """A canvas writing into memory, with binary (not ASCII85) streams, one build at a time;
    measured widths and shaped words are remembered while it is open (``memo``)."""
    with _build_lock:
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            buffer = io.BytesIO()
            # The canvas' initial font is a bundled TrueType one: ReportLab's default,
            # Helvetica, would be listed unembedded (print shops' preflight flags it).
            initial = font_chain("Noto Sans").regular
            canvas = Canvas(buffer, pageCompression=1, initialFontName=initial)
            canvas.setTitle(title)
            canvas.setSubject(subject)
            canvas.setCreator(f"Persona Workshop {__version__}")
            canvas.setAuthor("Persona Workshop")
            with memo.scope():  # widths and shaped words, remembered for this build
                yield canvas, buffer
        finally:
            rl_config.useA85 = saved


def write_pdf(data: bytes, target: Target) -> Path | None:
    """Write ``data`` to ``target``; a path is replaced atomically."""
    if not isinstance(target, (str, os.PathLike)):
        try:
            target.write(data)
        except OSError as error:
            raise ExportFailed(
                _("Could not write the PDF: {reason}.").format(reason=error.strerror or error)
            ) from error
        return None
    path = Path(target)
    if path.is_dir():
        raise ExportFailed(
            _("{path} is a folder; choose a file name for the PDF.").format(path=path)
        )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportFailed(_("The folder {folder} does not exist.").format(folder=folder))
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=".export-", suffix=".pdf", dir=folder)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        mode = path.stat().st_mode & 0o777 if path.exists() else _default_mode()
        os.chmod(temporary, mode)
        os.replace(temporary, path)
        temporary = None
    except OSError as error:
        raise ExportFailed(
            _("Could not write the PDF to {path}: {reason}.").format(
                path=path, reason=error.strerror or error
            )
        ) from error
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    return path
