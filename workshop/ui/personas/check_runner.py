"""The evidence check, run live: once per change that could alter a persona or its evidence.

The persona list, the editor, the check panel and the compare view all read the result
(``reports``, ``evidence``), so the check runs once per change, not once per panel. Moving
notes around the board does not touch the evidence, and does not re-run anything.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from workshop.domain.evidence_check import (
    NO_EVIDENCE,
    ItemEvidence,
    PersonaNotFound,
    PersonaReport,
    check_persona,
    check_workshop,
    evidence_by_item,
)
from workshop.domain.model import WorkshopSnapshot
from workshop.store import Change
from workshop.ui.session import WorkshopSession

#: Tables whose every change matters to personas (the check names respondents and studies;
#: the editor shows the respondents in a persona's segment).
_PERSONA_TABLES = frozenset(
    {"persona", "persona_item", "evidence_link", "source", "workshop", "respondent", "study"}
)
#: Note columns that change what an item's evidence is or says.
_NOTE_COLUMNS = ("text", "source_id", "cluster_id")


def touches_personas(change: Change) -> bool:
    """Could this change alter a persona, its items, or the evidence behind them?"""
    if change.tables() & _PERSONA_TABLES:
        return True
    for row in change.rows:
        if row.table not in ("note", "cluster"):
            continue
        if row.before is None or row.after is None:
            return True
        columns = _NOTE_COLUMNS if row.table == "note" else ("title",)
        if any(row.before.get(c) != row.after.get(c) for c in columns):
            return True
    return False


class CheckRunner(QObject):
    #: The check ran again; read ``reports``, ``evidence`` and ``snapshot``.
    updated = Signal()

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.snapshot: WorkshopSnapshot = session.snapshot()
        self.evidence: dict[str, ItemEvidence] = {}
        self.reports: dict[str, PersonaReport] = {}
        self._today = session.today()
        self._run()
        session.changed.connect(self._on_change)

    def detach(self) -> None:
        self.session.changed.disconnect(self._on_change)

    def _on_change(self, change: Change) -> None:
        if touches_personas(change):
            self.refresh()

    def refresh(self) -> None:
        self._run()
        self.updated.emit()

    def _run(self) -> None:
        self.snapshot = self.session.snapshot()
        self.evidence = evidence_by_item(self.snapshot)
        today = self.session.today()
        self.reports = {r.persona_id: r for r in check_workshop(self.snapshot, today=today)}
        self._today = today

    def report_for(self, persona_id: str) -> PersonaReport | None:
        """The check of one persona; a retired one (not in the workshop check) on demand."""
        report = self.reports.get(persona_id)
        if report is None:
            try:
                report = check_persona(
                    self.snapshot, persona_id, today=self._today, evidence=self.evidence
                )
            except PersonaNotFound:
                return None
            self.reports[persona_id] = report
        return report

    def evidence_for(self, item_id: str) -> ItemEvidence:
        return self.evidence.get(item_id, NO_EVIDENCE)
