"""Things from outside the board: pasted text, dropped pictures, and copy/cut/paste of notes
within a workshop and between two open workshops."""

from __future__ import annotations

from pathlib import Path

from board_driver import Board
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from workshop.store import create_workshop
from workshop.ui.main_window import MainWindow
from workshop.ui.mime import CLIPBOARD_MIME

CTRL = Qt.KeyboardModifier.ControlModifier


def drop(board: Board, data: QMimeData, at: QPointF) -> bool:
    viewport = board.view.viewport()
    pos = board.at(at)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        pos, actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(viewport, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(
        QPointF(pos), actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(viewport, event)
    return True


def test_pasting_lines_of_text_makes_one_note_per_line(board: Board, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[list[str]] = []

    def choose(text: str, modes: dict[str, list[str]]) -> str:
        asked.append(list(modes))
        return "line"

    monkeypatch.setattr(board.view, "ask_paste_mode", choose)
    QApplication.clipboard().setText(
        "- The checklist is too long\n- I never link my bank\n\n- Sunday is budget day\n"
    )
    board.key(Qt.Key.Key_V, CTRL)
    assert asked == [["line", "paragraph"]]
    texts = sorted(n.text for n in board.snapshot().notes)
    assert texts == ["I never link my bank", "Sunday is budget day", "The checklist is too long"]
    assert set(board.session.selected_note_ids) == set(board.scene.notes)
    assert board.session.undo.stack.undoText() == "Paste 3 notes"
    # One line is one note, without asking.
    QApplication.clipboard().setText("Just this")
    board.key(Qt.Key.Key_V, CTRL)
    assert len(asked) == 1 and len(board.snapshot().notes) == 4
    rects = [(n.x, n.y) for n in board.snapshot().notes]
    assert len(set(rects)) == 4  # none on top of another


def test_text_dropped_from_another_program_becomes_notes(board: Board, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(board.view, "ask_paste_mode", lambda text, modes: "paragraph")
    data = QMimeData()
    data.setText("First paragraph\nstill first\n\nSecond paragraph")
    assert drop(board, data, QPointF(100, 100))
    assert sorted(n.text for n in board.snapshot().notes) == [
        "First paragraph\nstill first",
        "Second paragraph",
    ]


def test_dropping_an_image_file_makes_an_upright_picture_note(board: Board, tmp_path: Path) -> None:
    photo = tmp_path / "wall.jpg"
    image = Image.new("RGB", (400, 200), (200, 30, 30))
    exif = Image.Exif()
    exif[0x0112] = 6  # taken sideways: the picture is really 200 wide, 400 high
    image.save(photo, exif=exif)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo))])
    assert drop(board, data, QPointF(50, 50))
    (note,) = board.snapshot().notes
    assert note.is_image
    asset = board.snapshot().assets[0]
    assert (asset.width, asset.height) == (200, 400)
    assert note.h > note.w
    assert board.session.undo.stack.undoText() == "Add picture"
    item = board.scene.notes[note.id]
    board.view.set_zoom(1.0)
    board.view.centerOn(item.board_rect().center())
    picture = board.scene.picture(asset.id)
    assert picture is not None and picture.width() == 200
    shot = board.grab()
    middle = board.at(item.board_rect().center() - QPointF(0, 20))
    colour = shot.pixelColor(middle)
    assert colour.red() > 150 and colour.green() < 90  # the red picture is drawn


def test_a_file_that_is_not_a_picture_is_refused_in_one_line(board: Board, tmp_path: Path) -> None:
    text_file = tmp_path / "notes.docx"
    text_file.write_bytes(b"PK\x03\x04 not a picture")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(text_file))])
    with board.qtbot.waitSignal(board.session.status) as status:
        drop(board, data, QPointF(0, 0))
    assert "notes.docx: only pictures can be dropped on the board" in status.args[0]
    assert board.snapshot().notes == []


