"""The ``screen`` fixture: a workshop with research, open in the main window (persona_screen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from persona_screen import TODAY, PersonaScreen, add_research
from PySide6.QtWidgets import QDockWidget

from workshop.store import create_workshop
from workshop.ui import main_window
from workshop.ui.main_window import MainWindow
from workshop.ui.personas.check_panel import CheckPanel
from workshop.ui.personas.editor import PersonaEditor
from workshop.ui.personas.feature import PersonaFeature
from workshop.ui.personas.persona_list import PersonaListPanel


def _dock_widget(window: MainWindow, name: str) -> object:
    dock = window.findChild(QDockWidget, name)
    assert dock is not None, f"no dock {name}"
    return dock.widget()


@pytest.fixture(autouse=True)
def personas_only(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The workspace with only the persona feature (fast, and about personas alone);
    tests marked ``with_board`` get every feature."""
    if "with_board" not in request.node.name:
        monkeypatch.setattr(main_window, "feature_factories", lambda: [PersonaFeature])


@pytest.fixture
def screen(window: MainWindow, tmp_path: Path) -> PersonaScreen:
    wf = create_workshop(tmp_path / "w.pwshop", "Budget app")
    research = add_research(wf)
    window.attach(wf)
    session = window.session
    assert session is not None
    session.today = lambda: TODAY
    panel = _dock_widget(window, "personaListDock")
    persona = next(f for f in window._features if isinstance(f, PersonaFeature))
    editor = persona.editor  # made when first in sight or asked for
    # The check panel waits behind another tab, so it is made when first asked for.
    assert _dock_widget(window, "evidenceCheckDock") is None
    check = persona.check_panel
    assert _dock_widget(window, "evidenceCheckDock") is check
    assert isinstance(panel, PersonaListPanel)
    assert isinstance(editor, PersonaEditor)
    assert isinstance(check, CheckPanel)
    panel.runner.refresh()  # with the test's "today"
    return PersonaScreen(window, session, research, panel, panel.persona_actions, editor, check)
