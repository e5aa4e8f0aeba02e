"""The first thing a facilitator sees: start a workshop, open one, or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop import APP_NAME
from workshop.ui.plain import tooltip


class StartScreen(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        title = QLabel(APP_NAME)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        tagline = QLabel(
            self.tr("Turn research evidence into customer personas, together, in one room.")
        )
        tagline.setTextFormat(Qt.TextFormat.PlainText)
        # Wrapped, so the line does not make the window wider than a small screen.
        tagline.setWordWrap(True)

        self.new_button = QPushButton(self.tr("New workshop…"))
        self.open_button = QPushButton(self.tr("Open…"))
        self.demo_button = QPushButton(self.tr("Open the demo"))
        for button, signal, tip in (
            (self.new_button, self.new_requested, self.tr("Start an empty workshop file")),
            (self.open_button, self.open_requested, self.tr("Open a workshop file")),
            (self.demo_button, self.demo_requested, self.tr("A budgeting-app team's workshop")),
        ):
            button.setMinimumHeight(40)
            button.setToolTip(tip)
            button.setAccessibleName(button.text().rstrip("…"))
            button.clicked.connect(signal)

        recent_label = QLabel(self.tr("Recent workshops"))
        recent_label.setTextFormat(Qt.TextFormat.PlainText)
        self.recent_list = QListWidget()
        self.recent_list.setAccessibleName(self.tr("Recent workshops"))
        self.recent_list.itemActivated.connect(
            lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.empty_recent = QLabel(self.tr("Workshops you open will be listed here."))
        self.empty_recent.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_recent.setWordWrap(True)

        buttons = QVBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        recent = QVBoxLayout()
        recent.addWidget(recent_label)
        recent.addWidget(self.recent_list, 1)
        recent.addWidget(self.empty_recent)
        recent.addStretch(0)  # without recent files the two lines stay at the top
        columns = QHBoxLayout()
        columns.addLayout(buttons, 1)
        columns.addSpacing(32)
        columns.addLayout(recent, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 48, 64, 48)
        layout.addWidget(title)
        layout.addWidget(tagline)
        layout.addSpacing(32)
        layout.addLayout(columns, 1)

    def set_recent(self, paths: list[str]) -> None:
        self.recent_list.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).stem}   —   {path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(tooltip(path))
            self.recent_list.addItem(item)
        self.recent_list.setVisible(bool(paths))
        self.empty_recent.setVisible(not paths)
