"""Merging breakout workshops: breakout groups each edit a copy of the facilitator's
workshop; the copies are brought together into a new file, matched by id."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop.cli import main
from workshop.errors import NotAWorkshopFile, WorkshopError
from workshop.io.merge import merge_into, merge_workshops
from workshop.io.merge_rows import RECORD_KEY
from workshop.store import WorkshopFile, create_workshop, open_workshop, schema

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def dump(wf: WorkshopFile) -> dict[str, list[tuple[Any, ...]]]:
    return {
        t: sorted((tuple(r) for r in wf._read(f"SELECT * FROM {t}")), key=repr)
        for t in schema.CONTENT_TABLES
    }


def dump_file(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with open_workshop(path, read_only=True) as wf:
        assert isinstance(wf, WorkshopFile)
        return dump(wf)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ids(wf: WorkshopFile, table: str) -> set[str]:
    return {r[0] for r in wf._read(f"SELECT id FROM {table}")}


def note_text(wf: WorkshopFile, note_id: str) -> str:
    return str(wf._read("SELECT text FROM note WHERE id = ?", (note_id,))[0][0])


def rects(wf: WorkshopFile, note_ids: set[str]) -> dict[str, tuple[float, float, float, float]]:
    return {
        r[0]: (r[1], r[2], r[3], r[4])
        for r in wf._read("SELECT id, x, y, w, h FROM note")
        if r[0] in note_ids
    }


def overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


@dataclass
class Breakout:
    """The facilitator's workshop, two breakout copies, and the ids the tests look at."""

    base: Path
    a: Path
    b: Path
    notes: list[str]
    edited_in_a: str
    edited_in_both: str
    deleted_in_b: str
    new_in_a: list[str]
    new_cluster_in_a: str
    new_persona_in_a: str
    new_in_b: list[str]
    new_round_in_b: str
    ann: str


@pytest.fixture
def breakout(tmp_path: Path) -> Breakout:
    base = tmp_path / "facilitator.pwshop"
    wf = create_workshop(base, "Budgeting app research")
    source = wf.add_source("Interview 1: Maria").created[0]
    ann = wf.add_participant("Ann").created[0]
    notes = list(
        wf.add_notes(
            [
                {"text": f"Evidence {i}", "source_id": source, "x": 200.0 * i, "y": 0.0}
                for i in range(8)
            ]
        ).created
    )
    wf.close()
    a, b = tmp_path / "group-a.pwshop", tmp_path / "group-b.pwshop"
    shutil.copy(base, a)
    shutil.copy(base, b)

    wf = open_workshop(a)  # group A: new evidence in a cluster, a persona, an edit
    wf.update_note(notes[1], text="Pays invoices late (edited by A)")
    new_in_a = list(
        wf.add_notes(
            [{"text": f"A found {i}", "x": 200.0 * i, "y": 10.0} for i in range(4)]
        ).created
    )
    cluster = wf.group_into_cluster(new_in_a[:2], "Late payments").created[0]
    persona = wf.add_persona("Time-poor planner").created[0]
    item = wf.add_item(persona, "goal", "Finish the weekly review fast").created[0]
    wf.link_evidence(item, note_ids=[notes[0], new_in_a[0]])
    wf.update_note(notes[2], text="Budget breaks (A's words)")
    wf.close()

    wf = open_workshop(b)  # group B: its own notes, a vote round, a deletion, an edit
    new_in_b = list(
        wf.add_notes(
            [{"text": f"B found {i}", "x": 200.0 * i, "y": 30.0} for i in range(3)]
        ).created
    )
    round_id = wf.add_vote_round("Pains").created[0]
    wf.cast_vote(round_id, ann, note_id=notes[3])
    wf.delete_notes([notes[4]])
    wf.update_note(notes[2], text="Budget breaks (B's words, later)")
    wf.close()

    return Breakout(
        base,
        a,
        b,
        notes,
        notes[1],
        notes[2],
        notes[4],
        new_in_a,
        cluster,
        persona,
        new_in_b,
        round_id,
        ann,
    )


