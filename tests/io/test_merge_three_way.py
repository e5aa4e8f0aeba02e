"""Merging decides each field from what changed since the copies were made, never from
clocks; keeps both versions of a true conflict in the merged file; holds dot-vote limits;
and refuses a file whose rows cannot be matched by id."""

from __future__ import annotations

import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop.errors import WorkshopError
from workshop.io.merge import merge_into, merge_workshops
from workshop.io.merge_report import FileMerge
from workshop.io.merge_rows import RECORD_KEY
from workshop.store import WorkshopFile, create_workshop, open_workshop, schema
from workshop.store import recorder as store_recorder


def _dump(wf: WorkshopFile) -> dict[str, list[tuple[object, ...]]]:
    return {
        t: sorted((tuple(r) for r in wf._read(f"SELECT * FROM {t}")), key=repr)
        for t in (*schema.CONTENT_TABLES, "app_state")
    }


@contextmanager
def edited(path: Path) -> Iterator[WorkshopFile]:
    wf = open_workshop(path)
    try:
        yield wf
    finally:
        wf.close()


@contextmanager
def looked_at(path: Path) -> Iterator[WorkshopFile]:
    wf = open_workshop(path, read_only=True)
    assert isinstance(wf, WorkshopFile)
    try:
        yield wf
    finally:
        wf.close()


def note(wf: WorkshopFile, note_id: str) -> dict[str, object]:
    columns = schema.columns("note")
    row = wf._read(f"SELECT {', '.join(columns)} FROM note WHERE id = ?", (note_id,))[0]
    return dict(zip(columns, row, strict=True))


def copies_of(base: Path, *names: str) -> list[Path]:
    paths = [base.with_name(name) for name in names]
    for path in paths:
        shutil.copy(base, path)
    return paths


@pytest.fixture
def workshop(tmp_path: Path) -> tuple[Path, list[str]]:
    base = tmp_path / "facilitator.pwshop"
    with create_workshop(base, "Budgeting app research") as wf:
        notes = list(
            wf.add_notes(
                [{"text": f"Evidence {i}", "x": 200.0 * i, "y": 0.0} for i in range(6)]
            ).created
        )
    return base, notes


