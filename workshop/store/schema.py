"""The tables of a workshop file, described in plain Python.

One SQLite file holds one workshop. Primary keys are UUID text so that files from
breakout groups can be merged without collisions; every row carries ``updated_at`` so
that a merge can keep the newer of two changes. Images live in ``asset`` as blobs,
deduplicated by sha256.

The SQL that makes the tables is frozen per version in ``schema_history`` (new files and
migrations are built from it); this is what the program knows of today's tables: each
column's name, the Python type of its values, whether it may be empty, its default and
the table it points at. It needs no SQL toolkit, so opening a workshop imports none
(tests/store/test_schema_allow_list.py holds it to the frozen SQL of ``SCHEMA_VERSION``).

``SCHEMA_VERSION`` is kept in ``PRAGMA user_version``; ``APPLICATION_ID`` in
``PRAGMA application_id`` says "this SQLite file is a workshop".
"""

from __future__ import annotations

import functools
from typing import Any, NamedTuple

from workshop.domain.board_geometry import CLUSTER_SIZE, NOTE_SIZE

APPLICATION_ID = 0x50575331  # "PWS1"
SCHEMA_VERSION = 3


class Column(NamedTuple):
    """One column of a table."""

    name: str
    #: The Python type of its values: ``str``, ``int``, ``float``, ``bool`` or ``bytes``.
    kind: type
    #: Whether it may be empty (None).
    nullable: bool = False
    #: What a new row holds when none is given (None: no default; the value must be given).
    default: Any = None
    #: The table whose ``id`` it holds, if it points at a row.
    references: str | None = None
    #: Whether it has an index (named ``ix_<table>_<column>``).
    indexed: bool = False
    #: Whether no two rows may hold the same value.
    unique: bool = False
    primary_key: bool = False