def test_breakout_copies_come_together_in_a_new_file(breakout: Breakout, tmp_path: Path) -> None:
    untouched = {p: digest(p) for p in (breakout.base, breakout.a, breakout.b)}
    out = tmp_path / "merged.pwshop"
    report = merge_workshops(breakout.base, [breakout.a, breakout.b], out)
    assert {p: digest(p) for p in untouched} == untouched  # BASE and OTHERs unchanged

    wf = open_workshop(out)
    try:
        assert wf.integrity_ok()
        notes = ids(wf, "note")
        merged_in = set(breakout.notes) | set(breakout.new_in_a) | set(breakout.new_in_b)
        assert merged_in == notes - {report.conflicts[0].copy_id}
        assert breakout.deleted_in_b in notes  # nothing is deleted by a merge
        assert breakout.new_cluster_in_a in ids(wf, "cluster")
        assert breakout.new_persona_in_a in ids(wf, "persona")
        assert len(ids(wf, "evidence_link")) == 2
        assert breakout.new_round_in_b in ids(wf, "vote_round")
        assert len(ids(wf, "vote")) == 1
        # changed only in A: A's change is taken
        assert note_text(wf, breakout.edited_in_a) == "Pays invoices late (edited by A)"
        # changed in A and in B: the version merged first (A's) stays in place, B's is kept
        # beside it as a conflict copy
        assert note_text(wf, breakout.edited_in_both) == "Budget breaks (A's words)"
        copies = [
            r
            for r in wf._read("SELECT text, cluster_id FROM note")
            if str(r[0]).startswith("Conflict copy")
        ]
        assert copies == [
            (
                "Conflict copy: the version from group-b.pwshop\nBudget breaks (B's words, later)",
                None,
            )
        ]
        cluster_members = {
            r[0]
            for r in wf._read(
                "SELECT id FROM note WHERE cluster_id = ?", (breakout.new_cluster_in_a,)
            )
        }
        assert cluster_members == set(breakout.new_in_a[:2])
    finally:
        wf.close()

    a_part, b_part = report.files
    assert a_part.came_in["note"] == 4 and a_part.came_in["persona"] == 1
    assert a_part.updated["note"] == 2
    assert a_part.conflicts == []
    assert b_part.came_in["note"] == 3 and b_part.came_in["vote"] == 1
    (conflict,) = b_part.conflicts
    assert conflict.row_id == breakout.edited_in_both
    assert conflict.kept["text"] == "Budget breaks (A's words)"
    assert conflict.kept_from == "group-a.pwshop"
    assert conflict.set_aside["text"] == "Budget breaks (B's words, later)"
    assert conflict.set_aside_from == "group-b.pwshop"
    assert conflict.fields == ("text",)

    text = "\n".join(report.lines())
    assert "Merged 2 breakout files with facilitator.pwshop" in text
    assert "came in: 1 cluster, 4 notes, 1 persona, 1 persona item, 2 evidence links" in text
    assert "changed in both (1)" in text
    assert "text: “Budget breaks (A's words)” kept, “Budget breaks (B's words, later)” from" in text
    assert "kept as a conflict copy (note) beside it" in text
    assert "Nothing was deleted" in text


def test_new_notes_are_placed_clear_of_the_board_as_one_block(
    breakout: Breakout, tmp_path: Path
) -> None:
    out = tmp_path / "merged.pwshop"
    report = merge_workshops(breakout.base, [breakout.a, breakout.b], out)
    with open_workshop(out, read_only=True) as wf:
        assert isinstance(wf, WorkshopFile)
        board = {
            r[0]: (r[1], r[2], r[3], r[4]) for r in wf._read("SELECT id, x, y, w, h FROM cluster")
        }
        placed = rects(wf, set(breakout.new_in_a) | set(breakout.new_in_b))
        existing = rects(wf, set(breakout.notes))
    for note_id, rect in placed.items():
        for other in existing.values():
            assert not overlaps(rect, other), f"{note_id} covers an existing note"
    with open_workshop(breakout.a, read_only=True) as wf_a:
        assert isinstance(wf_a, WorkshopFile)
        in_a = rects(wf_a, set(breakout.new_in_a))
    block_a = [placed[n] for n in breakout.new_in_a]
    laid_out = [in_a[n] for n in breakout.new_in_a]
    # Moved as a whole: the same layout as in group A's file.
    assert [r[0] - block_a[0][0] for r in block_a] == [r[0] - laid_out[0][0] for r in laid_out]
    assert [r[1] - block_a[0][1] for r in block_a] == [r[1] - laid_out[0][1] for r in laid_out]
    assert all(
        not overlaps(placed[n], frame) for n in breakout.new_in_b for frame in board.values()
    )
    assert report.files[0].shifted == 4
    assert report.files[1].shifted == 3
    b_rects = [placed[n] for n in breakout.new_in_b]
    assert all(not overlaps(r, q) for r in b_rects for q in block_a)


