"""The details panel: everything about the selected note — its full text, its source (kind,
label, date, reference), who wrote it, its cluster, its votes, and the persona items that
cite it (double-click one to open it in the persona editor).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.model import Note, WorkshopSnapshot
from workshop.store import Change
from workshop.ui.board import style
from workshop.ui.plain import label, tooltip
from workshop.ui.session import WorkshopSession

_TABLES = {
    "note",
    "source",
    "respondent",
    "study",
    "participant",
    "cluster",
    "vote",
    "vote_round",
    "evidence_link",
    "persona",
    "persona_item",
}


class DetailsPanel(QWidget):
    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("noteDetails")
        self.note_id: str | None = None
        self.pages = QStackedWidget()
        self.empty = label(self.tr("Select a note on the board to see its details."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Note text"))
        self.text.setFrameShape(QFrame.Shape.StyledPanel)
        self.question = label()
        self.kind = label()
        self.source = label()
        self.respondent = label()
        self.study = label()
        self.date = label()
        self.reference = label()
        self.author = label()
        self.cluster = label()
        self.votes = label()
        for widget in (
            self.question,
            self.source,
            self.respondent,
            self.study,
            self.reference,
            self.cluster,
        ):
            widget.setWordWrap(True)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cited = QListWidget()
        self.cited.setAccessibleName(self.tr("Persona items citing this note"))
        self.cited.itemActivated.connect(self._open_item)
        form = QFormLayout()
        form.addRow(self.tr("Answers:"), self.question)
        form.addRow(self.tr("Source kind:"), self.kind)
        form.addRow(self.tr("Source:"), self.source)
        form.addRow(self.tr("Respondent:"), self.respondent)
        form.addRow(self.tr("Study:"), self.study)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Reference:"), self.reference)
        form.addRow(self.tr("Written by:"), self.author)
        form.addRow(self.tr("Cluster:"), self.cluster)
        form.addRow(self.tr("Votes:"), self.votes)
        note_page = QWidget()
        note_layout = QVBoxLayout(note_page)
        note_layout.setContentsMargins(0, 0, 0, 0)
        note_layout.addWidget(self.text, 2)
        note_layout.addLayout(form)
        note_layout.addWidget(label(self.tr("Cited by (double-click to open):")))
        note_layout.addWidget(self.cited, 1)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(note_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        session.selection_changed.connect(self._selection_changed)
        session.changed.connect(self._changed)

    def _selection_changed(self, note_ids: list[str]) -> None:
        self.show_notes(note_ids)

    def _changed(self, change: Change) -> None:
        if self.note_id is not None and change.tables() & _TABLES and self.isVisible():
            self.show_notes([self.note_id])

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.show_notes(self.session.selected_note_ids)

    def show_notes(self, note_ids: list[str]) -> None:
        if len(note_ids) != 1:
            self.note_id = None
            self.empty.setText(
                self.tr("{0} notes selected.").format(len(note_ids))
                if note_ids
                else self.tr("Select a note on the board to see its details.")
            )
            self.pages.setCurrentWidget(self.empty)
            return
        self.note_id = note_ids[0]
        if not self.isVisible():
            return
        snapshot = self.session.snapshot()
        note = snapshot.note_by_id().get(self.note_id)
        if note is None:
            self.note_id = None
            self.pages.setCurrentWidget(self.empty)
            return
        self._fill(snapshot, note)
        self.pages.setCurrentIndex(1)

    def _fill(self, snapshot: WorkshopSnapshot, note: Note) -> None:
        self.text.setPlainText(note.text)
        self.question.setText(note.question or "—")
        source = snapshot.source_by_id().get(note.source_id or "")
        if source is None:
            self.kind.setText(self.tr("Assumption (no source)"))
            for widget in (self.source, self.respondent, self.study, self.date, self.reference):
                widget.setText("—")
        else:
            self.kind.setText(style.kind_name(source.kind))
            self.source.setText(source.label)
            person = snapshot.respondent_by_id().get(source.respondent_id or "")
            described = ", ".join(
                f"{k}: {v}" for k, v in (person.attributes if person else {}).items()
            )
            self.respondent.setText(
                "—" if person is None else person.label + (f" ({described})" if described else "")
            )
            study = snapshot.study_by_id().get(source.study_id or "")
            self.study.setText("—" if study is None else study.name)
            self.date.setText(source.date.isoformat() if source.date else "—")
            self.reference.setText(source.reference or "—")
        people = {p.id: p.name for p in snapshot.participants}
        self.author.setText(people.get(note.author_id or "", "—"))
        clusters = {c.id: c.title for c in snapshot.clusters}
        self.cluster.setText(clusters.get(note.cluster_id or "", self.tr("not in a cluster")))
        counted = {r.id for r in snapshot.vote_rounds if r.show_tallies or not r.is_open}
        votes = sum(1 for v in snapshot.votes if v.note_id == note.id and v.round_id in counted)
        self.votes.setText(str(votes))
        self._fill_cited(snapshot, note)

    def _fill_cited(self, snapshot: WorkshopSnapshot, note: Note) -> None:
        self.cited.clear()
        item_ids = [
            link.item_id
            for link in snapshot.links
            if link.note_id == note.id or (note.cluster_id and link.cluster_id == note.cluster_id)
        ]
        items = {i.id: i for i in snapshot.items}
        personas = {p.id: p.name for p in snapshot.personas}
        for item_id in dict.fromkeys(item_ids):
            item = items.get(item_id)
            if item is None:
                continue
            text = f"{personas.get(item.persona_id, '?')} · {item.section.label}: {item.text}"
            row = QListWidgetItem(" ".join(text.split()))
            row.setToolTip(tooltip(item.text))
            row.setData(Qt.ItemDataRole.UserRole, item_id)
            self.cited.addItem(row)
        if self.cited.count() == 0:
            empty = QListWidgetItem(self.tr("No persona cites this note yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.cited.addItem(empty)

    def _open_item(self, row: QListWidgetItem) -> None:
        item_id = row.data(Qt.ItemDataRole.UserRole)
        if isinstance(item_id, str):
            self.session.item_requested.emit(item_id)
