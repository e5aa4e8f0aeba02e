"""Selecting many notes and changing them at once; the board following other panels."""

from __future__ import annotations

from board_driver import Board
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QMenu

from workshop.domain.model import NOTE_COLOURS
from workshop.ui.board import board_view
from workshop.ui.board.note_item import NoteItem

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def test_rubber_band_and_shift_click_select_then_recolour_in_one_step(board: Board) -> None:
    ids = board.add_notes("a", "b", "c", "d")
    board.view.zoom_to_fit()
    # Rubber band around the first two, then Shift+click the last.
    first = board.scene.notes[ids[0]].board_rect()
    second = board.scene.notes[ids[1]].board_rect()
    board.drag(first.topLeft() - QPointF(10, 10), second.bottomRight() + QPointF(10, 10))
    board.click(board.centre_of(ids[3]), SHIFT)
    assert set(board.session.selected_note_ids) == {ids[0], ids[1], ids[3]}
    # Ctrl+click toggles one off again.
    board.click(board.centre_of(ids[1]), CTRL)
    assert set(board.session.selected_note_ids) == {ids[0], ids[3]}
    pink = dict(NOTE_COLOURS)["Pink"]
    colour = next(a for a in board.feature.actions.colour_menu.actions() if a.text() == "Pink")
    colour.trigger()
    colours = {n.id: n.colour for n in board.snapshot().notes}
    assert colours[ids[0]] == colours[ids[3]] == pink
    assert colours[ids[1]] == colours[ids[2]] != pink
    assert board.scene.notes[ids[0]].brush().color().name() == pink
    assert board.session.undo.stack.undoText() == "Recolour"
    board.session.undo.undo()
    assert {n.colour for n in board.snapshot().notes} == {colours[ids[1]]}


def test_assigning_a_source_to_the_selection_ends_their_assumption(board: Board) -> None:
    change = board.session.perform(lambda wf: wf.add_source("Interview with Ana", "interview"))
    assert change is not None
    source_id = change.created[0]
    ids = board.add_notes("a", "b", "c")
    board.view.zoom_to_fit()
    board.view.select_notes(ids[:2])
    menu = board.feature.actions.source_menu
    menu.aboutToShow.emit()
    action = next(a for a in menu.actions() if "Interview with Ana" in a.text())
    action.trigger()
    sources = {n.id: n.source_id for n in board.snapshot().notes}
    assert sources == {ids[0]: source_id, ids[1]: source_id, ids[2]: None}
    assert board.scene.notes[ids[0]].pen().style() == Qt.PenStyle.SolidLine
    assert board.scene.notes[ids[2]].pen().style() == Qt.PenStyle.DashLine  # still an assumption


def test_move_to_cluster_lays_the_notes_out_inside_it(board: Board) -> None:
    change = board.session.perform(
        lambda wf: wf.add_cluster("Money worries", x=1000.0, y=0.0, w=400.0, h=300.0)
    )
    assert change is not None
    cluster_id = change.created[0]
    ids = board.add_notes("a", "b", "c")
    board.view.select_notes(ids)
    menu = board.feature.actions.cluster_menu
    menu.aboutToShow.emit()
    next(a for a in menu.actions() if a.text() == "Money worries").trigger()
    snapshot = board.snapshot()
    frame = snapshot.clusters[0]
    for note in snapshot.notes:
        assert note.cluster_id == cluster_id
        assert frame.x < note.x and note.x + note.w <= frame.x + frame.w
        assert frame.y < note.y and note.y + note.h <= frame.y + frame.h
    assert board.session.undo.stack.undoText() == "Move 3 notes into “Money worries”"


def test_other_panels_can_ask_the_board_to_show_notes(board: Board, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(board_view, "FLASH_MS", 50)
    ids = board.add_notes("far away", x=5000, y=5000)
    ids += board.add_notes("near", x=0, y=0)
    board.view.set_zoom(1.0)
    board.view.centerOn(0, 0)
    board.session.highlight_requested.emit([ids[0]])
    assert board.session.selected_note_ids == [ids[0]]
    assert board.view.visible_rect().contains(board.scene.notes[ids[0]].board_rect())
    assert len(board.view.flashes) == 1
    board.qtbot.waitUntil(lambda: not board.view.flashes, timeout=3000)
    # A selection made elsewhere (e.g. the persona editor) is followed too.
    board.session.set_selection([ids[1]])
    assert [i.note_id for i in board.scene.selected_notes()] == [ids[1]]


def test_dragging_a_notes_marker_carries_it_to_a_persona(board: Board, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ids = board.add_notes("evidence", "more evidence")
    board.view.set_zoom(1.0)
    board.view.centerOn(200, 60)
    dragged: list[tuple[list[str], list[str]]] = []
    monkeypatch.setattr(
        board.view, "start_evidence_drag", lambda notes, clusters: dragged.append((notes, clusters))
    )
    board.view.select_notes(ids)
    marker = board.scene.notes[ids[0]].marker_rect().center()
    board.drag(marker, marker + QPointF(80, 300))
    assert dragged == [(sorted(ids, key=lambda n: (board.scene.notes[n].zValue(), n)), [])]
    # The notes themselves did not move.
    assert [(n.x, n.y) for n in board.snapshot().notes] == [(0.0, 0.0), (200.0, 0.0)]


def test_the_context_menu_offers_the_board_actions(board: Board) -> None:
    (note_id,) = board.add_notes("right-click me")
    board.view.zoom_to_fit()
    board.click(board.centre_of(note_id))
    menu = board.feature.actions.context_menu()
    assert isinstance(menu, QMenu)
    texts = [a.text() for a in menu.actions()]
    assert "&Edit Note" in texts and "&Delete" in texts and "C&olour" in texts
    menu.deleteLater()
    assert isinstance(board.scene.notes[note_id], NoteItem)


def test_the_context_menu_of_a_cluster_names_what_it_does_to_the_cluster(board: Board) -> None:
    (note_id,) = board.add_notes("inside", x=420, y=60)
    change = board.session.perform(lambda wf: wf.group_into_cluster([note_id], "Fees"))
    assert change is not None
    cluster_id = next(iter(board.scene.clusters))
    board.view.zoom_to_fit()
    frame = board.scene.clusters[cluster_id].sceneBoundingRect()
    board.click(QPointF(frame.center().x(), frame.top() + 8))  # its title bar
    assert [c.cluster.id for c in board.scene.selected_clusters()] == [cluster_id]
    menu = board.feature.actions.context_menu()
    texts = [a.text() for a in menu.actions()]
    assert "R&ename Cluster" in texts and "Remo&ve Cluster Frame" in texts
    assert "&Edit Note" not in texts
    menu.deleteLater()
    # A note selected again: the same actions speak of notes.
    board.click(board.centre_of(note_id))
    menu = board.feature.actions.context_menu()
    texts = [a.text() for a in menu.actions()]
    assert "&Edit Note" in texts and "&Delete" in texts
    menu.deleteLater()