def test_merging_the_same_file_twice_changes_nothing_the_second_time(
    breakout: Breakout, tmp_path: Path
) -> None:
    out = tmp_path / "merged.pwshop"
    merge_workshops(breakout.base, [breakout.a, breakout.b], out)
    first = dump_file(out)
    wf = open_workshop(out)
    try:
        offsets = wf.view_state(RECORD_KEY)
        for again in (breakout.a, breakout.b):
            change, merged = merge_into(wf, again)
            assert change.is_empty
            assert not merged.changed_anything
            # the conflict of the first merge is still a difference, and still listed
            assert {c.row_id for c in merged.conflicts} <= {breakout.edited_in_both}
            assert "nothing new" in "\n".join(merged.lines())
        assert dump(wf) == first
        assert wf.view_state(RECORD_KEY) == offsets
    finally:
        wf.close()


def test_a_note_changed_again_in_the_breakout_lands_where_the_merge_put_it(
    breakout: Breakout, tmp_path: Path
) -> None:
    out = tmp_path / "merged.pwshop"
    merge_workshops(breakout.base, [breakout.a], out)
    moved = breakout.new_in_a[3]
    with open_workshop(out, read_only=True) as wf:
        assert isinstance(wf, WorkshopFile)
        where = rects(wf, {moved})[moved]
    group = open_workshop(breakout.a)
    group.update_note(moved, text="A found 3, reworded later")
    group.close()
    wf = open_workshop(out)
    try:
        change, merged = merge_into(wf, breakout.a)
        assert merged.updated["note"] == 1 and not merged.conflicts
        assert note_text(wf, moved) == "A found 3, reworded later"
        assert rects(wf, {moved})[moved] == where
        wf.revert(change)  # a merge into an open workshop is one undo step
        assert note_text(wf, moved) == "A found 3"
    finally:
        wf.close()


def test_deleted_on_one_side_is_kept_and_changed_on_one_side_is_taken(tmp_path: Path) -> None:
    base = tmp_path / "base.pwshop"
    wf = create_workshop(base, "Research")
    keep, edit = wf.add_notes([{"text": "keep me"}, {"text": "edit me"}]).created
    wf.close()
    copy = tmp_path / "copy.pwshop"
    shutil.copy(base, copy)
    wf = open_workshop(base)
    wf.delete_notes([keep])  # the facilitator deleted it; the group still has it
    wf.close()
    wf = open_workshop(copy)
    wf.update_note(edit, colour="#ef9a9a")
    wf.close()
    report = merge_workshops(base, [copy], tmp_path / "out.pwshop")
    with open_workshop(tmp_path / "out.pwshop", read_only=True) as out:
        assert isinstance(out, WorkshopFile)
        assert ids(out, "note") == {keep, edit}
        assert out._read("SELECT colour FROM note WHERE id = ?", (edit,)) == [("#ef9a9a",)]
    assert report.files[0].came_in["note"] == 1
    assert report.conflicts == []


def test_the_same_picture_is_kept_once_and_links_are_not_doubled(tmp_path: Path) -> None:
    base = tmp_path / "base.pwshop"
    wf = create_workshop(base, "Research")
    note = wf.add_note("evidence").created[0]
    persona = wf.add_persona("Planner").created[0]
    item = wf.add_item(persona, "goal", "Plan weekly").created[0]
    wf.close()
    copy = tmp_path / "copy.pwshop"
    shutil.copy(base, copy)
    picture = {"data": b"\x89PNG same wall photo", "mime": "image/png", "width": 4, "height": 3}
    for path in (base, copy):  # both add the same photo and the same link, under new ids
        wf = open_workshop(path)
        wf.add_image_notes([picture])
        wf.link_evidence(item, note_ids=[note])
        wf.close()
    report = merge_workshops(base, [copy], tmp_path / "out.pwshop")
    with open_workshop(tmp_path / "out.pwshop", read_only=True) as out:
        assert isinstance(out, WorkshopFile)
        assert len(ids(out, "asset")) == 1
        assert len(ids(out, "evidence_link")) == 1
        image_notes = out._read("SELECT DISTINCT asset_id FROM note WHERE asset_id IS NOT NULL")
        assert len(image_notes) == 1
        assert out.integrity_ok()
    reasons = {s.reason for s in report.skipped}
    assert "the same picture is in the workshop already" in reasons
    assert "the item cites this evidence already" in reasons
    assert report.came_in["note"] == 1


