"""A long, scripted editing session, as a facilitator's hands would do it, through the same
named store operations the UI calls.

The crash harness runs it in a child process that it kills at random moments. Before each
operation the session says what it is about to do (``begin``: the kind and the parameters
the parent needs to judge a half-done state); after the operation returns it reports every
row the operation wrote (``done``: table, id, before and after). A ``refused`` operation
(the store said no) changed nothing.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from typing import Any

from workshop.domain.model import Section
from workshop.errors import WorkshopError
from workshop.store import Change, WorkshopFile

Message = dict[str, Any]
Report = Callable[[Message], None]
#: An operation about to run: its kind, the parameters the harness judges it by, the call.
Planned = tuple[str, Message, Callable[[], Change]]

#: The number of notes the session keeps the board around (it imports below, deletes above).
TARGET_NOTES = 240


def plain(value: Any) -> Any:
    """A row value as JSON can carry it (image bytes by their hash)."""
    if isinstance(value, bytes | memoryview):
        return "blob:" + hashlib.sha256(bytes(value)).hexdigest()
    return value


def plain_row(row: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if row is None else {k: plain(v) for k, v in row.items()}


def change_rows(change: Change) -> list[list[Any]]:
    return [[r.table, r.row_id, plain_row(r.before), plain_row(r.after)] for r in change.rows]


def seed(wf: WorkshopFile) -> None:
    """What the workshop holds before the session starts: people, sources, a voting round."""
    for name in ("Ann", "Raj", "Mia"):
        wf.add_participant(name)
    for label, kind in (("Interview 1", "interview"), ("Churn survey", "survey")):
        wf.add_source(label, kind)
    wf.add_vote_round("Which pains matter most", votes_per_participant=50)


class EditingSession:
    def __init__(self, wf: WorkshopFile, rng: random.Random, report: Report) -> None:
        self.wf = wf
        self.rng = rng
        self.report = report
        self.seq = 0
        self.done: list[tuple[int, Change]] = []  # the undo stack of this sitting
        self.undone: list[tuple[int, Change]] = []

    # What is on the board now ----------------------------------------------------------
    def ids(self, sql: str, params: tuple[Any, ...] = ()) -> list[str]:
        return [str(r[0]) for r in self.wf._read(sql, params)]

    def some(self, items: list[str], low: int, high: int) -> list[str]:
        if not items:
            return []
        return self.rng.sample(items, min(len(items), self.rng.randint(low, high)))

    # One step ----------------------------------------------------------------------------
    def step(self) -> None:
        """Choose an operation that makes sense now, announce it, run it, report it."""
        notes = self.ids("SELECT id FROM note")
        loose = self.ids("SELECT id FROM note WHERE cluster_id IS NULL")
        clusters = self.ids("SELECT id FROM cluster")
        personas = self.ids("SELECT id FROM persona")
        items = self.ids("SELECT id FROM persona_item")
        sources = self.ids("SELECT id FROM source")
        people = self.ids("SELECT id FROM participant")
        rounds = self.ids("SELECT id FROM vote_round WHERE is_open AND target = 'notes'")
        rng, wf = self.rng, self.wf
        crowded = len(notes) > TARGET_NOTES
        seq = self.seq + 1
        choices: list[tuple[int, Callable[[], Planned]]] = []

        def add(weight: int, make: Callable[[], Planned]) -> None:
            if weight > 0:
                choices.append((weight, make))

        add(6, lambda: self._add_note(seq, sources))
        add(1 if crowded else 4, lambda: self._import(seq))
        add(8 if notes else 0, lambda: self._move(notes))
        add(3 if notes else 0, lambda: self._edit(notes, seq))
        add(3 if len(loose) >= 2 else 0, lambda: self._cluster(loose, seq))
        add(2 if clusters else 0, lambda: self._move_cluster(clusters))
        add(1 if clusters else 0, lambda: self._ungroup(clusters))
        add(8 if crowded else 2 if notes else 0, lambda: self._delete(notes, crowded))
        add(
            1,
            lambda: (
                "add_persona",
                {"name": f"Persona {seq}"},
                lambda: wf.add_persona(f"Persona {seq}"),
            ),
        )
        add(3 if personas else 0, lambda: self._add_item(personas, seq))
        add(3 if items and (notes or clusters) else 0, lambda: self._link(items, notes, clusters))
        add(1 if len(personas) > 2 else 0, lambda: self._delete_persona(personas))
        add(3 if rounds and people and notes else 0, lambda: self._vote(rounds, people, notes))
        add(
            1 if len(people) < 12 else 0,
            lambda: ("add_participant", {"name": f"P{seq}"}, lambda: wf.add_participant(f"P{seq}")),
        )
        add(
            1 if len(sources) < 15 else 0,
            lambda: (
                "add_source",
                {"label": f"Source {seq}"},
                lambda: wf.add_source(f"Source {seq}", "observation"),
            ),
        )
        add(1 if len(sources) > 3 else 0, lambda: self._delete_source(sources))
        add(3 if self.done else 0, self._undo)
        add(3 if self.undone else 0, self._redo)

        weights = [w for w, _ in choices]
        make = rng.choices([m for _, m in choices], weights=weights)[0]
        kind, params, run = make()
        self.seq = seq
        self.report({"begin": seq, "op": kind, "params": params})
        try:
            change = run()
        except WorkshopError as error:
            self.report({"refused": seq, "message": error.message})
            return
        self.report({"done": seq, "rows": change_rows(change)})
        if kind == "undo":
            self.undone.append(self.done.pop())
        elif kind == "redo":
            self.done.append(self.undone.pop())
        elif not change.is_empty:
            self.done.append((seq, change))
            self.undone.clear()

    # The operations ----------------------------------------------------------------------
    def _add_note(self, seq: int, sources: list[str]) -> Planned:
        text = f"Note {seq}: " + self.rng.choice(
            ["pays late", "budget breaks", "review is slow", "wants automation", "ü ✓ 漢字"]
        )
        source = self.rng.choice([*sources, None])
        x, y = self.rng.uniform(0, 4000), self.rng.uniform(0, 3000)
        params = {"text": text}
        return "add_note", params, lambda: self.wf.add_note(text, source_id=source, x=x, y=y)

    def _import(self, seq: int) -> Planned:
        """A survey export: a new source and its answers as notes, one step (the import
        wizard's ``import_evidence``)."""
        count = self.rng.randint(5, 60)
        tag = f"[import {seq}]"
        source = {
            "id": f"import-source-{seq}-{self.rng.randrange(10**9)}",
            "label": tag,
            "kind": "survey",
        }
        rows = [
            {
                "text": f"{tag} answer {i}: " + "x" * self.rng.randint(0, 400),
                "source_id": source["id"],
                "x": 50.0 * i,
                "y": 5000.0,
            }
            for i in range(count)
        ]
        params = {"tag": tag, "count": count, "source": source["id"]}
        return "import", params, lambda: self.wf.import_evidence([source], rows, "Import survey")

    def _move(self, notes: list[str]) -> Planned:
        moved = self.some(notes, 1, 25)
        positions = {
            n: (round(self.rng.uniform(-500, 6000), 2), round(self.rng.uniform(-500, 6000), 2))
            for n in moved
        }
        return "move_notes", {"positions": positions}, lambda: self.wf.move_notes(positions)

    def _edit(self, notes: list[str], seq: int) -> Planned:
        note = self.rng.choice(notes)
        text = f"Edited {seq}"
        return "edit_note", {"id": note, "text": text}, lambda: self.wf.update_note(note, text=text)

    def _cluster(self, loose: list[str], seq: int) -> Planned:
        members = self.some(loose, 2, 8)
        title = f"Theme {seq}"
        params = {"ids": members, "title": title}
        return "cluster_notes", params, lambda: self.wf.group_into_cluster(members, title)

    def _move_cluster(self, clusters: list[str]) -> Planned:
        cluster = self.rng.choice(clusters)
        dx, dy = self.rng.choice([-64.0, -8.5, 12.25, 100.0]), self.rng.choice([-30.0, 0.5, 77.0])
        params = {"id": cluster, "dx": dx, "dy": dy}
        return "move_cluster", params, lambda: self.wf.move_cluster(cluster, dx, dy)

    def _ungroup(self, clusters: list[str]) -> Planned:
        cluster = self.rng.choice(clusters)
        return "ungroup", {"id": cluster}, lambda: self.wf.ungroup([cluster])

    def _delete(self, notes: list[str], crowded: bool) -> Planned:
        doomed = self.some(notes, 1, 40 if crowded else 3)
        return "delete_notes", {"ids": doomed}, lambda: self.wf.delete_notes(doomed)

    def _add_item(self, personas: list[str], seq: int) -> Planned:
        persona = self.rng.choice(personas)
        section = self.rng.choice(list(Section))
        text = f"Item {seq}"
        params = {"persona": persona, "text": text}
        return "add_item", params, lambda: self.wf.add_item(persona, section, text)

    def _link(self, items: list[str], notes: list[str], clusters: list[str]) -> Planned:
        item = self.rng.choice(items)
        linked_notes = self.some(notes, 0, 4)
        linked_clusters = self.some(clusters, 0, 1)
        params = {"item": item, "notes": linked_notes, "clusters": linked_clusters}
        return (
            "link_evidence",
            params,
            lambda: self.wf.link_evidence(item, linked_notes, linked_clusters),
        )

    def _delete_persona(self, personas: list[str]) -> Planned:
        persona = self.rng.choice(personas)
        return "delete_persona", {"id": persona}, lambda: self.wf.delete_persona(persona)

    def _vote(self, rounds: list[str], people: list[str], notes: list[str]) -> Planned:
        round_id, person, note = (self.rng.choice(x) for x in (rounds, people, notes))
        params = {"round": round_id, "participant": person, "note": note}
        return (
            "cast_vote",
            params,
            lambda: self.wf.cast_vote(round_id, person, note_id=note),
        )

    def _delete_source(self, sources: list[str]) -> Planned:
        source = self.rng.choice(sources)
        return "delete_source", {"id": source}, lambda: self.wf.delete_sources([source])

    def _undo(self) -> Planned:
        target, change = self.done[-1]
        return "undo", {"target": target}, lambda: self.wf.revert(change)

    def _redo(self) -> Planned:
        target, change = self.undone[-1]
        return "redo", {"target": target}, lambda: self.wf.reapply(change)
