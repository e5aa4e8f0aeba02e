"""Compare personas: two or more side by side, section by section, with how well each item
is evidenced, so the team sees where personas overlap and where they really differ."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.model import Persona, Section
from workshop.ui.personas.check_runner import CheckRunner
from workshop.ui.personas.editor import EDITOR_SECTIONS
from workshop.ui.personas.evidence_badge import badge_text
from workshop.ui.personas.persona_list import verdict
from workshop.ui.personas.wording import (
    metric_kind_label,
    persona_title,
    section_label,
    status_label,
    template_label,
)
from workshop.ui.plain import tooltip

ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The share of the window the list of personas takes at most.
PICKER_SHARE = 0.4


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareView", text)


class CompareView(QDialog):
    def __init__(self, runner: CheckRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Compare personas"))
        self.runner = runner
        self.chosen: list[str] = []
        self.picker = QListWidget(self)
        self.picker.setAccessibleName(_tr("Personas to compare"))
        self.picker.itemChanged.connect(self._picked)
        self.table = QTableWidget(self)
        self.table.setAccessibleName(_tr("Personas side by side"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel(_tr("Tick two or more personas to compare them."), self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(_tr("Compare:"), left))
        left_layout.addWidget(self.picker)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 900])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        row.addWidget(splitter)
        layout.addLayout(row, 1)
        self.resize(1100, 720)
        runner.updated.connect(self.refresh)

    # Rows fit their text at the columns' real width, known only once laid out.
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_picker()
        QTimer.singleShot(0, self, self.table.resizeRowsToContents)

    def _fit_picker(self) -> None:
        """The list of personas as wide as its longest name ("Sam, the side-hustler
        (assumption-based)"), up to a share of the window (longer names are shortened
        with "…"; their tooltip has them whole). Never narrower than the facilitator
        dragged it."""
        picker = self.picker
        if picker.count() == 0:
            return
        scroll_bar = picker.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        wanted = picker.sizeHintForColumn(0) + 2 * picker.frameWidth() + scroll_bar + 8
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total <= 0:
            return
        left = min(wanted, int(total * PICKER_SHARE))
        if sizes[0] < left:
            self.splitter.setSizes([left, total - left])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.table.resizeRowsToContents)

    def personas(self) -> list[Persona]:
        return sorted(
            self.runner.snapshot.personas, key=lambda p: (p.position, p.name.casefold(), p.id)
        )

    def set_chosen(self, persona_ids: list[str]) -> None:
        self.chosen = list(persona_ids)
        self.refresh()

    def refresh(self) -> None:
        personas = self.personas()
        known = {p.id for p in personas}
        self.chosen = [c for c in self.chosen if c in known]
        if not self.chosen:
            self.chosen = [p.id for p in personas[: 3 if len(personas) <= 3 else 2]]
        self.picker.blockSignals(True)
        self.picker.clear()
        for persona in personas:
            item = QListWidgetItem(persona_title(persona))
            item.setToolTip(tooltip(persona_title(persona)))
            item.setData(ID_ROLE, persona.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if persona.id in self.chosen else Qt.CheckState.Unchecked
            )
            self.picker.addItem(item)
        self.picker.blockSignals(False)
        if self.isVisible():
            self._fit_picker()
        self._fill([p for p in personas if p.id in self.chosen])

    def _picked(self, _item: QListWidgetItem) -> None:
        self.chosen = [
            str(self.picker.item(r).data(ID_ROLE))
            for r in range(self.picker.count())
            if self.picker.item(r).checkState() == Qt.CheckState.Checked
        ]
        self._fill([p for p in self.personas() if p.id in self.chosen])

    # The table ------------------------------------------------------------------------
    def rows(self) -> list[str]:
        headers = (self.table.verticalHeaderItem(r) for r in range(self.table.rowCount()))
        return [h.text() if h is not None else "" for h in headers]

    def columns(self) -> list[str]:
        headers = (self.table.horizontalHeaderItem(c) for c in range(self.table.columnCount()))
        return [str(h.data(ID_ROLE)) if h is not None else "" for h in headers]

    def cell(self, row_label: str, persona_id: str) -> str:
        item = self.table.item(self.rows().index(row_label), self.columns().index(persona_id))
        return item.text() if item is not None else ""

    def _fill(self, personas: list[Persona]) -> None:
        self.hint.setVisible(len(personas) < 2)
        labels = [
            _tr("Archetype"),
            _tr("Quote"),
            _tr("Role and context"),
            *(section_label(s) for s in EDITOR_SECTIONS),
            _tr("Segment"),
            _tr("Status"),
            _tr("Evidence check"),
        ]
        self.table.clear()
        self.table.setRowCount(len(labels))
        self.table.setColumnCount(len(personas))
        for row, text in enumerate(labels):
            self.table.setVerticalHeaderItem(row, QTableWidgetItem(text))
        for column, persona in enumerate(personas):
            header = QTableWidgetItem(persona_title(persona))
            header.setData(ID_ROLE, persona.id)
            self.table.setHorizontalHeaderItem(column, header)
            for row, text in enumerate(self._column(persona)):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()

    def _column(self, persona: Persona) -> list[str]:
        snapshot = self.runner.snapshot
        items = snapshot.items_of(persona.id)
        kind = (
            template_label(persona.template)
            if not persona.archetype.strip()
            else f"{persona.archetype} ({template_label(persona.template)})"
        )
        cells = [kind, persona.quote, persona.role_context]
        for section in EDITOR_SECTIONS:
            lines = []
            for item in sorted(
                (i for i in items if i.section is section), key=lambda i: (i.position, i.id)
            ):
                line = f"• {item.text}"
                if section is Section.METRIC_LINK:
                    extra = [metric_kind_label(item.metric_kind)]
                    if item.metric_baseline or item.metric_target:
                        extra.append(
                            _tr("{0} → {1}").format(
                                item.metric_baseline or "?", item.metric_target or "?"
                            )
                        )
                    line += f" [{', '.join(extra)}]"
                line += f"\n   {badge_text(self.runner.evidence_for(item.id))}"
                lines.append(line)
            cells.append("\n".join(lines) or "—")
        segment = persona.segment_name or "—"
        if persona.segment_size:
            segment += f"\n{persona.segment_size}"
            if persona.segment_size_source:
                segment += _tr(" (source: {0})").format(persona.segment_size_source)
        cells.append(segment)
        status = status_label(persona.status)
        if persona.last_reviewed:
            status += "\n" + _tr("reviewed {0}").format(persona.last_reviewed.isoformat())
            if persona.owner:
                status += _tr(" by {0}").format(persona.owner)
        cells.append(status)
        cells.append(verdict(self.runner.report_for(persona.id)))
        return cells
