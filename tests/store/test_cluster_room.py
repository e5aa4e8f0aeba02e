"""Clusters never overlap: Ctrl+G puts its frame in free space and Tidy clears its frame,
each as one transaction and one undo step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from transaction_probe import begins, commits, file_state, statements

from workshop.domain.board_geometry import Rect
from workshop.store import WorkshopFile, create_workshop


@pytest.fixture
def wf(tmp_path: Path) -> Iterator[WorkshopFile]:
    workshop = create_workshop(tmp_path / "room.pwshop", "Budgeting app")
    yield workshop
    assert workshop.integrity_ok()
    workshop.close()


def _board(wf: WorkshopFile) -> tuple[dict[str, tuple[Rect, str | None]], dict[str, Rect]]:
    snap = wf.snapshot()
    notes = {n.id: (Rect(n.x, n.y, n.w, n.h), n.cluster_id) for n in snap.notes}
    frames = {c.id: Rect(c.x, c.y, c.w, c.h) for c in snap.clusters}
    return notes, frames


def assert_no_overlap(wf: WorkshopFile, cluster_id: str) -> None:
    """The cluster's frame covers no other frame and no note that is not in it, and holds
    all of its own notes."""
    notes, frames = _board(wf)
    frame = frames[cluster_id]
    for other, rect in frames.items():
        assert other == cluster_id or not frame.overlaps(rect), f"frame over cluster {other}"
    for note_id, (rect, owner) in notes.items():
        if owner == cluster_id:
            assert frame.x <= rect.x and rect.right <= frame.right
            assert frame.y <= rect.y and rect.bottom <= frame.bottom
        else:
            assert not frame.overlaps(rect), f"frame over note {note_id}"


def _spread_board(wf: WorkshopFile) -> tuple[list[str], str, list[str]]:
    """Two notes far apart with a cluster and a loose note between them."""
    between = list(wf.add_notes([{"text": "Fees", "x": 900, "y": 400}]).created)
    middle = wf.group_into_cluster(between, "Money timing").created[0]
    loose = list(wf.add_notes([{"text": "Loose", "x": 1500, "y": 500}]).created)
    spread = list(
        wf.add_notes(
            [{"text": "Bursty income", "x": 0, "y": 0}, {"text": "Late pay", "x": 2400, "y": 900}]
        ).created
    )
    return spread, middle, loose


def test_grouping_spread_out_notes_makes_a_tidy_frame_in_free_space(wf: WorkshopFile) -> None:
    spread, middle, loose = _spread_board(wf)
    notes_before, frames_before = _board(wf)
    with statements(wf) as seen:
        change = wf.group_into_cluster(spread, "Income")
    assert begins(seen) == 1 and commits(seen) == 1
    cluster = change.created[0]
    assert_no_overlap(wf, cluster)
    notes, frames = _board(wf)
    frame = frames[cluster]
    # A tidy frame (two notes side by side), not one spanning the whole board...
    assert frame.w < 500 and frame.h < 300
    # ...near the notes' centre of gravity (1280, 510), and nothing else moved.
    assert abs(frame.centre[0] - 1280) < 1200 and abs(frame.centre[1] - 510) < 800
    assert frames[middle] == frames_before[middle]
    assert notes[loose[0]] == notes_before[loose[0]]
    # One undo step puts everything back.
    before = file_state(wf)
    wf.revert(change)
    assert _board(wf) == (notes_before, frames_before)
    wf.reapply(change)
    assert file_state(wf) == before


def test_grouping_notes_close_together_in_free_space_leaves_them_in_place(
    wf: WorkshopFile,
) -> None:
    ids = list(
        wf.add_notes([{"text": "a", "x": 0, "y": 0}, {"text": "b", "x": 180, "y": 0}]).created
    )
    cluster = wf.group_into_cluster(ids, "Pair").created[0]
    notes, _ = _board(wf)
    assert [notes[i][0].x for i in ids] == [0, 180]
    assert_no_overlap(wf, cluster)


def test_tidy_moves_non_members_out_of_the_frame(wf: WorkshopFile) -> None:
    members = list(
        wf.add_notes([{"text": f"m{i}", "x": 200 * i, "y": 0} for i in range(5)]).created
    )
    cluster = wf.group_into_cluster(members, "Routines").created[0]
    # A loose note and a whole other cluster land on top of the frame (a drag, a paste).
    loose = list(wf.add_notes([{"text": "Loose", "x": 60, "y": 80}]).created)
    others = list(wf.add_notes([{"text": "o", "x": 300, "y": 120}]).created)
    with wf.step("Pile up"):
        other = wf.add_cluster("Other", x=280, y=60, w=220, h=220).created[0]
        wf.put_into_cluster(others, other)
    _notes_before, frames_before = _board(wf)
    with statements(wf) as seen:
        change = wf.tidy_clusters([cluster])
    assert begins(seen) == 1 and commits(seen) == 1
    assert_no_overlap(wf, cluster)
    notes, frames = _board(wf)
    # The other cluster moved as a whole: its note is still inside its frame.
    moved = frames[other]
    assert moved != frames_before[other]
    rect = notes[others[0]][0]
    assert moved.x <= rect.x and rect.right <= moved.right
    assert notes[loose[0]][1] is None
    wf.revert(change)
    assert _board(wf)[1] == frames_before
