"""The timer on screen: a countdown label (also used, large, by the presenter view) and the
stage panel's compact timer with its buttons and the stage's timebox.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.timer import MAX_DURATION, format_remaining
from workshop.ui.facilitation.stage_timer import TimerController

#: Time-up and warning colours; both hold at least 4.5:1 against their background.
UP_BACKGROUND = QColor("#c62828")
UP_TEXT = QColor("#ffffff")
WARN_LIGHT = QColor("#b24d00")  # on light backgrounds
WARN_DARK = QColor("#ffb74d")  # on dark backgrounds


class TimerDisplay(QLabel):
    """The countdown as text: amber in the last minute, flashing red once time is up."""

    def __init__(self, controller: TimerController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAutoFillBackground(True)
        self._base = QPalette(self.palette())
        self.setAccessibleName(self.tr("Time left"))
        controller.updated.connect(self.refresh)
        self.refresh()

    def set_base_palette(self, palette: QPalette) -> None:
        self._base = QPalette(palette)
        self.refresh()

    def state(self) -> str:
        """ "up" (flashing or steady red), "warning", "running" or "paused"."""
        if self.controller.is_up():
            return "up"
        if self.controller.is_warning():
            return "warning"
        return "running" if self.controller.running else "paused"

    def refresh(self) -> None:
        remaining = self.controller.remaining()
        self.setText(format_remaining(remaining))
        palette = QPalette(self._base)
        state = self.state()
        if state == "up" and self.controller.flash_on():
            palette.setColor(QPalette.ColorRole.Window, UP_BACKGROUND)
            palette.setColor(QPalette.ColorRole.WindowText, UP_TEXT)
        elif state == "up" or state == "warning":
            palette.setColor(QPalette.ColorRole.WindowText, _warning_colour(self._base))
        if state == "paused" and self.controller.model.started:
            self.setToolTip(self.tr("Paused"))
        else:
            self.setToolTip("")
        self.setPalette(palette)
        if state == "up":
            self.setAccessibleDescription(self.tr("Time is up"))
        else:
            self.setAccessibleDescription("")


def _warning_colour(palette: QPalette) -> QColor:
    background = palette.color(QPalette.ColorRole.Window)
    return WARN_DARK if background.lightnessF() < 0.5 else WARN_LIGHT


class TimerWidget(QWidget):
    """The timer in the stage panel: countdown, start/pause, reset, +1, +5, timebox."""

    def __init__(self, controller: TimerController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.display = TimerDisplay(controller)
        font = QFont(self.display.font())
        font.setPixelSize(40)
        font.setBold(True)
        self.display.setFont(font)

        self.start_button = QPushButton()
        self.start_button.clicked.connect(controller.toggle)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setAccessibleName(self.tr("Reset the timer"))
        self.reset_button.clicked.connect(controller.reset)
        self.plus_one = QPushButton(self.tr("+1 min"))
        self.plus_one.setAccessibleName(self.tr("Add one minute"))
        self.plus_one.clicked.connect(lambda: controller.add_minutes(1))
        self.plus_five = QPushButton(self.tr("+5 min"))
        self.plus_five.setAccessibleName(self.tr("Add five minutes"))
        self.plus_five.clicked.connect(lambda: controller.add_minutes(5))

        self.timebox = QSpinBox()
        self.timebox.setRange(1, MAX_DURATION // 60)
        self.timebox.setSuffix(self.tr(" min"))
        self.timebox.setAccessibleName(self.tr("Timebox of this stage, in minutes"))
        self.timebox.setKeyboardTracking(False)
        self.timebox.valueChanged.connect(self._timebox_edited)
        self.timebox.setEnabled(not controller.session.read_only)
        timebox_label = QLabel(self.tr("&Timebox:"))
        timebox_label.setBuddy(self.timebox)

        buttons = QGridLayout()  # two by two: the stage panel may be narrow
        buttons.addWidget(self.start_button, 0, 0)
        buttons.addWidget(self.reset_button, 0, 1)
        buttons.addWidget(self.plus_one, 1, 0)
        buttons.addWidget(self.plus_five, 1, 1)
        box_row = QHBoxLayout()
        box_row.addWidget(timebox_label)
        box_row.addWidget(self.timebox)
        box_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display)
        layout.addLayout(buttons)
        layout.addLayout(box_row)
        controller.updated.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        if self.controller.running:
            self.start_button.setText(self.tr("Pause"))
            self.start_button.setAccessibleName(self.tr("Pause the timer"))
        else:
            text = self.tr("Resume") if self.controller.model.started else self.tr("Start")
            self.start_button.setText(text)
            self.start_button.setAccessibleName(self.tr("Start the timer"))
        minutes = self.controller.timebox() // 60
        if self.timebox.value() != minutes and not self.timebox.hasFocus():
            self.timebox.blockSignals(True)
            self.timebox.setValue(minutes)
            self.timebox.blockSignals(False)

    def _timebox_edited(self, minutes: int) -> None:
        if self.controller.session.read_only:
            return
        self.controller.set_timebox(self.controller.stage, minutes)
