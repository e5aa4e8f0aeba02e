"""Finding what other features put in the window (the evidence check panel, export, the
persona editor) without importing them: by the object names of their docks and actions.

A feature's dock or action whose object name contains one of the words counts. Nothing
found means that feature is not there (yet); the stage panel then hides its button.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow


def find_action(window: QMainWindow, words: Iterable[str]) -> QAction | None:
    """The first enabled action named with the first word that names any, and so on.

    Qt picks out the actions whose names hold one of the words (in any case) before any
    is handed to Python: the window has hundreds of actions, and the stage panel looks
    several times while a workshop opens."""
    words = list(words)
    if not words:
        return None
    named = QRegularExpression(
        "|".join(QRegularExpression.escape(word) for word in words),
        QRegularExpression.PatternOption.CaseInsensitiveOption,
    )
    found = window.findChildren(QAction, named)
    actions = [a for a in found if a.objectName() and a.isEnabled()]
    for word in words:
        for action in actions:
            if word.casefold() in action.objectName().casefold():
                return action
    return None


def _docks(window: QMainWindow) -> list[QDockWidget]:
    """The window's docks: its own children (a dock is one, docked or floating). Walking
    every widget of every panel instead cost milliseconds per look at each opening."""
    return window.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)


def find_dock(window: QMainWindow, words: Iterable[str]) -> QDockWidget | None:
    """The first dock named with the first word that names any, and so on."""
    docks = _docks(window)
    for word in words:
        for dock in docks:
            if word.casefold() in dock.objectName().casefold():
                return dock
    return None


def find_signal(window: QMainWindow, name: str) -> QObject | None:
    """The first panel of the window's docks with a signal called ``name`` (the persona
    editor's ``persona_shown``, say), or None. Only the docks' own panels are looked at:
    walking every object in the window took a tenth of the time to open a workshop."""
    for dock in _docks(window):
        panel = dock.widget()
        if panel is not None and isinstance(getattr(type(panel), name, None), Signal):
            return panel
    return None


def show_dock(dock: QDockWidget) -> None:
    dock.show()
    dock.raise_()
    widget = dock.widget()
    if widget is not None:
        widget.setFocus()


def opener(
    window: QMainWindow, dock_words: Iterable[str], action_words: Iterable[str] = ()
) -> Callable[[], None] | None:
    """What opens a feature: show its dock, or trigger its action; None if absent."""
    dock = find_dock(window, dock_words)
    if dock is not None:
        return lambda: show_dock(dock)
    action = find_action(window, action_words)
    if action is not None:
        return action.trigger
    return None
