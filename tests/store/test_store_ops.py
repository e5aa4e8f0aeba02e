"""What each named operation of the workshop file changes, and what it refuses; and what
is kept with the file outside undo."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from ops_board import Board, row
from store_test_tools import dump

from workshop.domain.model import DEFAULT_NOTE_COLOUR, Section
from workshop.errors import OperationRefused, WorkshopError
from workshop.store import Change, open_workshop


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
