"""The room's invitation in the presenter view: before it starts, a button to invite the
room; while it runs, the QR code and the address large enough to scan and read from the
back of the room, and how many phones have joined."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from workshop.ui.phones.invite_panel import phones_text
from workshop.ui.phones.qr_code import QrCode

#: The code's share of the presenter view's height.
CODE_SHARE = 0.5


class PresenterInvite(QWidget):
    #: The facilitator asks to invite the room (the button).
    invite_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterInvite")
        self.button = QPushButton(self.tr("Invite the Room…"))
        self.button.setObjectName("presenterInviteButton")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the presenter's keys stay its own
        self.button.clicked.connect(self.invite_requested)
        self.code = QrCode()
        self.address = QLabel()
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setWordWrap(True)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self.address, self.count):
            label.setForegroundRole(QPalette.ColorRole.WindowText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.address)
        layout.addWidget(self.count)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.show_idle()

    @property
    def running(self) -> bool:
        return bool(self.code.text)

    def show_idle(self) -> None:
        self.code.set_text("")
        for widget in (self.code, self.address, self.count):
            widget.hide()
        self.button.show()

    def show_running(self, url: str, count: int) -> None:
        self.code.set_text(url)
        self.address.setText(url)
        self.count.setText(phones_text(count))
        self.button.hide()
        for widget in (self.code, self.address, self.count):
            widget.show()
        self._fit()

    def set_count(self, count: int) -> None:
        self.count.setText(phones_text(count))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        parent = self.parentWidget()
        height = parent.height() if parent is not None else self.height()
        side = max(160, round(height * CODE_SHARE))
        self.code.setFixedSize(side, side)
        font = QFont(self.font())
        font.setPixelSize(max(12, round(height * 0.028)))
        self.address.setFont(font)
        self.count.setFont(font)
        self.setFixedWidth(side + 16 if self.running else self.button.sizeHint().width())
