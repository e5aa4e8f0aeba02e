"""Edit a respondent (a research participant, not someone in the workshop room): the
pseudonym, the attributes kept as data (segment, role, region, age band…: one row each, a
name and a value) and notes. OK makes one edit, one undo step (the panel does it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.limits import SHORT_TEXT_MAX
from workshop.domain.model import Respondent


class RespondentDialog(QDialog):
    def __init__(self, respondent: Respondent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Respondent"))
        self.label_edit = QLineEdit(respondent.label)
        self.label_edit.setMaxLength(SHORT_TEXT_MAX)
        self.label_edit.setAccessibleName(self.tr("Pseudonym"))
        self.label_edit.setPlaceholderText(self.tr("e.g. P3"))
        self.attributes = QTableWidget(0, 2)
        self.attributes.setAccessibleName(self.tr("Attributes"))
        self.attributes.setHorizontalHeaderLabels([self.tr("Attribute"), self.tr("Value")])
        self.attributes.verticalHeader().hide()
        self.attributes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.attributes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attributes.setTabKeyNavigation(False)
        for name, value in respondent.attributes.items():
            self._add_row(name, value)
        self.add_row_button = QPushButton(self.tr("A&dd Attribute"))
        self.add_row_button.clicked.connect(self.add_attribute)
        self.remove_row_button = QPushButton(self.tr("&Remove Attribute"))
        self.remove_row_button.clicked.connect(self.remove_attribute)
        rows = QHBoxLayout()
        rows.addWidget(self.add_row_button)
        rows.addWidget(self.remove_row_button)
        rows.addStretch(1)
        self.notes = QPlainTextEdit(respondent.notes)
        self.notes.setAccessibleName(self.tr("Notes about the respondent"))
        self.notes.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.label_edit.textChanged.connect(self._check)

        form = QFormLayout()
        form.addRow(self.tr("&Pseudonym:"), self.label_edit)
        table = QVBoxLayout()
        table.addWidget(self.attributes)
        table.addLayout(rows)
        form.addRow(self.tr("&Attributes:"), table)
        form.addRow(self.tr("&Notes:"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._check()

    def _add_row(self, name: str = "", value: str = "") -> int:
        row = self.attributes.rowCount()
        self.attributes.insertRow(row)
        self.attributes.setItem(row, 0, QTableWidgetItem(name))
        self.attributes.setItem(row, 1, QTableWidgetItem(value))
        return row

    def add_attribute(self) -> None:
        """A new empty row, its name cell being edited."""
        row = self._add_row()
        self.attributes.setFocus()
        self.attributes.setCurrentCell(row, 0)
        item = self.attributes.item(row, 0)
        if item is not None:
            self.attributes.editItem(item)

    def remove_attribute(self) -> None:
        rows = sorted({index.row() for index in self.attributes.selectedIndexes()}, reverse=True)
        for row in rows:
            self.attributes.removeRow(row)

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.label_edit.text().strip()))

    def values(self) -> dict[str, Any]:
        """What the store's ``update_respondent`` takes; rows with no name are left out,
        and a later row with the same name wins."""
        attributes: dict[str, str] = {}
        for row in range(self.attributes.rowCount()):
            name_item = self.attributes.item(row, 0)
            value_item = self.attributes.item(row, 1)
            name = " ".join((name_item.text() if name_item else "").split())
            if name:
                attributes[name] = (value_item.text() if value_item else "").strip()
        return {
            "label": self.label_edit.text().strip(),
            "attributes": attributes,
            "notes": self.notes.toPlainText(),
        }
