"""A cluster is what the facilitator sees of it: its title (drawn large above the frame at
zoom to fit) and its free inside answer a click and a right-click as the cluster; a note in
it is still the note; the open board still gives the board's menu and starts a rubber band.

All on the demo in a 1280x800 window, with real mouse events on the board's viewport
(right-clicks through the window, where Qt makes the context menu from them).
"""

from __future__ import annotations

from board_driver import Board
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage

from workshop.ui.board import style
from workshop.ui.board.cluster_item import ClusterItem
from workshop.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton
CLUSTER_MENU = {"Rename Cluster", "Remove Cluster Frame", "Ungroup"}
BOARD_MENU = {"New Note", "New Empty Cluster", "Zoom to Fit"}


def _board(window: MainWindow, qtbot) -> Board:  # type: ignore[no-untyped-def]
    board = Board(window, qtbot)
    qtbot.waitUntil(lambda: not board.feature.restore_pending)
    board.focus()
    return board


def _lowest_cluster(board: Board) -> ClusterItem:
    """The first cluster of the bottom row (its large title rises over the row above)."""
    return min(board.scene.clusters.values(), key=lambda c: (-c.pos().y(), c.pos().x()))


def _free_inside(board: Board, cluster: ClusterItem) -> QPointF | None:
    """A board point inside the frame, under its band, well clear of every note, in view
    and not under something floating over the board (the overview map)."""
    frame = cluster.board_rect().intersected(board.view.visible_rect().adjusted(5, 5, -5, -5))
    viewport = board.view.viewport()
    notes = [n.board_rect().adjusted(-16, -16, 16, 16) for n in board.scene.notes.values()]
    y = frame.bottom() - 20
    while y > frame.top() + style.CLUSTER_BAND + 10:
        x = frame.right() - 20
        while x > frame.left() + 20:
            point = QPointF(x, y)
            seen = board.window.childAt(viewport.mapTo(board.window, board.at(point)))
            if seen is viewport and not any(r.contains(point) for r in notes):
                return point
            x -= 10
        y -= 10
    return None


def _on_screen(board: Board) -> QImage:
    """The board's viewport as drawn on screen."""
    return board.view.viewport().grab().toImage()


def _title_text_at_fit(board: Board, cluster: ClusterItem) -> QPoint:
    """A point on the title's letters as drawn zoomed out: above the frame's top edge, near
    its left end, where the screen shows dark text."""
    corner = board.at(cluster.pos())
    image = _on_screen(board)
    for dy in range(3, 30):
        for dx in range(8, 80):
            x, y = corner.x() + dx, corner.y() - dy
            if QColor(image.pixel(x, y)).lightness() < 90:
                return QPoint(x, y)
    raise AssertionError("no title text drawn above the frame")


def _selected_clusters(board: Board) -> list[str]:
    return [c.cluster_id for c in board.scene.selected_clusters()]


