"""The room is invited: the QR code and the address to open, how many phones have the
page open, and Stop. A window of its own beside the main window (the presenter view
shows the code large for the room)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.ui.phones.qr_code import QrCode
from workshop.ui.plurals import plural


def phones_text(count: int) -> str:
    return plural("%n phone connected", "%n phones connected", count)


class InvitePanel(QDialog):
    #: The facilitator pressed Stop.
    stop_requested = Signal()

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invitePanel")
        self.setWindowTitle(self.tr("The Room Is Invited"))
        self.url = url
        self.code = QrCode(url)
        self.code.setMinimumSize(280, 280)
        hint = QLabel(self.tr("Scan the code with the phone's camera, or open:"))
        hint.setTextFormat(Qt.TextFormat.PlainText)
        self.address = QLabel(url)
        self.address.setObjectName("inviteAddress")
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setAccessibleName(self.tr("Address for the phones"))
        self.count = QLabel(phones_text(0))
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setAccessibleName(self.tr("Phones connected"))
        copy = QPushButton(self.tr("&Copy Address"))
        copy.clicked.connect(self.copy_address)
        self.stop_button = QPushButton(self.tr("&Stop Inviting"))
        self.stop_button.setObjectName("stopInvitingButton")
        self.stop_button.clicked.connect(self.stop_requested)
        close = QPushButton(self.tr("Close"))
        close.setToolTip(self.tr("Close this window; phones stay connected"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(copy)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code, 1)
        layout.addWidget(hint)
        layout.addWidget(self.address)
        layout.addWidget(self.count)
        layout.addLayout(buttons)

    def set_count(self, count: int) -> None:
        self.count.setText(phones_text(count))

    def copy_address(self) -> None:
        QGuiApplication.clipboard().setText(self.url)
