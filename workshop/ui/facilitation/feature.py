"""Facilitation: the guided stages, the stage timer, participants, dot voting and the
presenter view, put into the main window while a workshop is open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDockWidget
from shiboken6 import Shiboken

from workshop.store import Change
from workshop.ui.facilitation.stage_names import stage_name
from workshop.ui.facilitation.stage_panel import StagePanel
from workshop.ui.facilitation.stage_timer import TimerController
from workshop.ui.facilitation.stage_tools import ToolOpeners
from workshop.ui.facilitation.timer_widget import TimerDisplay
from workshop.ui.facilitation.window_parts import find_signal, opener, show_dock
from workshop.ui.facilitation.workshop_actions import WorkshopActions
from workshop.ui.panel_on_demand import PanelOnDemand
from workshop.ui.session import WorkshopSession

if TYPE_CHECKING:
    from workshop.ui.facilitation.participants_panel import ParticipantsPanel
    from workshop.ui.facilitation.presenter_view import PresenterView
    from workshop.ui.facilitation.voting_panel import VotingPanel
    from workshop.ui.main_window import MainWindow


def _participants_panel(session: WorkshopSession) -> ParticipantsPanel:
    from workshop.ui.facilitation.participants_panel import ParticipantsPanel

    return ParticipantsPanel(session)


class FacilitationFeature:
    def __init__(self, window: MainWindow, session: WorkshopSession) -> None:
        self.window = window
        self.session = session
        self.timer = TimerController(session, parent=window)
        self.actions = WorkshopActions(session, self.timer, window)
        self.actions.fill(window.menu("workshop", window.tr("&Workshop")))
        window.add_toolbar_action(self.actions.presenter)
        self.presenter: PresenterView | None = None

        # Both wait until first shown (the Workshop menu opens them) or asked for.
        self.participants_dock = self._dock(window.tr("Participants"), "participantsDock")
        self._participants = PanelOnDemand(
            self.participants_dock, lambda: _participants_panel(session)
        )
        self.voting_dock = self._dock(window.tr("Dot Voting"), "votingDock")
        self._voting = PanelOnDemand(self.voting_dock, self._make_voting_panel)
        openers = ToolOpeners(
            participants=lambda: lambda: show_dock(self.participants_dock),
            voting=lambda: lambda: show_dock(self.voting_dock),
            persona_editor=lambda: opener(window, ("personaEditor", "persona"), ("persona",)),
            evidence_check=lambda: opener(window, ("check",), ("check",)),
            export=lambda: opener(window, ("export",), ("export",)),
            presenter=lambda: self.actions.presenter.trigger,
        )
        self.stage_panel = StagePanel(session, self.timer, self.actions, openers)
        # The time left stays in sight in the status bar whichever panel is in front.
        self.status_timer = TimerDisplay(self.timer)
        self.status_timer.setObjectName("statusTimer")
        self.status_timer.setAccessibleName(window.tr("Stage timer: time left"))
        self.status_timer.setMinimumWidth(
            self.status_timer.fontMetrics().horizontalAdvance("00:00:00")
        )
        window.statusBar().addPermanentWidget(self.status_timer)
        self.stage_dock = self._dock(window.tr("Stage"), "stageDock")
        self.stage_dock.setWidget(self.stage_panel)

        window.add_dock(self.stage_dock, Qt.DockWidgetArea.LeftDockWidgetArea)
        window.add_dock(self.participants_dock, Qt.DockWidgetArea.RightDockWidgetArea)
        window.add_dock(self.voting_dock, Qt.DockWidgetArea.RightDockWidgetArea)
        window.tabifyDockWidget(self.participants_dock, self.voting_dock)
        self.participants_dock.hide()
        self.voting_dock.hide()
        self.voting_dock.visibilityChanged.connect(self._voting_in_sight)

        # Features attached after this one (the check panel, export) exist once the
        # window says the workshop is open.
        window.session_changed.connect(self._window_ready)
        #: The persona the facilitator last showed in the editor (the room sees it too).
        self.shown_persona: str | None = None
        self._editor: QObject | None = None
        session.changed.connect(self._retitle)
        self._retitle()
        self.actions.presenter.toggled.connect(self.set_presenting)
        self.actions.voting.triggered.connect(lambda: show_dock(self.voting_dock))
        self.actions.participants.triggered.connect(lambda: show_dock(self.participants_dock))

    def _dock(self, title: str, name: str) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        return dock

    @property
    def participants_panel(self) -> ParticipantsPanel:
        return self._participants.panel

    @property
    def voting_panel(self) -> VotingPanel:
        return self._voting.panel

    def _make_voting_panel(self) -> VotingPanel:
        from workshop.ui.facilitation.voting_panel import VotingPanel

        panel = VotingPanel(self.session)
        panel.panel_open = lambda: not self.voting_dock.isHidden()
        panel.update_overlay()
        return panel

    def _voting_in_sight(self, _visible: bool) -> None:
        # Before the panel is made no round is on the board: nothing to draw or take off.
        if self._voting.made:
            self.voting_panel.update_overlay()

    def _window_ready(self, session: object) -> None:
        if session is self.session:
            self.stage_panel.tools.refresh()
            editor = find_signal(self.window, "persona_shown")
            if editor is not None and self._editor is None:
                editor.persona_shown.connect(self._persona_shown)  # type: ignore[attr-defined]
                self._editor = editor

    def _persona_shown(self, persona_id: str) -> None:
        self.shown_persona = persona_id
        if self.presenter is not None:
            self.presenter.show_persona(persona_id)

    def _retitle(self, change: Change | None = None) -> None:
        if change is None or "workshop" in change.tables():
            stage = self.session.snapshot().workshop.stage
            title = self.window.tr("Stage: {0}").format(stage_name(stage))
            self.stage_dock.setWindowTitle(title)

    # The presenter view -------------------------------------------------------------------
    def set_presenting(self, on: bool) -> None:
        if on and self.presenter is None:
            self.open_presenter()
        elif not on and self.presenter is not None:
            self.presenter.close()

    def open_presenter(self) -> PresenterView:
        if self.presenter is None:
            # The presenter view loads when the room first sees it, not at start.
            from workshop.ui.facilitation.presenter_view import PresenterView

            presenter = PresenterView(self.session, self.timer)
            presenter.addActions(self.actions.shortcut_actions())
            presenter.closed.connect(self._presenter_closed)
            if self.shown_persona:
                presenter.show_persona(self.shown_persona)
            self.presenter = presenter
            screens = QApplication.screens()
            presenter.open_on(screens, self.window.screen())
        self.actions.presenter.setChecked(True)
        return self.presenter

    def _presenter_closed(self) -> None:
        presenter, self.presenter = self.presenter, None
        if presenter is not None:
            presenter.deleteLater()
        self.actions.presenter.setChecked(False)
        self.window.activateWindow()

    # Closing ------------------------------------------------------------------------------
    def detach(self) -> None:
        self.window.session_changed.disconnect(self._window_ready)
        editor, self._editor = self._editor, None
        if editor is not None and Shiboken.isValid(editor):
            editor.persona_shown.disconnect(self._persona_shown)  # type: ignore[attr-defined]
        self.timer.stop()
        self.window.statusBar().removeWidget(self.status_timer)
        self.status_timer.deleteLater()
        if self.presenter is not None:
            self.presenter.close()
        if self._voting.made:
            self.voting_panel.detach()
        self.timer.deleteLater()
        self.actions.deleteLater()