def _click(board: Board, pos: QPoint, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    board.qtbot.mouseClick(board.view.viewport(), LEFT, modifiers, pos)


def test_at_fit_a_clusters_title_and_inside_are_the_cluster(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    board = _board(demo_window, qtbot)
    view = board.view
    view.zoom_to_fit()
    board.at_rest()
    assert view.zoom() < style.DETAIL_ZOOM  # the overview: titles drawn large, above frames
    cluster = _lowest_cluster(board)
    frame_top = board.at(cluster.pos()).y()

    # Right-click on the title's letters (above the frame's own band): the cluster's menu.
    title = _title_text_at_fit(board, cluster)
    assert title.y() < frame_top
    menu = board.context_menu_at(title)
    assert menu is not None and set(menu) >= CLUSTER_MENU, menu
    assert _selected_clusters(board) == [cluster.cluster_id]

    # Right-click on its free inside: the cluster's menu too.
    board.scene.clearSelection()
    inside_point = _free_inside(board, cluster)
    assert inside_point is not None
    inside = board.at(inside_point)
    menu = board.context_menu_at(inside)
    assert menu is not None and set(menu) >= CLUSTER_MENU, menu
    assert _selected_clusters(board) == [cluster.cluster_id]

    # Left-clicks select it, from either place; Ctrl+click takes it out again.
    board.scene.clearSelection()
    _click(board, inside)
    qtbot.waitUntil(lambda: _selected_clusters(board) == [cluster.cluster_id])
    assert board.scene.selected_notes() == []
    _click(board, inside, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not board.scene.selectedItems())
    _click(board, title)
    qtbot.waitUntil(lambda: _selected_clusters(board) == [cluster.cluster_id])

    # A note inside the cluster is still the note.
    member = board.scene.member_items(cluster.cluster_id)[0]
    on_note = board.at(member.board_rect().center())
    _click(board, on_note)
    qtbot.waitUntil(lambda: [n.note_id for n in board.scene.selected_notes()] == [member.note_id])
    assert _selected_clusters(board) == []
    menu = board.context_menu_at(on_note)
    assert menu is not None and "Edit Note" in menu and "Rename Cluster" not in menu

    # The open board (below everything): the board's menu.
    everything = view.mapFromScene(board.scene.board_rect()).boundingRect()
    empty = QPoint(everything.center().x(), everything.bottom() + 20)
    assert view.item_at(empty) is None
    menu = board.context_menu_at(empty)
    assert menu is not None and set(menu) >= BOARD_MENU and "Rename Cluster" not in menu, menu

    # A double-click on the title renames the cluster (as on its band).
    qtbot.mouseDClick(view.viewport(), LEFT, pos=title)
    qtbot.waitUntil(lambda: view.title_editor.is_open)
    assert view.editing_cluster == cluster.cluster_id
    qtbot.keyClick(view.title_editor, Qt.Key.Key_Escape)


def test_at_fit_a_rubber_band_from_the_open_board_and_a_drag_by_the_title(
    demo_window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    board = _board(demo_window, qtbot)
    view = board.view
    view.zoom_to_fit()
    board.at_rest()
    viewport = view.viewport()
    # A rubber band from the open board below the loose notes, around them.
    loose = [n for n in board.scene.notes.values() if n.note.cluster_id is None]
    assert loose
    around = QRectF()
    for note in loose:
        around |= note.board_rect()
    start = board.at(around.bottomRight() + QPointF(40, 40))
    end = board.at(around.topLeft() - QPointF(10, 10))
    assert view.item_at(start) is None
    qtbot.mousePress(viewport, LEFT, pos=start)
    for step in range(1, 7):
        qtbot.mouseMove(viewport, start + (end - start) * (step / 6))
    qtbot.mouseRelease(viewport, LEFT, pos=end)
    assert {n.note_id for n in board.scene.selected_notes()} == {n.note_id for n in loose}
    assert _selected_clusters(board) == []

    # A cluster dragged by its large title moves, notes and all, as one undo step.
    cluster = _lowest_cluster(board)
    before = QPointF(cluster.pos())
    members = {n.note_id: QPointF(n.pos()) for n in board.scene.member_items(cluster.cluster_id)}
    stack = board.session.undo.stack
    steps = stack.count()
    title = _title_text_at_fit(board, cluster)
    target = title + QPoint(0, 60)
    qtbot.mousePress(viewport, LEFT, pos=title)
    for step in range(1, 7):
        qtbot.mouseMove(viewport, title + QPoint(0, 10 * step))
    qtbot.mouseRelease(viewport, LEFT, pos=target)
    moved = next(c for c in board.snapshot().clusters if c.id == cluster.cluster_id)
    delta = QPointF(moved.x, moved.y) - before
    assert delta.x() == 0 and abs(delta.y() - 60 / view.zoom()) < 2 / view.zoom()
    for note_id, start_at in members.items():
        note = board.note(note_id)
        assert QPointF(note.x, note.y) == start_at + delta
    assert stack.count() == steps + 1 and stack.undoText() == "Move cluster"
    board.session.undo.undo()
    assert board.scene.clusters[cluster.cluster_id].pos() == before


def test_at_100_percent_the_band_title_and_the_inside_are_the_cluster(
    demo_window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    board = _board(demo_window, qtbot)
    view = board.view
    view.actual_size()
    cluster = _lowest_cluster(board)
    view.centerOn(cluster.board_rect().center())
    board.at_rest()
    band = cluster.band_rect().translated(cluster.pos())
    # The title's letters, drawn in the band at this zoom.
    image = _on_screen(board)
    left = board.at(band.topLeft() + QPointF(14, band.height() / 2))
    title = next(
        QPoint(x, left.y() + dy)
        for x in range(left.x(), left.x() + 120)
        for dy in range(-6, 7)
        if QColor(image.pixel(x, left.y() + dy)).lightness() < 90
    )
    menu = board.context_menu_at(title)
    assert menu is not None and set(menu) >= CLUSTER_MENU, menu

    board.scene.clearSelection()
    inside_point = _free_inside(board, cluster)
    assert inside_point is not None
    inside = board.at(inside_point)
    menu = board.context_menu_at(inside)
    assert menu is not None and set(menu) >= CLUSTER_MENU, menu
    board.scene.clearSelection()
    _click(board, inside)
    qtbot.waitUntil(lambda: _selected_clusters(board) == [cluster.cluster_id])
    member = board.scene.member_items(cluster.cluster_id)[0]
    _click(board, board.at(member.board_rect().center()))
    qtbot.waitUntil(lambda: [n.note_id for n in board.scene.selected_notes()] == [member.note_id])
    assert _selected_clusters(board) == []
