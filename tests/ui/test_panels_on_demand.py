"""Panels behind another tab when a workshop opens are made when they first come into sight
(their tab chosen, the Workshop menu opening them) or when code asks for them, not while
the workshop opens (``workshop/ui/panel_on_demand.py``; the start-up benchmark)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QUndoView

from workshop.demo import fresh_demo_copy
from workshop.ui.facilitation.feature import FacilitationFeature
from workshop.ui.facilitation.participants_panel import ParticipantsPanel
from workshop.ui.facilitation.voting_panel import VotingPanel
from workshop.ui.intake.sources_panel import SourcesPanel
from workshop.ui.main_window import MainWindow
from workshop.ui.panel_on_demand import PanelOnDemand
from workshop.ui.personas.check_panel import CheckPanel
from workshop.ui.personas.editor import PersonaEditor
from workshop.ui.personas.feature import PersonaFeature

WAITING = ("sourcesDock", "evidenceCheckDock", "participantsDock", "votingDock")


def open_narrow(window: MainWindow, tmp_path: Path, qtbot) -> dict[str, QDockWidget]:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    assert window.open_path(str(fresh_demo_copy(tmp_path / "demo")), remember=False)
    return {d.objectName(): d for d in window.findChildren(QDockWidget)}


def feature_of(window: MainWindow, kind: type) -> object:
    return next(f for f in window._features if isinstance(f, kind))


def test_panels_behind_a_tab_wait_and_are_made_when_their_tab_is_chosen(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    docks = open_narrow(window, tmp_path, qtbot)
    assert docks["stageDock"].widget() is not None  # in sight on a narrow window
    for name in WAITING:
        assert docks[name].widget() is None, name
    docks["sourcesDock"].raise_()
    qtbot.waitUntil(lambda: isinstance(docks["sourcesDock"].widget(), SourcesPanel))
    sources = docks["sourcesDock"].widget()
    assert isinstance(sources, SourcesPanel)
    assert window.session is not None
    for source in window.session.snapshot().sources:  # it shows the workshop as it is now
        assert sources.item_for(source.id) is not None
    docks["evidenceCheckDock"].raise_()
    qtbot.waitUntil(lambda: isinstance(docks["evidenceCheckDock"].widget(), CheckPanel))
    persona = feature_of(window, PersonaFeature)
    assert persona.check_panel is docks["evidenceCheckDock"].widget()  # type: ignore[attr-defined]


def test_the_workshop_menu_opens_voting_and_participants_made_then(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    docks = open_narrow(window, tmp_path, qtbot)
    facilitation = feature_of(window, FacilitationFeature)
    assert isinstance(facilitation, FacilitationFeature)
    facilitation.actions.voting.trigger()
    qtbot.waitUntil(docks["votingDock"].isVisible)
    assert isinstance(docks["votingDock"].widget(), VotingPanel)
    assert facilitation.voting_panel is docks["votingDock"].widget()
    assert docks["participantsDock"].widget() is None
    facilitation.actions.participants.trigger()
    qtbot.waitUntil(docks["participantsDock"].isVisible)
    assert isinstance(docks["participantsDock"].widget(), ParticipantsPanel)


def test_asking_for_a_waiting_panel_makes_it_out_of_sight(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    docks = open_narrow(window, tmp_path, qtbot)
    facilitation = feature_of(window, FacilitationFeature)
    assert isinstance(facilitation, FacilitationFeature)
    panel = facilitation.participants_panel
    assert docks["participantsDock"].widget() is panel
    assert not docks["participantsDock"].isVisible()
    assert facilitation.participants_panel is panel  # made once


def test_a_panel_on_demand_is_made_once_and_tells_whoever_waits(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    dock = QDockWidget("Later", window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    made: list[QLabel] = []
    told: list[QLabel] = []

    def make() -> QLabel:
        made.append(QLabel("here"))
        return made[-1]

    lazy = PanelOnDemand(dock, make)
    lazy.when_made(told.append)
    dock.hide()
    window.show()
    assert not lazy.made and made == [] and told == []
    dock.show()
    qtbot.waitUntil(lambda: lazy.made)
    assert dock.widget() is made[0] and told == made
    dock.hide()
    dock.show()
    assert lazy.panel is made[0] and len(made) == 1
    lazy.when_made(told.append)  # already made: told at once
    assert told == [made[0], made[0]]


def test_the_room_follows_the_persona_chosen_before_and_after_the_editor_is_made(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    docks = open_narrow(window, tmp_path, qtbot)
    persona = feature_of(window, PersonaFeature)
    facilitation = feature_of(window, FacilitationFeature)
    assert isinstance(persona, PersonaFeature) and isinstance(facilitation, FacilitationFeature)
    assert window.findChild(PersonaEditor) is None  # behind the stage panel's tab
    first, second = (p.id for p in persona.runner.snapshot.personas[:2])
    assert persona.list_panel.current_id() == first
    persona.list_panel.select(second)
    assert facilitation.shown_persona == second  # said for the editor, not made yet
    assert window.findChild(PersonaEditor) is None
    docks["personaEditorDock"].raise_()
    qtbot.waitUntil(lambda: window.findChild(PersonaEditor) is not None)
    editor = window.findChild(PersonaEditor)
    assert editor is persona.editor and editor.persona_id == second
    persona.list_panel.select(first)
    assert facilitation.shown_persona == first  # the editor's own signal, passed on


def test_the_undo_history_list_is_made_when_first_shown(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    open_narrow(window, tmp_path, qtbot)
    assert window.history_dock.widget() is None
    window.history_dock.toggleViewAction().trigger()  # View › Undo History
    qtbot.waitUntil(window.history_dock.isVisible)
    view = window.history_dock.widget()
    assert isinstance(view, QUndoView) and view is window.history_view
    assert view.group() is window.undo_group and view.emptyLabel() == "<opened>"
