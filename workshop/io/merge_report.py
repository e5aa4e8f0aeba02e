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

from workshop.domain.model import MetricKind, Section, SourceKind, StudyKind
from workshop.i18n import N_, _, ngettext

Row = dict[str, Any]

#: Table -> what one row is, as the facilitator says it (translated where it is shown).
KIND_NAMES: dict[str, str] = {
    "workshop": N_("workshop frame"),
    "participant": N_("participant"),
    "study": N_("study"),
    "respondent": N_("respondent"),
    "source": N_("source"),
    "asset": N_("image"),
    "cluster": N_("cluster"),
    "note": N_("note"),
    "vote_round": N_("voting round"),
    "vote": N_("vote"),
    "persona": N_("persona"),
    "persona_item": N_("persona item"),
    "evidence_link": N_("evidence link"),
}
#: The column that names a row for a person reading the report.
_NAMING_COLUMN = {
    "workshop": "title",
    "participant": "name",
    "study": "name",
    "respondent": "label",
    "source": "label",
    "cluster": "title",
    "note": "text",
    "vote_round": "name",
    "persona": "name",
    "persona_item": "text",
}


def count(number: int, table: str) -> str:
    """ "3 notes", "1 voting round": ``number`` rows of ``table`` in the current language."""
    forms = {
        "workshop": lambda n: ngettext("{count} workshop frame", "{count} workshop frames", n),
        "participant": lambda n: ngettext("{count} participant", "{count} participants", n),
        "study": lambda n: ngettext("{count} study", "{count} studies", n),
        "respondent": lambda n: ngettext("{count} respondent", "{count} respondents", n),
        "source": lambda n: ngettext("{count} source", "{count} sources", n),
        "asset": lambda n: ngettext("{count} image", "{count} images", n),
        "cluster": lambda n: ngettext("{count} cluster", "{count} clusters", n),
        "note": lambda n: ngettext("{count} note", "{count} notes", n),
        "vote_round": lambda n: ngettext("{count} voting round", "{count} voting rounds", n),
        "vote": lambda n: ngettext("{count} vote", "{count} votes", n),
        "persona": lambda n: ngettext("{count} persona", "{count} personas", n),
        "persona_item": lambda n: ngettext("{count} persona item", "{count} persona items", n),
        "evidence_link": lambda n: ngettext("{count} evidence link", "{count} evidence links", n),
    }
    form = forms.get(table)
    return form(number).format(count=number) if form else f"{number} {table}"


#: A field of a row as the facilitator calls it, where a conflict names it (translated where
#: it is shown); a table's own word first, else the field's word for every table.
FIELD_NAMES: dict[str, str] = {
    "title": N_("title"),
    "goal": N_("goal"),
    "decisions": N_("decisions to inform"),
    "product": N_("product"),
    "target_segments": N_("target segments"),
    "metrics": N_("metrics that matter"),
    "stage": N_("stage"),
    "settings": N_("check thresholds"),
    "name": N_("name"),
    "colour": N_("colour"),
    "kind": N_("kind"),
    "date_from": N_("start date"),
    "date_to": N_("end date"),
    "notes": N_("description"),
    "label": N_("name"),
    "attributes": N_("attributes"),
    "date": N_("date"),
    "reference": N_("reference"),
    "study_id": N_("study"),
    "respondent_id": N_("respondent"),
    "sha256": N_("image"),
    "mime": N_("image"),
    "width": N_("image"),
    "height": N_("image"),
    "data": N_("image"),
    "x": N_("place on the board"),
    "y": N_("place on the board"),
    "w": N_("size"),
    "h": N_("size"),
    "z": N_("stacking order"),
    "text": N_("text"),
    "source_id": N_("source"),
    "author_id": N_("written by"),
    "cluster_id": N_("cluster"),
    "asset_id": N_("picture"),
    "origin_asset_id": N_("photo it was cut from"),
    "question": N_("question"),
    "target": N_("what is voted on"),
    "votes_per_participant": N_("dots per participant"),
    "is_open": N_("open or ended"),
    "show_tallies": N_("live tallies shown"),
    "round_id": N_("voting round"),
    "participant_id": N_("participant"),
    "note_id": N_("note"),
    "archetype": N_("archetype"),
    "quote": N_("quote"),
    "role_context": N_("role and context"),
    "photo_asset_id": N_("photo"),
    "status": N_("status"),
    "template": N_("template"),
    "last_reviewed": N_("last reviewed"),
    "owner": N_("owner"),
    "segment_name": N_("segment"),
    "segment_size": N_("segment size"),
    "segment_size_source": N_("where the segment size comes from"),
    "position": N_("order"),
    "evidence_pool": N_("clusters drafted from"),
    "persona_id": N_("persona"),
    "section": N_("section"),
    "metric_kind": N_("kind of metric"),
    "metric_baseline": N_("baseline"),
    "metric_target": N_("target"),
    "item_id": N_("persona item"),
}


