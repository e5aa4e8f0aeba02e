"""The board as the facilitator works on it: click, drag, resize, type, drop.

Gestures (also in the status tips):
- drag a note or a cluster's title band (zoomed out: its title drawn large) to move it;
  drop a note on a cluster to put it in (at the nearest spot free of its other notes);
- click or right-click a cluster's title or free inside to select it; a drag that starts
  on its free inside is a rubber band;
- drag the bottom-right corner of a selected note or cluster to resize it;
- drag a note by its source marker (top-left) or a cluster by its note count to link it to
  a persona item (the drag carries ``mime.evidence_mime``);
- double-click empty space (or a cluster's inside) for a new note, a note to edit it, a
  cluster's title to rename it; Shift+click adds to the selection, Ctrl+click toggles;
- arrow keys move the selection (Shift: ten times further), one undo step per key press;
- drop picture files, pictures or text from other programs onto the board.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QCursor,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QMenu,
    QToolTip,
    QWidget,
)

from workshop.domain.model import DEFAULT_NOTE_COLOUR
from workshop.io.plaintext import PasteMode
from workshop.ui.board import incoming, outside, style
from workshop.ui.board.cluster_item import ClusterItem
from workshop.ui.board.dragging import MoveSession
from workshop.ui.board.editor import NoteEditor, TitleEditor
from workshop.ui.board.note_item import NoteItem
from workshop.ui.board.operations import BoardEditing, default_note_rect
from workshop.ui.board.scene import BoardScene
from workshop.ui.board.view import NavigableView
from workshop.ui.mime import evidence_mime
from workshop.ui.plain import tooltip
from workshop.ui.session import WorkshopSession

BoardItem = NoteItem | ClusterItem


class Hit(Enum):
    """Which part of the board a point is on (``BoardView.hit_at``)."""

    NOTHING = "nothing"
    ITEM = "item"
    TITLE = "title"
    INSIDE = "inside"


ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
NUDGE = 10.0
FLASH_MS = 1500


class BoardView(NavigableView):
    def __init__(
        self,
        scene: BoardScene,
        session: WorkshopSession,
        editing: BoardEditing,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(scene, parent)
        self.session = session
        self.editing = editing
        self.setObjectName("boardView")
        self.setAccessibleName(self.tr("Evidence board"))
        self.setStatusTip(
            self.tr(
                "Double-click for a new note · drag a note onto a cluster to group it · "
                "drag a note by its marker to link it to a persona · space+drag to pan"
            )
        )
        self.setAcceptDrops(True)
        self.note_editor = NoteEditor(self.viewport())
        self.note_editor.committed.connect(self._note_typed)
        self.note_editor.cancelled.connect(self._note_cancelled)
        self.title_editor = TitleEditor(self.viewport())
        self.title_editor.committed.connect(self._title_typed)
        self.title_editor.cancelled.connect(self._edit_ended)
        self.editing_note: str | None = None
        self.editing_cluster: str | None = None
        self._new_note: QRectF | None = None
        self._move: MoveSession | None = None
        self._move_from = QPoint()
        #: A press on a frame's free inside, until it turns into a rubber band.
        self._inside_press: tuple[ClusterItem, QPoint] | None = None
        self._nudge: MoveSession | None = None
        self._resize: tuple[BoardItem, QPointF, float, float] | None = None
        self._handle: tuple[BoardItem, QPoint] | None = None
        self.flashes: list[QGraphicsRectItem] = []
        #: Builds the context menu (the board feature sets it).
        self.context_menu: Callable[[], QMenu | None] = lambda: None

    # Finding things under the pointer ---------------------------------------------------
    def item_at(self, pos: QPoint) -> BoardItem | None:
        return self.hit_at(pos)[0]

    def hit_at(self, pos: QPoint) -> tuple[BoardItem | None, Hit]:
        """What the facilitator sees under ``pos`` (viewport pixels), and which part of it:
        a cluster's title drawn over the board zoomed out (``TITLE``), a note or a frame's
        band or edge (``ITEM``), the free inside of a frame (``INSIDE``), or nothing."""
        title = self._title_at(pos)
        if title is not None:
            return title, Hit.TITLE
        found: BoardItem | None = None
        for item in self.items(pos):
            found = self.board.board_item(item)
            if found is not None:
                break
        if isinstance(found, NoteItem):
            return found, Hit.ITEM
        around = self.board.cluster_at(self.mapToScene(pos))
        if around is not None and (found is None or around.zValue() > found.zValue()):
            return around, Hit.INSIDE  # (also a frame drawn over another one's band)
        return found, (Hit.NOTHING if found is None else Hit.ITEM)

    def _title_at(self, pos: QPoint) -> ClusterItem | None:
        """The cluster whose title, drawn large over the board when zoomed out, is at
        ``pos`` (the topmost one)."""
        if self.zoom() >= style.DETAIL_ZOOM:
            return None
        point = QPointF(pos)
        found: ClusterItem | None = None
        for cluster in self.board.clusters.values():
            if found is not None and cluster.zValue() < found.zValue():
                continue
            label = cluster.label
            if not label.reach_in(self).contains(point):
                continue  # not near: no need to measure its title
            box = label.box_in(self)
            if box is not None and box.contains(point):
                found = cluster
        return found

    def pointer_on_board(self) -> QPointF:
        """Where new things go: under the mouse if it is over the board, else the middle."""
        pos = self.viewport().mapFromGlobal(QCursor.pos())
        if self.viewport().rect().contains(pos) and self.underMouse():
            return self.mapToScene(pos)
        return self.visible_rect().center()

    # Mouse ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.wants_pan(event) or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position().toPoint()
        item, hit = self.hit_at(pos)
        modifiers = event.modifiers()
        if hit is Hit.TITLE and isinstance(item, ClusterItem):
            self._press_title(item, pos, modifiers)
            event.accept()
            return
        if hit is Hit.INSIDE and isinstance(item, ClusterItem):
            if modifiers & Qt.KeyboardModifier.ShiftModifier:
                item.setSelected(True)
                event.accept()
                return
            # A rubber band may start here (Qt's); a click without a drag selects the frame.
            self._inside_press = (item, pos)
            super().mousePressEvent(event)
            return
        if item is not None and not self.session.read_only:
            local = item.mapFromScene(self.mapToScene(pos))
            if item.isSelected() and item.grip_rect().contains(local):
                size = item.rect().size()
                self._resize = (item, self.mapToScene(pos), size.width(), size.height())
                event.accept()
                return
            on_handle = (
                item.marker_rect().contains(local)
                if isinstance(item, NoteItem)
                else item.badge_rect().contains(local)
            )
            if on_handle and not modifiers:
                self._handle = (item, pos)
                event.accept()
                return
        if item is not None and modifiers & Qt.KeyboardModifier.ShiftModifier:
            item.setSelected(True)
            event.accept()
            return
        super().mousePressEvent(event)
        if (
            item is not None
            and not self.session.read_only
            and self.scene().mouseGrabberItem() is not None
        ):
            self._move = MoveSession(self.board, item, self.mapToScene(pos))
            self._move_from = pos

    def _press_title(self, item: ClusterItem, pos: QPoint, modifiers: Qt.KeyboardModifier) -> None:
        """A press on a cluster's title drawn zoomed out does what one on its band does
        (select it; a drag moves it): the title is where the facilitator sees the band."""
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            item.setSelected(not item.isSelected())
            return
        if not item.isSelected():
            if not modifiers & Qt.KeyboardModifier.ShiftModifier:
                self.board.clearSelection()
            item.setSelected(True)
        if not self.session.read_only:
            self._move = MoveSession(self.board, item, self.mapToScene(pos))
            self._move_from = pos

    def _select_frame(self, item: ClusterItem, modifiers: Qt.KeyboardModifier) -> None:
        """A click on a frame's free inside selects the frame (Ctrl toggles it)."""
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            item.setSelected(not item.isSelected())
            return
        self.board.clearSelection()
        item.setSelected(True)
        self._clicked(item)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._inside_press is not None:
            far = (pos - self._inside_press[1]).manhattanLength()
            if far >= QApplication.startDragDistance():
                self._inside_press = None  # a rubber band, not a click
        if self._resize is not None:
            item, start, w, h = self._resize
            delta = self.mapToScene(pos) - start
            low_w, low_h = style.MIN_NOTE if isinstance(item, NoteItem) else style.MIN_CLUSTER
            item.set_size(max(low_w, w + delta.x()), max(low_h, h + delta.y()))
            event.accept()
            return
        if self._handle is not None:
            item, pressed = self._handle
            if (pos - pressed).manhattanLength() >= QApplication.startDragDistance():
                self._handle = None
                self._drag_evidence(item)
            event.accept()
            return
        super().mouseMoveEvent(event)
        if self._move is not None and event.buttons() & Qt.MouseButton.LeftButton:
            far = (pos - self._move_from).manhattanLength() >= QApplication.startDragDistance()
            if far or self._move.dragging:
                self._move.drag_to(self.mapToScene(pos))
        elif not event.buttons():
            self._hover_cursor(pos)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._resize is not None:
            item, _start, w, h = self._resize
            self._resize = None
            size = item.rect().size()
            if (size.width(), size.height()) != (w, h):
                if isinstance(item, NoteItem):
                    self.editing.resize_note(item.note_id, size.width(), size.height())
                    if item.note.w != size.width() or item.note.h != size.height():
                        item.set_size(item.note.w, item.note.h)
                else:
                    self.editing.resize_cluster(item.cluster_id, size.width(), size.height())
                    item.set_cluster(item.cluster)
            event.accept()
            return
        if self._handle is not None:
            item, _pressed = self._handle
            self._handle = None
            self.board.clearSelection()
            item.setSelected(True)
            self._clicked(item)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        inside, self._inside_press = self._inside_press, None
        if inside is not None and event.button() == Qt.MouseButton.LeftButton:
            self._select_frame(inside[0], event.modifiers())
        move, self._move = self._move, None
        if move is not None and not move.finish(self.editing):
            self._clicked(move.pressed)

    def _clicked(self, item: BoardItem | None) -> None:
        if isinstance(item, NoteItem):
            self.session.note_clicked.emit(item.note_id)
        elif isinstance(item, ClusterItem):
            self.session.cluster_clicked.emit(item.cluster_id)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        pos = event.position().toPoint()
        item, hit = self.hit_at(pos)
        event.accept()
        if isinstance(item, NoteItem):
            self.edit_note(item.note_id)
        elif isinstance(item, ClusterItem) and (
            hit is Hit.TITLE or item.band_rect().contains(item.mapFromScene(self.mapToScene(pos)))
        ):
            self.edit_cluster_title(item.cluster_id)
        else:
            self.new_note_at(self.mapToScene(pos))

    def _hover_cursor(self, pos: QPoint) -> None:
        item, hit = self.hit_at(pos)
        shape = None
        if item is not None and hit is Hit.ITEM and not self.session.read_only:
            local = item.mapFromScene(self.mapToScene(pos))
            if item.isSelected() and item.grip_rect().contains(local):
                shape = Qt.CursorShape.SizeFDiagCursor
            elif (
                item.marker_rect().contains(local)
                if isinstance(item, NoteItem)
                else item.badge_rect().contains(local)
            ):
                shape = Qt.CursorShape.DragLinkCursor
        if self.panning:
            return
        if shape is None:
            self.viewport().unsetCursor()
        else:
            self.viewport().setCursor(shape)

    # Linking to personas ------------------------------------------------------------------
    def _drag_evidence(self, item: BoardItem) -> None:
        if isinstance(item, NoteItem):
            if item.isSelected():
                notes = [i.note_id for i in self.board.selected_notes()]
                clusters = [c.cluster_id for c in self.board.selected_clusters()]
            else:
                notes, clusters = [item.note_id], []
        else:
            notes, clusters = [], [item.cluster_id]
        self.start_evidence_drag(notes, clusters)

    def start_evidence_drag(self, note_ids: list[str], cluster_ids: list[str]) -> None:
        """Drag notes and clusters out of the board (onto a persona item)."""
        drag = QDrag(self)
        drag.setMimeData(evidence_mime(note_ids, cluster_ids))
        drag.exec(Qt.DropAction.LinkAction | Qt.DropAction.CopyAction, Qt.DropAction.LinkAction)

    # Typing -------------------------------------------------------------------------------
    def new_note_at(self, centre: QPointF) -> None:
        """Open an empty note at ``centre``; it is made when the facilitator finishes typing."""
        if self.session.read_only:
            return
        self._close_editors()
        rect = default_note_rect(centre)
        self._hold_place(rect)
        self.editing_note = None
        self._new_note = rect
        self.note_editor.open(self._editor_rect(rect), "", DEFAULT_NOTE_COLOUR, self.editor_zoom())

    def edit_note(self, note_id: str) -> None:
        item = self.board.notes.get(note_id)
        if item is None or self.session.read_only:
            return
        self._close_editors()
        rect = item.board_rect()
        self._hold_place(rect)
        self.board.clearSelection()
        item.setSelected(True)
        self.editing_note = note_id
        self._new_note = None
        self.note_editor.open(
            self._editor_rect(rect), item.note.text, item.note.colour, self.editor_zoom()
        )

    def edit_cluster_title(self, cluster_id: str) -> None:
        item = self.board.clusters.get(cluster_id)
        if item is None or self.session.read_only:
            return
        self._close_editors()
        band = item.band_rect().translated(item.pos())
        self._hold_place(band)
        self.editing_cluster = cluster_id
        self.title_editor.open(self._editor_rect(band), item.cluster.title, self.editor_zoom())

    def _close_editors(self) -> None:
        self.note_editor.finish(keep=True)
        self.title_editor.finish(keep=True)

    def _note_typed(self, text: str) -> None:
        text = text.strip()
        if self._new_note is not None:
            rect, self._new_note = self._new_note, None
            if text:
                note_id = self.editing.add_note(text, rect)
                if note_id is not None:
                    self.select_notes([note_id])
        elif self.editing_note is not None:
            self.editing.set_text(self.editing_note, text)
        self._edit_ended()

    def _note_cancelled(self) -> None:
        """Esc: an edit of a note is dropped, but a new note keeps what was typed."""
        if self._new_note is not None and self.note_editor.toPlainText().strip():
            self._note_typed(self.note_editor.toPlainText())
            return
        self._edit_ended()

    def _title_typed(self, text: str) -> None:
        if self.editing_cluster is not None:
            self.editing.rename_cluster(self.editing_cluster, text)
        self._edit_ended()

    def _edit_ended(self) -> None:
        self.editing_note = None
        self.editing_cluster = None
        self._new_note = None
        self._back_in_place()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def moved(self) -> None:
        super().moved()
        if self.note_editor.is_open:
            target = self._new_note
            if target is None and self.editing_note in self.board.notes:
                target = self.board.notes[self.editing_note].board_rect()
            if target is not None:
                self.note_editor.place(self._editor_rect(target))
        if self.title_editor.is_open and self.editing_cluster in self.board.clusters:
            item = self.board.clusters[self.editing_cluster]
            self.title_editor.place(self._editor_rect(item.band_rect().translated(item.pos())))

    # Keys ---------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = ARROWS.get(Qt.Key(event.key()))
        if step is not None and not self.session.read_only and self.board.selectedItems():
            if self._nudge is None:
                self._nudge = MoveSession(self.board)
            far = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            distance = NUDGE * (10 if far else 1)
            self._nudge.nudge(step[0] * distance, step[1] * distance)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self.board.selectedItems():
            self.board.clearSelection()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if Qt.Key(event.key()) in ARROWS and self._nudge is not None:
            if not event.isAutoRepeat():
                nudge, self._nudge = self._nudge, None
                nudge.finish(self.editing, bring_to_front=False)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event: object) -> None:
        if self._nudge is not None:
            nudge, self._nudge = self._nudge, None
            nudge.finish(self.editing, bring_to_front=False)
        super().focusOutEvent(event)  # type: ignore[arg-type]

    # Selection and highlighting ---------------------------------------------------------------
    def select_notes(self, note_ids: list[str], cluster_ids: list[str] | None = None) -> None:
        """Select exactly these notes (and clusters), with one selection signal."""
        board = self.board
        board.blockSignals(True)
        try:
            board.clearSelection()
            for note_id in note_ids:
                item = board.notes.get(note_id)
                if item is not None:
                    item.setSelected(True)
            for cluster_id in cluster_ids or []:
                cluster = board.clusters.get(cluster_id)
                if cluster is not None:
                    cluster.setSelected(True)
        finally:
            board.blockSignals(False)
        board.selectionChanged.emit()

    def highlight(self, note_ids: list[str]) -> None:
        """Show notes someone asked about: select them, bring them into view, flash them."""
        items = [self.board.notes[n] for n in note_ids if n in self.board.notes]
        if not items:
            self.session.status.emit(self.tr("Those notes are no longer on the board."))
            return
        self.select_notes([i.note_id for i in items])
        area = QRectF()
        for item in items:
            area |= item.board_rect()
        self.show_rect(area)
        self._clear_flashes()
        pen = QPen(QColor("#ff6f00"), 4)
        pen.setCosmetic(True)
        for item in items[:200]:
            flash = QGraphicsRectItem(item.board_rect().adjusted(-6, -6, 6, 6))
            flash.setPen(pen)
            flash.setZValue(950_000)
            flash.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.board.addItem(flash)
            self.flashes.append(flash)
        QTimer.singleShot(FLASH_MS, self, self._clear_flashes)

    def _clear_flashes(self) -> None:
        for flash in self.flashes:
            if flash.scene() is self.board:
                self.board.removeItem(flash)
        self.flashes.clear()

    # Things from other programs ------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.session.read_only and outside.can_take(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self.session.read_only and outside.can_take(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        # Drags are the view's, never the scene's: QGraphicsView's own handler would warn
        # "drag leave received before drag enter", its enter handler never having run.
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.session.read_only or not outside.can_take(event.mimeData()):
            event.ignore()
            return
        event.acceptProposedAction()
        self.take(event.mimeData(), self.mapToScene(event.position().toPoint()))

    def take(self, data: QMimeData, near: QPointF) -> None:
        """Notes from a drop or a paste: copied notes, pictures, or text."""
        incoming.take(self, data, near)

    def ask_paste_mode(self, text: str, modes: dict[PasteMode, list[str]]) -> PasteMode | None:
        """How to split pasted text into notes (tests replace this)."""
        return incoming.ask_paste_mode(self, text, modes)

    # Context menu and tooltips --------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.item_at(event.pos())
        if item is not None and not item.isSelected():
            self.board.clearSelection()
            item.setSelected(True)
        menu = self.context_menu()
        if menu is not None:
            menu.exec(event.globalPos())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.item_at(event.pos())
            text = self.tooltip_text(item) if item is not None else ""
            if text:
                QToolTip.showText(event.globalPos(), tooltip(text), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def tooltip_text(self, item: BoardItem) -> str:
        if isinstance(item, ClusterItem):
            return item.cluster.title
        note = item.note
        source = self.board.source_for(note)
        lines = [note.text]
        if note.question:
            lines.append(self.tr("Question: {0}").format(" ".join(note.question.split())))
        if source is not None:
            lines.append(f"— {style.kind_name(source.kind)}: {source.label}")
        else:
            lines.append(self.tr("— assumption (no source)"))
        return "\n".join(lines)
