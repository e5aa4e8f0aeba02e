"""Starting a dot-voting round: its name, notes or clusters, votes each, live tallies."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from workshop.domain.model import VoteTarget
from workshop.ui.session import WorkshopSession

MAX_VOTES_EACH = 20


class RoundForm(QWidget):
    #: The id of the round just started.
    started = Signal(str)

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name of the new voting round"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Most painful"))
        self.name_edit.returnPressed.connect(self.start_round)
        self.target_combo = QComboBox()
        self.target_combo.setAccessibleName(self.tr("Vote on notes or on clusters"))
        self.target_combo.addItem(self.tr("Notes"), str(VoteTarget.NOTES))
        self.target_combo.addItem(self.tr("Clusters"), str(VoteTarget.CLUSTERS))
        self.votes_spin = QSpinBox()
        self.votes_spin.setRange(1, MAX_VOTES_EACH)
        self.votes_spin.setValue(3)
        self.votes_spin.setAccessibleName(self.tr("Votes per participant"))
        self.live_box = QCheckBox(self.tr("Show tallies while voting"))
        self.live_box.setChecked(True)
        self.live_box.setToolTip(
            self.tr("Untick to hide the counts until the round ends, so nobody follows the crowd.")
        )
        self.start_button = QPushButton(self.tr("&Start round"))
        self.start_button.clicked.connect(self.start_round)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("Vote &on:"), self.target_combo)
        form.addRow(self.tr("&Votes each:"), self.votes_spin)
        form.addRow("", self.live_box)
        form.addRow("", self.start_button)
        self.setEnabled(not session.read_only)

    def suggested_name(self) -> str:
        return self.tr("Round {0}").format(len(self.session.snapshot().vote_rounds) + 1)

    def start_round(self) -> None:
        name = " ".join(self.name_edit.text().split()) or self.suggested_name()
        target = VoteTarget(str(self.target_combo.currentData()))
        votes = self.votes_spin.value()
        live = self.live_box.isChecked()
        change = self.session.perform(
            lambda wf: wf.add_vote_round(
                name, target=target, votes_per_participant=votes, show_tallies=live
            )
        )
        if change is not None and change.created:
            self.name_edit.clear()
            self.started.emit(change.created[0])
