"""Invite the Room…: what the facilitator chooses before the room may join — the network
the phones are on, the source their notes come from, and whether a phone may add a name
that is not on the participants list yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.model import Source
from workshop.phones.session import SessionChoices
from workshop.ui.phones.interfaces import NetworkChoice


class InviteDialog(QDialog):
    def __init__(
        self,
        networks: list[NetworkChoice],
        sources: list[Source],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inviteRoomDialog")
        self.setWindowTitle(self.tr("Invite the Room"))
        intro = QLabel(
            self.tr(
                "Participants join from their phones' browsers over this network: no "
                "internet, no app, no account. Nothing leaves this laptop."
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)

        self.network = QComboBox()
        self.network.setAccessibleName(self.tr("Network the phones are on"))
        for choice in networks:
            self.network.addItem(choice.label, choice.address)
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Source of the phones' notes"))
        self.source.addItem(self.tr("Workshop — team knowledge (an assumption)"), None)
        for source in sorted(sources, key=lambda s: s.label.casefold()):
            self.source.addItem(f"{source.label} ({source.kind.label})", source.id)
        self.may_add = QCheckBox(self.tr("Phones may &add a name to the participants"))
        form = QFormLayout()
        network_label = QLabel(self.tr("&Network:"))
        network_label.setBuddy(self.network)
        source_label = QLabel(self.tr("Notes &come from:"))
        source_label.setBuddy(self.source)
        form.addRow(network_label, self.network)
        form.addRow(source_label, self.source)
        form.addRow(self.may_add)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.addButton(
            self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def address(self) -> str:
        return str(self.network.currentData())

    def choices(self) -> SessionChoices:
        source = self.source.currentData()
        return SessionChoices(
            source_id=str(source) if source else None,
            may_add_participants=self.may_add.isChecked(),
        )