def test_a_different_workshop_brings_its_content_but_not_its_frame(tmp_path: Path) -> None:
    base = tmp_path / "base.pwshop"
    create_workshop(base, "Budgeting app").close()
    other = tmp_path / "other.pwshop"
    wf = create_workshop(other, "Savings app")
    wf.add_notes([{"text": "From another workshop"}])
    wf.close()
    report = merge_workshops(base, [other], tmp_path / "out.pwshop")
    with open_workshop(tmp_path / "out.pwshop", read_only=True) as out:
        assert isinstance(out, WorkshopFile)
        assert out.title == "Budgeting app"
        assert out.counts()["note"] == 1
    (skipped,) = report.skipped
    assert "a different workshop" in skipped.reason


def test_breakout_copies_of_an_old_file_merge_into_one_votes_round(tmp_path: Path) -> None:
    """Two laptops each opened (and so migrated) their copy of a version-1 workshop."""
    base, other = tmp_path / "base.pwshop", tmp_path / "laptop.pwshop"
    shutil.copy(FIXTURES / "workshop-v1.pwshop", base)
    shutil.copy(FIXTURES / "workshop-v1.pwshop", other)
    wf = open_workshop(other)
    wf.add_note("Added on the laptop")
    wf.close()
    report = merge_workshops(base, [other], tmp_path / "out.pwshop")
    with open_workshop(tmp_path / "out.pwshop", read_only=True) as out:
        assert isinstance(out, WorkshopFile)
        assert out._read("SELECT name FROM vote_round") == [("Votes",)]
        assert out.counts()["note"] == 7
        assert out.counts()["vote"] == 3
    assert report.conflicts == []
    assert dict(report.came_in) == {"note": 1}


def test_a_merge_refuses_to_write_over_a_file_or_to_use_a_hostile_one(
    breakout: Breakout, tmp_path: Path
) -> None:
    out = tmp_path / "out.pwshop"
    out.write_text("precious", encoding="utf-8")
    with pytest.raises(WorkshopError, match="exists already"):
        merge_workshops(breakout.base, [breakout.a], out)
    assert out.read_text(encoding="utf-8") == "precious"
    with pytest.raises(WorkshopError, match="new file"):
        merge_workshops(breakout.base, [breakout.a], breakout.a)
    hostile = tmp_path / "hostile.pwshop"
    hostile.write_bytes(b"not a workshop at all")
    fresh = tmp_path / "fresh.pwshop"
    with pytest.raises(NotAWorkshopFile):
        merge_workshops(breakout.base, [breakout.a, hostile], fresh)
    assert not fresh.exists()
    report = merge_workshops(breakout.base, [breakout.a], out, overwrite=True)
    assert report.changed_anything


def test_merge_from_an_open_workshop_as_base(breakout: Breakout, tmp_path: Path) -> None:
    wf = open_workshop(breakout.base)
    try:
        before = dump(wf)
        merge_workshops(wf, [breakout.a], tmp_path / "out.pwshop")
        assert dump(wf) == before
    finally:
        wf.close()
    assert dump_file(tmp_path / "out.pwshop") != before


def test_the_merge_verb(
    breakout: Breakout, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "merged.pwshop"
    args = ["merge", str(breakout.base), str(breakout.a), str(breakout.b), "-o", str(out)]
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("Merged 2 breakout files with facilitator.pwshop into")
    assert "From group-a.pwshop:" in printed and "From group-b.pwshop:" in printed
    assert main(args) == 1
    assert "exists already" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["merge", str(breakout.base)])  # no OTHER, no -o: usage
    assert usage.value.code == 2
    assert sqlite3.connect(out).execute("PRAGMA quick_check").fetchone() == ("ok",)


# Property: merging is idempotent, whatever the breakout did --------------------------------
EDITS = st.lists(
    st.tuples(
        st.sampled_from(
            ["add", "edit", "move", "cluster", "delete", "persona", "link", "vote", "source"]
        ),
        st.integers(0, 1000),
    ),
    max_size=12,
)


