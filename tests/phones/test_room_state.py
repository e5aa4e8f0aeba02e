"""What a phone is shown of the room: texts on one line and cut, photos named, the round
phones saw open after it ended, a round on notes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from phone_room import participant, room_workshop

from workshop.phones import caps
from workshop.phones.room_state import current_round, room_state, shown, votes_state
from workshop.store import WorkshopFile


@pytest.fixture
def wf(tmp_path: Path) -> Iterator[WorkshopFile]:
    workshop = room_workshop(tmp_path)
    yield workshop
    workshop.close()


def test_texts_are_shown_on_one_line_and_cut() -> None:
    assert shown("  Fees\n are\thidden ") == "Fees are hidden"
    long = shown("x" * 1000)
    assert len(long) == caps.SHOWN_TEXT_MAX and long.endswith("…")


def test_a_cluster_round_shows_photos_and_titles_and_a_note_round_the_notes(
    wf: WorkshopFile,
) -> None:
    trust = next(c.id for c in wf.snapshot().clusters if c.title == "Trust")
    wf.update_cluster(trust, title="  ")
    wf.add_image_notes(
        [{"data": b"\x89PNG", "mime": "image/png", "width": 4, "height": 4, "cluster_id": trust}]
    )
    wf.add_vote_round("Clusters", target="clusters")
    state = room_state(wf.snapshot(), may_add_participants=False, seen_open=set())
    items = {i["id"]: i for i in state["round"]["items"]}
    assert items[trust]["title"] == "(untitled cluster)"
    assert items[trust]["notes"] == ["(photo)"]
    wf.add_vote_round("Notes", target="notes")
    wf.add_note("", x=0, y=2000)
    state = room_state(wf.snapshot(), may_add_participants=False, seen_open=set())
    assert state["round"]["name"] == "Notes"
    titles = [i["title"] for i in state["round"]["items"]]
    assert "(empty note)" in titles and "(photo)" in titles and "Fees confuse" in titles


def test_an_ended_round_is_shown_only_when_phones_saw_it_open(wf: WorkshopFile) -> None:
    round_id = wf.add_vote_round("Top", target="clusters").created[0]
    wf.end_vote_round(round_id)
    snapshot = wf.snapshot()
    assert current_round(snapshot, set()) is None
    shown_round = current_round(snapshot, {round_id})
    assert shown_round is not None and not shown_round.is_open
    ana = participant(wf, "Ana")
    assert votes_state(snapshot, ana, shown_round) == {"round_id": None, "dots": [], "remaining": 0}