def field_name(name: str) -> str:
    """A row's field in the facilitator's words and language ("place on the board" for
    ``x``); a field with no word of its own keeps its name."""
    return _(FIELD_NAMES[name]) if name in FIELD_NAMES else name


def describe(table: str, row: Row) -> str:
    """“note “Pays late…””: the kind of thing and its name, one line."""
    one = _(KIND_NAMES[table]) if table in KIND_NAMES else table
    column = _NAMING_COLUMN.get(table)
    name = str(row.get(column) or "") if column else ""
    name = " ".join(name.split())
    if len(name) > 48:
        name = name[:47] + "…"
    if name:
        return _("{kind} “{name}”").format(kind=one, name=name)
    return f"{one} {str(row.get('id', ''))[:8]}"


def _show(value: Any) -> str:
    text = " ".join(str(value).split()) if value is not None else _("(empty)")
    return text if len(text) <= 60 else text[:59] + "…"


#: Fields that hold a yes or a no (stored as 1 or 0).
_YES_NO_FIELDS = frozenset({"is_open", "show_tallies"})
#: Fields that hold one of a list of kinds, shown by their label in the current language.
_LABELLED: dict[
    tuple[str, str], type[SourceKind] | type[StudyKind] | type[Section] | type[MetricKind]
] = {
    ("source", "kind"): SourceKind,
    ("study", "kind"): StudyKind,
    ("persona_item", "section"): Section,
    ("persona_item", "metric_kind"): MetricKind,
}


def _show_field(table: str, name: str, value: Any) -> str:
    """A field's value as the facilitator reads it: kinds and sections by their label,
    yes or no for a switch; anything else as it is."""
    if name in _YES_NO_FIELDS and value is not None:
        return _("yes") if value else _("no")
    kinds = _LABELLED.get((table, name))
    if kinds is not None and value is not None:
        try:
            return str(kinds(value).label)
        except ValueError:
            pass  # a value of a later version: shown as it is
    return _show(value)


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
            return _("kept as a conflict copy ({kind}) beside it").format(
                kind=_(KIND_NAMES[self.table])
            )
        return _("kept in the merge record of the workshop")

    def line(self) -> str:
        differences = "; ".join(
            _("{field}: “{kept}” kept, “{other}” from {file}").format(
                field=field_name(name),
                kept=_show_field(self.table, name, self.kept.get(name)),
                other=_show_field(self.table, name, self.set_aside.get(name)),
                file=self.set_aside_from,
            )
            for name in self.fields
        )
        return _(
            "{what} changed in both ({differences}); the version from {file} stays, the "
            "other is {kept_as}"
        ).format(
            what=describe(self.table, self.kept),
            differences=differences,
            file=self.kept_from,
            kept_as=self.kept_as,
        )


