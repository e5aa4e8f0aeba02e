"""Hand-built workshop snapshots for the domain tests: no store, no SQL."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

from workshop.domain.model import (
    Cluster,
    EvidenceLink,
    MetricKind,
    Note,
    Persona,
    PersonaItem,
    Section,
    Source,
    SourceKind,
    Workshop,
    WorkshopSnapshot,
)

TODAY = date(2025, 6, 1)
RECENT = TODAY - timedelta(days=30)


class Builder:
    """Adds things to a snapshot with readable, predictable ids."""

    def __init__(self, **workshop_fields: Any) -> None:
        workshop = Workshop(id="w1", title="Budget app workshop", **workshop_fields)
        self.snapshot = WorkshopSnapshot(workshop=workshop)
        self._count = 0

    def _id(self, prefix: str) -> str:
        self._count += 1
        return f"{prefix}{self._count:03d}"

    def source(
        self, kind: SourceKind = SourceKind.INTERVIEW, label: str = "", when: date | None = RECENT
    ) -> Source:
        sid = self._id("s")
        source = Source(id=sid, kind=kind, label=label or f"{kind.label} {sid}", date=when)
        self.snapshot.sources.append(source)
        return source

    def note(
        self, text: str = "", source: Source | None = None, cluster: Cluster | None = None
    ) -> Note:
        nid = self._id("n")
        note = Note(
            id=nid,
            text=text or f"note {nid}",
            source_id=source.id if source else None,
            cluster_id=cluster.id if cluster else None,
            created_at=f"2025-05-01T10:00:{self._count % 60:02d}",
        )
        self.snapshot.notes.append(note)
        return note

    def cluster(self, title: str = "") -> Cluster:
        cid = self._id("c")
        cluster = Cluster(id=cid, title=title or f"cluster {cid}")
        self.snapshot.clusters.append(cluster)
        return cluster

    def persona(self, name: str = "Time-poor planner", **fields: Any) -> Persona:
        persona = Persona(
            id=self._id("p"), name=name, position=len(self.snapshot.personas), **fields
        )
        self.snapshot.personas.append(persona)
        return persona

    def item(
        self,
        persona: Persona,
        section: Section,
        text: str = "",
        *,
        notes: tuple[Note, ...] = (),
        clusters: tuple[Cluster, ...] = (),
        **fields: Any,
    ) -> PersonaItem:
        iid = self._id("i")
        position = sum(
            1 for i in self.snapshot.items if i.persona_id == persona.id and i.section is section
        )
        item = PersonaItem(
            id=iid,
            persona_id=persona.id,
            section=section,
            text=text or f"{section.value} {iid}",
            position=position,
            **fields,
        )
        self.snapshot.items.append(item)
        for note in notes:
            self.link(item, note=note)
        for cluster in clusters:
            self.link(item, cluster=cluster)
        return item

    def link(
        self, item: PersonaItem, note: Note | None = None, cluster: Cluster | None = None
    ) -> EvidenceLink:
        link = EvidenceLink(
            id=self._id("l"),
            item_id=item.id,
            note_id=note.id if note else None,
            cluster_id=cluster.id if cluster else None,
        )
        self.snapshot.links.append(link)
        return link

    def backed(self, sources: int = 2, kinds: tuple[SourceKind, ...] = ()) -> tuple[Note, ...]:
        """Notes from ``sources`` distinct new sources."""
        kinds = kinds or (SourceKind.INTERVIEW, SourceKind.SURVEY, SourceKind.SUPPORT_TICKET)
        return tuple(self.note(source=self.source(kinds[i % len(kinds)])) for i in range(sources))

    def replace_persona(self, persona: Persona, **changes: Any) -> Persona:
        new = dataclasses.replace(persona, **changes)
        self.snapshot.personas = [new if p.id == persona.id else p for p in self.snapshot.personas]
        return new

    def remove_items(self, persona: Persona, section: Section) -> None:
        self.snapshot.items = [
            i
            for i in self.snapshot.items
            if not (i.persona_id == persona.id and i.section is section)
        ]


def full_persona(
    b: Builder, name: str = "Time-poor planner", *, skip: tuple[Section, ...] = (), **fields: Any
) -> Persona:
    """A persona that passes every rule: each item backed by two sources, fresh, segmented."""
    defaults: dict[str, Any] = {
        "archetype": "Working parent",
        "quote": "I just want ten minutes on a Sunday.",
        "last_reviewed": RECENT,
        "owner": "Dana",
        "segment_name": "Young families",
        "segment_size": "about 40% of sign-ups",
        "segment_size_source": "analytics, 2025 Q1",
    }
    persona = b.persona(name, **{**defaults, **fields})
    plan = (
        (Section.GOAL, "A simple weekly routine"),
        (Section.PAIN_POINT, "Fears complex spreadsheets"),
        (Section.CONSTRAINT, "Irregular income timing"),
        (Section.TRIGGER, "A missed bill"),
        (Section.DECISION_CRITERION, "Setup takes minutes"),
        (Section.SUCCESS_METRIC, "Finish weekly review in under 10 minutes"),
    )
    for section, text in plan:
        if section not in skip:
            b.item(persona, section, text, notes=b.backed(2))
    if Section.METRIC_LINK not in skip:
        b.item(
            persona,
            Section.METRIC_LINK,
            "Keeps the weekly habit",
            notes=b.backed(1, (SourceKind.ANALYTICS,)),
            metric_kind=MetricKind.RETENTION,
            metric_baseline="38% still active after 30 days",
            metric_target="45% by Q4",
        )
    return persona
