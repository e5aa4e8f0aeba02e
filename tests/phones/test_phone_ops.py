"""The phones' store operations: a phone's note in the inbox, a phone's dots replacing
that participant's dots; each one transaction and one change that undo takes back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from phone_room import jpeg_bytes, participant, room_workshop

from workshop.domain.board_geometry import Rect
from workshop.domain.model import SourceKind
from workshop.errors import OperationRefused
from workshop.store import Change, WorkshopFile

TEAM = "Workshop — team knowledge"


@pytest.fixture
def wf(tmp_path: Path) -> Iterator[WorkshopFile]:
    workshop = room_workshop(tmp_path)
    yield workshop
    workshop.close()


def _phone_note(wf: WorkshopFile, text: str, **options: Any) -> Change:
    return wf.add_phone_note(
        participant(wf, "Ana"),
        text,
        inbox_title="Inbox",
        source_label=TEAM,
        label="Note from Ana (phone)",
        **options,
    )


def test_a_phone_note_lands_in_a_new_inbox_with_the_team_source(wf: WorkshopFile) -> None:
    before = wf.snapshot()
    change = _phone_note(wf, "Fees are hidden")
    after = wf.snapshot()
    assert change.label == "Note from Ana (phone)"
    (inbox,) = [c for c in after.clusters if c.title == "Inbox"]
    (source,) = [s for s in after.sources if s.label == TEAM]
    assert source.kind is SourceKind.ASSUMPTION
    (note,) = [n for n in after.notes if n.text == "Fees are hidden"]
    assert (note.cluster_id, note.source_id, note.author_id) == (
        inbox.id,
        source.id,
        participant(wf, "Ana"),
    )
    frame = Rect(inbox.x, inbox.y, inbox.w, inbox.h)
    assert frame.x <= note.x and note.x + note.w <= frame.right
    assert frame.y <= note.y and note.y + note.h <= frame.bottom
    # The new inbox covers nothing that was on the board.
    things = [(n.x, n.y, n.w, n.h) for n in before.notes]
    things += [(c.x, c.y, c.w, c.h) for c in before.clusters]
    for thing in things:
        assert not frame.overlaps(Rect(*thing))
    # One change, undone as one: the note, the inbox and the source go.
    wf.revert(change)
    assert wf.snapshot().notes == before.notes
    assert wf.snapshot().clusters == before.clusters
    assert wf.snapshot().sources == before.sources


def test_notes_fill_the_inbox_row_by_row_and_never_overlap(wf: WorkshopFile) -> None:
    for index in range(10):
        _phone_note(wf, f"note {index}")
    snapshot = wf.snapshot()
    (inbox,) = [c for c in snapshot.clusters if c.title == "Inbox"]
    notes = [n for n in snapshot.notes if n.cluster_id == inbox.id]
    assert len(notes) == 10
    rects = [Rect(n.x, n.y, n.w, n.h) for n in notes]
    for i, a in enumerate(rects):
        assert all(not a.overlaps(b) for b in rects[i + 1 :])
        assert inbox.x <= a.x and a.right <= inbox.x + inbox.w
        assert inbox.y <= a.y and a.bottom <= inbox.y + inbox.h
    assert len({r.y for r in rects}) == 3  # four a row: 4 + 4 + 2
    assert len(snapshot.sources) == 1  # the team source is made once


def test_an_existing_inbox_and_a_chosen_source_are_used(wf: WorkshopFile) -> None:
    wf.add_cluster("  inbox ", x=2000, y=2000, w=900, h=400)
    source = wf.add_source("Kick-off survey", kind="survey").created[0]
    change = _phone_note(wf, "From the survey", source_id=source)
    snapshot = wf.snapshot()
    assert len([c for c in snapshot.clusters if c.title.strip().lower() == "inbox"]) == 1
    note = change.notes()[change.ids("note", "added")[0]]
    assert note is not None and note.source_id == source
    assert note.x >= 2000 and note.y >= 2000


def test_a_photo_note_keeps_its_picture_once(wf: WorkshopFile) -> None:
    data = jpeg_bytes()
    image = {"data": data, "mime": "image/jpeg", "width": 64, "height": 48}
    first = _phone_note(wf, "caption", image=image)
    _phone_note(wf, "", image=image)
    note = first.notes()[first.ids("note", "added")[0]]
    assert note is not None and note.asset_id is not None
    assert wf.load_asset(note.asset_id) == data
    assert wf.counts()["note"] == 5


def test_a_removed_participant_or_source_refuses_the_note(wf: WorkshopFile) -> None:
    with pytest.raises(OperationRefused):
        wf.add_phone_note("nobody", "x", inbox_title="Inbox", source_label=TEAM)
    with pytest.raises(OperationRefused):
        _phone_note(wf, "x", source_id="gone")
    assert wf.counts()["cluster"] == 2  # nothing made


def test_phone_votes_replace_the_participants_dots_as_one_change(wf: WorkshopFile) -> None:
    made = wf.add_vote_round("Most important", target="clusters", votes_per_participant=3)
    round_id = made.created[0]
    trust, cost = (c.id for c in sorted(wf.snapshot().clusters, key=lambda c: c.x))
    ana, ben = participant(wf, "Ana"), participant(wf, "Ben")
    wf.cast_vote(round_id, ben, cluster_id=trust)
    first = wf.set_phone_votes(round_id, ana, [trust, trust, cost], label="Dots from Ana (phone)")
    assert first.label == "Dots from Ana (phone)"
    given = sorted(str(v.cluster_id) for v in wf.snapshot().votes if v.participant_id == ana)
    assert given == sorted([trust, trust, cost])
    second = wf.set_phone_votes(round_id, ana, [cost])
    mine = [v for v in wf.snapshot().votes if v.participant_id == ana]
    assert [v.cluster_id for v in mine] == [cost]
    assert len(second.ids("vote", "deleted")) == 2 and not second.ids("vote", "added")
    # Ben's dot is his alone.
    assert [v.cluster_id for v in wf.snapshot().votes if v.participant_id == ben] == [trust]
    wf.revert(second)
    assert len([v for v in wf.snapshot().votes if v.participant_id == ana]) == 3
    assert wf.set_phone_votes(round_id, ana, [trust, trust, cost]).is_empty


def test_phone_votes_are_refused_in_an_ended_round_beyond_the_limit_or_off_target(
    wf: WorkshopFile,
) -> None:
    round_id = wf.add_vote_round("Notes", target="notes", votes_per_participant=2).created[0]
    ana = participant(wf, "Ana")
    note = wf.snapshot().notes[0].id
    cluster = wf.snapshot().clusters[0].id
    with pytest.raises(OperationRefused, match="2 dots"):
        wf.set_phone_votes(round_id, ana, [note, note, note])
    with pytest.raises(OperationRefused, match="no longer on the board"):
        wf.set_phone_votes(round_id, ana, [cluster])
    wf.end_vote_round(round_id)
    with pytest.raises(OperationRefused, match="has ended"):
        wf.set_phone_votes(round_id, ana, [note])
    assert wf.counts()["vote"] == 0


def test_notes_told_together_are_each_their_own_change_but_one_message(
    wf: WorkshopFile,
) -> None:
    heard: list[Change] = []
    wf.subscribe(heard.append)
    with wf.told_together("Notes from phones", origin="phone"):
        first = _phone_note(wf, "one")
        second = _phone_note(wf, "two")
        assert heard == []  # nothing told inside the block
    (told,) = heard
    assert told.origin == "phone"
    assert told.rows == first.rows + second.rows
    # Each is still undone alone.
    wf.revert(second)
    assert {n.text for n in wf.snapshot().notes} >= {"one"}
    assert "two" not in {n.text for n in wf.snapshot().notes}
    assert len(heard) == 2  # outside the block, each change is told at once


def test_a_failure_inside_the_block_still_tells_what_was_saved(wf: WorkshopFile) -> None:
    heard: list[Change] = []
    wf.subscribe(heard.append)
    saved: list[Change] = []

    def burst() -> None:
        with wf.told_together("Notes from phones"):
            saved.append(_phone_note(wf, "saved"))
            wf.add_phone_note("nobody", "x", inbox_title="Inbox", source_label=TEAM)

    with pytest.raises(OperationRefused):
        burst()
    (told,) = heard
    assert told.rows == saved[0].rows


def test_the_inbox_is_read_again_only_when_something_else_was_written(
    wf: WorkshopFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A burst of phone notes keeps the inbox's grid from note to note; a note dragged
    out of the inbox (or any other write) in between makes the next note read it again,
    and that note fills the gap."""
    from workshop.store import phone_ops

    reads: list[str] = []
    places_in = phone_ops._places_in

    def counted(rec: Any, cluster_id: str) -> list[Rect]:
        reads.append(cluster_id)
        return places_in(rec, cluster_id)

    monkeypatch.setattr(phone_ops, "_places_in", counted)
    changes = [_phone_note(wf, f"note {index}") for index in range(3)]
    assert len(reads) == 1  # the first note only (the inbox was new)
    second = changes[1].notes()[changes[1].ids("note", "added")[0]]
    assert second is not None
    wf.move_notes({second.id: (second.x + 5000, second.y)})
    change = _phone_note(wf, "fills the gap")
    assert len(reads) == 2
    note = change.notes()[change.ids("note", "added")[0]]
    assert note is not None and (note.x, note.y) == (second.x, second.y)
    wf.revert(change)  # undone: the gap is free again for the next one
    again = _phone_note(wf, "fills it again")
    assert len(reads) == 3
    note = again.notes()[again.ids("note", "added")[0]]
    assert note is not None and (note.x, note.y) == (second.x, second.y)
