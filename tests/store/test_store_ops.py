"""Every named operation of the workshop file: what it changes, what it takes with it when
it deletes, and that undo (``revert``) and redo (``reapply``) put every row back exactly."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from store_test_tools import dump
from test_merge_ops import merged_in

from workshop.domain.model import DEFAULT_NOTE_COLOUR, Section
from workshop.errors import OperationRefused, WorkshopError
from workshop.store import Change, WorkshopFile, create_workshop, open_workshop


@dataclass
class Board:
    """A small workshop with a bit of everything, and the ids of what is in it."""

    wf: WorkshopFile
    ann: str
    raj: str
    interview: str
    survey: str
    notes: list[str]
    cluster: str
    persona: str
    proto: str
    goal: str
    pain: str
    note_link: str
    cluster_link: str
    round: str
    cluster_round: str
    #: A study (the interview round) and two respondents: Maria behind the interview,
    #: "R17" of the survey, who turns out to be Maria.
    study: str = ""
    maria: str = ""
    r17: str = ""


@pytest.fixture
def wf(tmp_path: Path) -> Iterator[WorkshopFile]:
    workshop = create_workshop(tmp_path / "ops.pwshop", "Budgeting app research")
    yield workshop
    if workshop.is_open:
        assert workshop.integrity_ok()
        workshop.close()


@pytest.fixture
def board(wf: WorkshopFile) -> Board:
    ann = wf.add_participant("Ann", "#e57373").created[0]
    raj = wf.add_participant("Raj").created[0]
    interview = wf.add_source("Interview 1: Maria", "interview", date="2024-02-12").created[0]
    survey = wf.add_source("Churn survey", "survey").created[0]
    notes = list(
        wf.add_notes(
            [
                {"text": "Income arrives in bursts", "source_id": interview, "x": 0, "y": 0},
                {"text": "Monthly budgets break", "source_id": interview, "x": 200, "y": 0},
                {"text": "Review takes 40 minutes", "source_id": survey, "x": 400, "y": 0},
                {"text": "Too much manual entry", "source_id": survey, "author_id": ann},
                {"text": "Assumption: wants automation", "x": 600, "y": 300},
            ]
        ).created
    )
    cluster = wf.group_into_cluster(notes[:2], "Irregular income").created[0]
    persona = wf.add_persona("Time-poor planner", archetype="The juggler").created[0]
    proto = wf.add_persona("Budget sceptic", template="proto").created[0]
    goal = wf.add_item(persona, Section.GOAL, "Finish the weekly review fast").created[0]
    pain = wf.add_item(persona, Section.PAIN_POINT, "Manual entry").created[0]
    note_link = wf.link_evidence(goal, note_ids=[notes[2]]).created[0]
    cluster_link = wf.link_evidence(pain, cluster_ids=[cluster]).created[0]
    round_id = wf.add_vote_round("Which pains matter", votes_per_participant=2).created[0]
    wf.cast_vote(round_id, ann, note_id=notes[2])
    wf.cast_vote(round_id, raj, note_id=notes[3])
    cluster_round = wf.add_vote_round("Which themes", target="clusters").created[0]
    wf.cast_vote(cluster_round, ann, cluster_id=cluster)
    study = wf.add_study("Spring interviews", "interview_round", date_from="2024-02-01").created[0]
    maria = wf.add_respondent("Maria", {"segment": "Freelancer", "region": "North"}).created[0]
    r17 = wf.add_respondent("R17", {"age band": "25-34", "region": "South"}).created[0]
    wf.update_source(interview, study_id=study, respondent_id=maria)
    wf.update_source(survey, respondent_id=r17)
    board = Board(
        wf,
        ann,
        raj,
        interview,
        survey,
        notes,
        cluster,
        persona,
        proto,
        goal,
        pain,
        note_link,
        cluster_link,
        round_id,
        cluster_round,
    )
    board.study, board.maria, board.r17 = study, maria, r17
    return board


def row(wf: WorkshopFile, table: str, row_id: str) -> dict[str, Any] | None:
    cursor = wf._raw.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
    names = [d[0] for d in cursor.description]
    found = cursor.fetchone()
    return None if found is None else dict(zip(names, found, strict=True))


def undo_redo_exact(wf: WorkshopFile, operation: Callable[[], Change]) -> Change:
    """Run an operation; undo must give the file as before it and redo as after it,
    row for row, and each step tells the listeners."""
    heard: list[Change] = []
    unsubscribe = wf.subscribe(heard.append)
    before = dump(wf)
    change = operation()
    after = dump(wf)
    assert not change.is_empty
    assert before != after
    wf.revert(change)
    assert dump(wf) == before
    wf.reapply(change)
    assert dump(wf) == after
    wf.revert(change)
    assert dump(wf) == before
    wf.reapply(change)
    assert dump(wf) == after
    unsubscribe()
    assert len(heard) == 5
    assert wf.integrity_ok()
    return change


# Every operation, undone and redone row for row ------------------------------------------
OPERATIONS: dict[str, Callable[[Board], Change]] = {
    "add_participant": lambda b: b.wf.add_participant("Lee"),
    "update_participant": lambda b: b.wf.update_participant(b.ann, name="Ann K.", colour="#000"),
    "delete_participant": lambda b: b.wf.delete_participant(b.ann),
    "add_source": lambda b: b.wf.add_source("Ticket 42", "support_ticket", reference="T-42"),
    "update_source": lambda b: b.wf.update_source(b.survey, label="Churn survey Feb", kind="other"),
    "delete_sources": lambda b: b.wf.delete_sources([b.interview, b.survey]),
    "merge_sources": lambda b: b.wf.merge_sources(b.interview, [b.survey]),
    "add_study": lambda b: b.wf.add_study("Churn survey, February", "survey", notes="62 answers"),
    "update_study": lambda b: b.wf.update_study(b.study, name="Round 1", date_to="2024-02-20"),
    "delete_studies": lambda b: b.wf.delete_studies([b.study]),
    "add_respondent": lambda b: b.wf.add_respondent("P4", {"role": "Accountant"}),
    "update_respondent": lambda b: b.wf.update_respondent(b.maria, attributes={"role": "Designer"}),
    "delete_respondents": lambda b: b.wf.delete_respondents([b.maria, b.r17]),
    "merge_respondents": lambda b: b.wf.merge_respondents(b.maria, [b.r17]),
    "add_note": lambda b: b.wf.add_note("New evidence", source_id=b.survey, x=10, y=20),
    "add_notes": lambda b: b.wf.add_notes([{"text": f"Row {i}"} for i in range(30)], "Import"),
    "update_note": lambda b: b.wf.update_note(b.notes[0], text="Edited", colour="#ffcc80"),
    "update_notes": lambda b: b.wf.update_notes(b.notes, colour="#b3e5fc"),
    "move_notes": lambda b: b.wf.move_notes({b.notes[2]: (900, 900), b.notes[3]: (-50, 5)}),
    "set_note_geometry": lambda b: b.wf.set_note_geometry(
        {b.notes[4]: {"x": 30, "y": 80, "w": 200, "cluster_id": b.cluster}}, "Drop into cluster"
    ),
    "raise_notes": lambda b: b.wf.raise_notes([b.notes[0], b.notes[1]]),
    "delete_notes": lambda b: b.wf.delete_notes(b.notes[1:4]),
    "import_evidence": lambda b: b.wf.import_evidence(
        [{"id": "src-import-1", "label": "Ticket export", "kind": "support_ticket"}],
        [{"text": f"Ticket {i}", "source_id": "src-import-1"} for i in range(25)]
        + [{"text": "About the interview", "source_id": b.interview}],
    ),
    "add_cluster": lambda b: b.wf.add_cluster("Empty frame", x=1000, y=1000),
    "update_cluster": lambda b: b.wf.update_cluster(b.cluster, title="Bursty income", w=999),
    "group_into_cluster": lambda b: b.wf.group_into_cluster(b.notes[2:5], "Effort"),
    "add_note_at": lambda b: b.wf.add_note_at(
        "Written in the frame", (5000, 5000, 160, 120), cluster_id=b.cluster, author_id=b.raj
    ),
    "drop_notes": lambda b: b.wf.drop_notes(
        {b.notes[4]: {"x": 3000, "y": 3000, "z": 99, "cluster_id": b.cluster}},
        {b.cluster: (10.0, 20.0)},
        label="Move note into cluster",
    ),
    "put_into_cluster": lambda b: b.wf.put_into_cluster(b.notes[2:5], b.cluster),
    "tidy_clusters": lambda b: b.wf.tidy_clusters([b.cluster], columns=1),
    "remove_from_board": lambda b: b.wf.remove_from_board(b.notes[3:], [b.cluster]),
    "recolour": lambda b: b.wf.recolour(b.notes[:3], {b.cluster: "#ffffff"}, "#ffcc80"),
    "paste": lambda b: b.wf.paste(
        [
            {**row(b.wf, "note", b.notes[0]), "source_id": "gone"},  # type: ignore[dict-item]
            row(b.wf, "note", b.notes[1]),
        ],
        [row(b.wf, "cluster", b.cluster)],
        offset=(500.0, 0.0),
    ),
    "move_cluster": lambda b: b.wf.move_cluster(b.cluster, 120.5, -40),
    "ungroup": lambda b: b.wf.ungroup([b.cluster]),
    "tidy_cluster": lambda b: b.wf.tidy_cluster(b.cluster, columns=1),
    "add_image_notes": lambda b: b.wf.add_image_notes(
        [{"data": b"\x89PNG fake", "mime": "image/png", "width": 40, "height": 20, "x": 5}]
    ),
    "add_persona": lambda b: b.wf.add_persona("Proto persona", template="proto"),
    "add_persona_from_clusters": lambda b: b.wf.add_persona_from_clusters("From wall", [b.cluster]),
    "update_persona": lambda b: b.wf.update_persona(b.persona, quote="I'm OK?", status="validated"),
    "set_persona_photo": lambda b: b.wf.set_persona_photo(
        b.persona, (b"\x89PNG portrait", "image/png", 80, 100)
    ),
    "delete_persona": lambda b: b.wf.delete_persona(b.persona),
    "duplicate_persona": lambda b: b.wf.duplicate_persona(b.persona),
    "reorder_personas": lambda b: b.wf.reorder_personas([b.proto, b.persona]),
    "add_item": lambda b: b.wf.add_item(
        b.persona, Section.SUCCESS_METRIC, "Review under 10 minutes", metric_kind="activation"
    ),
    "update_item": lambda b: b.wf.update_item(b.goal, text="Finish review in 10 minutes"),
    "delete_items": lambda b: b.wf.delete_items([b.goal, b.pain]),
    "reorder_items": lambda b: b.wf.reorder_items([b.pain, b.goal], section=Section.GOAL),
    "link_evidence": lambda b: b.wf.link_evidence(
        b.goal, note_ids=b.notes, cluster_ids=[b.cluster]
    ),
    "unlink_evidence": lambda b: b.wf.unlink_evidence([b.note_link, b.cluster_link]),
    "update_workshop": lambda b: b.wf.update_workshop(
        goal="Pick the planning features", decisions=["onboarding_ux"], metrics=["activation"]
    ),
    "set_stage": lambda b: b.wf.set_stage("draft"),
    "update_settings": lambda b: b.wf.update_settings(min_sources=3),
    "add_vote_round": lambda b: b.wf.add_vote_round("Second round", votes_per_participant=5),
    "update_vote_round": lambda b: b.wf.update_vote_round(b.round, show_tallies=False),
    "end_vote_round": lambda b: b.wf.end_vote_round(b.round),
    "delete_vote_round": lambda b: b.wf.delete_vote_round(b.round),
    "cast_vote": lambda b: b.wf.cast_vote(b.round, b.ann, note_id=b.notes[0]),
    "remove_votes": lambda b: b.wf.remove_votes([r[0] for r in b.wf._read("SELECT id FROM vote")]),
    "withdraw_vote": lambda b: b.wf.withdraw_vote(b.round, b.raj, note_id=b.notes[3]),
    "merge_workshop": lambda b: merged_in(b.wf, b.notes[0]),  # see test_merge_ops.py
    # The room's phones (tests/phones/test_phone_ops.py): a note into a new inbox with a new
    # team-knowledge source; Ann's dot moved and one added.
    "add_phone_note": lambda b: b.wf.add_phone_note(
        b.ann, "From a phone", inbox_title="Inbox", source_label="Workshop — team knowledge"
    ),
    "set_phone_votes": lambda b: b.wf.set_phone_votes(b.round, b.ann, [b.notes[0], b.notes[1]]),
}


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_undo_and_redo_restore_every_row(board: Board, name: str) -> None:
    undo_redo_exact(board.wf, lambda: OPERATIONS[name](board))


def test_every_public_operation_is_covered() -> None:
    """A new named operation must get a row in OPERATIONS (or be listed as a read)."""
    reads = {
        "snapshot",
        "counts",
        "integrity_ok",
        "save_copy",
        "load_asset",
        "view_state",
        "set_view_state",
        "subscribe",
        "close",
        "revert",
        "reapply",
        "add_asset",  # returns (change, id); tested on its own below
        "board_rects",
        "image_note_hashes",
        "notes_per_source",
        "imported_evidence",  # what a re-import must recognise (tests/intake/test_reimport.py)
        "research_index",  # what an import finds again: tests/intake/test_import_respondents.py
        "content_rows",
        "clean_content_rows",  # tests/store/test_column_values.py
        "backup_to",  # tests/packaging/test_safety_copies.py
        "step",  # tests/store/test_gestures.py
        "load_rows",  # a fresh file only: tests/io/test_interchange.py
        "merge_rows",  # tests/store/test_gestures.py
        "participant_name",  # a read for the phones' server
        "told_together",  # tells listeners once: tests/phones/test_phone_ops.py
    }
    public = {
        name
        for name in dir(WorkshopFile)
        if not name.startswith("_") and callable(getattr(WorkshopFile, name))
    }
    uncovered = public - reads - set(OPERATIONS)
    assert not uncovered, f"add to OPERATIONS (if it changes the file) or to reads: {uncovered}"


# Cascades: deleting takes along what points at it, and undo brings all of it back -------
def test_deleting_notes_takes_their_links_and_votes(board: Board) -> None:
    wf = board.wf
    change = wf.delete_notes([board.notes[2]])
    assert change.ids("note", "deleted") == [board.notes[2]]
    assert change.ids("evidence_link", "deleted") == [board.note_link]
    assert len(change.ids("vote", "deleted")) == 1
    assert row(wf, "persona_item", board.goal) is not None
    wf.revert(change)
    assert row(wf, "evidence_link", board.note_link) is not None


def test_deleting_a_participant_unhooks_their_notes_and_removes_their_votes(board: Board) -> None:
    wf = board.wf
    change = wf.delete_participant(board.ann)
    assert row(wf, "note", board.notes[3])["author_id"] is None  # type: ignore[index]
    assert wf._read("SELECT COUNT(*) FROM vote WHERE participant_id = ?", (board.ann,)) == [(0,)]
    assert set(change.tables()) == {"note", "vote", "participant"}


def test_deleting_a_source_keeps_its_notes_as_assumptions(board: Board) -> None:
    wf = board.wf
    wf.delete_sources([board.survey])
    assert row(wf, "note", board.notes[2])["source_id"] is None  # type: ignore[index]
    assert wf.counts()["note"] == 5


def test_merging_sources_moves_their_notes(board: Board) -> None:
    wf = board.wf
    wf.merge_sources(board.interview, [board.survey, board.interview])
    assert wf._read("SELECT DISTINCT source_id FROM note WHERE source_id IS NOT NULL") == [
        (board.interview,)
    ]
    assert row(wf, "source", board.survey) is None


def test_ungrouping_keeps_notes_in_place_and_turns_cluster_links_into_note_links(
    board: Board,
) -> None:
    wf = board.wf
    positions = {n: (row(wf, "note", n)["x"], row(wf, "note", n)["y"]) for n in board.notes[:2]}  # type: ignore[index]
    change = wf.ungroup([board.cluster])
    assert row(wf, "cluster", board.cluster) is None
    for note_id, (x, y) in positions.items():
        now = row(wf, "note", note_id)
        assert now is not None
        assert (now["x"], now["y"], now["cluster_id"]) == (x, y, None)
    linked = {
        r[0] for r in wf._read("SELECT note_id FROM evidence_link WHERE item_id = ?", (board.pain,))
    }
    assert linked == set(board.notes[:2])
    assert wf._read("SELECT COUNT(*) FROM vote WHERE cluster_id IS NOT NULL") == [(0,)]
    assert "vote" in change.tables()


def test_deleting_a_persona_takes_its_items_and_their_links(board: Board) -> None:
    wf = board.wf
    change = wf.delete_persona(board.persona)
    assert set(change.ids("persona_item", "deleted")) == {board.goal, board.pain}
    assert set(change.ids("evidence_link", "deleted")) == {board.note_link, board.cluster_link}
    assert wf.counts()["note"] == 5  # the evidence itself stays


def test_deleting_items_takes_their_links(board: Board) -> None:
    change = board.wf.delete_items([board.goal])
    assert change.ids("evidence_link", "deleted") == [board.note_link]


def test_deleting_a_vote_round_takes_its_votes(board: Board) -> None:
    change = board.wf.delete_vote_round(board.round)
    assert len(change.ids("vote", "deleted")) == 2
    assert board.wf.counts()["vote"] == 1


# What each operation does -----------------------------------------------------------------
def test_cluster_notes_makes_a_frame_around_them_and_behind_other_frames(board: Board) -> None:
    wf = board.wf
    change = wf.group_into_cluster([board.notes[2]], "Effort")
    frame = row(wf, "cluster", change.created[0])
    note = row(wf, "note", board.notes[2])
    assert frame is not None and note is not None
    assert frame["x"] < note["x"] and frame["y"] < note["y"]
    assert frame["x"] + frame["w"] > note["x"] + note["w"]
    assert frame["y"] + frame["h"] > note["y"] + note["h"]
    assert note["cluster_id"] == frame["id"]
    assert frame["z"] < row(wf, "cluster", board.cluster)["z"]  # type: ignore[index]
    with pytest.raises(OperationRefused, match="select some notes"):
        wf.group_into_cluster([])


def test_move_cluster_moves_its_notes_along(board: Board) -> None:
    wf = board.wf
    before = {n: row(wf, "note", n) for n in board.notes}
    wf.move_cluster(board.cluster, 10, 20)
    for note_id, old in before.items():
        now = row(wf, "note", note_id)
        assert old is not None and now is not None
        shift = (10, 20) if note_id in board.notes[:2] else (0, 0)
        assert (now["x"] - old["x"], now["y"] - old["y"]) == shift


def test_tidy_cluster_lays_notes_out_in_a_grid_inside_the_frame(board: Board) -> None:
    wf = board.wf
    wf.set_note_geometry({board.notes[4]: {"cluster_id": board.cluster}}, "Drop")
    wf.tidy_cluster(board.cluster)
    frame = row(wf, "cluster", board.cluster)
    members = [row(wf, "note", n) for n in (*board.notes[:2], board.notes[4])]
    assert frame is not None
    for note in members:
        assert note is not None
        assert frame["x"] <= note["x"] and note["x"] + note["w"] <= frame["x"] + frame["w"]
        assert frame["y"] <= note["y"] and note["y"] + note["h"] <= frame["y"] + frame["h"]
    corners = {(n["x"], n["y"]) for n in members if n is not None}
    assert len(corners) == 3


def test_new_notes_go_on_top(board: Board) -> None:
    wf = board.wf
    top = wf._read("SELECT MAX(z) FROM note")[0][0]
    change = wf.add_notes([{"text": "a"}, {"text": "b"}])
    zs = [row(wf, "note", n)["z"] for n in change.created]  # type: ignore[index]
    assert zs == [top + 1, top + 2]
    raised = wf.raise_notes([board.notes[0]])
    assert row(wf, "note", board.notes[0])["z"] > zs[-1]  # type: ignore[index]
    assert raised.label == "Bring to front"


def test_geometry_must_be_finite_and_fields_known(board: Board) -> None:
    wf = board.wf
    with pytest.raises(OperationRefused, match="ordinary numbers"):
        wf.move_notes({board.notes[0]: (float("nan"), 0.0)})
    with pytest.raises(OperationRefused, match="ordinary numbers"):
        wf.add_cluster("Far away", x=float("inf"))
    with pytest.raises(ValueError, match="unknown note field"):
        wf.update_note(board.notes[0], colr="#fff")
    with pytest.raises(ValueError, match="unknown persona field"):
        wf.update_persona(board.persona, nickname="x")


def test_an_operation_on_something_deleted_is_refused_and_changes_nothing(board: Board) -> None:
    wf = board.wf
    wf.delete_notes([board.notes[0]])
    before = dump(wf)
    with pytest.raises(OperationRefused, match="no longer exists"):
        wf.update_note(board.notes[0], text="late edit")
    with pytest.raises(OperationRefused):
        wf.add_item("no-such-persona", Section.GOAL, "x")
    assert dump(wf) == before


def test_an_edit_that_changes_nothing_is_an_empty_change(board: Board) -> None:
    heard: list[Change] = []
    board.wf.subscribe(heard.append)
    text = row(board.wf, "note", board.notes[0])["text"]  # type: ignore[index]
    change = board.wf.update_note(board.notes[0], text=text)
    assert change.is_empty
    assert heard == []


def test_items_are_numbered_within_their_section(board: Board) -> None:
    wf = board.wf
    second = wf.add_item(board.persona, Section.GOAL, "Second goal").created[0]
    assert row(wf, "persona_item", second)["position"] == 1  # type: ignore[index]
    wf.reorder_items([second, board.goal])
    assert row(wf, "persona_item", second)["position"] == 0  # type: ignore[index]
    assert row(wf, "persona_item", board.goal)["position"] == 1  # type: ignore[index]


def test_duplicate_persona_copies_items_and_links_as_a_draft(board: Board) -> None:
    wf = board.wf
    wf.update_persona(board.persona, status="validated")
    copy_id = wf.duplicate_persona(board.persona).created[0]
    copy = row(wf, "persona", copy_id)
    assert copy is not None
    assert copy["name"] == "Time-poor planner (copy)"
    assert copy["status"] == "draft"
    items = wf._read("SELECT id, text FROM persona_item WHERE persona_id = ?", (copy_id,))
    assert sorted(t for _, t in items) == ["Finish the weekly review fast", "Manual entry"]
    links = wf._read(
        "SELECT note_id, cluster_id FROM evidence_link WHERE item_id IN "
        "(SELECT id FROM persona_item WHERE persona_id = ?)",
        (copy_id,),
    )
    assert sorted(links, key=repr) == sorted(
        [(board.notes[2], None), (None, board.cluster)], key=repr
    )


def test_persona_from_clusters_keeps_its_evidence_pool(board: Board) -> None:
    wf = board.wf
    persona = wf.add_persona_from_clusters("From the wall", [board.cluster]).created[0]
    assert json.loads(row(wf, "persona", persona)["evidence_pool"]) == [board.cluster]  # type: ignore[index]
    with pytest.raises(OperationRefused, match="clusters"):
        wf.add_persona_from_clusters("Nothing", [])


def test_linking_twice_keeps_one_link_and_ignores_missing_evidence(board: Board) -> None:
    wf = board.wf
    first = wf.link_evidence(board.goal, note_ids=[board.notes[0], "missing"])
    again = wf.link_evidence(board.goal, note_ids=[board.notes[0], board.notes[0]])
    assert len(first.created) == 1
    assert again.is_empty


def test_votes_keep_to_the_rules_of_the_round(board: Board) -> None:
    wf = board.wf
    wf.cast_vote(board.round, board.ann, note_id=board.notes[0])
    with pytest.raises(OperationRefused, match="used all 2 votes"):
        wf.cast_vote(board.round, board.ann, note_id=board.notes[1])
    with pytest.raises(OperationRefused, match="vote on notes"):
        wf.cast_vote(board.round, board.raj, cluster_id=board.cluster)
    with pytest.raises(ValueError, match="exactly one"):
        wf.cast_vote(board.round, board.raj)
    wf.end_vote_round(board.round)
    with pytest.raises(OperationRefused, match="has ended"):
        wf.cast_vote(board.round, board.raj, note_id=board.notes[0])
    with pytest.raises(OperationRefused, match="at least one vote"):
        wf.add_vote_round("None", votes_per_participant=0)
    with pytest.raises(OperationRefused, match="no vote of theirs"):
        wf.withdraw_vote(board.round, board.raj, note_id=board.notes[0])


def test_workshop_frame_stage_and_settings(board: Board) -> None:
    wf = board.wf
    wf.update_workshop(title="Budgeting research", metrics=["activation", "retention"])
    wf.set_stage("validate")
    wf.update_settings(min_sources=3)
    wf.update_settings(stale_days=90)
    snap = wf.snapshot()
    assert snap.workshop.title == "Budgeting research"
    assert snap.workshop.metrics == ("activation", "retention")
    assert str(snap.workshop.stage) == "validate"
    assert snap.workshop.settings == {"min_sources": 3, "stale_days": 90}
    with pytest.raises(OperationRefused, match="needs a title"):
        wf.update_workshop(title="  ")
    with pytest.raises(ValueError, match="not a valid Stage"):
        wf.set_stage("party")


def test_a_persona_photo_is_stored_once_and_can_be_taken_away(board: Board) -> None:
    wf = board.wf
    portrait = (b"\x89PNG portrait", "image/png", 80, 100)
    first = wf.set_persona_photo(board.persona, portrait)
    (asset_id,) = first.ids("asset", "added")
    wf.set_persona_photo(board.proto, portrait)
    assert row(wf, "persona", board.proto)["photo_asset_id"] == asset_id  # type: ignore[index]
    removed = wf.set_persona_photo(board.persona, None)
    assert removed.label == "Remove persona photo"
    assert row(wf, "persona", board.persona)["photo_asset_id"] is None  # type: ignore[index]
    assert wf.load_asset(asset_id) == portrait[0]  # the picture stays for undo


def test_an_import_brings_sources_and_notes_in_one_step_on_top(board: Board) -> None:
    wf = board.wf
    top = wf._read("SELECT MAX(z) FROM note")[0][0]
    change = wf.import_evidence(
        [{"id": "s-new", "label": "Churn survey, March", "kind": "survey", "date": None}],
        [{"text": f"Answer {i}", "source_id": "s-new", "x": i * 10.0} for i in range(40)],
    )
    assert change.ids("source", "added") == ["s-new"]
    assert len(change.ids("note", "added")) == 40
    zs = sorted(r[0] for r in wf._read("SELECT z FROM note WHERE source_id = 's-new'"))
    assert zs[0] == top + 1
    assert (0.0, 0.0, 160.0, 120.0) in wf.board_rects()
    with pytest.raises(WorkshopError):
        wf.import_evidence([], [{"text": "orphan", "source_id": "no-such-source"}])
    assert wf._read("SELECT COUNT(*) FROM note WHERE text = 'orphan'") == [(0,)]


def test_an_import_fills_each_note_in_full_and_refuses_bad_fields_before_writing(
    board: Board,
) -> None:
    wf = board.wf
    given = [
        {"text": "kept z", "x": 1.0, "y": 2.0, "z": 7.5},
        {"text": "own colour", "colour": "#abcdef"},
    ]
    before = [dict(n) for n in given]
    top = wf._read("SELECT MAX(z) FROM note")[0][0]
    change = wf.import_evidence([], given)
    assert given == before, "the caller's mappings were changed"
    first, second = (change.notes()[i] for i in change.created)
    assert first is not None and second is not None
    assert (first.z, first.w, first.h, first.colour) == (7.5, 160.0, 120.0, DEFAULT_NOTE_COLOUR)
    assert (second.colour, second.z) == ("#abcdef", top + 2)  # stacked on top, in order
    stored = wf._read(
        "SELECT id, created_at, updated_at, question FROM note WHERE text = 'own colour'"
    )
    assert stored[0][0] == second.id and stored[0][1] and stored[0][1] == stored[0][2]
    assert stored[0][3] == ""
    counted = wf.counts()["note"]
    for bad, says in (
        ({"text": "far", "x": float("inf")}, "note x must be a finite number"),
        ({"text": "lost", "z": float("nan")}, "note z must be a finite number"),
        ({"text": "typo", "colr": "#fff"}, "unknown note field"),
    ):
        with pytest.raises(ValueError, match=says):
            wf.import_evidence([], [{"text": "fine"}, bad])
    assert wf.counts()["note"] == counted


def test_image_note_hashes_name_the_pictures_on_the_board(board: Board) -> None:
    wf = board.wf
    wf.add_image_notes([{"data": b"\x89PNG wall", "mime": "image/png", "width": 4, "height": 3}])
    wf.set_persona_photo(board.persona, (b"\x89PNG face", "image/png", 4, 4))
    assert wf.image_note_hashes() == {hashlib.sha256(b"\x89PNG wall").hexdigest()}


def test_images_are_stored_once(board: Board) -> None:
    wf = board.wf
    data = b"\x89PNG same picture"
    change, first = wf.add_asset(data, "image/png", 10, 10)
    again, second = wf.add_asset(data, "image/png", 10, 10)
    assert first == second and again.is_empty and not change.is_empty
    notes = wf.add_image_notes([{"data": data, "mime": "image/png", "width": 10, "height": 10}] * 2)
    assert notes.ids("asset") == []
    assert wf.load_asset(first) == data
    assert wf.load_asset("missing") is None
    assert wf.counts()["note"] == 7


# Outside undo ----------------------------------------------------------------------------
def test_view_state_is_kept_with_the_file_outside_undo(tmp_path: Path, board: Board) -> None:
    wf = board.wf
    heard: list[Change] = []
    wf.subscribe(heard.append)
    wf.set_view_state("zoom", "1.5")
    wf.set_view_state("zoom", "2")
    assert wf.view_state("zoom") == "2"
    assert wf.view_state("missing", "none") == "none"
    assert heard == []
    path = wf.path
    wf.close()
    reopened = open_workshop(path)
    assert reopened.view_state("zoom") == "2"
    reopened.close()


def test_save_copy_writes_a_whole_workshop_elsewhere(tmp_path: Path, board: Board) -> None:
    wf = board.wf
    target = wf.save_copy(tmp_path / "copy.pwshop")
    expected = dump(wf)
    with pytest.raises(WorkshopError, match="another file name"):
        wf.save_copy(wf.path)
    copy = open_workshop(target)
    try:
        assert dump(copy) == expected
    finally:
        copy.close()


def test_deleting_a_thing_nothing_points_at_writes_no_stray_statement(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from workshop.store import create_workshop

    with create_workshop(tmp_path / "w.pwshop", "t") as wf:
        ana = wf.add_participant("Ana").created[0]
        change = wf.delete_participant(ana)
        assert [(r.table, r.kind) for r in change.rows] == [("participant", "deleted")]
        wf.revert(change)
        assert [p.name for p in wf.snapshot().participants] == ["Ana"]


# Research: studies and respondents -----------------------------------------------------
def test_merging_respondents_moves_their_sources_and_keeps_every_attribute(board: Board) -> None:
    wf = board.wf
    wf.merge_respondents(board.maria, [board.r17])
    snap = wf.snapshot()
    (maria,) = snap.respondents
    assert maria.label == "Maria"
    # Maria's own values win; what only R17 said about her is kept
    assert maria.attributes == {"segment": "Freelancer", "region": "North", "age band": "25-34"}
    assert {s.id: s.respondent_id for s in snap.sources} == {
        board.interview: board.maria,
        board.survey: board.maria,
    }


def test_deleting_a_study_or_respondent_keeps_its_sources(board: Board) -> None:
    wf = board.wf
    wf.delete_studies([board.study])
    wf.delete_respondents([board.maria])
    snap = wf.snapshot()
    assert snap.studies == [] and [r.label for r in snap.respondents] == ["R17"]
    by_id = {s.id: s for s in snap.sources}
    assert by_id[board.interview].study_id is None
    assert by_id[board.interview].respondent_id is None
    assert len(snap.notes) == 5


def test_a_merged_source_takes_the_study_and_respondent_it_lacked(board: Board) -> None:
    wf = board.wf
    twin = wf.add_source("Interview 1: Maria (typed again)", "interview").created[0]
    wf.merge_sources(twin, [board.interview])
    (kept,) = [s for s in wf.snapshot().sources if s.id == twin]
    assert (kept.study_id, kept.respondent_id) == (board.study, board.maria)


@pytest.mark.parametrize(
    "attributes",
    [{"": "North"}, {"region": 3}, {"region": "x" * 2001}],
    ids=["no name", "not text", "too long"],
)
def test_respondent_attributes_must_be_names_and_values_in_words(
    board: Board, attributes: dict[str, Any]
) -> None:
    before = dump(board.wf)
    with pytest.raises(OperationRefused):
        board.wf.add_respondent("P9", attributes)
    with pytest.raises(OperationRefused):
        board.wf.update_respondent(board.maria, attributes=attributes)
    assert dump(board.wf) == before


def test_a_study_kind_outside_the_list_is_refused(board: Board) -> None:
    with pytest.raises(ValueError, match="focus_group"):
        board.wf.add_study("Focus group", "focus_group")


def test_a_pasted_note_keeps_the_question_it_answers(board: Board) -> None:
    wf = board.wf
    wf.update_note(board.notes[2], question="How long does your weekly review take?")
    copied = row(wf, "note", board.notes[2])
    assert copied is not None
    change = wf.paste([copied], [], offset=(900.0, 0.0))
    (pasted,) = [n for n in wf.snapshot().notes if n.id in change.created]
    assert pasted.question == "How long does your weekly review take?"
