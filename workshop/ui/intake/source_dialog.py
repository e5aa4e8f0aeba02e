"""Add or edit a source: what kind of research, a label, its date, a reference, notes."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from workshop.domain.model import Source, SourceKind


class SourceDialog(QDialog):
    def __init__(
        self,
        source: Source | None = None,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Source") if source else self.tr("Add Source"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of source"))
        for kind in SourceKind:
            self.kind.addItem(self.tr(kind.label), kind.value)
        self.label_edit = QLineEdit()
        self.label_edit.setAccessibleName(self.tr("Label"))
        self.label_edit.setPlaceholderText(self.tr("e.g. Interview 7 — nurse, night shift"))
        self.has_date = QCheckBox(self.tr("Dated"))
        self.date = QDateEdit()
        self.date.setAccessibleName(self.tr("Date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.has_date.toggled.connect(self.date.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.date, 1)
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Reference"))
        self.reference.setPlaceholderText(self.tr("A file name, a link, a ticket number…"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes about the source"))
        self.notes.setTabChangesFocus(True)

        form = QFormLayout(self)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Label:"), self.label_edit)
        # The row's field is a layout, which a form gives no buddy: the label is given
        # its own, else it would show "&Date:" as it is written.
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.has_date)
        form.addRow(date_label, date_row)
        form.addRow(self.tr("&Reference:"), self.reference)
        form.addRow(self.tr("&Notes:"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.label_edit.textChanged.connect(self._check)

        day = (source.date if source else None) or today or date.today()
        self.date.setDate(QDate(day.year, day.month, day.day))
        if source is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(source.kind.value)))
            self.label_edit.setText(source.label)
            self.has_date.setChecked(source.date is not None)
            self.reference.setText(source.reference)
            self.notes.setPlainText(source.notes)
        else:
            self.has_date.setChecked(True)
        self.date.setEnabled(self.has_date.isChecked())
        self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.label_edit.text().strip()))

    def values(self) -> dict[str, Any]:
        """The fields as ``add_source``/``update_source`` take them."""
        chosen = self.date.date()
        return {
            "kind": SourceKind(self.kind.currentData()),
            "label": self.label_edit.text().strip(),
            "date": date(chosen.year(), chosen.month(), chosen.day()).isoformat()
            if self.has_date.isChecked()
            else None,
            "reference": self.reference.text().strip(),
            "notes": self.notes.toPlainText().strip(),
        }
