"""The main window fits the screen it opens on.

A window left on a big screen (1920×1080) and reopened on a smaller one (a 1280×720
projector, or a HiDPI laptop at twice the scale: 960×540 to Qt) came back as big as it was,
its status bar (zoom, stage timer) and the panels' buttons off the screen. At start the
window is therefore made no bigger than the free area of its screen (without the task
bar) and, when it had to shrink or stuck out, centred on it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


def screen_of(window: QWidget) -> QScreen | None:
    """The screen the window opens on: the one under its centre, else its own, else the
    primary one."""
    centre = window.frameGeometry().center()
    return QGuiApplication.screenAt(centre) or window.screen() or QGuiApplication.primaryScreen()


def fitted(frame: QRect, room: QRect) -> QRect:
    """Where a window's frame (title bar and borders included), now ``frame``, goes on a
    screen with ``room`` free: as big as it was when that fits, else as big as the room
    and centred on it; moved in when it would stick out."""
    size = frame.size().boundedTo(room.size())
    place = QRect(frame.topLeft(), size)
    if size != frame.size():
        place.moveCenter(room.center())
    place.moveLeft(min(max(place.left(), room.left()), room.right() - size.width() + 1))
    place.moveTop(min(max(place.top(), room.top()), room.bottom() - size.height() + 1))
    return place


def fit_to_screen(window: QWidget) -> bool:
    """Make the window (unless maximised or full screen: the system fits those) no bigger
    than the free area of its screen, and inside it. Returns whether it moved or shrank."""
    if window.isMaximized() or window.isFullScreen():
        return False
    screen = screen_of(window)
    if screen is None:
        return False
    frame = window.frameGeometry()
    place = fitted(frame, screen.availableGeometry())
    if place == frame:
        return False
    inside = window.geometry()  # the frame's borders: nothing before the first show
    window.resize(
        place.width() - (frame.width() - inside.width()),
        place.height() - (frame.height() - inside.height()),
    )
    window.move(place.topLeft())  # a window's position is its frame's
    return True


def show_fitted(window: QWidget, *, restored: bool) -> None:
    """Show the main window at start: where it was left (``restored``), fitted to its
    screen now that its frame is known; the first time, over the whole free area of the
    screen, maximised (it is going on a projector)."""
    if restored:
        window.show()
        fit_to_screen(window)
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:  # also without a window manager to maximise it
        window.setGeometry(screen.availableGeometry())
    window.showMaximized()
