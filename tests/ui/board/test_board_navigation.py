"""Finding one's way around a big board: zoom keys, fit, wheel, pinch, panning, the map."""

from __future__ import annotations

from board_driver import Board
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QNativeGestureEvent, QPointingDevice, QWheelEvent
from PySide6.QtWidgets import QApplication

from workshop.ui.board import style

CTRL = Qt.KeyboardModifier.ControlModifier


def spread(board: Board) -> list[str]:
    ids = board.add_notes(*[f"note {i}" for i in range(10)], x=-1000, y=-400)
    ids += board.add_notes("far right", x=4000, y=2500)
    return ids


def test_ctrl_0_fits_the_whole_board_and_ctrl_1_is_100_percent(board: Board) -> None:
    ids = spread(board)
    board.view.set_zoom(2.0)
    board.key(Qt.Key.Key_0, CTRL)
    visible = board.view.visible_rect()
    assert all(visible.contains(board.scene.notes[n].board_rect()) for n in ids)
    assert board.view.zoom() < style.DETAIL_ZOOM
    assert board.scene.face_count == 0  # zoomed out: plain rectangles, nothing to read
    board.key(Qt.Key.Key_1, CTRL)
    assert board.view.zoom() == 1.0
    board.view.centerOn(board.centre_of(ids[2]))
    board.at_rest()  # faces are made once the zoom has come to rest
    assert board.scene.face_count > 0
    assert board.scene.notes[ids[2]].face is not None
    shown = {i.note_id for i in board.scene.notes.values() if i.face is not None}
    assert all(
        board.scene.notes[n].board_rect().intersects(board.scene.detail_regions[0]) for n in shown
    )


def test_zoom_keys_and_ctrl_wheel(board: Board) -> None:
    spread(board)
    board.view.set_zoom(1.0)
    board.key(Qt.Key.Key_Equal, CTRL)
    assert abs(board.view.zoom() - 1.25) < 1e-9
    board.key(Qt.Key.Key_Minus, CTRL)
    board.key(Qt.Key.Key_Minus, CTRL)
    assert abs(board.view.zoom() - 0.8) < 1e-9
    viewport = board.view.viewport()
    pos = QPoint(200, 150)
    fixed = board.view.mapToScene(pos)
    wheel = QWheelEvent(
        QPointF(pos),
        QPointF(viewport.mapToGlobal(pos)),
        QPoint(),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        CTRL,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert board.view.zoom() > 1.0
    moved = board.view.mapToScene(pos) - fixed
    assert abs(moved.x()) < 2 and abs(moved.y()) < 2  # the point under the mouse stays


def test_a_pinch_zooms(board: Board) -> None:
    spread(board)
    board.view.set_zoom(1.0)
    viewport = board.view.viewport()
    pinch = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        QPointF(100, 100),
        QPointF(100, 100),
        QPointF(viewport.mapToGlobal(QPoint(100, 100))),
        0.5,
        QPointF(),
        1,
    )
    QApplication.sendEvent(viewport, pinch)
    assert abs(board.view.zoom() - 1.5) < 1e-6
    assert pinch.type() == QEvent.Type.NativeGesture


def test_space_drag_and_middle_button_pan_without_moving_notes(board: Board) -> None:
    ids = spread(board)
    board.view.set_zoom(1.0)
    board.view.centerOn(board.centre_of(ids[0]))
    before = board.view.visible_rect().center()
    board.qtbot.keyPress(board.view, Qt.Key.Key_Space)
    start = board.centre_of(ids[0])
    board.drag(start, start + QPointF(100, 50))
    board.qtbot.keyRelease(board.view, Qt.Key.Key_Space)
    after = board.view.visible_rect().center()
    assert (round(before.x() - after.x()), round(before.y() - after.y())) == (100, 50)
    board.drag(start, start + QPointF(-100, -50), button=Qt.MouseButton.MiddleButton)
    assert board.view.visible_rect().center() == before
    assert board.note(ids[0]).x == -1000.0  # nothing moved
    assert board.session.undo.stack.count() == 2  # the two set-ups only
    assert not board.scene.selectedItems()


def test_the_overview_map_shows_a_big_board_and_takes_you_places(board: Board) -> None:
    ids = spread(board)
    board.view.zoom_to_fit()
    minimap = board.feature.minimap
    assert minimap.isHidden()  # everything is in view
    board.view.set_zoom(1.0)
    board.view.centerOn(board.centre_of(ids[0]))
    assert minimap.isVisible()
    target = board.scene.notes[ids[-1]].board_rect().center()
    scale, origin = minimap._to_map()
    spot = QPointF((target.x() - origin.x()) * scale, (target.y() - origin.y()) * scale)
    board.qtbot.mouseClick(minimap, Qt.MouseButton.LeftButton, pos=spot.toPoint())
    assert board.view.visible_rect().contains(target)
    board.feature.actions.minimap.setChecked(False)
    assert minimap.isHidden()


def test_a_note_moved_into_or_out_of_view_gains_or_loses_its_face(board: Board) -> None:
    near, far = board.add_notes("near", x=0, y=0)[0], board.add_notes("far", x=9000, y=6000)[0]
    board.view.set_zoom(1.0)
    board.view.centerOn(board.centre_of(near))
    assert board.scene.notes[near].face is not None
    assert board.scene.notes[far].face is None
    # Only the moved notes are looked at again; the rule is the same as for scrolling.
    board.session.perform(
        lambda wf: wf.set_note_geometry(
            {far: {"x": 200.0, "y": 0.0}, near: {"x": 9000.0, "y": 6000.0}}, "Swap"
        )
    )
    assert board.scene.notes[far].face is not None
    assert board.scene.notes[near].face is None
    assert board.scene.face_count == len(
        [i for i in board.scene.notes.values() if i.face is not None]
    )
    board.key(Qt.Key.Key_Z, CTRL)
    assert board.scene.notes[near].face is not None
    assert board.scene.notes[far].face is None
