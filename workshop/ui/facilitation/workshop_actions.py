"""The Workshop menu: stages, the timer, the presenter view, participants and voting.

Every action has a shortcut or a mnemonic. The same actions are added to the presenter
view, so the keys work whichever window has the focus.

    Ctrl+PgUp / Ctrl+PgDown   previous / next stage
    Ctrl+T                    start or pause the timer
    Ctrl+Shift+T              reset the timer to the stage's timebox
    F7 / Shift+F7             one / five more minutes
    F5                        presenter view (Esc closes it; its own keys are listed in
                              presenter_keys)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from workshop.domain.model import STAGES, Stage
from workshop.domain.stages import next_stage, previous_stage
from workshop.domain.timer import format_remaining
from workshop.store import Change
from workshop.ui.facilitation.presenter_keys import KEY_HELP_PROPERTY, key_help_lines
from workshop.ui.facilitation.stage_names import stage_name
from workshop.ui.facilitation.stage_timer import TimerController
from workshop.ui.session import WorkshopSession


class WorkshopActions(QObject):
    def __init__(
        self, session: WorkshopSession, timer: TimerController, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.timer = timer
        self.previous_stage = self._action(
            self.tr("&Previous Stage"), self.go_previous, "Ctrl+PgUp", "previousStageAction"
        )
        self.next_stage = self._action(
            self.tr("&Next Stage"), self.go_next, "Ctrl+PgDown", "nextStageAction"
        )
        self.stage_group = QActionGroup(self)
        self.stage_actions: dict[Stage, QAction] = {}
        for index, stage in enumerate(STAGES, start=1):
            action = QAction(f"&{index} {stage_name(stage)}", self)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, s=stage: self.go_to(s))
            self.stage_group.addAction(action)
            self.stage_actions[stage] = action

        self.timer_toggle = self._action(
            self.tr("&Start Timer"), timer.toggle, "Ctrl+T", "timerToggleAction"
        )
        self.timer_reset = self._action(
            self.tr("&Reset Timer"), timer.reset, "Ctrl+Shift+T", "timerResetAction"
        )
        self.add_one = self._action(
            self.tr("Add &1 Minute"), lambda: self.add_minutes(1), "F7", "timerAddOneAction"
        )
        self.add_five = self._action(
            self.tr("Add &5 Minutes"),
            lambda: self.add_minutes(5),
            "Shift+F7",
            "timerAddFiveAction",
        )
        self.presenter = self._action(
            self.tr("Presen&ter View"), lambda: None, "F5", "presenterViewAction"
        )
        self.presenter.setCheckable(True)
        # The view's own keys, for Help › Keyboard Shortcuts.
        self.presenter.setProperty(KEY_HELP_PROPERTY, key_help_lines())
        self.presenter.setToolTip(
            self.tr("Show the room the stage, the cluster or persona at hand and the timer (F5)")
        )
        self.voting = self._action(self.tr("Dot &Voting…"), lambda: None, None, "votingAction")
        self.participants = self._action(
            self.tr("P&articipants…"), lambda: None, None, "participantsAction"
        )
        timer.updated.connect(self._timer_changed)
        session.changed.connect(self._on_change)
        self.refresh()

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: str | None, name: str
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def fill(self, menu: QMenu) -> None:
        menu.addAction(self.previous_stage)
        menu.addAction(self.next_stage)
        go_to = menu.addMenu(self.tr("&Go to Stage"))
        for action in self.stage_actions.values():
            go_to.addAction(action)
        menu.addSeparator()
        for action in (self.timer_toggle, self.timer_reset, self.add_one, self.add_five):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.presenter)
        menu.addAction(self.participants)
        menu.addAction(self.voting)

    def shortcut_actions(self) -> list[QAction]:
        """The actions whose keys should also work in the presenter view."""
        return [
            self.previous_stage,
            self.next_stage,
            self.timer_toggle,
            self.timer_reset,
            self.add_one,
            self.add_five,
            self.presenter,
        ]

    def add_minutes(self, minutes: int) -> None:
        """More time, said in the status bar too (F7 works while the timer is hidden)."""
        self.timer.add_minutes(minutes)
        left = format_remaining(self.timer.remaining())
        self.session.status.emit(self.tr("Stage timer: {0} left").format(left))

    # Stages ---------------------------------------------------------------------------
    def go_to(self, stage: Stage) -> None:
        if self.session.read_only:
            self.refresh()
            return
        if self.session.snapshot().workshop.stage is not stage:
            self.session.perform(lambda wf: wf.set_stage(stage))
        self.refresh()

    def go_next(self) -> None:
        stage = next_stage(self.session.snapshot().workshop.stage)
        if stage is not None:
            self.go_to(stage)

    def go_previous(self) -> None:
        stage = previous_stage(self.session.snapshot().workshop.stage)
        if stage is not None:
            self.go_to(stage)

    def refresh(self) -> None:
        stage = self.session.snapshot().workshop.stage
        writable = not self.session.read_only
        self.previous_stage.setEnabled(writable and previous_stage(stage) is not None)
        self.next_stage.setEnabled(writable and next_stage(stage) is not None)
        for each, action in self.stage_actions.items():
            action.setEnabled(writable)
            action.setChecked(each is stage)

    def _on_change(self, change: Change) -> None:
        if "workshop" in change.tables():
            self.refresh()

    def _timer_changed(self) -> None:
        text = self.tr("&Pause Timer") if self.timer.running else self.tr("&Start Timer")
        if self.timer_toggle.text() != text:
            self.timer_toggle.setText(text)