def test_an_edit_on_a_laptop_whose_clock_is_an_hour_slow_is_kept(
    workshop: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    base, notes = workshop
    (group,) = copies_of(base, "group-slow-clock.pwshop")
    with edited(base) as wf:  # the facilitator edits another note, on a right clock
        wf.update_note(notes[0], text="Facilitator's edit")
    hour_ago = datetime.now(UTC) - timedelta(hours=1)
    monkeypatch.setattr(store_recorder, "now", lambda: hour_ago.isoformat(timespec="microseconds"))
    with edited(group) as wf:
        wf.update_note(notes[1], text="Edited on the slow laptop")
    monkeypatch.undo()
    with looked_at(base) as wf:
        assert str(note(wf, notes[1])["updated_at"]) > hour_ago.isoformat()  # base's is "newer"

    original = base.with_name("original.pwshop")  # the copies were made from this
    shutil.copy(group, original)
    with edited(original) as wf:
        wf.update_note(notes[1], text="Evidence 1")
    out = base.with_name("merged.pwshop")
    # BASE is what the copies were made from; the facilitator's copy is one more OTHER
    report = merge_workshops(original, [base, group], out)
    with looked_at(out) as wf:
        assert note(wf, notes[1])["text"] == "Edited on the slow laptop"
        assert note(wf, notes[0])["text"] == "Facilitator's edit"
    assert report.conflicts == []
    slow = report.files[1]
    assert slow.updated["note"] == 1 and slow.fields_taken == 1
    assert "updated (1 changed field, changed there only): 1 note" in "\n".join(slow.lines())


def test_the_same_slow_clock_edit_is_kept_when_merged_into_the_open_workshop(
    workshop: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    base, notes = workshop
    (group,) = copies_of(base, "group.pwshop")
    monkeypatch.setattr(store_recorder, "now", lambda: "2001-01-01T00:00:00.000000+00:00")
    with edited(group) as wf:
        wf.update_note(notes[2], text="Group's edit, stamped long ago")
    monkeypatch.undo()
    with edited(base) as wf:
        change, merged = merge_into(wf, group, ancestor=base)  # unchanged since the copy
        assert note(wf, notes[2])["text"] == "Group's edit, stamped long ago"
        assert merged.updated["note"] == 1 and not merged.conflicts
        assert merged.accounted == merged.read
        # the workshop now remembers the ancestor: merging again needs none, changes nothing
        again, merged = merge_into(wf, group)
        assert again.is_empty and not merged.changed_anything
        wf.revert(change)
        assert note(wf, notes[2])["text"] == "Evidence 2"
        assert wf.view_state(RECORD_KEY) == ""


def test_a_text_edit_in_one_group_and_a_move_in_the_other_are_both_kept(
    workshop: tuple[Path, list[str]],
) -> None:
    base, notes = workshop
    a, b = copies_of(base, "group-a.pwshop", "group-b.pwshop")
    with edited(a) as wf:
        wf.update_note(notes[3], text="Reworded by A")
    with edited(b) as wf:
        wf.move_notes({notes[3]: (900.0, 700.0)})
    for order in ([a, b], [b, a]):
        out = base.with_name(f"merged-{order[0].stem}.pwshop")
        report = merge_workshops(base, order, out)
        with looked_at(out) as wf:
            row = note(wf, notes[3])
            assert (row["text"], row["x"], row["y"]) == ("Reworded by A", 900.0, 700.0)
            assert wf.counts()["note"] == len(notes)
        assert report.conflicts == []
        assert [f.updated["note"] for f in report.files] == [1, 1]


def test_the_same_field_changed_on_both_sides_keeps_both_in_the_merged_file(
    workshop: tuple[Path, list[str]],
) -> None:
    base, notes = workshop
    with edited(base) as wf:
        persona = wf.add_persona("Planner").created[0]
        item = wf.add_item(persona, "goal", "Plan the week").created[0]
        cluster = wf.group_into_cluster([notes[4]], "Late payments").created[0]
    a, b = copies_of(base, "group-a.pwshop", "group-b.pwshop")
    with edited(a) as wf:
        wf.update_note(notes[4], text="A: pays late on purpose")
        wf.update_item(item, text="A: plan the month")
        wf.update_cluster(cluster, title="A's title")
    with edited(b) as wf:
        wf.update_note(notes[4], text="B: pays late by accident", colour="#a5d6a7")
        wf.update_item(item, text="B: plan the day")
        wf.update_cluster(cluster, title="B's title")
    out = base.with_name("merged.pwshop")
    report = merge_workshops(base, [a, b], out)

    with looked_at(out) as wf:
        kept = note(wf, notes[4])
        assert kept["text"] == "A: pays late on purpose"
        assert kept["colour"] == "#a5d6a7"  # changed in B only: taken
        copy = [
            r for r in wf._read("SELECT id, text, x, y, cluster_id FROM note") if r[0] not in notes
        ]
        assert len(copy) == 1
        copy_id, text, x, y, in_cluster = copy[0]
        assert text == "Conflict copy: the version from group-b.pwshop\nB: pays late by accident"
        assert (x, y) == (float(kept["x"]) + float(kept["w"]) + 24.0, kept["y"])  # beside it
        assert in_cluster == cluster
        items = sorted(r[0] for r in wf._read("SELECT text FROM persona_item"))
        assert items == [
            "A: plan the month",
            "Conflict copy: the version from group-b.pwshop\nB: plan the day",
        ]
        assert wf._read("SELECT title FROM cluster") == [("A's title",)]
        assert "B's title" in wf.view_state(RECORD_KEY)  # kept in the file, not only printed
        before = _dump(wf)

    b_part = report.files[1]
    assert {c.table for c in b_part.conflicts} == {"note", "persona_item", "cluster"}
    (note_conflict,) = [c for c in b_part.conflicts if c.table == "note"]
    assert note_conflict.copy_id == copy_id and note_conflict.fields == ("text",)
    printed = "\n".join(report.lines())
    assert "changed in both (3):" in printed
    assert "kept as a conflict copy (note) beside it" in printed
    assert "cluster “A's title” changed in both" in printed
    assert "kept in the merge record of the workshop" in printed
    assert all(f.accounted == f.read for f in report.files)

    with edited(out) as wf:  # merging either file again changes nothing
        for again in (a, b):
            change, merged = merge_into(wf, again)
            assert change.is_empty and not merged.changed_anything
        after = _dump(wf)
    assert after == before


def test_dots_over_a_rounds_limit_are_taken_off_and_reported(tmp_path: Path) -> None:
    base = tmp_path / "base.pwshop"
    with create_workshop(base, "Research") as wf:
        ann = wf.add_participant("Ann").created[0]
        bob = wf.add_participant("Bob").created[0]
        round_id = wf.add_vote_round("Pains", votes_per_participant=3).created[0]
        notes = list(wf.add_notes([{"text": f"n{i}", "x": 200.0 * i} for i in range(6)]).created)
        wf.cast_vote(round_id, bob, note_id=notes[5])
    a, b = copies_of(base, "group-a.pwshop", "group-b.pwshop")
    with edited(a) as wf:
        for n in notes[:3]:
            wf.cast_vote(round_id, ann, note_id=n)
    with edited(b) as wf:
        b_votes = [wf.cast_vote(round_id, ann, note_id=n).created[0] for n in notes[3:5]]
    out = tmp_path / "merged.pwshop"
    report = merge_workshops(base, [a, b], out)
    with looked_at(out) as wf:
        held = wf._read("SELECT participant_id, COUNT(*) FROM vote GROUP BY participant_id")
        assert dict(held) == {ann: 3, bob: 1}
        assert not {r[0] for r in wf._read("SELECT id FROM vote")} & set(b_votes)
    (trimmed,) = report.trimmed
    assert (trimmed.participant, trimmed.held, trimmed.allowed) == ("Ann", 5, 3)
    assert set(trimmed.removed) == set(b_votes)
    assert "Ann held 5 dots in “Pains”, which allows 3: 2 votes taken off" in "\n".join(
        report.lines()
    )
    assert report.files[1].came_in["vote"] == 0 and report.files[1].taken_off["vote"] == 2
    assert all(f.accounted == f.read for f in report.files)


def test_a_round_whose_limit_was_lowered_elsewhere_takes_off_dots_already_here(
    tmp_path: Path,
) -> None:
    base = tmp_path / "base.pwshop"
    with create_workshop(base, "Research") as wf:
        ann = wf.add_participant("Ann").created[0]
        round_id = wf.add_vote_round("Pains", votes_per_participant=3).created[0]
        notes = list(wf.add_notes([{"text": f"n{i}"} for i in range(3)]).created)
        votes = sorted(wf.cast_vote(round_id, ann, note_id=n).created[0] for n in notes)
    (group,) = copies_of(base, "group.pwshop")
    with edited(group) as wf:
        wf.update_vote_round(round_id, votes_per_participant=2)
    with edited(base) as wf:
        change, merged = merge_into(wf, group, ancestor=base)
        assert sorted(r[0] for r in wf._read("SELECT id FROM vote")) == votes[:2]
        assert merged.trimmed[0].removed == (votes[2],)
        wf.revert(change)  # one undo step puts the dot back, with the old limit
        assert wf.counts()["vote"] == 3


def _note_table_without_primary_key(path: Path, duplicate: str) -> None:
    """Rebuild the note table as another program might have written it: no PRIMARY KEY,
    and a second note with the id ``duplicate``."""
    raw = sqlite3.connect(path)
    sql = raw.execute("SELECT sql FROM sqlite_master WHERE name = 'note'").fetchone()[0]
    bare = re.sub(r",\s*PRIMARY KEY \(id\)", "", sql)
    assert "PRIMARY KEY" not in bare
    indexes = [
        r[0]
        for r in raw.execute(
            "SELECT sql FROM sqlite_master "
            "WHERE tbl_name = 'note' AND type = 'index' AND sql IS NOT NULL"
        )
    ]
    raw.executescript(
        f"PRAGMA foreign_keys = OFF; ALTER TABLE note RENAME TO old_note; {bare};"
        "INSERT INTO note SELECT * FROM old_note; DROP TABLE old_note;"
        + "".join(f"{index};" for index in indexes)
    )
    others = ", ".join(c for c in schema.columns("note") if c != "text")
    raw.execute(
        f"INSERT INTO note (text, {others}) SELECT 'a second note under the same id', "
        f"{others} FROM note WHERE id = ?",
        (duplicate,),
    )
    raw.commit()
    raw.close()


def test_a_file_with_duplicate_ids_is_refused_and_nothing_is_written(
    workshop: tuple[Path, list[str]],
) -> None:
    base, notes = workshop
    (group,) = copies_of(base, "group.pwshop")
    _note_table_without_primary_key(group, notes[0])
    with sqlite3.connect(group) as raw:
        assert raw.execute("SELECT COUNT(*) FROM note").fetchone() == (len(notes) + 1,)
    out = base.with_name("merged.pwshop")
    with pytest.raises(WorkshopError, match="id"):
        merge_workshops(base, [group], out)
    assert not out.exists()
    assert not list(base.parent.glob("merged*"))
    with edited(base) as wf:
        before = _dump(wf)
        with pytest.raises(WorkshopError, match="id"):
            merge_into(wf, group)
        assert _dump(wf) == before


def test_every_row_of_a_breakout_file_is_accounted_for(
    workshop: tuple[Path, list[str]],
) -> None:
    base, notes = workshop
    (group,) = copies_of(base, "group.pwshop")
    with edited(group) as wf:
        wf.add_notes([{"text": f"new {i}"} for i in range(27)])
        wf.update_note(notes[0], text="changed")
        wf.add_persona("One")
        wf.add_persona("Two")
    out = base.with_name("merged.pwshop")
    report = merge_workshops(base, [group], out)
    (merged,) = report.files
    assert isinstance(merged, FileMerge)
    assert merged.read["note"] == 33 and merged.read["persona"] == 2
    assert merged.came_in["note"] == 27 and merged.updated["note"] == 1
    assert merged.unchanged["note"] == 5
    assert merged.accounted == merged.read
    assert "in the file: 1 workshop frame, 33 notes, 2 personas" in "\n".join(merged.lines())
    with looked_at(out) as wf:
        assert wf.counts()["note"] == 33 and wf.counts()["persona"] == 2


# Property: whatever the clocks, a field changed on one side only is kept ------------------
SIDE_EDITS = st.lists(
    st.tuples(st.integers(0, 5), st.sampled_from(["text", "move", "colour"]), st.integers(0, 99)),
    max_size=6,
)
_FIELDS = {"text": ("text",), "move": ("x", "y"), "colour": ("colour",)}


def _apply(
    path: Path, edits: list[tuple[int, str, int]], notes: list[str], who: str
) -> dict[tuple[str, str], Any]:
    """Make ``edits``; return the last value each (note, field) was given."""
    last: dict[tuple[str, str], Any] = {}
    with edited(path) as wf:
        for index, kind, n in edits:
            note_id = notes[index]
            if kind == "text":
                wf.update_note(note_id, text=f"{who} {n}")
            elif kind == "move":
                wf.move_notes({note_id: (float(n * 10), float(-n))})
            else:
                wf.update_note(note_id, colour=f"#{n:06d}")
            row = note(wf, note_id)
            for name in _FIELDS[kind]:
                last[(note_id, name)] = row[name]
    return last


@settings(max_examples=max(10, settings.default.max_examples // 3))
@given(skew_hours=st.integers(-48, 48), ours=SIDE_EDITS, theirs=SIDE_EDITS)
def test_a_field_changed_on_one_side_only_is_kept_whatever_the_clocks(
    skew_hours: int, ours: list[tuple[int, str, int]], theirs: list[tuple[int, str, int]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder) / "original.pwshop"
        with create_workshop(base, "Research") as wf:
            notes = list(
                wf.add_notes([{"text": f"n{i}", "x": 200.0 * i} for i in range(6)]).created
            )
            start = {n: note(wf, n) for n in notes}
        mine, group = copies_of(base, "facilitator.pwshop", "group.pwshop")
        skewed = datetime.now(UTC) + timedelta(hours=skew_hours)
        by_facilitator = _apply(mine, ours, notes, "facilitator")
        with mock.patch.object(store_recorder, "now", return_value=skewed.isoformat()):
            by_group = _apply(group, theirs, notes, "group")
        for side in (by_facilitator, by_group):  # edited back to where it started: unchanged
            for n, f in [key for key, value in side.items() if start[key[0]][key[1]] == value]:
                del side[(n, f)]
        out = Path(folder) / "merged.pwshop"
        report = merge_workshops(base, [mine, group], out)
        with looked_at(out) as wf:
            final = {n: note(wf, n) for n in notes}
        both = set(by_facilitator) & set(by_group)
        for side in (by_facilitator, by_group):
            for (note_id, name), value in side.items():
                if (note_id, name) not in both:
                    assert final[note_id][name] == value
        expected = {(n, f) for n, f in both if by_facilitator[(n, f)] != by_group[(n, f)]}
        listed = {(c.row_id, f) for c in report.conflicts for f in c.fields}
        assert listed == expected
        assert all(f.accounted == f.read for f in report.files)


def test_without_an_ancestor_every_difference_is_kept_twice_and_said_so(
    workshop: tuple[Path, list[str]],
) -> None:
    base, notes = workshop
    (group,) = copies_of(base, "group.pwshop")
    with edited(group) as wf:
        wf.update_note(notes[0], text="changed by the group")
    with edited(base) as wf:
        change, merged = merge_into(wf, group)  # nothing says what the copies started from
        assert note(wf, notes[0])["text"] == "Evidence 0"
        (conflict,) = merged.conflicts
        copy = note(wf, str(conflict.copy_id))
        assert copy["text"] == "Conflict copy: the version from group.pwshop\nchanged by the group"
        assert not merged.ancestor_known
        assert "the workshop the copies were made from is not known" in "\n".join(merged.lines())
        wf.revert(change)
        assert wf.counts()["note"] == len(notes)


def test_merging_a_group_again_into_the_merged_file_undoes_nothing_of_the_others(
    workshop: tuple[Path, list[str]],
) -> None:
    """Found from outside: after `merge BASE A B -o M`, `merge M A -o MA` took A's old
    values of what B had changed (B's text and moves) as A's edits and silently put them
    back. The merged file's record knows what A was copied from: A changed nothing since."""
    base, notes = workshop
    a, b = copies_of(base, "group-a.pwshop", "group-b.pwshop")
    with edited(a) as wf:
        wf.update_note(notes[0], text="Reworded by A")
    with edited(b) as wf:
        wf.update_note(notes[1], text="Reworded by B")
        wf.move_notes({notes[2]: (5000.0, 5000.0), notes[3]: (6000.0, 6000.0)})
    merged = base.with_name("merged.pwshop")
    merge_workshops(base, [a, b], merged)
    again = base.with_name("merged-again.pwshop")
    report = merge_workshops(merged, [a], again)
    with looked_at(merged) as before, looked_at(again) as after:
        for note_id in notes:
            assert note(after, note_id) == note(before, note_id)
    assert report.files[0].updated.get("note", 0) == 0
