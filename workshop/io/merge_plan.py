"""Deciding a merge, field by field, from what changed since the copies were made.

Each row of the breakout file is matched by id with the workshop's ("ours"):

- not in the workshop: it comes in (a new note, persona, vote…), except the frame of a
  different workshop and an evidence link the workshop has already (same item, same
  evidence);
- in both: every field is decided on its own, against the *ancestor* (the field as the copies
  started from it, see ``merge_rows``). Changed in the breakout only: the breakout's value is
  taken. Changed in the workshop only, or the same on both: the workshop's value stays.
  Changed differently on both sides: a conflict. Clocks (``updated_at``) play no part: a
  laptop whose clock is an hour slow loses nothing.
- a conflict keeps the workshop's value in place and keeps the other one in the merged file
  too: a note's or persona item's other text becomes a *conflict copy* beside it (same
  cluster or persona section, the other version's text under a first line that says where it
  is from); any other field's other value goes into the merge record. Either way it is listed.

After the rows are decided, dot-vote limits are enforced (``trim_votes``).
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from workshop.domain.limits import NOTE_TEXT_MAX, SHORT_TEXT_MAX
from workshop.i18n import _
from workshop.io.merge_layout import beside
from workshop.io.merge_report import Conflict, FileMerge, Row, Skipped, TrimmedVotes, describe
from workshop.io.merge_rows import Ancestor, Rows, compared_fields, fingerprint
from workshop.store import CONTENT_TABLES, RowChange

#: The ids of conflict copies are made from what they copy, so merging again finds them.
_COPY_NAMESPACE = uuid.UUID("6f0c3c52-6a41-4c39-9a4e-3b7c5d2b8e11")
#: Rows whose other text becomes a row of its own, and that text's cap.
_COPIED_TEXT = {"note": NOTE_TEXT_MAX, "persona_item": SHORT_TEXT_MAX}


@dataclass
class Plan:
    """The rows a merge writes, and what it keeps in the merge record."""

    merged: FileMerge
    inserts: dict[str, list[Row]] = field(default_factory=dict)
    updates: dict[str, list[tuple[Row, Row]]] = field(default_factory=dict)
    copies: dict[str, list[Row]] = field(default_factory=dict)
    deletes: dict[str, list[Row]] = field(default_factory=dict)
    new_offsets: dict[str, tuple[float, float]] = field(default_factory=dict)
    #: Other values of conflicting fields that have no row of their own (record key -> value).
    set_aside: dict[str, dict[str, object]] = field(default_factory=dict)

    def rows(self) -> list[RowChange]:
        changes: list[RowChange] = []
        for table_name in CONTENT_TABLES:
            for before, after in self.updates.get(table_name, []):
                changes.append(RowChange(table_name, str(after["id"]), before, after))
            for row in (*self.inserts.get(table_name, []), *self.copies.get(table_name, [])):
                changes.append(RowChange(table_name, str(row["id"]), None, row))
        for table_name in reversed(CONTENT_TABLES):
            for row in self.deletes.get(table_name, []):
                changes.append(RowChange(table_name, str(row["id"]), row, None))
        return changes

    def final(self, ours: Rows, table_name: str) -> dict[str, Row]:
        """The table as the merge leaves it (before votes over a limit are taken off)."""
        rows = dict(ours[table_name])
        rows |= {str(a["id"]): a for _b, a in self.updates.get(table_name, [])}
        rows |= {str(r["id"]): r for r in self.inserts.get(table_name, [])}
        rows |= {str(r["id"]): r for r in self.copies.get(table_name, [])}
        return rows


@dataclass
class _Sides:
    ours: Rows
    ancestor: Ancestor
    ours_name: Callable[[str, str], str]
    links: set[tuple[object, object, object]]


def plan_merge(
    ours: Rows, theirs: Rows, ancestor: Ancestor, ours_name: Callable[[str, str], str], plan: Plan
) -> Plan:
    """Decide every row of ``theirs``; ``ours_name(table, id)`` names the file a row of
    ours came from (for the report)."""
    links = {(r["item_id"], r["note_id"], r["cluster_id"]) for r in ours["evidence_link"].values()}
    sides = _Sides(ours, ancestor, ours_name, links)
    for table_name in CONTENT_TABLES:
        for row_id, row in theirs[table_name].items():
            mine = ours[table_name].get(row_id)
            if mine is None:
                _plan_new(plan, sides, table_name, row)
            else:
                _plan_both(plan, sides, table_name, mine, row)
    return plan


def _plan_new(plan: Plan, sides: _Sides, table_name: str, row: Row) -> None:
    merged = plan.merged
    if table_name == "workshop":
        reason = _(
            "a different workshop: its frame, stage and settings were not taken (its notes, "
            "clusters and personas were)"
        )
        merged.skipped.append(
            Skipped(table_name, str(row["id"]), describe(table_name, row), reason)
        )
        return
    if table_name == "evidence_link":
        key = (row["item_id"], row["note_id"], row["cluster_id"])
        if key in sides.links:
            reason = _("the item cites this evidence already")
            merged.skipped.append(
                Skipped(table_name, str(row["id"]), _("an evidence link"), reason)
            )
            return
        sides.links.add(key)
    plan.inserts.setdefault(table_name, []).append(row)
    merged.came_in[table_name] += 1


def decide_fields(
    table_name: str, mine: Row, theirs: Row, prints: dict[str, str] | None
) -> tuple[list[str], list[str]]:
    """(fields to take from theirs, fields changed differently on both sides)."""
    taken: list[str] = []
    both: list[str] = []
    for name in compared_fields(table_name):
        if mine.get(name) == theirs.get(name):
            continue
        if prints is not None and fingerprint(theirs.get(name)) == prints.get(name):
            continue  # changed in the workshop only
        if prints is not None and fingerprint(mine.get(name)) == prints.get(name):
            taken.append(name)  # changed in the breakout only
        else:
            both.append(name)
    return taken, both


def _plan_both(plan: Plan, sides: _Sides, table_name: str, mine: Row, theirs: Row) -> None:
    merged = plan.merged
    row_id = str(mine["id"])
    taken, both = decide_fields(table_name, mine, theirs, sides.ancestor.get((table_name, row_id)))
    after = mine
    if taken:
        after = {**mine, **{name: theirs[name] for name in taken}}
        after["updated_at"] = theirs["updated_at"]
        plan.updates.setdefault(table_name, []).append((mine, after))
        merged.updated[table_name] += 1
        merged.fields_taken += len(taken)
    if both:
        _keep_both(plan, sides, table_name, after, theirs, both)
    if not taken:
        (merged.conflicted if both else merged.unchanged)[table_name] += 1


def _keep_both(
    plan: Plan, sides: _Sides, table_name: str, mine: Row, theirs: Row, both: list[str]
) -> None:
    """The workshop's value stays; the breakout's is kept beside it, and listed."""
    source = plan.merged.source
    copy_id = None
    if table_name in _COPIED_TEXT and "text" in both:
        copy_id = _conflict_copy(plan, sides, table_name, mine, theirs)
    for name in both:
        if name == "text" and copy_id is not None:
            continue
        value = theirs.get(name)
        key = f"{table_name}:{mine['id']}:{name}:{fingerprint(value)}"
        shown = value if not isinstance(value, bytes) else fingerprint(value)
        plan.set_aside[key] = {"value": shown, "from": source}
    ours_name = sides.ours_name(table_name, str(mine["id"]))
    plan.merged.conflicts.append(
        Conflict(table_name, str(mine["id"]), mine, ours_name, theirs, source, tuple(both), copy_id)
    )


def _conflict_copy(plan: Plan, sides: _Sides, table_name: str, mine: Row, theirs: Row) -> str:
    """A row of its own for the other version: a note beside the note, or an item under the
    item. Its id comes from the row and the other text, so it is made once."""
    text = str(theirs.get("text") or "")
    copy_id = str(uuid.uuid5(_COPY_NAMESPACE, f"{table_name}:{mine['id']}:{fingerprint(text)}"))
    if copy_id in sides.ours[table_name] or any(
        r["id"] == copy_id for r in plan.copies.get(table_name, [])
    ):
        return copy_id
    heading = _("Conflict copy: the version from {file}").format(file=plan.merged.source) + "\n"
    copy = {
        **theirs,
        "id": copy_id,
        "text": heading + text[: _COPIED_TEXT[table_name] - len(heading)],
    }
    if table_name == "note":
        copy |= {"cluster_id": mine["cluster_id"], **beside(mine)}
    else:
        copy |= {"persona_id": mine["persona_id"], "section": mine["section"]}
        copy["position"] = int(mine["position"])
    plan.copies.setdefault(table_name, []).append(copy)
    return copy_id


# Dot-vote limits --------------------------------------------------------------------------
def trim_votes(plan: Plan, ours: Rows, theirs: Rows) -> None:
    """Take off the dots a participant holds over a round's limit once the files met.

    Deterministic, without clocks: in each round, each participant's votes already in the
    workshop are kept first, then those coming in, each group in order of the vote's id; the
    votes past the limit are taken off (one coming in is not added; one in the workshop is
    deleted in the same step) and listed."""
    rounds = plan.final(ours, "vote_round")
    people = {**theirs["participant"], **plan.final(ours, "participant")}
    held: dict[tuple[str, str], list[tuple[bool, str, Row]]] = {}
    for vote in plan.final(ours, "vote").values():
        is_new = str(vote["id"]) not in ours["vote"]
        key = (str(vote["round_id"]), str(vote["participant_id"]))
        held.setdefault(key, []).append((is_new, str(vote["id"]), vote))
    for (round_id, participant_id), votes in sorted(held.items()):
        round_ = rounds.get(round_id)
        if round_ is None:
            continue
        allowed = max(0, int(round_["votes_per_participant"]))
        if len(votes) <= allowed:
            continue
        votes.sort(key=lambda v: (v[0], v[1]))
        over = votes[allowed:]
        for is_new, vote_id, vote in over:
            _take_off(plan, is_new, vote_id, vote)
        person = people.get(participant_id)
        name = str(person["name"]) if person else participant_id[:8]
        plan.merged.trimmed.append(
            TrimmedVotes(name, str(round_["name"]), len(votes), allowed, tuple(v[1] for v in over))
        )


def _take_off(plan: Plan, is_new: bool, vote_id: str, vote: Row) -> None:
    if is_new:
        plan.inserts["vote"] = [r for r in plan.inserts.get("vote", []) if r["id"] != vote_id]
        plan.merged.came_in["vote"] -= 1
        plan.merged.came_in += Counter()  # drops a count that fell to 0
        plan.merged.taken_off["vote"] += 1
    else:
        plan.deletes.setdefault("vote", []).append(vote)
