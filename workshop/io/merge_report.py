"""What a merge of breakout workshops did, in the facilitator's words.

One ``FileMerge`` per breakout file merged in: what came in, what was updated because the
breakout's change was newer, what conflicted (changed on both sides: the newer change is
kept, the other one is listed here with both versions) and what was skipped, and why.
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
_HIDDEN = frozenset({"id", "created_at", "updated_at", "data"})


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


def _when(row: Row) -> str:
    stamp = str(row.get("updated_at") or "")
    return stamp[:19].replace("T", " ") if stamp else "an unknown time"


def _show(value: Any) -> str:
    text = " ".join(str(value).split()) if value is not None else "(empty)"
    return text if len(text) <= 60 else text[:59] + "…"


@dataclass(frozen=True)
class Conflict:
    """A row changed in both files: ``kept`` is in the merged workshop, ``set_aside`` is
    the other change, for the facilitator to review."""

    table: str
    row_id: str
    kept: Row
    kept_from: str
    set_aside: Row
    set_aside_from: str

    @property
    def fields(self) -> list[str]:
        return sorted(
            k for k in self.kept if k not in _HIDDEN and self.kept.get(k) != self.set_aside.get(k)
        )

    def line(self) -> str:
        differences = "; ".join(
            f"{name}: “{_show(self.kept.get(name))}” kept, “{_show(self.set_aside.get(name))}” "
            "set aside"
            for name in self.fields
        )
        return (
            f"{describe(self.table, self.kept)}: kept the change from {self.kept_from} "
            f"({_when(self.kept)}), set aside the one from {self.set_aside_from} "
            f"({_when(self.set_aside)}); {differences or 'they differ only in when'}"
        )


@dataclass(frozen=True)
class Skipped:
    table: str
    row_id: str
    what: str
    reason: str

    def line(self) -> str:
        return f"{self.what}: {self.reason}"


@dataclass
class FileMerge:
    """What merging one breakout file did."""

    source: str  # the breakout file's name
    came_in: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    conflicts: list[Conflict] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    #: How far the block of new notes was moved to keep clear of the board, and how many.
    shift: tuple[float, float] = (0.0, 0.0)
    shifted: int = 0

    @property
    def changed_anything(self) -> bool:
        return bool(sum(self.came_in.values()) or sum(self.updated.values()))

    def lines(self) -> list[str]:
        lines = [f"From {self.source}:"]
        if self.came_in:
            lines.append("  came in: " + ", ".join(count(n, t) for t, n in _ordered(self.came_in)))
        if self.updated:
            lines.append(
                "  updated (changed later there): "
                + ", ".join(count(n, t) for t, n in _ordered(self.updated))
            )
        if self.shifted:
            dx, dy = self.shift
            lines.append(
                f"  its new notes ({self.shifted}) were placed clear of the board, "
                f"with their frames: moved by {dx:+.0f}, {dy:+.0f}"
            )
        if not self.changed_anything:
            lines.append("  nothing new: everything in it is in the workshop already")
        if self.conflicts:
            lines.append(
                f"  changed on both sides ({len(self.conflicts)}): the newer change was kept"
            )
            lines += [f"    - {c.line()}" for c in self.conflicts]
        if self.skipped:
            lines.append(f"  skipped ({len(self.skipped)}):")
            lines += [f"    - {s.line()}" for s in self.skipped]
        return lines


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
    def changed_anything(self) -> bool:
        return any(f.changed_anything for f in self.files)

    def lines(self) -> list[str]:
        target = f" into {self.output}" if self.output is not None else ""
        lines = [f"Merged {_files(len(self.files))} with {self.base}{target}."]
        for merged in self.files:
            lines += merged.lines()
        lines.append(
            "Nothing was deleted: a merge only adds and updates. Something deleted in one "
            "file but still in another is kept."
        )
        return lines


def _files(number: int) -> str:
    return f"{number} breakout file" + ("" if number == 1 else "s")


def _ordered(counter: Counter[str]) -> list[tuple[str, int]]:
    order = list(KIND_NAMES)
    return sorted(counter.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)
