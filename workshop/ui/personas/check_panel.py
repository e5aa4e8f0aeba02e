"""The evidence check panel: per persona, whether it passes and how much of it is well
evidenced, then each finding with how to fix it. Clicking a finding opens the item (or the
section) in the editor. The thresholds below the list are the workshop's settings.

It follows every change live (``CheckRunner``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QSpinBox,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.evidence_check import Finding, PersonaReport, Severity
from workshop.domain.model import CHECK_BOUNDS, CheckSettings, Persona
from workshop.ui.contrast import readable
from workshop.ui.personas.check_runner import CheckRunner
from workshop.ui.personas.evidence_badge import COLOURS
from workshop.ui.personas.persona_list import verdict
from workshop.ui.personas.wording import persona_title
from workshop.ui.plain import label as plain_label
from workshop.ui.plain import tooltip
from workshop.ui.plurals import plural

PERSONA_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
SECTION_ROLE = Qt.ItemDataRole.UserRole + 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("CheckPanel", text)


def severity_label(severity: Severity) -> str:
    return {
        Severity.ERROR: _tr("Error"),
        Severity.WARNING: _tr("Warning"),
        Severity.NOTE: _tr("Note"),
    }[severity]


class CheckPanel(QWidget):
    #: A finding about a whole section or persona was clicked: (persona id, section or "").
    section_requested = Signal(str, str)

    def __init__(self, runner: CheckRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session = runner.session
        self._collapsed: set[str] = set()
        self.summary = plain_label("", self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(_tr("Evidence check findings"))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.itemClicked.connect(self._open)
        self.tree.itemActivated.connect(self._open)
        self.tree.itemCollapsed.connect(
            lambda item: self._collapsed.add(str(item.data(0, PERSONA_ROLE)))
        )
        self.tree.itemExpanded.connect(
            lambda item: self._collapsed.discard(str(item.data(0, PERSONA_ROLE)))
        )

        # The documented bounds (CHECK_BOUNDS): a value outside them cannot be set here.
        self.min_sources = self._spin(
            *CHECK_BOUNDS["min_sources"], _tr("Distinct sources an important item needs")
        )
        self.max_age = self._spin(
            *CHECK_BOUNDS["max_age_days"], _tr("Days before evidence counts as stale")
        )
        self.max_items = self._spin(
            *CHECK_BOUNDS["max_items_per_section"], _tr("Most items a section should hold")
        )
        self.thresholds = QWidget(self)
        thresholds = QFormLayout(self.thresholds)
        thresholds.setContentsMargins(0, 0, 0, 0)
        thresholds.addRow(_tr("Sources per key item"), self.min_sources)
        thresholds.addRow(_tr("Fresh for (days)"), self.max_age)
        thresholds.addRow(_tr("Items per section, at most"), self.max_items)
        self.thresholds.hide()
        self.thresholds_button = QToolButton(self)
        self.thresholds_button.setText(_tr("Thresholds"))
        self.thresholds_button.setCheckable(True)
        self.thresholds_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.thresholds_button.setArrowType(Qt.ArrowType.RightArrow)
        self.thresholds_button.setAutoRaise(True)
        self.thresholds_button.setToolTip(_tr("The workshop's settings for the check"))
        self.thresholds_button.toggled.connect(self._show_thresholds)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.thresholds_button)
        layout.addWidget(self.thresholds)
        runner.updated.connect(self.refresh)
        self.refresh()

    def _show_thresholds(self, shown: bool) -> None:
        self.thresholds.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.thresholds_button.setArrowType(arrow)

    def _spin(self, low: int, high: int, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setAccessibleName(name)
        spin.setToolTip(name)
        spin.setKeyboardTracking(False)
        spin.editingFinished.connect(self._commit_thresholds)
        return spin

    # Showing ------------------------------------------------------------------------
    def refresh(self) -> None:
        snapshot = self.runner.snapshot
        personas = sorted(snapshot.personas, key=lambda p: (p.position, p.name.casefold(), p.id))
        shown = [(p, self.runner.reports[p.id]) for p in personas if p.id in self.runner.reports]
        self.tree.clear()
        for persona, report in shown:
            top = self._persona_item(persona, report)
            self.tree.addTopLevelItem(top)
            top.setExpanded(persona.id not in self._collapsed)
        blocking = sum(1 for _, r in shown if r.blocking)
        passing = sum(1 for _, r in shown if r.passes)
        if not shown:
            self.summary.setText(_tr("No personas to check yet."))
        else:
            self.summary.setText(
                _tr("{0}: {1} pass, {2} blocking.").format(
                    plural("%n persona checked", "%n personas checked", len(shown)),
                    passing,
                    blocking,
                )
            )
        self._show_settings(snapshot.workshop.check_settings)
        editable = not self.session.read_only
        for spin in (self.min_sources, self.max_age, self.max_items):
            spin.setEnabled(editable)

    def _persona_item(self, persona: Persona, report: PersonaReport) -> QTreeWidgetItem:
        top = QTreeWidgetItem([f"{persona_title(persona)} — {verdict(report)}"])
        top.setData(0, PERSONA_ROLE, persona.id)
        top.setData(0, SECTION_ROLE, "")
        font = QFont(top.font(0))
        font.setBold(True)
        top.setFont(0, font)
        state = "good" if report.passes else ("note" if report.assumption_based else "error")
        top.setForeground(0, QBrush(self._readable(COLOURS[state][0])))
        top.setToolTip(0, tooltip(top.text(0)))
        for finding in report.findings:
            top.addChild(self._finding_item(persona, finding))
        if not report.findings:
            top.addChild(QTreeWidgetItem([_tr("Nothing to fix.")]))
        return top

    def _readable(self, colour: str) -> QColor:
        """A state's colour, readable on the list's background (light or dark palette)."""
        return readable(QColor(colour), self.tree.palette().color(QPalette.ColorRole.Base))

    def _finding_item(self, persona: Persona, finding: Finding) -> QTreeWidgetItem:
        child = QTreeWidgetItem([f"{severity_label(finding.severity)} · {finding.message}"])
        child.setData(0, PERSONA_ROLE, persona.id)
        child.setData(0, ITEM_ROLE, finding.item_id or "")
        child.setData(0, SECTION_ROLE, str(finding.section) if finding.section else "")
        child.setForeground(0, QBrush(self._readable(COLOURS[str(finding.severity)][0])))
        child.setToolTip(0, tooltip(finding.message + "\n\n" + _tr("Fix: {0}").format(finding.fix)))
        return child

    def _show_settings(self, settings: CheckSettings) -> None:
        for spin, value in (
            (self.min_sources, settings.min_sources),
            (self.max_age, settings.max_age_days),
            (self.max_items, settings.max_items_per_section),
        ):
            if not spin.hasFocus() and spin.value() != value:
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)

    def findings_of(self, persona_id: str) -> list[QTreeWidgetItem]:
        for row in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(row)
            if top is not None and top.data(0, PERSONA_ROLE) == persona_id:
                return [c for c in (top.child(i) for i in range(top.childCount())) if c]
        return []

    # Acting -------------------------------------------------------------------------
    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        persona_id = str(item.data(0, PERSONA_ROLE) or "")
        item_id = str(item.data(0, ITEM_ROLE) or "")
        if item_id:
            self.session.item_requested.emit(item_id)
        elif persona_id:
            self.section_requested.emit(persona_id, str(item.data(0, SECTION_ROLE) or ""))

    def _commit_thresholds(self) -> None:
        current = self.runner.snapshot.workshop.check_settings
        wanted = CheckSettings(
            min_sources=self.min_sources.value(),
            max_age_days=self.max_age.value(),
            max_items_per_section=self.max_items.value(),
        )
        if wanted == current or self.session.read_only:
            return
        values = {
            "min_sources": wanted.min_sources,
            "max_age_days": wanted.max_age_days,
            "max_items_per_section": wanted.max_items_per_section,
        }
        self.session.perform(lambda wf: wf.update_settings(check=values))
