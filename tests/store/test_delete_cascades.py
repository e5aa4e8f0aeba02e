"""Deleting takes along what points at it, and undo brings all of it back."""

from __future__ import annotations

from ops_board import Board, row


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
