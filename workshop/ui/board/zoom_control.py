"""The zoom control in the status bar: −, the zoom in percent (click: 100%), +, fit."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from workshop.ui.board.view import NavigableView


class ZoomControl(QWidget):
    def __init__(self, view: NavigableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zoomControl")
        self.view = view
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.zoom_out = self._button("−", self.tr("Zoom out (Ctrl+-)"), view.zoom_out)
        self.percent = self._button("100%", self.tr("Zoom to 100% (Ctrl+1)"), view.actual_size)
        self.percent.setMinimumWidth(self.percent.fontMetrics().horizontalAdvance("0000%") + 12)
        self.zoom_in = self._button("+", self.tr("Zoom in (Ctrl+=)"), view.zoom_in)
        self.fit = self._button(
            self.tr("Fit"), self.tr("Show the whole board (Ctrl+0)"), view.zoom_to_fit
        )
        for button in (self.zoom_out, self.percent, self.zoom_in, self.fit):
            layout.addWidget(button)
        view.view_moved.connect(self.refresh)
        self.refresh()

    def _button(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return button

    def percent_text(self) -> str:
        return f"{round(self.view.zoom() * 100)}%"

    def refresh(self) -> None:
        self.percent.setText(self.percent_text())
