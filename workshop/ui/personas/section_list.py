"""One section of a persona in the editor (goals, pain points…): its items in order, what the
check says about the section as a whole, and a field to add the next item.

Items are dragged by their handle to a new place, in this section or another one of the
same persona; the drop is one "Reorder items" step.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workshop.domain.check_report import SEVERITY_RANK
from workshop.domain.evidence_check import Finding, ItemEvidence
from workshop.domain.model import PersonaItem, PersonaTemplate, Section
from workshop.ui.contrast import muted_text, set_text_colour
from workshop.ui.personas.commit_edits import CommitLineEdit
from workshop.ui.personas.evidence_badge import COLOURS
from workshop.ui.personas.item_row import ItemHost, ItemRow, read_item_mime
from workshop.ui.personas.wording import section_hint, section_label
from workshop.ui.plain import label as plain_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("SectionList", text)


class SectionHost(ItemHost, Protocol):
    def add_item(self, section: Section, text: str) -> bool: ...
    def place_items(self, item_ids: list[str], section: Section) -> None: ...


class SectionList(QWidget):
    def __init__(self, section: Section, host: SectionHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.host = host
        self.persona_id = ""
        self.rows: dict[str, ItemRow] = {}
        self.order: list[str] = []
        self.setAcceptDrops(True)
        self.setObjectName(f"section_{section.value}")

        self.heading = QLabel(section_label(section), self)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.count_label = QLabel(self)
        set_text_colour(self.count_label, muted_text())
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.heading)
        head.addWidget(self.count_label)
        head.addStretch(1)

        self.findings_label = plain_label("", self)
        self.findings_label.setWordWrap(True)
        self.findings_label.hide()

        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(2)
        self.drop_marker = QFrame(self)
        self.drop_marker.setFixedHeight(3)
        self.drop_marker.setStyleSheet("background: palette(highlight);")
        self.drop_marker.hide()

        self.add_edit = CommitLineEdit(section_hint(section, PersonaTemplate.USER), self)
        self.add_edit.setAccessibleName(_tr("Add to {0}").format(section_label(section)))
        self.add_edit.committed.connect(self._add)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(3)
        layout.addLayout(head)
        layout.addWidget(self.findings_label)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.add_edit)

    # Showing ------------------------------------------------------------------------
    def show_items(
        self,
        persona_id: str,
        template: PersonaTemplate,
        items: Sequence[PersonaItem],
        evidence: Mapping[str, ItemEvidence],
        findings: Sequence[Finding],
    ) -> None:
        """Patch the rows to match ``items`` (keeping the rows that stay, and their focus)."""
        if persona_id != self.persona_id:
            self.add_edit.show_stored("")
            self.add_edit.clear()
        self.persona_id = persona_id
        self.add_edit.setPlaceholderText(section_hint(self.section, template))
        self.add_edit.setVisible(not self.host.read_only)
        wanted = [i.id for i in items]
        for item_id in [i for i in self.rows if i not in set(wanted)]:
            row = self.rows.pop(item_id)
            self.rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        by_item: dict[str, list[Finding]] = {}
        for finding in findings:
            if finding.item_id:
                by_item.setdefault(finding.item_id, []).append(finding)
        for item in items:
            if item.id not in self.rows:
                self.rows[item.id] = ItemRow(item, self.host, self)
            row = self.rows[item.id]
            row.show_item(item, evidence.get(item.id, ItemEvidence()), by_item.get(item.id, ()))
        if wanted != self.order:
            for item_id in wanted:
                self.rows_layout.removeWidget(self.rows[item_id])
            for item_id in wanted:
                self.rows_layout.addWidget(self.rows[item_id])
            self.order = wanted
        self.count_label.setText(f"({len(items)})" if items else "")
        self._show_section_findings([f for f in findings if not f.item_id])

    def _show_section_findings(self, findings: Sequence[Finding]) -> None:
        if not findings:
            self.findings_label.hide()
            return
        worst = min(findings, key=lambda f: SEVERITY_RANK[f.severity])
        colour = COLOURS[str(worst.severity)][0]
        set_text_colour(self.findings_label, QColor(colour))
        self.findings_label.setText("\n".join(f.message for f in findings))
        self.findings_label.setToolTip("")
        self.findings_label.show()

    def row(self, item_id: str) -> ItemRow | None:
        return self.rows.get(item_id)

    # Adding -------------------------------------------------------------------------
    def _add(self, text: str) -> None:
        if text and self.host.add_item(self.section, text):
            self.add_edit.show_stored("")
            self.add_edit.clear()
        elif not text:
            self.add_edit.clear()

    # Items dropped here (reordering) ------------------------------------------------
    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        dragged = read_item_mime(event.mimeData())
        return dragged is not None and dragged[1] == self.persona_id and not self.host.read_only

    def _insert_index(self, pos: QPoint) -> int:
        for index, item_id in enumerate(self.order):
            row = self.rows[item_id]
            if pos.y() < row.geometry().center().y():
                return index
        return len(self.order)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self._accepts(event):
            event.ignore()
            return
        event.acceptProposedAction()
        index = self._insert_index(event.position().toPoint())
        self.rows_layout.removeWidget(self.drop_marker)
        self.rows_layout.insertWidget(min(index, self.rows_layout.count()), self.drop_marker)
        self.drop_marker.show()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._hide_marker()
        super().dragLeaveEvent(event)

    def _hide_marker(self) -> None:
        self.rows_layout.removeWidget(self.drop_marker)
        self.drop_marker.hide()

    def dropEvent(self, event: QDropEvent) -> None:
        self._hide_marker()
        dragged = read_item_mime(event.mimeData())
        if dragged is None or not self._accepts(event):
            event.ignore()
            return
        index = self._insert_index(event.position().toPoint())
        self.drop_item(dragged[0], index)
        event.acceptProposedAction()

    def drop_item(self, item_id: str, index: int) -> None:
        """Put the item at ``index`` of this section (it may come from another section)."""
        order = list(self.order)
        if item_id in order:
            if order.index(item_id) < index:
                index -= 1
            order.remove(item_id)
        order.insert(max(0, min(index, len(order))), item_id)
        if order != self.order or item_id not in self.rows:
            self.host.place_items(order, self.section)
