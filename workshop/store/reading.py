"""Reading a whole workshop in bulk, as tuples, into domain objects.

A workshop file may come from anyone: every value is checked on the way in. Geometry
that is not a finite number of sane size (NaN, 1e308, text) becomes a usable default,
unknown enum values fall back to "other", and dates that do not parse are dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from enum import StrEnum
from operator import itemgetter
from typing import Any, TypeVar

from workshop.domain.board_geometry import (
    CLUSTER_SIZE,
    COORD_LIMIT,
    NOTE_SIZE,
    SIZE_MAX,
    SIZE_MIN,
    coord,
    size,
)
from workshop.domain.model import (
    Asset,
    Cluster,
    EvidenceLink,
    MetricKind,
    Note,
    Participant,
    Persona,
    PersonaItem,
    PersonaStatus,
    PersonaTemplate,
    Respondent,
    Section,
    Source,
    SourceKind,
    Stage,
    Study,
    StudyKind,
    Vote,
    VoteRound,
    VoteTarget,
    Workshop,
    WorkshopSnapshot,
)
from workshop.domain.tolerant_values import as_int, json_value
from workshop.store import clean_columns

Read = Callable[[str], list[tuple[Any, ...]]]
E = TypeVar("E", bound=StrEnum)


def text(value: Any) -> str:
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def opt_text(value: Any) -> str | None:
    if value is None or type(value) is str:
        return value
    return text(value)


def enum_value(kind: type[E], value: Any, default: E) -> E:
    try:
        return kind(value)
    except ValueError:
        return default


def iso_date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def attributes(value: Any) -> dict[str, str]:
    """A respondent's attributes: a JSON object of text to text; anything else in a damaged
    file is read as no attributes, and values that are not text are left out."""
    found = json_value(value, {})
    if not isinstance(found, dict):
        return {}
    return {str(k): v for k, v in found.items() if isinstance(v, str)}


def workshop(row: tuple[Any, ...]) -> Workshop:
    (id_, title, goal, decisions, product, segments, metrics, stage, settings, created, updated) = (
        row
    )
    return Workshop(
        id=text(id_),
        title=text(title),
        goal=text(goal),
        decisions=tuple(str(d) for d in json_value(decisions, [])),
        product=text(product),
        target_segments=text(segments),
        metrics=tuple(str(m) for m in json_value(metrics, [])),
        stage=enum_value(Stage, stage, Stage.FRAME),
        settings=json_value(settings, {}),
        created_at=text(created),
        updated_at=text(updated),
    )


NOTE_COLUMNS = (
    "id, text, x, y, w, h, z, colour, source_id, author_id, cluster_id, asset_id, "
    "origin_asset_id, created_at, question"
)


def note(row: tuple[Any, ...]) -> Note:
    (id_, body, x, y, w, h, z, colour, source, author, cluster, asset, origin, created, asked) = row
    return Note(
        id=text(id_),
        text=text(body),
        x=coord(x),
        y=coord(y),
        w=size(w, NOTE_SIZE[0]),
        h=size(h, NOTE_SIZE[1]),
        z=coord(z),
        colour=text(colour) or "#fff59d",
        source_id=opt_text(source),
        author_id=opt_text(author),
        cluster_id=opt_text(cluster),
        asset_id=opt_text(asset),
        origin_asset_id=opt_text(origin),
        created_at=text(created),
        question=text(asked),
    )


_NOTE_NAMES = tuple(c.strip() for c in NOTE_COLUMNS.split(","))
CLUSTER_COLUMNS = "id, title, x, y, w, h, z, colour"
_CLUSTER_NAMES = tuple(c.strip() for c in CLUSTER_COLUMNS.split(","))


def cluster(row: tuple[Any, ...]) -> Cluster:
    """A cluster from the values of ``CLUSTER_COLUMNS``, damaged values read as defaults."""
    id_, title, x, y, w, h, z, colour = row
    return Cluster(
        text(id_),
        text(title),
        coord(x),
        coord(y),
        size(w, CLUSTER_SIZE[0]),
        size(h, CLUSTER_SIZE[1]),
        coord(z, -1.0),
        text(colour) or "#eceff1",
    )


def note_from_row(row: Mapping[str, Any]) -> Note:
    """A note from a whole row as the store records it (column name to value)."""
    return note(tuple(row.get(c) for c in _NOTE_NAMES))


def cluster_from_row(row: Mapping[str, Any]) -> Cluster:
    """A cluster from a whole row as the store records it (column name to value)."""
    return cluster(tuple(row.get(c) for c in _CLUSTER_NAMES))


#: What each column of ``NOTE_COLUMNS`` must hold for ``note()`` to return it unchanged.
NOTE_CHECKS: tuple[clean_columns.Check, ...] = (
    clean_columns.sortable_text,  # id (notes are sorted by it)
    clean_columns.text,  # text
    clean_columns.floats_within(-COORD_LIMIT, COORD_LIMIT),  # x
    clean_columns.floats_within(-COORD_LIMIT, COORD_LIMIT),  # y
    clean_columns.floats_within(SIZE_MIN, SIZE_MAX),  # w
    clean_columns.floats_within(SIZE_MIN, SIZE_MAX),  # h
    clean_columns.floats_within(-COORD_LIMIT, COORD_LIMIT),  # z
    clean_columns.filled_text,  # colour ("" becomes the default colour)
    *(clean_columns.text_or_null,) * 5,  # source, author, cluster, asset, origin asset ids
    clean_columns.text,  # created_at
    clean_columns.text,  # question
)
_BY_Z_THEN_ID = itemgetter(6, 0)


def notes(read: Read) -> list[Note]:
    """Every note, bottom to top (by z, then id).

    Notes are the table that grows into the thousands, and the board waits for them, so
    clean rows (what this program writes) take a short road: one unsorted query, a check
    of the fetched columns (``clean_columns``, ~7 ms), a sort in Python (~1.5 ms, where
    SQLite's ``ORDER BY`` adds ~6 ms to the query) and ``Note._make`` (~4 ms): ~34 ms for
    10,000 notes, where a raw sorted fetch alone takes ~28 ms. Rows with any odd value go
    through ``note()`` one by one, read again in SQLite's order: for clean values sorting
    by (z, id) in Python gives that same order (floats, and text compared by code point
    as SQLite compares UTF-8 bytes), but for odd ones (text in z, ids that were not
    UTF-8) it would not, nor in a file SQLite keeps in UTF-16 (it compares those bytes).
    """
    rows = read(f"SELECT {NOTE_COLUMNS} FROM note")
    if not clean_columns.all_clean(rows, NOTE_CHECKS) or read("PRAGMA encoding") != [("UTF-8",)]:
        return [note(row) for row in read(f"SELECT {NOTE_COLUMNS} FROM note ORDER BY z, id")]
    rows.sort(key=_BY_Z_THEN_ID)
    return list(map(Note._make, rows))


def snapshot(read: Read) -> WorkshopSnapshot:
    """Everything in the workshop but image bytes, in a handful of queries."""
    ws = workshop(
        read(
            "SELECT id, title, goal, decisions, product, target_segments, metrics, stage, "
            "settings, created_at, updated_at FROM workshop"
        )[0]
    )
    snap = WorkshopSnapshot(workshop=ws)
    snap.participants = [
        Participant(text(i), text(n), text(c) or "#607d8b")
        for i, n, c in read("SELECT id, name, colour FROM participant ORDER BY created_at, id")
    ]
    snap.studies = [
        Study(
            id=text(i),
            name=text(n),
            kind=enum_value(StudyKind, k, StudyKind.OTHER),
            date_from=iso_date(d1),
            date_to=iso_date(d2),
            notes=text(extra),
        )
        for i, n, k, d1, d2, extra in read(
            "SELECT id, name, kind, date_from, date_to, notes FROM study ORDER BY created_at, id"
        )
    ]
    snap.respondents = [
        Respondent(id=text(i), label=text(label), attributes=attributes(a), notes=text(extra))
        for i, label, a, extra in read(
            "SELECT id, label, attributes, notes FROM respondent ORDER BY created_at, id"
        )
    ]
    snap.sources = [
        Source(
            id=text(i),
            kind=enum_value(SourceKind, k, SourceKind.OTHER),
            label=text(label),
            date=iso_date(d),
            reference=text(ref),
            notes=text(extra),
            study_id=opt_text(study),
            respondent_id=opt_text(respondent),
        )
        for i, k, label, d, ref, extra, study, respondent in read(
            "SELECT id, kind, label, date, reference, notes, study_id, respondent_id "
            "FROM source ORDER BY created_at, id"
        )
    ]
    snap.notes = notes(read)
    snap.clusters = [
        cluster(row) for row in read(f"SELECT {CLUSTER_COLUMNS} FROM cluster ORDER BY z, id")
    ]
    snap.vote_rounds = [
        VoteRound(
            id=text(i),
            name=text(n),
            target=enum_value(VoteTarget, t, VoteTarget.NOTES),
            votes_per_participant=max(1, as_int(v, 3)),
            is_open=bool(o),
            show_tallies=bool(s),
            created_at=text(c),
        )
        for i, n, t, v, o, s, c in read(
            "SELECT id, name, target, votes_per_participant, is_open, show_tallies, created_at "
            "FROM vote_round ORDER BY created_at, id"
        )
    ]
    snap.votes = [
        Vote(text(i), text(r), text(p), opt_text(n), opt_text(c))
        for i, r, p, n, c in read(
            "SELECT id, round_id, participant_id, note_id, cluster_id FROM vote "
            "ORDER BY created_at, id"
        )
    ]
    snap.personas = [
        Persona(
            id=text(r[0]),
            name=text(r[1]),
            archetype=text(r[2]),
            quote=text(r[3]),
            role_context=text(r[4]),
            photo_asset_id=opt_text(r[5]),
            status=enum_value(PersonaStatus, r[6], PersonaStatus.DRAFT),
            template=enum_value(PersonaTemplate, r[7], PersonaTemplate.USER),
            last_reviewed=iso_date(r[8]),
            owner=text(r[9]),
            segment_name=text(r[10]),
            segment_size=text(r[11]),
            segment_size_source=text(r[12]),
            colour=text(r[13]) or "#5c6bc0",
            position=as_int(r[14]),
            evidence_pool=tuple(str(c) for c in json_value(r[16], [])),
            updated_at=text(r[15]),
        )
        for r in read(
            "SELECT id, name, archetype, quote, role_context, photo_asset_id, status, template, "
            "last_reviewed, owner, segment_name, segment_size, segment_size_source, colour, "
            "position, updated_at, evidence_pool FROM persona ORDER BY position, created_at, id"
        )
    ]
    snap.items = [
        PersonaItem(
            id=text(i),
            persona_id=text(p),
            section=enum_value(Section, s, Section.OTHER),
            text=text(t),
            position=as_int(pos),
            metric_kind=None if mk is None else enum_value(MetricKind, mk, MetricKind.OTHER),
            metric_baseline=text(base),
            metric_target=text(target),
        )
        for i, p, s, t, pos, mk, base, target in read(
            "SELECT id, persona_id, section, text, position, metric_kind, metric_baseline, "
            "metric_target FROM persona_item ORDER BY persona_id, position, created_at, id"
        )
    ]
    snap.links = [
        EvidenceLink(text(i), text(it), opt_text(n), opt_text(c))
        for i, it, n, c in read(
            "SELECT id, item_id, note_id, cluster_id FROM evidence_link ORDER BY created_at, id"
        )
    ]
    snap.assets = [
        Asset(text(i), text(s), text(m), max(0, as_int(w)), max(0, as_int(h)))
        for i, s, m, w, h in read("SELECT id, sha256, mime, width, height FROM asset ORDER BY id")
    ]
    return snap
