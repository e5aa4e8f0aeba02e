"""The bottom of the persona editor: the segment the persona humanises (name, size estimate
and where that number comes from), its status, and when it was last reviewed and by whom.

Under the segment's name, the research respondents in that segment (their "segment"
attribute, or the attribute the name gives, "Region: North"), as it is typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QStringListModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.model import Persona, PersonaStatus, Respondent
from workshop.domain.research_summary import segment_respondents, segment_values
from workshop.ui.personas.commit_edits import CommitLineEdit
from workshop.ui.personas.persona_fields import PersonaHost
from workshop.ui.personas.wording import status_label
from workshop.ui.plain import label as plain_label
from workshop.ui.plurals import plural

#: The date shown as "never reviewed" (QDateEdit cannot be empty).
NEVER = QDate(2000, 1, 1)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonaDetails", text)


def _heading(text: str, parent: QWidget) -> QLabel:
    heading = QLabel(text, parent)
    font = QFont(heading.font())
    font.setBold(True)
    heading.setFont(font)
    return heading


class PersonaDetails(QWidget):
    def __init__(
        self, host: PersonaHost, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.host = host
        self._today = today
        self._reviewed: date | None = None
        self.segment_name = CommitLineEdit(_tr("The segment it stands for"), self)
        # The respondents' attributes ("Segment: Freelancer", "Region: North") are offered
        # as the persona's segment while typing: a segment the research can be sliced by.
        self.segments = QStringListModel(self)
        completer = QCompleter(self.segments, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.segment_name.setCompleter(completer)
        self._respondents: Sequence[Respondent] = ()
        self.segment_research = plain_label("", self)
        self.segment_research.setObjectName("segmentResearch")
        self.segment_research.setWordWrap(True)
        self.segment_research.setAccessibleName(_tr("Respondents in this segment"))
        self.segment_name.textChanged.connect(self._show_segment_research)
        self.segment_size = CommitLineEdit(_tr("e.g. about 40% of sign-ups"), self)
        self.segment_source = CommitLineEdit(_tr("e.g. analytics, 2025 Q1"), self)
        self.status_box = QComboBox(self)
        for status in PersonaStatus:
            self.status_box.addItem(status_label(status), str(status))
        self.reviewed_edit = QDateEdit(self)
        self.reviewed_edit.setCalendarPopup(True)
        self.reviewed_edit.setMinimumDate(NEVER)
        self.reviewed_edit.setSpecialValueText(_tr("Never"))
        self.reviewed_edit.setDisplayFormat("yyyy-MM-dd")
        self.today_button = QPushButton(_tr("Reviewed today"), self)
        self.owner_edit = CommitLineEdit(_tr("Who keeps it up to date"), self)
        for widget, name in (
            (self.segment_name, _tr("Segment name")),
            (self.segment_size, _tr("Segment size estimate")),
            (self.segment_source, _tr("Where the size comes from")),
            (self.status_box, _tr("Status")),
            (self.reviewed_edit, _tr("Last reviewed")),
            (self.owner_edit, _tr("Owner")),
        ):
            widget.setAccessibleName(name)

        segment = QFormLayout()
        segment.addRow(_tr("Name"), self.segment_name)
        segment.addRow("", self.segment_research)
        segment.addRow(_tr("Size estimate"), self.segment_size)
        segment.addRow(_tr("Source of the number"), self.segment_source)
        reviewed = QHBoxLayout()
        reviewed.addWidget(self.reviewed_edit, 1)
        reviewed.addWidget(self.today_button)
        review = QFormLayout()
        review.addRow(_tr("Status"), self.status_box)
        review.addRow(_tr("Last reviewed"), reviewed)
        review.addRow(_tr("Owner"), self.owner_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(_heading(_tr("Segment"), self))
        layout.addWidget(
            QLabel(_tr("A persona humanises a segment; it does not replace it."), self)
        )
        layout.addLayout(segment)
        layout.addWidget(_heading(_tr("Status and review"), self))
        layout.addLayout(review)

        for edit, field, label in (
            (self.segment_name, "segment_name", _tr("Edit segment")),
            (self.segment_size, "segment_size", _tr("Edit segment size")),
            (self.segment_source, "segment_size_source", _tr("Edit segment size source")),
            (self.owner_edit, "owner", _tr("Edit owner")),
        ):
            edit.committed.connect(
                lambda text, e=edit, f=field, t=label: self._commit(e, t, **{f: text})
            )
        self.status_box.activated.connect(self._commit_status)
        self.reviewed_edit.editingFinished.connect(self._commit_reviewed)
        self.reviewed_edit.calendarWidget().clicked.connect(lambda _d: self._commit_reviewed())
        self.today_button.clicked.connect(self.mark_reviewed_today)

    def offer_segments(self, segments: list[str]) -> None:
        """What the segment field proposes while typing (the respondents' attributes)."""
        if self.segments.stringList() != segments:
            self.segments.setStringList(segments)

    def show_persona(self, persona: Persona, respondents: Sequence[Respondent] = ()) -> None:
        self._respondents = respondents
        self._show_segment_research(persona.segment_name)
        self.segment_name.show_stored(persona.segment_name)
        self.segment_size.show_stored(persona.segment_size)
        self.segment_source.show_stored(persona.segment_size_source)
        self.owner_edit.show_stored(persona.owner)
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(str(persona.status))))
        self._reviewed = persona.last_reviewed
        if not (self.reviewed_edit.hasFocus() and self._shown_date() != self._reviewed):
            day = persona.last_reviewed
            self.reviewed_edit.setDate(QDate(day.year, day.month, day.day) if day else NEVER)
        editable = not self.host.read_only
        for edit in (self.segment_name, self.segment_size, self.segment_source, self.owner_edit):
            edit.setReadOnly(not editable)
        for widget in (self.status_box, self.reviewed_edit, self.today_button):
            widget.setEnabled(editable)

    def _show_segment_research(self, segment: str) -> None:
        """Which respondents are in the segment named (when respondents have segments)."""
        known = segment_values(self._respondents)
        if not known and not segment_respondents(self._respondents, segment):
            self.segment_research.hide()
            return
        if not segment.strip():
            text = _tr("Respondents' segments: {0}").format(", ".join(known))
        else:
            members = [r.label for r in segment_respondents(self._respondents, segment)]
            if members:
                text = plural(
                    "%n respondent in this segment: {0}",
                    "%n respondents in this segment: {0}",
                    len(members),
                ).format(", ".join(members))
            else:
                text = _tr("No respondent is in this segment (theirs: {0})").format(
                    ", ".join(known)
                )
        self.segment_research.setText(text)
        self.segment_research.show()

    def _shown_date(self) -> date | None:
        shown = self.reviewed_edit.date()
        return None if shown == NEVER else shown.toPython()  # type: ignore[return-value]

    def _commit(self, edit: CommitLineEdit, label: str, **fields: str) -> None:
        if not self.host.set_persona_fields(label, **fields):
            edit.revert()

    def _commit_status(self, index: int) -> None:
        status = self.status_box.itemData(index)
        self.host.set_persona_fields(_tr("Change persona status"), status=status)

    def _commit_reviewed(self) -> None:
        shown = self._shown_date()
        if shown != self._reviewed:
            self.host.set_persona_fields(_tr("Set last reviewed date"), last_reviewed=shown)

    def mark_reviewed_today(self) -> None:
        today = self._today()
        if today != self._reviewed:
            self.host.set_persona_fields(_tr("Set last reviewed date"), last_reviewed=today)