#: Every table, its columns in the file's order.
TABLES: dict[str, tuple[Column, ...]] = {
    "workshop": (
        Column("id", str, primary_key=True),
        Column("title", str),
        Column("goal", str, default=""),
        Column("decisions", str, default="[]"),
        Column("product", str, default=""),
        Column("target_segments", str, default=""),
        Column("metrics", str, default="[]"),
        Column("stage", str, default="frame"),
        Column("settings", str, default="{}"),
        Column("created_at", str),
        Column("updated_at", str),
    ),
    "participant": (
        Column("id", str, primary_key=True),
        Column("name", str),
        Column("colour", str, default="#607d8b"),
        Column("created_at", str),
        Column("updated_at", str),
    ),
    # A research study: an interview round, a survey, a ticket export, an analytics report.
    "study": (
        Column("id", str, primary_key=True),
        Column("name", str),
        Column("kind", str, default="other"),
        Column("date_from", str, nullable=True),
        Column("date_to", str, nullable=True),
        Column("notes", str, default=""),
        Column("created_at", str),
        Column("updated_at", str),
    ),
    # A research respondent (interviewed, observed, surveyed): pseudonymous, with attributes
    # (a JSON object of text to text). Not a ``participant``: those are the people in the room.
    "respondent": (
        Column("id", str, primary_key=True),
        Column("label", str),
        Column("attributes", str, default="{}"),
        Column("notes", str, default=""),
        Column("created_at", str),
        Column("updated_at", str),
    ),
    "source": (
        Column("id", str, primary_key=True),
        Column("kind", str),
        Column("label", str),
        Column("date", str, nullable=True),
        Column("reference", str, default=""),
        Column("notes", str, default=""),
        Column("study_id", str, nullable=True, references="study", indexed=True),
        Column("respondent_id", str, nullable=True, references="respondent", indexed=True),
        Column("created_at", str),
        Column("updated_at", str),
    ),
    "asset": (
        Column("id", str, primary_key=True),
        Column("sha256", str, unique=True),
        Column("mime", str),
        Column("width", int),
        Column("height", int),
        Column("data", bytes),
        Column("created_at", str),
        Column("updated_at", str),
    ),
    "cluster": (
        Column("id", str, primary_key=True),
        Column("title", str),
        Column("x", float, default=0.0),
        Column("y", float, default=0.0),
        Column("w", float, default=CLUSTER_SIZE[0]),
        Column("h", float, default=CLUSTER_SIZE[1]),
        Column("z", float, default=-1.0),
        Column("colour", str, default="#eceff1"),
        Column("created_at", str),
        Column("updated_at", str),
    ),
    "note": (
        Column("id", str, primary_key=True),
        Column("text", str, default=""),
        Column("x", float, default=0.0),
        Column("y", float, default=0.0),
        Column("w", float, default=NOTE_SIZE[0]),
        Column("h", float, default=NOTE_SIZE[1]),
        Column("z", float, default=0.0),
        Column("colour", str, default="#fff59d"),
        Column("source_id", str, nullable=True, references="source", indexed=True),
        Column("author_id", str, nullable=True, references="participant"),
        Column("cluster_id", str, nullable=True, references="cluster", indexed=True),
        Column("asset_id", str, nullable=True, references="asset"),
        Column("origin_asset_id", str, nullable=True, references="asset"),
        Column("question", str, default=""),
        Column("created_at", str),
        Column("updated_at", str),
    ),
    "vote_round": (
        Column("id", str, primary_key=True),
        Column("name", str),
        Column("target", str, default="notes"),
        Column("votes_per_participant", int, default=3),
        Column("is_open", bool, default=True),
        Column("show_tallies", bool, default=True),
        Column("created_at", str),
        Column("updated_at", str),
    ),
    "vote": (
        Column("id", str, primary_key=True),
        Column("round_id", str, references="vote_round", indexed=True),
        Column("participant_id", str, references="participant"),
        Column("note_id", str, nullable=True, references="note"),
        Column("cluster_id", str, nullable=True, references="cluster"),
        Column("created_at", str),
        Column("updated_at", str),
    ),
    "persona": (
        Column("id", str, primary_key=True),
        Column("name", str),
        Column("archetype", str, default=""),
        Column("quote", str, default=""),
        Column("role_context", str, default=""),
        Column("photo_asset_id", str, nullable=True, references="asset"),
        Column("status", str, default="draft"),
        Column("template", str, default="user"),
        Column("last_reviewed", str, nullable=True),
        Column("owner", str, default=""),
        Column("segment_name", str, default=""),
        Column("segment_size", str, default=""),
        Column("segment_size_source", str, default=""),
        Column("colour", str, default="#5c6bc0"),
        Column("position", int, default=0),
        Column("evidence_pool", str, default="[]"),
        Column("created_at", str),
        Column("updated_at", str),
    ),
    "persona_item": (
        Column("id", str, primary_key=True),
        Column("persona_id", str, references="persona", indexed=True),
        Column("section", str),
        Column("text", str, default=""),
        Column("position", int, default=0),
        Column("metric_kind", str, nullable=True),
        Column("metric_baseline", str, default=""),
        Column("metric_target", str, default=""),
        Column("created_at", str),
        Column("updated_at", str),
    ),
    "evidence_link": (
        Column("id", str, primary_key=True),
        Column("item_id", str, references="persona_item", indexed=True),
        Column("note_id", str, nullable=True, references="note", indexed=True),
        Column("cluster_id", str, nullable=True, references="cluster"),
        Column("created_at", str),
        Column("updated_at", str),
    ),
    "app_state": (
        Column("key", str, primary_key=True),
        Column("value", str, default=""),
    ),
}


def table(name: str) -> tuple[Column, ...]:
    """The columns of table ``name``, in the file's order."""
    return TABLES[name]


#: Tables in dependency order: a parent before the rows that point at it. Export, import,
#: merge and the integrity checks walk them in this order.
CONTENT_TABLES: tuple[str, ...] = (
    "workshop",
    "participant",
    "study",
    "respondent",
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
    name: {c.name: c.references for c in TABLES[name] if c.references is not None}
    for name in ALL_TABLES
}


@functools.cache
def columns(name: str) -> tuple[str, ...]:
    return tuple(c.name for c in TABLES[name])
