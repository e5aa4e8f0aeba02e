"""Notes from outside the board, dropped or pasted: copied notes and clusters (from this
workshop or another), picture files, a copied picture, or text split into notes the way
the facilitator chooses. The new notes are selected, so a source can be assigned at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QPointF
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMenu, QWidget

from workshop.io.plaintext import PasteMode
from workshop.ui.board import clipboard, outside

if TYPE_CHECKING:
    from workshop.ui.board.board_view import BoardView


def _tr(text: str) -> str:
    return QCoreApplication.translate("Board", text)


def take(view: BoardView, data: QMimeData, near: QPointF) -> None:
    rows = clipboard.read_clipboard(data)
    if rows is not None:
        result = clipboard.paste_rows(view.editing, rows, near)
        if result is not None:
            view.select_notes(result.note_ids, result.cluster_ids)
            view.session.status.emit(result.message)
        return
    files = outside.local_files(data)
    if files:
        add_pictures(view, outside.read_pictures(files), near)
        return
    if data.hasImage():
        add_pictures(view, outside.pasted_picture(data), near)
        return
    if data.hasText():
        add_text(view, data.text(), near)


def add_pictures(view: BoardView, found: outside.Pictures, near: QPointF) -> None:
    made = view.editing.add_pictures(found.images, near)
    if made:
        view.select_notes(made)
    if found.problems:
        view.session.status.emit(_tr("Not added: {0}").format("; ".join(found.problems)))


def add_text(view: BoardView, text: str, near: QPointF) -> None:
    """One note, or several when the text splits (the facilitator says how)."""
    modes = outside.split_modes(text)
    if not modes:
        return
    if len(modes) == 1 and len(next(iter(modes.values()))) == 1:
        texts = next(iter(modes.values()))
    else:
        mode = view.ask_paste_mode(text, modes)
        if mode is None:
            return
        texts = modes[mode]
    made = view.editing.add_text_notes(texts, near)
    if made:
        view.select_notes(made)


def ask_paste_mode(
    parent: QWidget, text: str, modes: dict[PasteMode, list[str]]
) -> PasteMode | None:
    """A menu at the mouse: one note per line, per paragraph or per cell."""
    menu = QMenu(parent)
    menu.setTitle(_tr("Paste as notes"))
    likely = outside.likely_mode(text)
    chosen: dict[object, PasteMode] = {}
    for mode, notes in modes.items():
        action = menu.addAction(outside.mode_label(mode, len(notes)))
        chosen[action] = mode
        if mode == likely:
            menu.setActiveAction(action)
    picked = menu.exec(QCursor.pos())
    menu.deleteLater()
    return chosen.get(picked) if picked is not None else None
