"""What comes onto the board from other programs: picture files, pasted pictures, text.

Pictures are prepared by ``io.images.prepare_image`` (turned upright, downscaled,
re-encoded) before they are stored; text is split into notes by
``io.plaintext.split_pasted_text`` the way the facilitator chooses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeData
from PySide6.QtGui import QImage

from workshop.errors import WorkshopError
from workshop.io.images import PreparedImage, prepare_image
from workshop.io.plaintext import PasteMode, guess_paste_mode, split_pasted_text
from workshop.ui.mime import CLIPBOARD_MIME, EVIDENCE_MIME

IMAGE_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff", ".mpo"}
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Board", text)


@dataclass
class Pictures:
    images: list[PreparedImage] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def local_files(data: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]


def can_take(data: QMimeData) -> bool:
    """Whether a drop or paste brings something the board can turn into notes."""
    if data.hasFormat(EVIDENCE_MIME) and not data.hasText():
        return False
    return (
        data.hasFormat(CLIPBOARD_MIME)
        or data.hasImage()
        or bool(local_files(data))
        or (data.hasText() and bool(data.text().strip()))
    )


def read_pictures(paths: list[Path]) -> Pictures:
    """Prepared pictures from image files; what could not be read, in one line each."""
    found = Pictures()
    for path in paths:
        if path.suffix.lower() not in IMAGE_SUFFIXES:
            found.problems.append(
                _tr("{name}: only pictures can be dropped on the board").format(name=path.name)
            )
            continue
        try:
            found.images.append(prepare_image(path))
        except WorkshopError as error:
            found.problems.append(f"{error.where or path.name}: {error.message}")
    return found


def pasted_picture(data: QMimeData) -> Pictures:
    """A picture copied in another program (not a file)."""
    found = Pictures()
    image = data.imageData()
    if not isinstance(image, QImage) or image.isNull():
        found.problems.append(_tr("the clipboard's picture cannot be read"))
        return found
    raw = QByteArray()
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide takes str here
    buffer.close()
    try:
        found.images.append(prepare_image(bytes(raw.data()), name=_tr("pasted picture")))
    except WorkshopError as error:
        found.problems.append(f"{error.where}: {error.message}")
    return found


def split_modes(text: str) -> dict[PasteMode, list[str]]:
    """How pasted text can be split, each way that gives a different set of notes (by
    cell only for a block copied from a spreadsheet, which has tabs)."""
    found: dict[PasteMode, list[str]] = {}
    modes = ("line", "paragraph", "cell") if "\t" in text else ("line", "paragraph")
    for mode in modes:
        notes = split_pasted_text(text, mode)  # type: ignore[arg-type]
        if notes and notes not in found.values():
            found[mode] = notes  # type: ignore[index]
    return found


def likely_mode(text: str) -> PasteMode:
    return guess_paste_mode(text)


def mode_label(mode: PasteMode, count: int) -> str:
    return {
        "line": _tr("One note per line ({n})"),
        "paragraph": _tr("One note per paragraph ({n})"),
        "cell": _tr("One note per cell ({n})"),
    }[mode].format(n=count)
