"""Dragging evidence (a note's source marker, a cluster's badge) out of the board toward a
persona: the drag enters the board, moves over it and leaves it. Qt warned
"QGraphicsView::dragLeaveEvent: drag leave received before drag enter" on every such drag;
Qt warnings fail tests."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent
from PySide6.QtWidgets import QApplication

from workshop.ui.board.feature import BoardFeature
from workshop.ui.main_window import MainWindow
from workshop.ui.mime import evidence_mime


def test_an_evidence_drag_that_leaves_the_board_warns_nothing(demo_window: MainWindow) -> None:
    feature = next(f for f in demo_window._features if isinstance(f, BoardFeature))
    viewport = feature.view.viewport()
    note = next(iter(feature.scene.notes.values()))
    cluster = next(iter(feature.scene.clusters.values()))
    data = evidence_mime([note.note_id], [cluster.cluster_id])
    actions = Qt.DropAction.LinkAction | Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    at = viewport.rect().center()
    # The events the drag sends the board, in the order the system sends them.
    enter = QDragEnterEvent(at, actions, data, buttons, keys)
    QApplication.sendEvent(viewport, enter)
    assert not enter.isAccepted()  # evidence is not dropped on the board itself
    move = QDragMoveEvent(at + QPoint(8, 0), actions, data, buttons, keys)
    QApplication.sendEvent(viewport, move)
    leave = QDragLeaveEvent()
    QApplication.sendEvent(viewport, leave)
    assert leave.isAccepted()
