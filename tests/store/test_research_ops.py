"""The research operations of the workshop file: studies and respondents, merged, deleted
and checked."""

from __future__ import annotations

from typing import Any

import pytest
from ops_board import Board, row
from store_test_tools import dump

from workshop.errors import OperationRefused


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
