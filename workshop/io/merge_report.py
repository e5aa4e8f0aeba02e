"""What a merge of breakout workshops did, in the facilitator's words.

One ``FileMerge`` per breakout file merged in: how many rows of each kind the file held, and
what became of each: came in, updated (a field changed there only), the same already, or
skipped (and why); what conflicted (the same field changed differently on both sides: both
versions are in the merged workshop, see ``Conflict.kept_as``); and which dots were taken
off because a participant held more than a round allows.
``MergeReport.lines()`` is what the CLI prints and the merge dialog shows.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Row = dict[str, Any]

#: Table -> (one, many), as the facilitator says it.
KIND_NAMES: dict[str, tuple[str, str]] = {
    "workshop": ("workshop frame", "workshop frames"),
    "participant": ("participant", "participants"),
    "source": ("source", "sources"),
    "asset": ("image", "images"),
    "cluster": ("cluster", "clusters"),
    "note": ("note", "notes"),
    "vote_round": ("voting round", "voting rounds"),
    "vote": ("vote", "votes"),
    "persona": ("persona", "personas"),
    "persona_item": ("persona item", "persona items"),
    "evidence_link": ("evidence link", "evidence links"),
}
#: The column that names a row for a person reading the report.
_NAMING_COLUMN = {
    "workshop": "title",
    "participant": "name",
    "source": "label",
    "cluster": "title",
    "note": "text",
    "vote_round": "name",
    "persona": "name",
    "persona_item": "text",
}


def count(number: int, table: str) -> str:
    one, many = KIND_NAMES.get(table, (table, table))
    return f"{number} {one if number == 1 else many}"


def describe(table: str, row: Row) -> str:
    """“note “Pays late…””: the kind of thing and its name, one line."""
    one = KIND_NAMES.get(table, (table, table))[0]
    column = _NAMING_COLUMN.get(table)
    name = str(row.get(column) or "") if column else ""
    name = " ".join(name.split())
    if len(name) > 48:
        name = name[:47] + "…"
    return f"{one} “{name}”" if name else f"{one} {str(row.get('id', ''))[:8]}"


def _show(value: Any) -> str:
    text = " ".join(str(value).split()) if value is not None else "(empty)"
    return text if len(text) <= 60 else text[:59] + "…"


@dataclass(frozen=True)
class Conflict:
    """A row whose same field(s) changed differently on both sides since the copies were
    made: ``kept`` (the workshop's version) stays in place; ``set_aside`` (the breakout's)
    is kept in the merged workshop too, as ``kept_as`` says (a conflict copy beside it, or
    the merge record), for the facilitator to pick from."""

    table: str
    row_id: str
    kept: Row
    kept_from: str
    set_aside: Row
    set_aside_from: str
    fields: tuple[str, ...] = ()
    #: The conflict copy's id, where the other version became a row of its own.
    copy_id: str | None = None

    @property
    def kept_as(self) -> str:
        if self.copy_id is not None:
            return f"kept as a conflict copy ({KIND_NAMES[self.table][0]}) beside it"
        return "kept in the merge record of the workshop"

    def line(self) -> str:
        differences = "; ".join(
            f"{name}: “{_show(self.kept.get(name))}” kept, “{_show(self.set_aside.get(name))}”"
            f" from {self.set_aside_from}"
            for name in self.fields
        )
        return (
            f"{describe(self.table, self.kept)} changed in both ({differences}); "
            f"the version from {self.kept_from} stays, the other is {self.kept_as}"
        )


@dataclass(frozen=True)
class Skipped:
    table: str
    row_id: str
    what: str
    reason: str

    def line(self) -> str:
        return f"{self.what}: {self.reason}"


@dataclass(frozen=True)
class TrimmedVotes:
    """A participant who held more dots in a round than it allows once the files met."""

    participant: str
    round_name: str
    held: int
    allowed: int
    removed: tuple[str, ...]  # vote ids taken off

    def line(self) -> str:
        return (
            f"{self.participant} held {self.held} dots in “{_show(self.round_name)}”, "
            f"which allows {self.allowed}: {count(len(self.removed), 'vote')} taken off"
        )


@dataclass
class FileMerge:
    """What merging one breakout file did."""

    source: str  # the breakout file's name
    #: Rows in the breakout file, table by table: each came in, updated a row, was the
    #: same already, or was skipped (listed with its reason).
    read: Counter[str] = field(default_factory=Counter)
    came_in: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    #: Fields taken from the breakout (changed there only), over all updated rows.
    fields_taken: int = 0
    unchanged: Counter[str] = field(default_factory=Counter)
    #: Rows whose only difference is a conflict (listed in ``conflicts``).
    conflicted: Counter[str] = field(default_factory=Counter)
    #: Votes that came in over a round's limit and were not added (listed in ``trimmed``).
    taken_off: Counter[str] = field(default_factory=Counter)
    conflicts: list[Conflict] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    trimmed: list[TrimmedVotes] = field(default_factory=list)
    #: How far the block of new notes was moved to keep clear of the board, and how many.
    shift: tuple[float, float] = (0.0, 0.0)
    shifted: int = 0
    #: Whether the fields were decided against the copies' common ancestor.
    ancestor_known: bool = True

    @property
    def changed_anything(self) -> bool:
        return bool(sum(self.came_in.values()) or sum(self.updated.values()))

    @property
    def accounted(self) -> Counter[str]:
        """What became of the file's rows, table by table: equal to ``read`` when every
        row is accounted for."""
        outcomes = Counter(s.table for s in self.skipped)
        for counter in (self.came_in, self.updated, self.unchanged, self.conflicted):
            outcomes += counter
        return outcomes + self.taken_off

    def lines(self) -> list[str]:
        lines = [f"From {self.source}:"]
        if self.read:
            lines.append("  in the file: " + _counts(self.read))
        if not self.ancestor_known:
            lines.append(
                "  the workshop the copies were made from is not known: every field that "
                "differs is listed as a conflict, and both versions are kept"
            )
        lines += self._change_lines()
        lines += _listed(f"changed in both ({len(self.conflicts)})", self.conflicts)
        lines += _listed(f"skipped ({len(self.skipped)})", self.skipped)
        lines += _listed(
            "dots over a round's limit (the votes already in the workshop are kept first, "
            "then the others in order of their id)",
            self.trimmed,
        )
        return lines

    def _change_lines(self) -> list[str]:
        lines = []
        if self.came_in:
            lines.append("  came in: " + _counts(self.came_in))
        if self.updated:
            lines.append(
                f"  updated ({self.fields_taken} changed "
                f"field{'' if self.fields_taken == 1 else 's'}, changed there only): "
                + _counts(self.updated)
            )
        if self.unchanged:
            lines.append("  the same already: " + _counts(self.unchanged))
        if self.shifted:
            dx, dy = self.shift
            lines.append(
                f"  its new notes ({self.shifted}) were placed clear of the board, "
                f"with their frames: moved by {dx:+.0f}, {dy:+.0f}"
            )
        if not self.changed_anything:
            lines.append("  nothing new: everything in it is in the workshop already")
        return lines


def _counts(counter: Counter[str]) -> str:
    return ", ".join(count(n, t) for t, n in _ordered(counter))


def _listed(
    heading: str, entries: list[Conflict] | list[Skipped] | list[TrimmedVotes]
) -> list[str]:
    if not entries:
        return []
    return [f"  {heading}:", *(f"    - {e.line()}" for e in entries)]


@dataclass
class MergeReport:
    base: str
    output: Path | None
    files: list[FileMerge] = field(default_factory=list)

    @property
    def came_in(self) -> Counter[str]:
        return sum((f.came_in for f in self.files), Counter())

    @property
    def updated(self) -> Counter[str]:
        return sum((f.updated for f in self.files), Counter())

    @property
    def conflicts(self) -> list[Conflict]:
        return [c for f in self.files for c in f.conflicts]

    @property
    def skipped(self) -> list[Skipped]:
        return [s for f in self.files for s in f.skipped]

    @property
    def trimmed(self) -> list[TrimmedVotes]:
        return [t for f in self.files for t in f.trimmed]

    @property
    def changed_anything(self) -> bool:
        return any(f.changed_anything for f in self.files)

    def lines(self) -> list[str]:
        target = f" into {self.output}" if self.output is not None else ""
        lines = [f"Merged {_files(len(self.files))} with {self.base}{target}."]
        for merged in self.files:
            lines += merged.lines()
        lines.append(
            "Nothing was deleted but dots over a round's limit: a merge adds and updates. "
            "Something deleted in one file but still in another is kept."
        )
        return lines


def _files(number: int) -> str:
    return f"{number} breakout file" + ("" if number == 1 else "s")


def _ordered(counter: Counter[str]) -> list[tuple[str, int]]:
    order = list(KIND_NAMES)
    return sorted(counter.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)
