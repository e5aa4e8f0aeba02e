"""Looking around the board: zoom (Ctrl+wheel, pinch, keys), fit, 100%, and panning
(space+drag, middle button, scrollbars), and remembering where the facilitator was.
"""

from __future__ import annotations

import json
import math

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGestureEvent, QGraphicsView, QPinchGesture, QWidget

from workshop.ui.board.scene import BoardScene

MIN_ZOOM = 0.02
MAX_ZOOM = 4.0
ZOOM_STEP = 1.25
#: Zoom to fit never magnifies a small board beyond this.
FIT_MAX_ZOOM = 1.5
#: Room left around the board by zoom to fit, as a share of its size.
FIT_MARGIN = 0.04


def clamp_zoom(zoom: float) -> float:
    if not math.isfinite(zoom) or zoom <= 0:
        return 1.0
    return max(MIN_ZOOM, min(MAX_ZOOM, zoom))


#: Where a view is: its transform and its scroll bars.
Place = tuple[QTransform, int, int]
#: Below this zoom a note or title is edited in a box drawn at this zoom over it (the
#: board itself never moves to edit).
EDIT_ZOOM = 0.75


class NavigableView(QGraphicsView):
    #: The view scrolled or zoomed.
    view_moved = Signal()

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.board = scene
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._pan_from: QPoint | None = None
        self._space_down = False
        #: Fit the board again when the view is resized, until the facilitator moves it.
        self.fit_on_resize = False
        self._settling = 0
        #: Where the view was when an edit began (it is put back there when the edit ends).
        self._edit_place: tuple[Place, Place] | None = None

    # Zoom ----------------------------------------------------------------------------------
    def zoom(self) -> float:
        t = self.transform()
        return math.hypot(t.m11(), t.m12())

    def set_zoom(self, zoom: float, anchor: QPoint | None = None) -> None:
        """Zoom to ``zoom`` keeping the board point under ``anchor`` (view pixels) in place."""
        self.fit_on_resize = False
        zoom = clamp_zoom(zoom)
        if anchor is None:
            anchor = self.viewport().rect().center()
        fixed = self.mapToScene(anchor)
        if not math.isclose(zoom, self.zoom()):
            self.board.zoom_stepped(self)
        self._settling += 1
        try:
            self.setTransform(QTransform.fromScale(zoom, zoom))
            self._keep(fixed, anchor)
        finally:
            self._settling -= 1
        self.moved()

    def _keep(self, scene_point: QPointF, anchor: QPoint) -> None:
        moved = self.mapFromScene(scene_point) - anchor
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())

    def zoom_by(self, factor: float, anchor: QPoint | None = None) -> None:
        self.set_zoom(self.zoom() * factor, anchor)

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def zoom_to_fit(self) -> None:
        """Everything on the board in view (Ctrl+0)."""
        rect = self.board.board_rect()
        if rect.isEmpty():
            self.setTransform(QTransform())
            self.centerOn(0.0, 0.0)
            self.jumped()
            return
        self.show_rect(rect, max_zoom=FIT_MAX_ZOOM, always_fit=True)

    def show_rect(self, rect: QRectF, *, max_zoom: float = 1.0, always_fit: bool = False) -> None:
        """Bring a board area into view: zoomed out until it fits, centred."""
        mx, my = rect.width() * FIT_MARGIN + 20, rect.height() * FIT_MARGIN + 20
        target = rect.adjusted(-mx, -my, mx, my)
        view = self.viewport().rect()
        fit = min(view.width() / target.width(), view.height() / target.height())
        zoom = self.zoom()
        if always_fit or fit < zoom:
            zoom = min(fit, max_zoom) if always_fit else fit
        self._settling += 1
        try:
            self.setTransform(QTransform.fromScale(clamp_zoom(zoom), clamp_zoom(zoom)))
            self.centerOn(rect.center())
        finally:
            self._settling -= 1
        self.jumped()

    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    # Keeping faces and listeners in step -------------------------------------------------------
    def jumped(self) -> None:
        """The view went somewhere at once (fit, a note, a saved place): not a zoom gesture."""
        self.board.zoom_came_to_rest()
        self.moved()

    def moved(self) -> None:
        self.board.refresh_detail()
        self.view_moved.emit()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if not self._settling:  # a zoom scrolls on its way; it says so once at the end
            self.moved()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit_on_resize:
            self.zoom_to_fit()
            self.fit_on_resize = True
        else:
            self.moved()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.moved()

    # Wheel, pinch ------------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        self.fit_on_resize = False
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() or event.pixelDelta().y()
            if steps:
                self.zoom_by(math.pow(1.0015, steps), event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self.zoom_by(pinch.scaleFactor(), centre)
                event.accept()
                return True
        if (
            event.type() == QEvent.Type.NativeGesture
            and isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom_by(1.0 + event.value(), event.position().toPoint())
            return True
        return super().viewportEvent(event)

    # Panning -----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.fit_on_resize = False
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            if not event.isAutoRepeat():
                self._space_down = True
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            if self._pan_from is None:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def wants_pan(self, event: QMouseEvent) -> bool:
        return event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space_down
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.fit_on_resize = False
        if self.wants_pan(event):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            now = event.position().toPoint()
            delta = now - self._pan_from
            self._pan_from = now
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() in (
            Qt.MouseButton.MiddleButton,
            Qt.MouseButton.LeftButton,
        ):
            self._pan_from = None
            if self._space_down:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    @property
    def panning(self) -> bool:
        return self._pan_from is not None

    # Where the facilitator was -------------------------------------------------------------
    def state_text(self) -> str:
        centre = self.visible_rect().center()
        return json.dumps(
            {"zoom": round(self.zoom(), 5), "x": round(centre.x(), 2), "y": round(centre.y(), 2)}
        )

    def restore_state(self, text: str) -> bool:
        """Zoom and scroll as saved by ``state_text``; False when there was nothing usable."""
        try:
            state = json.loads(text)
            zoom = float(state["zoom"])
            x, y = float(state["x"]), float(state["y"])
        except (ValueError, KeyError, TypeError):
            return False
        if not all(math.isfinite(v) for v in (zoom, x, y)):
            return False
        self._settling += 1
        try:
            self.setTransform(QTransform.fromScale(clamp_zoom(zoom), clamp_zoom(zoom)))
            self.centerOn(x, y)
        finally:
            self._settling -= 1
        self.jumped()
        return True

    # Holding the place while a note or title is edited ------------------------------------
    def editor_zoom(self) -> float:
        """The scale an editor is drawn at: the board's, or a readable one when zoomed out."""
        return max(self.zoom(), EDIT_ZOOM)

    def _hold_place(self, rect: QRectF) -> None:
        """An edit never zooms, and scrolls only to bring a note wholly out of sight into
        view; that scroll is undone when the edit ends (unless the facilitator moved on)."""
        self._edit_place = None
        if self.visible_rect().intersects(rect):
            return
        before = self._scroll_place()
        self.centerOn(rect.center())
        self._edit_place = (before, self._scroll_place())

    def _scroll_place(self) -> Place:
        return (
            self.transform(),
            self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(),
        )

    def _back_in_place(self) -> None:
        place, self._edit_place = self._edit_place, None
        if place is None or self._scroll_place() != place[1]:
            return
        _transform, x, y = place[0]
        self.horizontalScrollBar().setValue(x)
        self.verticalScrollBar().setValue(y)

    def _editor_rect(self, rect: QRectF) -> QRect:
        """Where an editor goes: over ``rect``; when the board is zoomed out, a box at the
        editing scale centred on it, kept inside the board's window."""
        on_view = self.mapFromScene(rect).boundingRect()
        zoom = self.zoom()
        scale = self.editor_zoom()
        if scale <= zoom:
            return on_view
        viewport = self.viewport().rect()
        width = min(round(rect.width() * scale), viewport.width())
        height = min(round(rect.height() * scale), viewport.height())
        box = QRect(0, 0, width, height)
        box.moveCenter(on_view.center())
        box.moveLeft(max(viewport.left(), min(box.left(), viewport.right() + 1 - width)))
        box.moveTop(max(viewport.top(), min(box.top(), viewport.bottom() + 1 - height)))
        return box
