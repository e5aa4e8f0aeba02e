"""Undo integrity: random sequences of operations go through the undo command layer the
UI uses (``workshop.ui.undo.WorkshopUndo``: a ``QUndoStack`` of ``ChangeCommand``s), with
undos and redos mixed in; then undoing everything gives the file as it started, row for
row, and redoing everything gives it as it ended.

The default hypothesis profile checks 60 sequences; ``HYPOTHESIS_PROFILE=long pytest
tests/reliability/test_undo_integrity.py`` checks 1,000.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import event, given
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from workshop.domain.model import Section
from workshop.store import Change, WorkshopFile, create_workshop, schema
from workshop.ui.undo import WorkshopUndo

Dump = dict[str, list[tuple[Any, ...]]]


def dump(wf: WorkshopFile) -> Dump:
    return {
        t: sorted((tuple(r) for r in wf._read(f"SELECT * FROM {t}")), key=repr)
        for t in schema.CONTENT_TABLES
    }


class Board:
    """Picks the targets of an operation from what is in the file now."""

    def __init__(self, wf: WorkshopFile) -> None:
        self.wf = wf

    def ids(self, table: str, where: str = "") -> list[str]:
        return [r[0] for r in self.wf._read(f"SELECT id FROM {table} {where} ORDER BY id")]

    def pick(self, table: str, n: int, where: str = "") -> str | None:
        ids = self.ids(table, where)
        return ids[n % len(ids)] if ids else None

    def several(self, table: str, n: int, m: int, where: str = "") -> list[str]:
        ids = self.ids(table, where)
        if not ids:
            return []
        start, count = n % len(ids), 1 + m % min(len(ids), 6)
        return (ids[start:] + ids[:start])[:count]


Operation = Callable[[WorkshopFile], Change]


def operation(kind: str, n: int, m: int, board: Board) -> Operation | None:
    """The operation ``kind`` on targets chosen by ``n`` and ``m``, or None if there is
    nothing to do it to."""
    notes = board.several("note", n, m)
    note, cluster = board.pick("note", n), board.pick("cluster", n)
    persona, item = board.pick("persona", n), board.pick("persona_item", m)
    person, source = board.pick("participant", m), board.pick("source", n)
    round_id = board.pick("vote_round", m, "WHERE is_open AND target = 'notes'")
    xy = (float(n % 997) * 3.5, float(m % 991) * -2.25)
    text = f"Evidence {n}.{m} — ü ✓"
    ops: dict[str, Operation | None] = {
        "add_note": lambda wf: wf.add_note(text, x=xy[0], y=xy[1], source_id=source),
        "import_evidence": lambda wf: wf.import_evidence(
            [{"id": f"s-{n}-{m}", "label": f"Export {n}", "kind": "survey"}],
            [{"text": f"{text} #{i}", "source_id": f"s-{n}-{m}"} for i in range(1 + m % 30)],
        ),
        "move_notes": (lambda wf: wf.move_notes({x: xy for x in notes})) if notes else None,
        "update_note": (lambda wf: wf.update_note(note, text=text, colour="#ffab91"))
        if note
        else None,
        "delete_notes": (lambda wf: wf.delete_notes(notes)) if notes else None,
        "cluster_notes": (lambda wf: wf.group_into_cluster(notes, f"Theme {n}")) if notes else None,
        "move_cluster": (lambda wf: wf.move_cluster(cluster, *xy)) if cluster else None,
        "ungroup": (lambda wf: wf.ungroup([cluster])) if cluster else None,
        "tidy_cluster": (lambda wf: wf.tidy_cluster(cluster)) if cluster else None,
        "raise_notes": (lambda wf: wf.raise_notes(notes)) if notes else None,
        "add_image_notes": lambda wf: wf.add_image_notes(
            [{"data": b"\x89PNG" + bytes([n % 3]), "mime": "image/png", "width": 4, "height": 3}]
        ),
        "add_persona": lambda wf: wf.add_persona(f"Persona {n}"),
        "update_persona": (lambda wf: wf.update_persona(persona, quote=text, status="validated"))
        if persona
        else None,
        "set_persona_photo": (
            lambda wf: wf.set_persona_photo(
                persona, (b"\x89PNG face" + bytes([m % 2]), "image/png", 5, 5)
            )
        )
        if persona
        else None,
        "duplicate_persona": (lambda wf: wf.duplicate_persona(persona)) if persona else None,
        "delete_persona": (lambda wf: wf.delete_persona(persona)) if persona else None,
        "add_item": (lambda wf: wf.add_item(persona, list(Section)[m % len(Section)], text))
        if persona
        else None,
        "delete_items": (lambda wf: wf.delete_items([item])) if item else None,
        "reorder_items": (lambda wf: wf.reorder_items(board.several("persona_item", n, m)))
        if item
        else None,
        "link_evidence": (
            lambda wf: wf.link_evidence(item, notes, [cluster] if cluster and m % 2 else [])
        )
        if item
        else None,
        "unlink_evidence": (lambda wf: wf.unlink_evidence(board.several("evidence_link", n, m)))
        if board.ids("evidence_link")
        else None,
        "add_participant": lambda wf: wf.add_participant(f"Person {n}"),
        "delete_participant": (lambda wf: wf.delete_participant(person)) if person else None,
        "add_source": lambda wf: wf.add_source(f"Interview {n}", "interview", date="2024-02-12"),
        "delete_sources": (lambda wf: wf.delete_sources([source])) if source else None,
        "merge_sources": (lambda wf: wf.merge_sources(source, board.several("source", m, n)))
        if source
        else None,
        "add_vote_round": lambda wf: wf.add_vote_round(f"Round {n}", votes_per_participant=2),
        "cast_vote": (lambda wf: wf.cast_vote(round_id, person, note_id=note))
        if round_id and person and note
        else None,
        "end_vote_round": (lambda wf: wf.end_vote_round(round_id)) if round_id else None,
        "delete_vote_round": (lambda wf: wf.delete_vote_round(round_id)) if round_id else None,
        "set_stage": lambda wf: wf.set_stage(["frame", "evidence", "cluster", "draft"][n % 4]),
        "update_settings": lambda wf: wf.update_settings(min_sources=n % 5),
        "update_workshop": lambda wf: wf.update_workshop(goal=text, metrics=[f"m{m}"]),
    }
    return ops[kind]


KINDS = [
    "add_note",
    "import_evidence",
    "move_notes",
    "update_note",
    "delete_notes",
    "cluster_notes",
    "move_cluster",
    "ungroup",
    "tidy_cluster",
    "raise_notes",
    "add_image_notes",
    "add_persona",
    "update_persona",
    "set_persona_photo",
    "duplicate_persona",
    "delete_persona",
    "add_item",
    "delete_items",
    "reorder_items",
    "link_evidence",
    "unlink_evidence",
    "add_participant",
    "delete_participant",
    "add_source",
    "delete_sources",
    "merge_sources",
    "add_vote_round",
    "cast_vote",
    "end_vote_round",
    "delete_vote_round",
    "set_stage",
    "update_settings",
    "update_workshop",
]
STEPS = st.lists(
    st.tuples(
        st.sampled_from([*KINDS, "undo", "redo"]),
        st.integers(0, 10_000),
        st.integers(0, 10_000),
    ),
    min_size=1,
    max_size=30,
)


def seed(wf: WorkshopFile) -> None:
    """A start that is not empty, so the first operations have something to work on."""
    source = wf.add_source("Interview 1: Maria").created[0]
    wf.add_participant("Ann")
    notes = wf.add_notes(
        [{"text": f"Seed {i}", "source_id": source, "x": i * 170.0} for i in range(6)]
    )
    wf.group_into_cluster(list(notes.created[:2]), "Irregular income")
    persona = wf.add_persona("Time-poor planner").created[0]
    item = wf.add_item(persona, Section.GOAL, "Finish the weekly review fast").created[0]
    wf.link_evidence(item, note_ids=notes.created[2:4])
    wf.add_vote_round("Pains")


@given(steps=STEPS)
def test_undo_all_gives_the_start_and_redo_all_gives_the_end(
    qapp: QApplication, steps: list[tuple[str, int, int]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        wf = create_workshop(Path(folder) / "undo.pwshop", "Undo integrity")
        try:
            seed(wf)
            undo = WorkshopUndo(wf)
            failures: list[str] = []
            undo.failed.connect(failures.append)
            start = dump(wf)
            board = Board(wf)
            for kind, n, m in steps:
                if kind == "undo":
                    undo.undo()
                elif kind == "redo":
                    undo.redo()
                else:
                    op = operation(kind, n, m, board)
                    if op is not None:
                        undo.perform(op)
            assert not [f for f in failures if "undo or redo" in f], failures
            end = dump(wf)
            done = undo.stack.index()
            while undo.stack.canUndo():
                undo.undo()
            assert dump(wf) == start, "undoing everything did not give the start back"
            for _ in range(done):
                undo.redo()
            assert dump(wf) == end, "redoing everything did not give the end back"
            while undo.stack.canRedo():  # steps undone before the end, redone and undone
                undo.redo()
            while undo.stack.index() > done:
                undo.undo()
            assert dump(wf) == end
            event(f"{undo.stack.count()} undo steps")
            assert wf.integrity_ok()
            assert not [f for f in failures if "undo or redo" in f], failures
            undo.deleteLater()
        finally:
            wf.close()
