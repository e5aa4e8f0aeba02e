"""The tools each stage needs, under its guidance in the stage panel.

Frame: the frame form. Evidence: who is writing, and the participants. Cluster: dot
voting. Draft: the persona editor. Validate: the evidence check. Share: export and the
presenter view. Buttons for other features' panels appear only when that feature is
there (see ``window_parts``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.model import STAGES, Stage
from workshop.domain.vote_tallies import votes_cast
from workshop.store import Change
from workshop.ui.facilitation.frame_form import FrameForm
from workshop.ui.facilitation.participants_panel import WritingAsCombo
from workshop.ui.plurals import plural
from workshop.ui.session import WorkshopSession

Opener = Callable[[], Callable[[], None] | None]


@dataclass
class ToolOpeners:
    """Ways to open the panels a stage points to; each returns None when absent."""

    participants: Opener
    voting: Opener
    persona_editor: Opener
    evidence_check: Opener
    export: Opener
    presenter: Opener


class ToolButton(QPushButton):
    """A button that opens another panel, shown only while that panel exists."""

    def __init__(self, text: str, find: Opener) -> None:
        super().__init__(text)
        self.locate = find
        self.clicked.connect(self._open)

    def refresh(self) -> None:
        self.setVisible(self.locate() is not None)

    def _open(self) -> None:
        target = self.locate()
        if target is not None:
            target()


class StageTools(QStackedWidget):
    def __init__(
        self, session: WorkshopSession, openers: ToolOpeners, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.buttons: list[ToolButton] = []
        self.frame_form = FrameForm(session)
        self.writing_as = WritingAsCombo(session)
        self.voting_summary = QLabel()
        self.voting_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.voting_summary.setWordWrap(True)

        writing_label = QLabel(self.tr("&Writing as:"))
        writing_label.setBuddy(self.writing_as)
        writing_row = QHBoxLayout()
        writing_row.addWidget(writing_label)
        writing_row.addWidget(self.writing_as, 1)

        pages: dict[Stage, QWidget] = {
            Stage.FRAME: self.frame_form,
            Stage.EVIDENCE: self._page(
                writing_row, self._button(self.tr("&Participants…"), openers.participants)
            ),
            Stage.CLUSTER: self._page(
                self.voting_summary, self._button(self.tr("Dot &voting…"), openers.voting)
            ),
            Stage.DRAFT: self._page(
                self._button(self.tr("Open the &persona editor"), openers.persona_editor)
            ),
            Stage.VALIDATE: self._page(
                self._button(self.tr("Show the evidence &check"), openers.evidence_check)
            ),
            Stage.SHARE: self._page(
                self._button(self.tr("&Export posters and cards…"), openers.export),
                self._button(self.tr("P&resenter view"), openers.presenter),
            ),
        }
        self.pages = pages
        for stage in STAGES:
            self.addWidget(pages[stage])
        session.changed.connect(self._on_change)
        self.show_stage(session.snapshot().workshop.stage)

    def _button(self, text: str, find: Opener) -> ToolButton:
        button = ToolButton(text, find)
        self.buttons.append(button)
        return button

    @staticmethod
    def _page(*parts: QWidget | QHBoxLayout) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for part in parts:
            if isinstance(part, QHBoxLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addStretch(1)
        return page

    def show_stage(self, stage: Stage) -> None:
        self.setCurrentWidget(self.pages[stage])
        self.refresh()

    def refresh(self) -> None:
        page = self.currentWidget()
        for button in self.buttons:
            if page is not None and page.isAncestorOf(button):
                button.refresh()
        self._summarise_voting()

    def _summarise_voting(self) -> None:
        snapshot = self.session.snapshot()
        open_rounds = [r for r in snapshot.vote_rounds if r.is_open]
        if open_rounds:
            round_ = open_rounds[-1]
            cast = votes_cast(snapshot, round_.id)
            text = plural(
                "Voting open: “{0}”, %n vote cast.", "Voting open: “{0}”, %n votes cast.", cast
            ).format(round_.name)
        elif snapshot.vote_rounds:
            count = len(snapshot.vote_rounds)
            text = plural(
                "One voting round kept; open dot voting to see its results.",
                "%n voting rounds kept; open dot voting to compare them.",
                count,
            )
        else:
            text = self.tr("Dot-vote what matters most: start a round on notes or clusters.")
        self.voting_summary.setText(text)

    def _on_change(self, change: Change) -> None:
        if change.tables() & {"vote", "vote_round"}:
            self._summarise_voting()
