"""Dot voting: start a round, record each participant's dots by clicking the board, end it
and see the ranked results and the heat on the board; compare rounds side by side.

Starting a round turns voting mode on (see ``round_mode``): the board and this panel say
"Voting: click a note to give Ana's dot · 2 of 3 left" for as long as it is on, and a
click anywhere on a note (or a cluster, in a round on clusters) is a dot from the person
chosen in the list. Tab / Shift+Tab or 1–9 on the board choose who votes; Esc, "Stop
voting" or ending the round turn the mode off, and the status bar says so. Each dot is
one undoable step; a person out of votes is told so in the panel and the status bar (the
store refuses it too). With "Take back" ticked a click removes one of their dots.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.model import VoteRound, VoteTarget
from workshop.domain.vote_tallies import find_round, votes_cast, votes_left
from workshop.store import Change
from workshop.ui.contrast import set_text_colour
from workshop.ui.facilitation.participants_panel import swatch
from workshop.ui.facilitation.round_form import RoundForm
from workshop.ui.facilitation.round_mode import VotingMode, mode_line
from workshop.ui.facilitation.round_results import RankedList, RoundComparison
from workshop.ui.facilitation.vote_overlay import VoteOverlay
from workshop.ui.plurals import plural
from workshop.ui.session import WorkshopSession

ID_ROLE = Qt.ItemDataRole.UserRole
WATCHED = {"vote", "vote_round", "participant", "note", "cluster"}


class VotingPanel(QWidget):
    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.overlay = VoteOverlay()

        self.round_combo = QComboBox()
        self.round_combo.setAccessibleName(self.tr("Voting round"))
        self.round_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.delete_button = QPushButton(self.tr("&Delete round"))
        self.delete_button.clicked.connect(self.delete_round)
        round_label = QLabel(self.tr("&Round:"))
        round_label.setBuddy(self.round_combo)
        top = QHBoxLayout()
        top.addWidget(round_label)
        top.addWidget(self.round_combo, 1)
        top.addWidget(self.delete_button)

        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.voters = QListWidget()
        self.voters.setAccessibleName(self.tr("Who is voting"))
        self.voters.setMaximumHeight(180)
        self.voters.currentRowChanged.connect(lambda _row: self._show_mode())
        #: Voting mode: clicks on the board are dots (see ``round_mode``).
        self.voting_on = False
        self.mode = VotingMode(session, self)
        self.mode.clicked.connect(self.board_clicked)
        self.mode.leave_requested.connect(lambda: self.stop_voting(self.tr("Esc")))
        self.mode.voter_step.connect(self.step_voter)
        self.mode.voter_number.connect(self.choose_voter_number)
        self.mode_label = QLabel()
        self.mode_label.setObjectName("votingModeState")
        self.mode_label.setTextFormat(Qt.TextFormat.PlainText)
        self.mode_label.setWordWrap(True)
        self.mode_label.setMargin(6)
        self._idle_palette = QPalette(self.mode_label.palette())
        self.mode_button = QPushButton()
        self.mode_button.clicked.connect(self.toggle_voting)
        self.keys_label = QLabel(
            self.tr(
                "On the board while voting: Tab / Shift+Tab next / previous person, "
                "1–9 the person with that number, Esc stops voting."
            )
        )
        self.keys_label.setTextFormat(Qt.TextFormat.PlainText)
        self.keys_label.setWordWrap(True)
        self.take_back_box = QCheckBox(self.tr("Clicks &take back a vote"))
        self.take_back_box.toggled.connect(lambda _on: self._show_mode())
        self.advance_box = QCheckBox(self.tr("Move to the next person when their votes are used"))
        self.advance_box.setChecked(True)
        self.live_box = QCheckBox(self.tr("Show &tallies while voting"))
        self.live_box.toggled.connect(self._live_toggled)
        self.end_button = QPushButton(self.tr("&End round"))
        self.end_button.clicked.connect(self.end_round)
        self.refused_label = QLabel()
        self.refused_label.setTextFormat(Qt.TextFormat.PlainText)
        self.refused_label.setWordWrap(True)
        set_text_colour(self.refused_label, QColor(Qt.GlobalColor.darkRed))
        self.refused_label.hide()
        self.results_label = QLabel()
        self.results_label.setTextFormat(Qt.TextFormat.PlainText)
        self.results_label.setWordWrap(True)
        self.results = RankedList(session)
        self.on_board_box = QCheckBox(self.tr("Show on the &board"))
        self.on_board_box.setChecked(True)
        self.on_board_box.toggled.connect(lambda _on: self.update_overlay())

        voting = QWidget()
        voting_layout = QVBoxLayout(voting)
        voting_layout.addWidget(self.status_label)
        voting_layout.addWidget(self.mode_label)
        voting_layout.addWidget(self.voters)
        voting_layout.addWidget(self.mode_button)
        voting_layout.addWidget(self.keys_label)
        voting_layout.addWidget(self.take_back_box)
        voting_layout.addWidget(self.advance_box)
        voting_layout.addWidget(self.live_box)
        voting_layout.addWidget(self.refused_label)
        voting_layout.addWidget(self.end_button)
        voting_layout.addWidget(self.results_label)
        voting_layout.addWidget(self.results, 1)
        voting_layout.addWidget(self.on_board_box)

        self.form = RoundForm(session)
        self.form.started.connect(self.select_round)
        new_round = QWidget()
        new_layout = QVBoxLayout(new_round)
        new_layout.addWidget(self.form)
        new_layout.addStretch(1)
        self.comparison = RoundComparison(session)

        self.tabs = QTabWidget()
        self.tabs.addTab(voting, self.tr("Voting"))
        self.tabs.addTab(new_round, self.tr("New round"))
        self.tabs.addTab(self.comparison, self.tr("Compare rounds"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        session.changed.connect(self._on_change)
        session.note_clicked.connect(lambda note_id: self.board_clicked(note_id, False))
        session.cluster_clicked.connect(lambda cluster_id: self.board_clicked(cluster_id, True))
        session.board_scene_changed.connect(lambda _scene: self.update_overlay())
        #: Whether the panel is open (the feature says: its dock is not closed).
        self.panel_open: Callable[[], bool] = lambda: True
        self.reload_rounds()
        if self.round_combo.count() == 0:
            self.tabs.setCurrentIndex(1)

    # The rounds ---------------------------------------------------------------------------
    def current_round(self) -> VoteRound | None:
        value = self.round_combo.currentData()
        return find_round(self.session.snapshot(), value if isinstance(value, str) else None)

    def select_round(self, round_id: str) -> None:
        self.reload_rounds()
        index = self.round_combo.findData(round_id)
        if index >= 0:
            self.round_combo.setCurrentIndex(index)
        self.tabs.setCurrentIndex(0)
        self.refresh()
        self.start_voting()

    def reload_rounds(self) -> None:
        chosen = self.round_combo.currentData()
        rounds = self.session.snapshot().vote_rounds
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for round_ in rounds:
            state = self.tr("open") if round_.is_open else self.tr("ended")
            self.round_combo.addItem(f"{round_.name} — {state}", round_.id)
        index = self.round_combo.findData(chosen) if chosen else -1
        if index < 0 and rounds:
            index = self.round_combo.count() - 1  # the newest round
        self.round_combo.setCurrentIndex(index)
        self.round_combo.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        snapshot = self.session.snapshot()
        round_ = self.current_round()
        writable = not self.session.read_only
        self.delete_button.setEnabled(round_ is not None and writable)
        is_open = round_ is not None and round_.is_open
        shown: list[QWidget] = [self.voters, self.mode_label, self.take_back_box, self.advance_box]
        for widget in shown:
            widget.setVisible(is_open)
        for control in (self.mode_button, self.keys_label):
            control.setVisible(is_open and writable)
        self.live_box.setVisible(is_open)
        self.end_button.setVisible(is_open and writable)
        if not is_open:
            self._clear_refusal()
            if self.voting_on:
                self.stop_voting(
                    self.tr("the round ended") if round_ is not None else self.tr("no round")
                )
        if round_ is None:
            self.status_label.setText(
                self.tr("No voting round yet: start one under “New round”.")
                if not snapshot.vote_rounds
                else ""
            )
            self.results_label.clear()
            self.results.clear()
            self.results.setVisible(False)
        else:
            self._show_round(round_)
        if self.tabs.currentWidget() is self.comparison:
            self.comparison.refresh(snapshot)
        self.update_overlay()

    def _show_round(self, round_: VoteRound) -> None:
        snapshot = self.session.snapshot()
        people = snapshot.participants
        cast = votes_cast(snapshot, round_.id)
        what = self.tr("notes") if round_.target is VoteTarget.NOTES else self.tr("clusters")
        if round_.is_open:
            state = plural(
                "Open: {0} of %n vote cast, {1} each, on {2}.",
                "Open: {0} of %n votes cast, {1} each, on {2}.",
                round_.votes_per_participant * len(people),
            ).format(cast, round_.votes_per_participant, what)
            if not people:
                state += " " + self.tr("Add participants first (Participants panel).")
        else:
            state = plural(
                "Ended: %n vote cast on {0}.", "Ended: %n votes cast on {0}.", cast
            ).format(what)
        self.status_label.setText(state)
        self._fill_voters(round_)
        self.live_box.blockSignals(True)
        self.live_box.setChecked(round_.show_tallies)
        self.live_box.blockSignals(False)
        self.live_box.setEnabled(not self.session.read_only)
        if round_.is_open and not round_.show_tallies:
            self.results_label.setText(self.tr("Tallies are hidden until the round ends."))
            self.results.clear()
            self.results.setVisible(False)
        else:
            self.results_label.setText(
                self.tr("Results:") if not round_.is_open else self.tr("Votes so far:")
            )
            self.results.setVisible(True)
            self.results.show_round(snapshot, round_.id)

    def _fill_voters(self, round_: VoteRound) -> None:
        snapshot = self.session.snapshot()
        chosen = self.voter_id()
        self.voters.blockSignals(True)
        self.voters.clear()
        for person in snapshot.participants:
            left = votes_left(snapshot, round_, person.id)
            item = QListWidgetItem(swatch(person.colour), "")
            number = self.voters.count() + 1
            item.setText(self.tr("{0}. {1} — {2} left").format(number, person.name, left))
            item.setData(ID_ROLE, person.id)
            self.voters.addItem(item)
            if person.id == chosen:
                self.voters.setCurrentItem(item)
        if self.voters.currentItem() is None and self.voters.count():
            self.voters.setCurrentRow(0)
        self.voters.blockSignals(False)
        self._show_mode()

    def voter_id(self) -> str | None:
        item = self.voters.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def choose_voter(self, participant_id: str) -> None:
        for row in range(self.voters.count()):
            item = self.voters.item(row)
            if item is not None and item.data(ID_ROLE) == participant_id:
                self.voters.setCurrentRow(row)
                return

    # Voting ---------------------------------------------------------------------------------
    def choose_voter_number(self, number: int) -> None:
        """The n-th person in the list (1-based) votes; a number past the end does nothing."""
        if 1 <= number <= self.voters.count():
            self.voters.setCurrentRow(number - 1)

    def step_voter(self, by: int) -> None:
        count = self.voters.count()
        if count:
            self.voters.setCurrentRow((max(0, self.voters.currentRow()) + by) % count)

    # Voting mode ----------------------------------------------------------------------------
    def recording(self) -> bool:
        round_ = self.current_round()
        return (
            self.voting_on and round_ is not None and round_.is_open and not self.session.read_only
        )

    def start_voting(self) -> None:
        round_ = self.current_round()
        if round_ is None or not round_.is_open or self.session.read_only:
            return
        self.voting_on = True
        self._show_mode()
        self.update_overlay()

    def stop_voting(self, why: str = "") -> None:
        if not self.voting_on:
            return
        self.voting_on = False
        self._show_mode()
        self.update_overlay()
        message = self.tr("Voting stopped: clicks on the board select again.")
        if why:
            message = self.tr("Voting stopped ({0}): clicks on the board select again.").format(why)
        self.session.status.emit(message)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc in the panel stops voting too (the board's keys are in ``round_mode``)."""
        if event.key() == Qt.Key.Key_Escape and self.voting_on:
            self.stop_voting(self.tr("Esc"))
            event.accept()
            return
        super().keyPressEvent(event)

    def toggle_voting(self) -> None:
        if self.voting_on:
            self.stop_voting()
        else:
            self.start_voting()

    def mode_text(self) -> str:
        """What voting mode is doing, in one line (the board's banner says it too)."""
        return mode_line(
            self.session.snapshot(),
            self.current_round() if self.voting_on else None,
            self.voter_id(),
            take_back=self.take_back_box.isChecked(),
        )

    def _show_mode(self) -> None:
        text = self.mode_text()
        self.mode_label.setText(text)
        palette = QPalette(self._idle_palette)
        if self.voting_on:
            palette.setColor(QPalette.ColorRole.Window, QColor("#ffe082"))
            palette.setColor(QPalette.ColorRole.WindowText, QColor("#1a1a1a"))
        self.mode_label.setAutoFillBackground(self.voting_on)
        self.mode_label.setPalette(palette)
        self.mode_button.setText(
            self.tr("&Stop voting (Esc)")
            if self.voting_on
            else self.tr("&Vote by clicking the board")
        )
        round_ = self.current_round()
        if round_ is not None:
            self.mode.round_target = round_.target
        banner = self.tr("{0} · Tab: next person · Esc: stop").format(text)
        self.mode.set_active(self.voting_on, banner)

    def board_clicked(self, target_id: str, is_cluster: bool) -> None:
        """A note or cluster was clicked on the board: a dot, while recording."""
        round_ = self.current_round()
        if round_ is None or not self.recording():
            return
        wanted = VoteTarget.CLUSTERS if is_cluster else VoteTarget.NOTES
        if round_.target is not wanted:
            if round_.target is VoteTarget.CLUSTERS:
                self._refuse(self.tr("This round is a vote on clusters: click a cluster."))
            else:
                self._refuse(self.tr("This round is a vote on notes: click a note."))
            return
        voter = self.voter_id()
        if voter is None:
            self._refuse(self.tr("Add participants first, then choose who is voting."))
            return
        target = {"cluster_id": target_id} if is_cluster else {"note_id": target_id}
        if self.take_back_box.isChecked():
            self._take_back(round_, voter, target)
            return
        snapshot = self.session.snapshot()
        if votes_left(snapshot, round_, voter) <= 0:
            name = next((p.name for p in snapshot.participants if p.id == voter), "")
            self._refuse(
                plural(
                    "{0} has used the %n vote of this round.",
                    "{0} has used all %n votes in this round.",
                    round_.votes_per_participant,
                ).format(name)
            )
            return
        change = self.session.perform(lambda wf: wf.cast_vote(round_.id, voter, **target))
        if change is not None:
            self._clear_refusal()
            if self.advance_box.isChecked():
                self._advance_from(round_, voter)

    def _take_back(self, round_: VoteRound, voter: str, target: dict[str, str]) -> None:
        snapshot = self.session.snapshot()
        column = "cluster_id" if "cluster_id" in target else "note_id"
        theirs = [
            v
            for v in snapshot.votes
            if v.round_id == round_.id
            and v.participant_id == voter
            and getattr(v, column) == target[column]
        ]
        if not theirs:
            self._refuse(self.tr("There is no vote of theirs here to take back."))
            return
        self.session.perform(lambda wf: wf.withdraw_vote(round_.id, voter, **target))
        self._clear_refusal()

    def _advance_from(self, round_: VoteRound, voter: str) -> None:
        snapshot = self.session.snapshot()
        if votes_left(snapshot, round_, voter) > 0:
            return
        people = [p.id for p in snapshot.participants]
        if voter not in people:
            return
        start = people.index(voter)
        for step in range(1, len(people)):
            candidate = people[(start + step) % len(people)]
            if votes_left(snapshot, round_, candidate) > 0:
                self.choose_voter(candidate)
                self.session.status.emit(
                    self.tr("{0} is voting now.").format(
                        next(p.name for p in snapshot.participants if p.id == candidate)
                    )
                )
                return
        self.session.status.emit(self.tr("Everyone has used their votes: end the round?"))

    def _refuse(self, message: str) -> None:
        self.refused_label.setText(message)
        self.refused_label.show()
        self.session.status.emit(message)

    def _clear_refusal(self) -> None:
        self.refused_label.clear()
        self.refused_label.hide()

    def _live_toggled(self, live: bool) -> None:
        round_ = self.current_round()
        if round_ is not None and round_.show_tallies != live:
            label = self.tr("Show tallies") if live else self.tr("Hide tallies")
            self.session.perform(
                lambda wf: wf.update_vote_round(
                    round_.id,
                    label=label,
                    show_tallies=live,
                )
            )

    def end_round(self) -> None:
        round_ = self.current_round()
        if round_ is not None and round_.is_open:
            self.session.perform(lambda wf: wf.end_vote_round(round_.id))
            self.on_board_box.setChecked(True)

    def delete_round(self) -> None:
        round_ = self.current_round()
        if round_ is not None:
            self.session.perform(lambda wf: wf.delete_vote_round(round_.id))

    # The board overlay ------------------------------------------------------------------
    def update_overlay(self) -> None:
        """Draw the chosen round on the board, or take it off when the panel is closed."""
        round_ = self.current_round()
        shown = self.panel_open() or self.voting_on
        if round_ is None or not shown or not self.on_board_box.isChecked():
            self.overlay.clear()
            return
        self.overlay.show(self.session.board_scene, self.session.snapshot(), round_.id)

    def _on_change(self, change: Change) -> None:
        tables = change.tables()
        if "vote_round" in tables:
            self.reload_rounds()
        elif tables & WATCHED:
            self.refresh()

    def detach(self) -> None:
        self.voting_on = False
        self.mode.detach()
        self.overlay.clear()
