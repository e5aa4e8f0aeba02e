"""The stage panel: where the workshop is, what to do now, how far it has got, and the
tools for it.

From the top: the stage switcher (previous, a list of the six stages, next), the stage's
guidance, its checklist computed from the workshop, the timer, and the stage's tools.
Moving between stages is free and saved with the workshop; the panel then scrolls back
to the top, so the new stage's heading is in sight.

At the Frame stage the checklist sits above the frame form and changes as the form is
filled in; each of its lines there takes a fixed two lines (longer text ends in "…", the
whole of it in the tooltip), so ticking a box never moves the form under the pointer.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.model import STAGES, Stage, WorkshopSnapshot
from workshop.domain.stages import ChecklistLine, checklist, guide
from workshop.store import Change
from workshop.ui.facilitation.presenter_text import FittedLabel
from workshop.ui.facilitation.stage_names import stage_name, stage_position
from workshop.ui.facilitation.stage_timer import TimerController
from workshop.ui.facilitation.stage_tools import StageTools, ToolOpeners
from workshop.ui.facilitation.timer_widget import TimerWidget
from workshop.ui.facilitation.workshop_actions import WorkshopActions
from workshop.ui.plain import label, tooltip
from workshop.ui.session import WorkshopSession

# How soon the checklist follows a change that keeps the stage: a burst of changes (the
# room's phones sending notes) within it is shown once.
REFRESH_MS = 100

DONE_MARK = "✓"
TODO_MARK = "○"
#: Lines each Frame checklist line always takes (see the module's docstring).
FRAME_LINE_LINES = 2


def _heading(text: str = "", scale: float = 1.0) -> QLabel:
    widget = label(text)
    font = QFont(widget.font())
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(max(1.0, font.pointSizeF() * scale))
    widget.setFont(font)
    widget.setWordWrap(True)
    return widget


class StagePanel(QScrollArea):
    def __init__(
        self,
        session: WorkshopSession,
        timer: TimerController,
        actions: WorkshopActions,
        openers: ToolOpeners,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.workshop_actions = actions
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Stage panel"))

        self.previous_button = QToolButton()
        self.previous_button.setDefaultAction(actions.previous_stage)
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.next_button = QToolButton()
        self.next_button.setDefaultAction(actions.next_stage)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.stage_combo = QComboBox()
        self.stage_combo.setAccessibleName(self.tr("Current stage"))
        for index, stage in enumerate(STAGES, start=1):
            self.stage_combo.addItem(f"{index}. {stage_name(stage)}", str(stage))
        self.stage_combo.activated.connect(self._stage_chosen)
        switcher = QHBoxLayout()
        switcher.addWidget(self.previous_button)
        switcher.addWidget(self.stage_combo, 1)
        switcher.addWidget(self.next_button)

        self.position_label = label()
        self.title_label = _heading(scale=1.35)
        self.purpose_label = label()
        self.purpose_label.setWordWrap(True)
        italic = QFont(self.purpose_label.font())
        italic.setItalic(True)
        self.purpose_label.setFont(italic)
        self.guidance_box = QVBoxLayout()
        self.guidance_box.setSpacing(4)
        self.checklist_box = QVBoxLayout()
        self.checklist_box.setSpacing(4)
        self.checklist_labels: list[QLabel] = []

        self.timer_widget = TimerWidget(timer)
        self.tools = StageTools(session, openers)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(switcher)
        layout.addWidget(self.position_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.purpose_label)
        layout.addLayout(self.guidance_box)
        layout.addWidget(_rule())
        layout.addWidget(_heading(self.tr("Checklist")))
        layout.addLayout(self.checklist_box)
        layout.addWidget(_rule())
        layout.addWidget(_heading(self.tr("Timer")))
        layout.addWidget(self.timer_widget)
        layout.addWidget(_rule())
        layout.addWidget(_heading(self.tr("Tools for this stage")))
        layout.addWidget(self.tools)
        layout.addStretch(1)
        self.setWidget(body)

        self.stage_combo.setEnabled(not session.read_only)
        # Changes that keep the stage (a burst of notes from the room's phones among
        # them) refresh the checklist once they pause, not once each: see ``_on_change``.
        self._refresh_later = QTimer(self)
        self._refresh_later.setSingleShot(True)
        self._refresh_later.setInterval(REFRESH_MS)
        self._refresh_later.timeout.connect(self.refresh)
        session.changed.connect(self._on_change)
        self.shown_stage: Stage | None = None
        self._checklist_of: tuple[WorkshopSnapshot, date, Stage] | None = None
        self.refresh()

    # Showing -----------------------------------------------------------------------------
    def minimumSizeHint(self) -> QSize:
        """Never narrower than what it holds (it wraps text but does not scroll sideways):
        a narrow window or a dragged splitter then cuts nothing off."""
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        width = content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), width + 2 * self.frameWidth()), hint.height())

    def refresh(self) -> None:
        self._refresh_later.stop()
        snapshot = self.session.snapshot()
        stage = snapshot.workshop.stage
        if stage is not self.shown_stage:
            self._show_guide(stage)
            self.tools.show_stage(stage)
            self.shown_stage = stage
            self.verticalScrollBar().setValue(0)
        today = self.session.today()
        # Shown as soon as it is made and again when first in sight: the same workshop, day
        # and stage give the same checklist (the evidence check of every persona, at the
        # Validate stage), so it is worked out once.
        shown = self._checklist_of
        if shown is None or shown[0] is not snapshot or shown[1:] != (today, stage):
            self.show_checklist(checklist(snapshot, today, stage))
            self._checklist_of = (snapshot, today, stage)

    def _show_guide(self, stage: Stage) -> None:
        info = guide(stage)
        self.stage_combo.setCurrentIndex(STAGES.index(stage))
        self.position_label.setText(stage_position(stage))
        self.title_label.setText(info.title)
        self.purpose_label.setText(info.purpose)
        _clear(self.guidance_box)
        for line in info.guidance:
            bullet = label("•  " + line)
            bullet.setWordWrap(True)
            self.guidance_box.addWidget(bullet)

    def show_checklist(self, lines: list[ChecklistLine]) -> None:
        self._checklist_of = None
        _clear(self.checklist_box)
        self.checklist_labels = []
        steady = self.shown_stage is Stage.FRAME
        for line in lines:
            mark = DONE_MARK if line.done else TODO_MARK
            widget: QLabel
            if steady:
                fitted = FittedLabel(FRAME_LINE_LINES)
                fitted.set_full_text(f"{mark}  {line.text}")
                fitted.setFixedHeight(fitted.fontMetrics().lineSpacing() * FRAME_LINE_LINES)
                fitted.setToolTip(tooltip(line.text))
                widget = fitted
            else:
                widget = label(f"{mark}  {line.text}")
                widget.setWordWrap(True)
            widget.setAccessibleName(
                (self.tr("Done: {0}") if line.done else self.tr("To do: {0}")).format(line.text)
            )
            self.checklist_box.addWidget(widget)
            self.checklist_labels.append(widget)

    def checklist_texts(self) -> list[str]:
        return [
            w.full_text if isinstance(w, FittedLabel) else w.text() for w in self.checklist_labels
        ]

    # Acting -----------------------------------------------------------------------------
    def _stage_chosen(self, index: int) -> None:
        self.workshop_actions.go_to(STAGES[index])
        self.stage_combo.setCurrentIndex(STAGES.index(self.session.snapshot().workshop.stage))

    def _on_change(self, change: Change) -> None:
        """A new stage is shown at once; any other change refreshes the checklist a moment
        later (``REFRESH_MS``), once for all the changes made by then."""
        if "workshop" in change.tables():
            self.refresh()
        elif self.isVisible() and not self._refresh_later.isActive():
            self._refresh_later.start()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        self.tools.refresh()
        super().showEvent(event)


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()
