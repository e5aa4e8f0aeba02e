"""The persona editor is made, and builds the first persona's item rows, when it first comes
into sight, not while it waits behind another panel's tab at start (opening a workshop is
quicker); asked for before that, it is made out of sight with its rows still waiting, and
asked for its sections, it builds them there and then."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDockWidget

from workshop.demo import fresh_demo_copy
from workshop.ui.main_window import MainWindow
from workshop.ui.personas.editor import PersonaEditor
from workshop.ui.personas.feature import PersonaFeature


def _built_rows(editor: PersonaEditor) -> int:
    return sum(len(widget.rows) for widget in editor._sections.values())


def _open_narrow(window: MainWindow, tmp_path: Path, qtbot) -> tuple[QDockWidget, PersonaEditor]:
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    assert window.open_path(str(fresh_demo_copy(tmp_path / "demo")), remember=False)
    dock = window.findChild(QDockWidget, "personaEditorDock")
    assert dock is not None
    assert window.findChild(PersonaEditor) is None  # behind the stage panel's tab
    feature = next(f for f in window._features if isinstance(f, PersonaFeature))
    editor = feature.editor  # asked for: made now, out of sight
    assert window.findChild(PersonaEditor) is editor
    return dock, editor


def test_rows_wait_behind_a_tab_and_are_built_when_the_editor_is_raised(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    dock, editor = _open_narrow(window, tmp_path, qtbot)
    assert editor.persona_id  # the first persona is chosen, its name and details shown
    assert _built_rows(editor) == 0  # the stage panel's tab is in front on a narrow window
    dock.raise_()
    qtbot.waitUntil(lambda: _built_rows(editor) == 26)


def test_asking_for_the_sections_builds_the_rows(window: MainWindow, tmp_path: Path, qtbot) -> None:
    _dock, editor = _open_narrow(window, tmp_path, qtbot)
    assert sum(len(widget.rows) for widget in editor.sections.values()) == 26
