"""The tables of a workshop file, declared with SQLModel.

One SQLite file holds one workshop. Primary keys are UUID text so that files from
breakout groups can be merged without collisions; every row carries ``updated_at`` so
that a merge can keep the newer of two changes. Images live in ``asset`` as blobs,
deduplicated by sha256.

``SCHEMA_VERSION`` is kept in ``PRAGMA user_version``; ``APPLICATION_ID`` in
``PRAGMA application_id`` says "this SQLite file is a workshop".
"""

from __future__ import annotations

import functools

from sqlalchemy import Column, LargeBinary, Table
from sqlmodel import Field, SQLModel

from workshop.domain.board_geometry import CLUSTER_SIZE, NOTE_SIZE

APPLICATION_ID = 0x50575331  # "PWS1"
SCHEMA_VERSION = 2

metadata = SQLModel.metadata


class WorkshopRow(SQLModel, table=True):
    __tablename__ = "workshop"
    id: str = Field(primary_key=True)
    title: str
    goal: str = ""
    decisions: str = "[]"  # JSON list of Decision values
    product: str = ""
    target_segments: str = ""
    metrics: str = "[]"  # JSON list of free-text metric names
    stage: str = "frame"
    settings: str = "{}"  # JSON object: check thresholds, stage durations...
    created_at: str
    updated_at: str


class ParticipantRow(SQLModel, table=True):
    __tablename__ = "participant"
    id: str = Field(primary_key=True)
    name: str
    colour: str = "#607d8b"
    created_at: str
    updated_at: str


class SourceRow(SQLModel, table=True):
    __tablename__ = "source"
    id: str = Field(primary_key=True)
    kind: str
    label: str
    date: str | None = None  # ISO date
    reference: str = ""
    notes: str = ""
    created_at: str
    updated_at: str


class AssetRow(SQLModel, table=True):
    __tablename__ = "asset"
    id: str = Field(primary_key=True)
    sha256: str = Field(unique=True)
    mime: str
    width: int
    height: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    created_at: str
    updated_at: str


class ClusterRow(SQLModel, table=True):
    __tablename__ = "cluster"
    id: str = Field(primary_key=True)
    title: str
    x: float = 0.0
    y: float = 0.0
    w: float = CLUSTER_SIZE[0]
    h: float = CLUSTER_SIZE[1]
    z: float = -1.0
    colour: str = "#eceff1"
    created_at: str
    updated_at: str


class NoteRow(SQLModel, table=True):
    __tablename__ = "note"
    id: str = Field(primary_key=True)
    text: str = ""
    x: float = 0.0
    y: float = 0.0
    w: float = NOTE_SIZE[0]
    h: float = NOTE_SIZE[1]
    z: float = 0.0
    colour: str = "#fff59d"
    source_id: str | None = Field(default=None, foreign_key="source.id", index=True)
    author_id: str | None = Field(default=None, foreign_key="participant.id")
    cluster_id: str | None = Field(default=None, foreign_key="cluster.id", index=True)
    asset_id: str | None = Field(default=None, foreign_key="asset.id")
    origin_asset_id: str | None = Field(default=None, foreign_key="asset.id")
    created_at: str
    updated_at: str


class VoteRoundRow(SQLModel, table=True):
    __tablename__ = "vote_round"
    id: str = Field(primary_key=True)
    name: str
    target: str = "notes"
    votes_per_participant: int = 3
    is_open: bool = True
    show_tallies: bool = True
    created_at: str
    updated_at: str


class VoteRow(SQLModel, table=True):
    __tablename__ = "vote"
    id: str = Field(primary_key=True)
    round_id: str = Field(foreign_key="vote_round.id", index=True)
    participant_id: str = Field(foreign_key="participant.id")
    note_id: str | None = Field(default=None, foreign_key="note.id")
    cluster_id: str | None = Field(default=None, foreign_key="cluster.id")
    created_at: str
    updated_at: str


class PersonaRow(SQLModel, table=True):
    __tablename__ = "persona"
    id: str = Field(primary_key=True)
    name: str
    archetype: str = ""
    quote: str = ""
    role_context: str = ""
    photo_asset_id: str | None = Field(default=None, foreign_key="asset.id")
    status: str = "draft"
    template: str = "user"
    last_reviewed: str | None = None  # ISO date
    owner: str = ""
    segment_name: str = ""
    segment_size: str = ""
    segment_size_source: str = ""
    colour: str = "#5c6bc0"
    position: int = 0
    evidence_pool: str = "[]"  # JSON list of cluster ids the persona was drafted from
    created_at: str
    updated_at: str


class PersonaItemRow(SQLModel, table=True):
    __tablename__ = "persona_item"
    id: str = Field(primary_key=True)
    persona_id: str = Field(foreign_key="persona.id", index=True)
    section: str
    text: str = ""
    position: int = 0
    metric_kind: str | None = None
    metric_baseline: str = ""
    metric_target: str = ""
    created_at: str
    updated_at: str


class EvidenceLinkRow(SQLModel, table=True):
    __tablename__ = "evidence_link"
    id: str = Field(primary_key=True)
    item_id: str = Field(foreign_key="persona_item.id", index=True)
    note_id: str | None = Field(default=None, foreign_key="note.id", index=True)
    cluster_id: str | None = Field(default=None, foreign_key="cluster.id")
    created_at: str
    updated_at: str


class AppStateRow(SQLModel, table=True):
    """View state (zoom, scroll, open panels): saved with the file, outside undo."""

    __tablename__ = "app_state"
    key: str = Field(primary_key=True)
    value: str = ""


def table(name: str) -> Table:
    return metadata.tables[name]


#: Tables in dependency order: a parent before the rows that point at it. Export, import,
#: merge and the integrity checks walk them in this order.
CONTENT_TABLES: tuple[str, ...] = (
    "workshop",
    "participant",
    "source",
    "asset",
    "cluster",
    "note",
    "vote_round",
    "vote",
    "persona",
    "persona_item",
    "evidence_link",
)
ALL_TABLES: tuple[str, ...] = (*CONTENT_TABLES, "app_state")

#: Foreign keys per table: column -> parent table (for merges and hostile-file checks).
FOREIGN_KEYS: dict[str, dict[str, str]] = {
    name: {
        fk.parent.name: fk.column.table.name
        for column in table(name).columns
        for fk in column.foreign_keys
    }
    for name in ALL_TABLES
}


@functools.cache
def columns(name: str) -> tuple[str, ...]:
    return tuple(c.name for c in table(name).columns)


def expected_indexes() -> set[str]:
    return {index.name for t in metadata.sorted_tables for index in t.indexes if index.name}
