"""Every named operation of the workshop file, undone (``revert``) and redone (``reapply``):
every row back exactly; and no operation is left out."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from ops_board import Board, row, undo_redo_exact
from test_merge_ops import merged_in

from workshop.domain.model import Section
from workshop.store import Change, WorkshopFile

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
        "add_asset",  # returns (change, id); tested on its own in test_store_ops.py
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
