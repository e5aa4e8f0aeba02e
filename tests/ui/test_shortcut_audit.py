"""Every key does one thing: no two shortcuts that can be active at once share a key.

Qt does nothing at all for an ambiguous shortcut (it only warns), so a clash silently
kills both. A shortcut is active somewhere: its window (window shortcuts), a widget and
everything in it (widget-with-children), or one widget (widget shortcuts); an action shown
in a menu is active where the menu's window is. Two shortcuts clash when those places
overlap.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDockWidget, QLineEdit, QMenu, QWidget

from workshop.ui.board.scene import BoardScene
from workshop.ui.facilitation.feature import FacilitationFeature
from workshop.ui.intake.sources_panel import SourcesPanel
from workshop.ui.main_window import MainWindow
from workshop.ui.personas.persona_list import PersonaListPanel

Context = Qt.ShortcutContext
PORTABLE = QKeySequence.SequenceFormat.PortableText


@dataclass(frozen=True)
class Place:
    """Where a shortcut is active: ``widget`` alone, or with ``children``, or its window."""

    kind: str  # "app", "window", "tree" or "widget"
    widget: QWidget | None

    def covers(self, other: Place) -> bool:
        if self.kind == "app" or other.kind == "app":
            return True
        assert self.widget is not None and other.widget is not None
        if self.kind == "window":
            return other.widget.window() is self.widget
        if self.kind == "tree":
            return self.widget is other.widget or self.widget.isAncestorOf(other.widget)
        return self.widget is other.widget

    def overlaps(self, other: Place) -> bool:
        return self.covers(other) or other.covers(self)


def places(owner: QObject, context: Context) -> list[Place]:
    if context is Context.ApplicationShortcut:
        return [Place("app", None)]
    if isinstance(owner, QMenu):  # active where the menu is shown from
        if context is not Context.WindowShortcut:
            return []  # a widget's key shown in a menu: the menu bar never has the focus
        found: list[Place] = []
        for shown_in in owner.menuAction().associatedObjects():
            found += places(shown_in, context)
        return found
    if not isinstance(owner, QWidget):
        return []
    if context is Context.WindowShortcut:
        return [Place("window", owner.window())]
    if context is Context.WidgetWithChildrenShortcut:
        return [Place("tree", owner)]
    return [Place("widget", owner)]


@dataclass
class Use:
    """One registered shortcut: a key of an action (or a QShortcut) and where it acts."""

    what: str
    places: set[Place]


def every_shortcut(window: MainWindow, *others: QWidget) -> dict[str, list[Use]]:
    """Key → its uses, for every action and QShortcut. Each key of an action is one use
    (an action that lists a key twice clashes with itself, as it does in Qt)."""
    # The window's actions and those of ``others`` (the presenter view) that have keys,
    # picked before anything else is asked: the actions of Qt's own overflow menus (tool
    # bars, menu bar) have none, and PySide6 6.11 may let go of their wrappers meanwhile.
    found = window.findChildren(QAction) + [a for w in others for a in w.actions()]
    actions = {id(a): a for a in found if a.shortcuts()}
    keys: dict[str, list[Use]] = defaultdict(list)
    for action in actions.values():
        where = {
            place
            for owner in action.associatedObjects()
            for place in places(owner, action.shortcutContext())
        }
        for key in action.shortcuts():
            what = action.text().replace("&", "") or action.objectName()
            keys[key.toString(PORTABLE)].append(Use(what, where))
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        assert isinstance(parent, QWidget)
        what = f"shortcut on {type(parent).__name__}"
        keys[shortcut.key().toString(PORTABLE)].append(
            Use(what, set(places(parent, shortcut.context())))
        )
    return keys


def clashes(window: MainWindow, *others: QWidget) -> list[str]:
    found = []
    for key, uses in every_shortcut(window, *others).items():
        for i, first in enumerate(uses):
            for second in uses[i + 1 :]:
                if any(a.overlaps(b) for a in first.places for b in second.places):
                    found.append(f"{key}: {first.what!r} and {second.what!r}")
    return sorted(set(found))


def test_no_two_shortcuts_share_a_key_where_both_are_active(
    demo_window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    # The persona editor builds its item rows (Alt+Up/Down) when it comes into sight.
    editor_dock = demo_window.findChild(QDockWidget, "personaEditorDock")
    assert editor_dock is not None
    editor_dock.raise_()
    qtbot.waitUntil(lambda: "Alt+Up" in every_shortcut(demo_window))
    facilitation = next(f for f in demo_window._features if isinstance(f, FacilitationFeature))
    presenter = facilitation.open_presenter()  # its keys work in the presenter view too
    keys = every_shortcut(demo_window, presenter)
    # The audit sees the shortcuts of every part of the workspace.
    for key in ("Ctrl+N", "N", "F2", "Del", "Ctrl+Shift+N", "F5", "Ctrl+E", "Ctrl+I", "Alt+Up"):
        assert key in keys, key
    found = clashes(demo_window, presenter)
    assert found == [], "\n".join(found)


def test_the_keys_that_used_to_clash_work(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    assert window.session is not None
    scene = window.session.board_scene
    assert isinstance(scene, BoardScene)
    view = scene.views()[0]
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    # F2 on the board edits the selected note (the Personas menu's F2 renames a persona
    # only from the persona list).
    note_id = sorted(scene.notes)[0]
    window.session.highlight_requested.emit([note_id])
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.note_editor  # type: ignore[attr-defined]
    assert editor.is_open
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.is_open
    # Ctrl+Shift+Z and Ctrl+Y both redo; Ctrl+W closes the workshop.
    window.session.perform(lambda wf: wf.add_notes([{"text": "one more", "x": 0.0, "y": 0.0}]))
    stack = window.session.undo.stack
    done = stack.index()
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    for redo in ((Qt.Key.Key_Z, ctrl | shift), (Qt.Key.Key_Y, ctrl)):
        qtbot.keyClick(view, Qt.Key.Key_Z, ctrl)
        assert stack.index() == done - 1
        qtbot.keyClick(view, *redo)
        assert stack.index() == done
    qtbot.keyClick(view, Qt.Key.Key_W, ctrl)
    assert window.session is None


def test_keys_in_the_persona_list_and_the_sources_panel(
    demo_window: MainWindow, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.activateWindow()
    personas = window.findChild(PersonaListPanel)
    assert personas is not None
    assert window.session is not None
    # F2 in the persona list renames the current persona in place.
    personas.list.setFocus()
    qtbot.waitUntil(personas.list.hasFocus)
    qtbot.keyClick(personas.list, Qt.Key.Key_F2)
    assert personas.list.findChild(QLineEdit) is not None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    # In the sources panel Ctrl+Shift+A adds a source; Ctrl+Shift+N is still New Persona.
    asked: list[object] = []
    # The sources panel is made when its tab first comes to the front.
    assert window.findChild(SourcesPanel) is None
    window.findChild(QDockWidget, "sourcesDock").raise_()  # type: ignore[union-attr]
    sources = window.findChild(SourcesPanel)
    assert sources is not None
    monkeypatch.setattr(sources, "ask_source", lambda source: asked.append(source))
    sources.tree.setFocus()
    qtbot.waitUntil(sources.tree.hasFocus)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(sources.tree, Qt.Key.Key_A, ctrl_shift)
    assert asked == [None]
    before = len(window.session.snapshot().personas)
    sources.tree.setFocus()
    qtbot.keyClick(sources.tree, Qt.Key.Key_N, ctrl_shift)
    assert len(window.session.snapshot().personas) == before + 1


def test_undo_history_is_ctrl_h_except_on_macos_where_that_hides_the_app(
    demo_window: MainWindow,
) -> None:
    from workshop.ui.main_window import undo_history_keys

    assert undo_history_keys("linux") == "Ctrl+H"
    assert undo_history_keys("win32") == "Ctrl+H"
    # Cmd+H and Cmd+Option+H belong to macOS's application menu (hide, hide others).
    assert undo_history_keys("darwin") not in ("Ctrl+H", "Ctrl+Alt+H")
    toggle = demo_window.history_dock.toggleViewAction()
    assert toggle.shortcut().toString() == undo_history_keys()
    clashing = [
        a.text()
        for a in demo_window.findChildren(QAction)
        if a is not toggle and a.shortcut().toString() == undo_history_keys("darwin")
    ]
    assert clashing == []  # the macOS key is free on every platform