def test_a_pasted_picture_becomes_a_picture_note(board: Board) -> None:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkBlue)
    QApplication.clipboard().setImage(image)
    board.key(Qt.Key.Key_V, CTRL)
    (note,) = board.snapshot().notes
    assert note.is_image
    assert board.snapshot().assets[0].width == 120


def test_copy_and_paste_within_a_workshop_makes_new_notes_beside_the_old(board: Board) -> None:
    cluster = board.session.perform(
        lambda wf: wf.add_cluster("Trust", x=-20.0, y=-64.0, w=600.0, h=224.0)
    )
    assert cluster is not None
    ids = board.add_notes("a", "b", cluster_id=cluster.created[0])
    board.view.zoom_to_fit()
    board.view.select_notes([], [cluster.created[0]])
    board.key(Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().mimeData().hasFormat(CLIPBOARD_MIME)
    board.key(Qt.Key.Key_V, CTRL)
    snapshot = board.snapshot()
    assert len(snapshot.notes) == 4 and len(snapshot.clusters) == 2
    new_cluster = next(c for c in snapshot.clusters if c.id != cluster.created[0])
    copies = [n for n in snapshot.notes if n.id not in ids]
    assert {n.text for n in copies} == {"a", "b"}
    assert {n.cluster_id for n in copies} == {new_cluster.id}
    old = (
        snapshot.clusters[0]
        if snapshot.clusters[0].id == cluster.created[0]
        else snapshot.clusters[1]
    )
    overlap = not (
        new_cluster.x >= old.x + old.w
        or old.x >= new_cluster.x + new_cluster.w
        or new_cluster.y >= old.y + old.h
        or old.y >= new_cluster.y + new_cluster.h
    )
    assert not overlap
    assert board.session.undo.stack.undoText() == "Paste 2 notes"
    board.session.undo.undo()
    assert len(board.snapshot().notes) == 2 and len(board.snapshot().clusters) == 1


def test_cut_removes_and_paste_puts_back(board: Board) -> None:
    ids = board.add_notes("keep", "move me")
    board.view.zoom_to_fit()
    board.view.select_notes([ids[1]])
    board.key(Qt.Key.Key_X, CTRL)
    assert [n.text for n in board.snapshot().notes] == ["keep"]
    assert board.session.undo.stack.undoText() == "Cut 1 note"
    board.key(Qt.Key.Key_V, CTRL)
    assert sorted(n.text for n in board.snapshot().notes) == ["keep", "move me"]


def test_copy_between_two_open_workshops(board: Board, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = board.session.perform(lambda wf: wf.add_source("Ticket 4411", "support_ticket"))
    assert source is not None
    ids = board.add_notes("Export to CSV fails", "No source here")
    board.session.perform(lambda wf: wf.update_note(ids[0], source_id=source.created[0]))
    board.view.zoom_to_fit()
    board.key(Qt.Key.Key_A, CTRL)
    board.key(Qt.Key.Key_C, CTRL)

    other = MainWindow(QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(other)
    other.resize(900, 700)
    other.show()
    other.attach(create_workshop(tmp_path / "other.pwshop", "Breakout group"))
    second = Board(other, qtbot)
    qtbot.waitUntil(lambda: not second.feature.restore_pending)
    second.focus()
    with qtbot.waitSignal(second.session.status) as status:
        second.key(Qt.Key.Key_V, CTRL)
    notes = second.snapshot().notes
    assert sorted(n.text for n in notes) == ["Export to CSV fails", "No source here"]
    assert all(n.source_id is None for n in notes)  # that source is not in this workshop
    assert not set(ids) & {n.id for n in notes}  # fresh ids
    assert "1 of them had a source this workshop does not have" in status.args[0]
    assert second.view.visible_rect().intersects(second.scene.notes[notes[0].id].board_rect())
    other.close_workshop()
    # The first workshop is untouched.
    assert len(board.snapshot().notes) == 2