def _edit(wf: WorkshopFile, kind: str, n: int) -> None:
    notes = sorted(ids(wf, "note"))
    pick = notes[n % len(notes)] if notes else None
    if kind == "add" or pick is None:
        wf.add_notes(
            [{"text": f"new {n}.{i}", "x": float(n), "y": float(i * 130)} for i in range(1 + n % 4)]
        )
    elif kind == "edit":
        wf.update_note(pick, text=f"edited {n}")
    elif kind == "move":
        wf.move_notes({pick: (float(n), float(-n))})
    elif kind == "cluster":
        wf.group_into_cluster(notes[: 1 + n % 3], f"Theme {n}")
    elif kind == "delete":
        wf.delete_notes([pick])
    elif kind == "persona":
        persona = wf.add_persona(f"Persona {n}").created[0]
        wf.add_item(persona, "pain_point", f"Pain {n}")
    elif kind == "link":
        items = sorted(ids(wf, "persona_item"))
        if items:
            wf.link_evidence(items[n % len(items)], note_ids=[pick])
    elif kind == "vote":
        rounds, people = sorted(ids(wf, "vote_round")), sorted(ids(wf, "participant"))
        wf.cast_vote(rounds[0], people[n % len(people)], note_id=pick)
    elif kind == "source":
        wf.add_source(f"Source {n}", "survey")


@settings(max_examples=max(10, settings.default.max_examples // 3))  # 20; 333 when long
@given(base_edits=EDITS, group_edits=EDITS)
def test_merging_is_idempotent(
    base_edits: list[tuple[str, int]], group_edits: list[tuple[str, int]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        base, group = root / "base.pwshop", root / "group.pwshop"
        wf = create_workshop(base, "Research")
        wf.add_participant("Ann")
        wf.add_vote_round("Pains", votes_per_participant=100)
        wf.add_notes([{"text": f"seed {i}", "x": 170.0 * i} for i in range(4)])
        wf.close()
        shutil.copy(base, group)
        for path, edits in ((base, base_edits), (group, group_edits)):
            wf = open_workshop(path)
            for kind, n in edits:
                _edit(wf, kind, n)
            wf.close()
        out = root / "out.pwshop"
        merge_workshops(base, [group], out)
        merged = dump_file(out)
        wf = open_workshop(out)
        try:
            assert wf.integrity_ok()
            change, report = merge_into(wf, group)
            assert change.is_empty, [r.table for r in change.rows]
            assert not report.changed_anything
            change, report = merge_into(wf, base)
            assert change.is_empty
            assert dump(wf) == merged
        finally:
            wf.close()
        for path in (base, group):  # every row of both sides is in the merged workshop
            side = dump_file(path)
            for table in schema.CONTENT_TABLES:
                if table == "evidence_link":
                    continue  # a link both sides made is kept once (under one id)
                assert {r[0] for r in side[table]} <= {r[0] for r in merged[table]}


def test_respondents_and_studies_made_in_breakouts_come_together(tmp_path: Path) -> None:
    """Group A puts an interview into a study; group B merges two respondents that were one
    person: the merged workshop holds both changes."""
    base = tmp_path / "base.pwshop"
    with create_workshop(base, "Research") as wf:
        priya = wf.add_respondent("Priya", {"Region": "North"}).created[0]
        r17 = wf.add_respondent("R17", {"Segment": "Manager"}).created[0]
        interview = wf.add_source("Interview 3", "interview").created[0]
        answer = wf.add_source("Answer 17", "survey").created[0]
        wf.update_source(interview, respondent_id=priya)
        wf.update_source(answer, respondent_id=r17)
        wf.add_note("Logs in every time", source_id=interview, question="How do you approve?")
    a, b = tmp_path / "a.pwshop", tmp_path / "b.pwshop"
    shutil.copy(base, a)
    shutil.copy(base, b)
    with open_workshop(a) as wf:
        study = wf.add_study("Spring interviews", "interview_round").created[0]
        wf.update_source(interview, study_id=study)
    with open_workshop(b) as wf:
        wf.merge_respondents(priya, [r17])

    merge_workshops(base, [a, b], tmp_path / "merged.pwshop")

    with open_workshop(tmp_path / "merged.pwshop", read_only=True) as wf:
        snap = wf.snapshot()
    # B's merge is taken: both sources speak for Priya, who has R17's attributes too (a row
    # deleted in one breakout is kept, as the merge keeps deleted notes: R17 speaks for no
    # source any more, so the check does not count it)
    people = {r.id: (r.label, r.attributes) for r in snap.respondents}
    assert people[priya] == ("Priya", {"Region": "North", "Segment": "Manager"})
    assert [s.name for s in snap.studies] == ["Spring interviews"]
    by_label = {s.label: s for s in snap.sources}
    assert by_label["Interview 3"].study_id == snap.studies[0].id
    assert {s.respondent_id for s in snap.sources} == {priya}
    assert [n.question for n in snap.notes] == ["How do you approve?"]