@dataclass(frozen=True)
class Skipped:
    table: str
    row_id: str
    what: str
    reason: str

    def line(self) -> str:
        return _("{what}: {reason}").format(what=self.what, reason=self.reason)


@dataclass(frozen=True)
class TrimmedVotes:
    """A participant who held more dots in a round than it allows once the files met."""

    participant: str
    round_name: str
    held: int
    allowed: int
    removed: tuple[str, ...]  # vote ids taken off

    def line(self) -> str:
        return ngettext(
            "{participant} held {held} dots in “{round}”, which allows {count}: {votes} taken off",
            "{participant} held {held} dots in “{round}”, which allows {count}: {votes} taken off",
            self.allowed,
        ).format(
            participant=self.participant,
            held=self.held,
            round=_show(self.round_name),
            count=self.allowed,
            votes=count(len(self.removed), "vote"),
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
        lines = [_("From {file}:").format(file=self.source)]
        if self.read:
            lines.append("  " + _("in the file: {counts}").format(counts=_counts(self.read)))
        if not self.ancestor_known:
            lines.append(
                "  "
                + _(
                    "the workshop the copies were made from is not known: every field that "
                    "differs is listed as a conflict, and both versions are kept"
                )
            )
        lines += self._change_lines()
        lines += _listed(
            _("changed in both ({count})").format(count=len(self.conflicts)), self.conflicts
        )
        lines += _listed(_("skipped ({count})").format(count=len(self.skipped)), self.skipped)
        lines += _listed(
            _(
                "dots over a round's limit (the votes already in the workshop are kept "
                "first, then the others in order of their id)"
            ),
            self.trimmed,
        )
        return lines

    def _change_lines(self) -> list[str]:
        lines = []
        if self.came_in:
            lines.append("  " + _("came in: {counts}").format(counts=_counts(self.came_in)))
        if self.updated:
            lines.append(
                "  "
                + ngettext(
                    "updated ({count} changed field, changed there only): {counts}",
                    "updated ({count} changed fields, changed there only): {counts}",
                    self.fields_taken,
                ).format(count=self.fields_taken, counts=_counts(self.updated))
            )
        if self.unchanged:
            lines.append(
                "  " + _("the same already: {counts}").format(counts=_counts(self.unchanged))
            )
        if self.shifted:
            dx, dy = self.shift
            lines.append(
                "  "
                + _(
                    "its new notes ({count}) were placed clear of the board, with their "
                    "frames: moved by {dx}, {dy}"
                ).format(count=self.shifted, dx=f"{dx:+.0f}", dy=f"{dy:+.0f}")
            )
        if not self.changed_anything:
            lines.append("  " + _("nothing new: everything in it is in the workshop already"))
        return lines


def _counts(counter: Counter[str]) -> str:
    return ", ".join(count(n, t) for t, n in _ordered(counter))


def _listed(
    heading: str, entries: list[Conflict] | list[Skipped] | list[TrimmedVotes]
) -> list[str]:
    if not entries:
        return []
    return ["  " + _("{heading}:").format(heading=heading), *(f"    - {e.line()}" for e in entries)]


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
        files = len(self.files)
        if self.output is not None:
            first = ngettext(
                "Merged {count} breakout file with {base} into {output}.",
                "Merged {count} breakout files with {base} into {output}.",
                files,
            )
        else:
            first = ngettext(
                "Merged {count} breakout file with {base}.",
                "Merged {count} breakout files with {base}.",
                files,
            )
        lines = [first.format(count=files, base=self.base, output=self.output)]
        for merged in self.files:
            lines += merged.lines()
        lines.append(
            _(
                "Nothing was deleted but dots over a round's limit: a merge adds and updates. "
                "Something deleted in one file but still in another is kept."
            )
        )
        return lines


def _ordered(counter: Counter[str]) -> list[tuple[str, int]]:
    order = list(KIND_NAMES)
    return sorted(counter.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)
