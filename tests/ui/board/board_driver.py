"""Driving the board like a facilitator: real mouse and key events on the board's view.

Mouse events are ``QMouseEvent``s sent to the view's viewport; keys go through
``qtbot.keyClick`` (so shortcuts work) and text through per-character key events or an
input-method commit (``qtbot.keyClicks`` aborts the process on non-ASCII text here).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QImage, QInputMethodEvent, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.exceptions import TimeoutError as QtTimeout

from workshop.domain.model import Note, WorkshopSnapshot
from workshop.ui.board.board_view import BoardView
from workshop.ui.board.feature import BoardFeature
from workshop.ui.board.scene import BoardScene
from workshop.ui.main_window import MainWindow
from workshop.ui.session import WorkshopSession

LEFT = Qt.MouseButton.LeftButton
NO_BUTTON = Qt.MouseButton.NoButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


class Board:
    def __init__(self, window: MainWindow, qtbot: Any) -> None:
        self.window = window
        self.qtbot = qtbot

    # What is open --------------------------------------------------------------------------
    @property
    def session(self) -> WorkshopSession:
        assert self.window.session is not None
        return self.window.session

    @property
    def feature(self) -> BoardFeature:
        return next(f for f in self.window._features if isinstance(f, BoardFeature))

    @property
    def scene(self) -> BoardScene:
        scene = self.session.board_scene
        assert isinstance(scene, BoardScene)
        return scene

    @property
    def view(self) -> BoardView:
        return self.feature.view

    def snapshot(self) -> WorkshopSnapshot:
        return self.session.workshop.snapshot()

    def note(self, note_id: str) -> Note:
        return self.snapshot().note_by_id()[note_id]

    def note_with_text(self, text: str) -> Note:
        return next(n for n in self.snapshot().notes if n.text == text)

    def add_notes(self, *texts: str, x: float = 0.0, y: float = 0.0, **fields: Any) -> list[str]:
        """Notes side by side (set up through the store, as an import would)."""
        rows = [{"text": t, "x": x + 200.0 * i, "y": y, **fields} for i, t in enumerate(texts)]
        change = self.session.perform(lambda wf: wf.add_notes(rows))
        assert change is not None
        return list(change.created)

    # Keys and text ---------------------------------------------------------------------------
    def focus(self) -> None:
        self.window.activateWindow()
        self.view.setFocus()
        self.qtbot.waitUntil(self.view.hasFocus)

    def key(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_KEYS, widget: QWidget | None = None
    ) -> None:
        target = widget or QApplication.focusWidget() or self.view
        self.qtbot.keyClick(target, key, modifiers)

    def type_text(self, text: str, widget: QWidget | None = None) -> None:
        """Type ``text`` one character at a time (any script)."""
        target = widget or QApplication.focusWidget()
        assert target is not None
        for char in text:
            code = ord(char.upper()) if char.isascii() and char.isalnum() else 0
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, code, NO_KEYS, char))

    def compose(self, text: str, widget: QWidget | None = None) -> None:
        """Text committed by an input method (how Japanese is typed)."""
        target = widget or QApplication.focusWidget()
        assert target is not None
        QApplication.sendEvent(target, QInputMethodEvent("", []))
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(target, event)

    # Mouse ------------------------------------------------------------------------------------
    def at(self, scene_point: QPointF) -> QPoint:
        return self.view.mapFromScene(scene_point)

    def centre_of(self, note_id: str) -> QPointF:
        item = self.scene.notes[note_id]
        return item.board_rect().center()

    def _send(
        self,
        kind: QEvent.Type,
        pos: QPoint,
        button: Qt.MouseButton,
        buttons: Qt.MouseButton,
        modifiers: Qt.KeyboardModifier = NO_KEYS,
    ) -> None:
        viewport = self.view.viewport()
        local = QPointF(pos)
        event = QMouseEvent(
            kind, local, QPointF(viewport.mapToGlobal(pos)), button, buttons, modifiers
        )
        QApplication.sendEvent(viewport, event)

    def press(
        self, pos: QPoint, modifiers: Qt.KeyboardModifier = NO_KEYS, button: Qt.MouseButton = LEFT
    ) -> None:
        self._send(QEvent.Type.MouseButtonPress, pos, button, button, modifiers)

    def move_to(
        self, pos: QPoint, buttons: Qt.MouseButton = LEFT, modifiers: Qt.KeyboardModifier = NO_KEYS
    ) -> None:
        self._send(QEvent.Type.MouseMove, pos, NO_BUTTON, buttons, modifiers)

    def release(
        self, pos: QPoint, modifiers: Qt.KeyboardModifier = NO_KEYS, button: Qt.MouseButton = LEFT
    ) -> None:
        self._send(QEvent.Type.MouseButtonRelease, pos, button, NO_BUTTON, modifiers)

    def click(self, scene_point: QPointF, modifiers: Qt.KeyboardModifier = NO_KEYS) -> None:
        pos = self.at(scene_point)
        self.press(pos, modifiers)
        self.release(pos, modifiers)

    def double_click(self, scene_point: QPointF) -> None:
        pos = self.at(scene_point)
        self.press(pos)
        self.release(pos)
        self._send(QEvent.Type.MouseButtonDblClick, pos, LEFT, LEFT)
        self.release(pos)

    def drag(
        self,
        start: QPointF,
        end: QPointF,
        *,
        steps: int = 6,
        modifiers: Qt.KeyboardModifier = NO_KEYS,
        button: Qt.MouseButton = LEFT,
    ) -> None:
        a, b = self.at(start), self.at(end)
        self.press(a, modifiers, button)
        for i in range(1, steps + 1):
            t = i / steps
            self.move_to(
                QPoint(round(a.x() + (b.x() - a.x()) * t), round(a.y() + (b.y() - a.y()) * t)),
                button,
                modifiers,
            )
        self.release(b, modifiers, button)

    def context_menu_at(self, pos: QPoint) -> list[str] | None:
        """A real right-click at viewport ``pos``, sent to the window as the system sends it
        (Qt makes the context menu event itself); the menu's entries (without "&"), read
        and closed with Esc. None when no menu came up."""
        seen: list[list[str]] = []
        polls = QTimer()
        polls.setInterval(10)

        def close_when_up() -> None:
            popup = QApplication.activePopupWidget()
            if isinstance(popup, QMenu) and popup.isVisible():
                polls.stop()
                seen.append(
                    [a.text().replace("&", "") for a in popup.actions() if not a.isSeparator()]
                )
                self.qtbot.keyClick(popup, Qt.Key.Key_Escape)

        polls.timeout.connect(close_when_up)
        polls.start()
        top = self.window
        top.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is top)
        window = top.windowHandle()
        at = self.view.viewport().mapTo(top, pos)
        self.qtbot.mouseMove(window, at)
        self.qtbot.mouseClick(window, Qt.MouseButton.RightButton, pos=at)
        try:
            self.qtbot.waitUntil(lambda: bool(seen), timeout=1000)
        except QtTimeout:
            pass
        finally:
            polls.stop()
        assert QApplication.activePopupWidget() is None, "the menu did not close"
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        return seen[0] if seen else None

    # Looking ----------------------------------------------------------------------------------
    def at_rest(self) -> None:
        """Wait until a zoom has come to rest and every face on screen is drawn sharp."""
        self.qtbot.waitUntil(lambda: self.scene.settled, timeout=3000)

    def grab(self) -> QImage:
        """The board as it is on screen now (the view rendered into an image)."""
        viewport = self.view.viewport()
        image = QImage(viewport.size(), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self.view.render(painter, QRectF(image.rect()), viewport.rect())
        painter.end()
        return image

    def view_rect_of(self, note_id: str) -> QRectF:
        return QRectF(self.view.mapFromScene(self.scene.notes[note_id].board_rect()).boundingRect())
