"""The Frame stage's form: what the personas are for.

Title, goal, the decisions the personas must inform, the product, the target segments
and the metrics that matter. Each field is saved (one undoable step) when the
facilitator leaves it or ticks a box; the poster footer and the evidence check read them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from workshop.domain.model import Decision, MetricKind, Workshop
from workshop.i18n import shipped_languages
from workshop.store import Change
from workshop.ui.language_menu import NATIVE_NAMES
from workshop.ui.session import WorkshopSession

#: Metrics offered as boxes; anything else the facilitator types goes in "Other metrics".
METRIC_CHOICES = (
    MetricKind.CONVERSION,
    MetricKind.ACTIVATION,
    MetricKind.RETENTION,
    MetricKind.EXPANSION,
)


class FrameForm(QWidget):
    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Workshop title"))
        self.goal_edit = QPlainTextEdit()
        self.goal_edit.setAccessibleName(self.tr("Goal of the workshop"))
        self.goal_edit.setPlaceholderText(self.tr("What should the personas help us decide?"))
        self.goal_edit.setTabChangesFocus(True)
        self.goal_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.goal_edit.installEventFilter(self)
        self.product_edit = QLineEdit()
        self.product_edit.setAccessibleName(self.tr("Product"))
        self.segments_edit = QLineEdit()
        self.segments_edit.setAccessibleName(self.tr("Target segments"))
        self.segments_edit.setPlaceholderText(self.tr("e.g. young families, freelancers"))
        self.other_metrics_edit = QLineEdit()
        self.other_metrics_edit.setAccessibleName(self.tr("Other metrics, separated by commas"))
        self.other_metrics_edit.setPlaceholderText(self.tr("other metrics, comma separated"))

        decision_names = {
            Decision.ONBOARDING_UX: self.tr("Onboarding and UX"),
            Decision.MESSAGING: self.tr("Messaging"),
            Decision.CONTENT_STRATEGY: self.tr("Content strategy"),
            Decision.OTHER: self.tr("Other"),
        }
        metric_names = {
            MetricKind.CONVERSION: self.tr("Conversion"),
            MetricKind.ACTIVATION: self.tr("Activation"),
            MetricKind.RETENTION: self.tr("Retention"),
            MetricKind.EXPANSION: self.tr("Expansion"),
        }
        self.decision_boxes = {d: QCheckBox(decision_names[d]) for d in Decision}
        self.metric_boxes = {m: QCheckBox(metric_names[m]) for m in METRIC_CHOICES}
        decisions, _ = _grid(list(self.decision_boxes.values()))
        metrics, metrics_grid = _grid(list(self.metric_boxes.values()))
        metrics_grid.addWidget(self.other_metrics_edit, len(self.metric_boxes), 0)

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Goal:"), self.goal_edit)
        form.addRow(self.tr("Decisions to inform:"), decisions)
        form.addRow(self.tr("&Product:"), self.product_edit)
        form.addRow(self.tr("Target &segments:"), self.segments_edit)
        form.addRow(self.tr("Metrics that matter:"), metrics)
        self.language_combo = print_language_combo()
        form.addRow(self.tr("Posters and decks &in:"), self.language_combo)
        self.language_combo.activated.connect(self._save_language)

        self.title_edit.editingFinished.connect(self._save_title)
        self.product_edit.editingFinished.connect(
            lambda: self._save_text("product", self.product_edit.text())
        )
        self.segments_edit.editingFinished.connect(
            lambda: self._save_text("target_segments", self.segments_edit.text())
        )
        self.other_metrics_edit.editingFinished.connect(self._save_metrics)
        for box in self.decision_boxes.values():
            box.toggled.connect(self._save_decisions)
        for box in self.metric_boxes.values():
            box.toggled.connect(self._save_metrics)

        self.setEnabled(not session.read_only)
        session.changed.connect(self._on_change)
        self.load(session.snapshot().workshop)

    # Showing --------------------------------------------------------------------------
    def load(self, workshop: Workshop) -> None:
        """Show the stored frame (a field being typed in keeps what is typed)."""
        _set_line(self.title_edit, workshop.title)
        if not self.goal_edit.hasFocus() and self.goal_edit.toPlainText() != workshop.goal:
            self.goal_edit.setPlainText(workshop.goal)
        _set_line(self.product_edit, workshop.product)
        _set_line(self.segments_edit, workshop.target_segments)
        for decision, box in self.decision_boxes.items():
            _set_box(box, decision in workshop.decisions)
        stored = {m.casefold() for m in workshop.metrics}
        for metric, box in self.metric_boxes.items():
            _set_box(box, str(metric) in stored)
        known = {str(m) for m in METRIC_CHOICES}
        others = ", ".join(m for m in workshop.metrics if m.casefold() not in known)
        _set_line(self.other_metrics_edit, others)
        chosen = workshop.settings.get("language")
        index = self.language_combo.findData(chosen if isinstance(chosen, str) else "")
        self.language_combo.setCurrentIndex(max(index, 0))

    def _on_change(self, change: Change) -> None:
        if "workshop" in change.tables():
            self.load(self.session.snapshot().workshop)

    # Saving ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.goal_edit and event.type() == QEvent.Type.FocusOut:
            self.save_goal()
        return super().eventFilter(watched, event)

    def save_goal(self) -> None:
        self._save_text("goal", self.goal_edit.toPlainText())

    def _save_title(self) -> None:
        title = self.title_edit.text().strip()
        stored = self.session.snapshot().workshop.title
        if not title:
            self.session.status.emit(self.tr("A workshop needs a title; the old one is kept."))
            self.title_edit.setText(stored)
            return
        self._save_text("title", title)

    def _save_text(self, field: str, value: str) -> None:
        workshop = self.session.snapshot().workshop
        if getattr(workshop, field) == value or self.session.read_only:
            return
        self.session.perform(lambda wf: wf.update_workshop(**{field: value}))

    def _save_language(self) -> None:
        """The workshop's print language: posters and decks print in it on any computer."""
        code = self.language_combo.currentData() or None
        stored = self.session.snapshot().workshop.settings.get("language") or None
        if code != stored and not self.session.read_only:
            self.session.perform(lambda wf: wf.update_settings(language=code))

    def _save_decisions(self) -> None:
        chosen = [str(d) for d, box in self.decision_boxes.items() if box.isChecked()]
        stored = self.session.snapshot().workshop.decisions
        # Keep decisions this form does not know (from a newer file) where they were.
        known = {str(d) for d in Decision}
        value = [d for d in stored if d not in known] + chosen
        if tuple(value) != tuple(stored) and not self.session.read_only:
            self.session.perform(lambda wf: wf.update_workshop(decisions=value))

    def _save_metrics(self) -> None:
        """Ticked metrics (keeping how the workshop spelled them), then the typed ones."""
        stored = self.session.snapshot().workshop.metrics
        spelled = {m.casefold(): m for m in stored}
        chosen = [
            spelled.get(str(m), str(m)) for m, b in self.metric_boxes.items() if b.isChecked()
        ]
        taken = {m.casefold() for m in chosen} | {str(m) for m in METRIC_CHOICES}
        typed = [m.strip() for m in self.other_metrics_edit.text().split(",")]
        value = list(chosen)
        for metric in typed:
            if metric and metric.casefold() not in taken:
                value.append(metric)
                taken.add(metric.casefold())
        if tuple(value) != tuple(stored) and not self.session.read_only:
            self.session.perform(lambda wf: wf.update_workshop(metrics=value))


translate = QCoreApplication.translate


def print_language_combo() -> QComboBox:
    """The program's language (no setting), then every shipped language in itself."""
    combo = QComboBox()
    combo.setObjectName("printLanguage")
    combo.setAccessibleName(translate("FrameForm", "Language of the posters and decks"))
    combo.addItem(translate("FrameForm", "The program's language"), "")
    for code in shipped_languages():
        combo.addItem(NATIVE_NAMES.get(code, code), code)
    return combo


def _grid(boxes: list[QCheckBox]) -> tuple[QWidget, QGridLayout]:
    widget = QWidget()
    grid = QGridLayout(widget)
    grid.setContentsMargins(0, 0, 0, 0)
    for index, box in enumerate(boxes):
        grid.addWidget(box, index, 0)
    return widget, grid


def _set_line(edit: QLineEdit, text: str) -> None:
    if not edit.hasFocus() and edit.text() != text:
        edit.setText(text)
        edit.setCursorPosition(0)


def _set_box(box: QCheckBox, checked: bool) -> None:
    if box.isChecked() != checked:
        box.blockSignals(True)
        box.setChecked(checked)
        box.blockSignals(False)
