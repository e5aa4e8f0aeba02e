"""Everything done on the board is in the file: close the workshop, open it again, and the
board is exactly as it was — notes, text, positions, sizes, z-order, colours, clusters,
pictures, and where the facilitator was looking."""

from __future__ import annotations

from pathlib import Path

from board_driver import Board
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from workshop.domain.model import WorkshopSnapshot

CTRL = Qt.KeyboardModifier.ControlModifier


def board_state(snapshot: WorkshopSnapshot) -> dict[str, list[tuple[object, ...]]]:
    return {
        "notes": sorted(
            (n.id, n.text, n.x, n.y, n.w, n.h, n.z, n.colour, n.cluster_id, n.asset_id)
            for n in snapshot.notes
        ),
        "clusters": sorted(
            (c.id, c.title, c.x, c.y, c.w, c.h, c.z, c.colour) for c in snapshot.clusters
        ),
    }


def test_the_board_is_as_it_was_after_closing_and_reopening(board: Board, tmp_path: Path) -> None:
    # A note typed in, another two pasted in, a cluster made, one dragged out, one recoloured.
    board.view.set_zoom(1.0)
    board.view.centerOn(0, 0)
    board.double_click(QPointF(-300, 0))
    board.qtbot.keyClicks(board.view.note_editor, "Typed in")
    board.key(Qt.Key.Key_Return, widget=board.view.note_editor)
    ids = board.add_notes("First", "Second", x=0, y=0)
    board.view.select_notes(ids)
    board.key(Qt.Key.Key_G, CTRL)
    board.qtbot.keyClicks(board.view.title_editor, "Habits")
    board.key(Qt.Key.Key_Return, widget=board.view.title_editor)
    typed = board.note_with_text("Typed in")
    board.drag(board.centre_of(typed.id), board.centre_of(ids[1]) + QPointF(0, 40), steps=8)
    board.view.select_notes([ids[0]])
    next(a for a in board.feature.actions.colour_menu.actions() if a.text() == "Blue").trigger()
    board.view.select_notes([ids[1]])
    board.feature.actions.front.trigger()
    photo = tmp_path / "wall.png"
    Image.new("RGB", (60, 40), (10, 120, 60)).save(photo)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo))])
    drop = QDropEvent(
        QPointF(board.at(QPointF(600, 400))),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    board.view.dropEvent(drop)
    board.view.set_zoom(0.7)
    board.view.centerOn(123, 45)
    zoom, centre = board.view.zoom(), board.view.visible_rect().center()
    before = board_state(board.snapshot())
    assert len(before["notes"]) == 4 and len(before["clusters"]) == 1
    assert board.note(typed.id).cluster_id is not None

    path = board.session.workshop.path
    board.window.close_workshop()
    assert board.window.open_path(str(path))
    board.qtbot.waitUntil(lambda: not board.feature.restore_pending)
    after = board_state(board.snapshot())
    assert after == before
    scene_notes = sorted(
        (i.note_id, i.pos().x(), i.pos().y(), i.rect().width(), i.rect().height(), i.zValue())
        for i in board.scene.notes.values()
    )
    assert scene_notes == sorted((n[0], n[2], n[3], n[4], n[5], n[6]) for n in after["notes"])
    assert abs(board.view.zoom() - zoom) < 1e-4
    now = board.view.visible_rect().center()
    assert abs(now.x() - centre.x()) < 2 and abs(now.y() - centre.y()) < 2
