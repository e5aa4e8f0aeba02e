"""What the live page is told, and when: the timer's start, pause and reset (not its
every second), a round opening and ending with the phone's own dots, dots given at the
laptop, and a burst of changes as one message. Real WebSocket clients."""

from __future__ import annotations

from functools import partial
from typing import Any

from phone_clients import Phone, participant

from workshop.store import WorkshopFile
from workshop.ui.facilitation.stage_timer import TimerController
from workshop.ui.phones.invitation import Invitation
from workshop.ui.session import WorkshopSession


def connected(qtbot: Any, phone: Phone, session: WorkshopSession, name: str = "Ana") -> Phone:
    phone.join(participant(session, name))
    phone.open_live()
    phone.wait_for("votes")
    phone.messages.clear()
    return phone


def states(phone: Phone) -> list[dict[str, Any]]:
    return [m for m in phone.messages if m["type"] == "state"]


def told_since(phone: Phone, session: WorkshopSession) -> list[dict[str, Any]]:
    """Every message before the one a stage change (made now) brings: messages come in
    order, so what has not come by then was never sent."""
    stage = "share" if session.snapshot().workshop.stage != "share" else "frame"
    session.perform(lambda wf: wf.set_stage(stage))
    sentinel = phone.wait_for("state", lambda m: m["stage"]["key"] == stage)
    return phone.messages[: phone.messages.index(sentinel)]


def test_the_timer_is_told_when_it_starts_pauses_and_resets_not_as_it_runs(
    qtbot,
    phone: Phone,
    session: WorkshopSession,
    timer: TimerController,  # type: ignore[no-untyped-def]
) -> None:
    connected(qtbot, phone, session)
    timer.start()
    started = phone.wait_for("state", lambda m: m["timer"]["running"])
    assert started["timer"]["remaining_seconds"] == 600
    # The display polls the timer many times a second: none of that is sent.
    for _ in range(5):
        timer.poll()
    assert told_since(phone, session) == [started]
    phone.messages.clear()
    timer.pause()
    phone.wait_for("state", lambda m: not m["timer"]["running"])
    timer.add_minutes(5)
    phone.wait_for("state", lambda m: m["timer"]["remaining_seconds"] >= 890)
    timer.reset()
    phone.wait_for("state", lambda m: m["timer"]["remaining_seconds"] == 600)


def test_a_round_opening_and_ending_is_told_with_the_phones_dots(
    qtbot,
    phone: Phone,
    session: WorkshopSession,  # type: ignore[no-untyped-def]
) -> None:
    connected(qtbot, phone, session)
    made = session.perform(
        lambda wf: wf.add_vote_round("Top", target="clusters", votes_per_participant=2)
    )
    assert made is not None
    round_id = made.created[0]
    opened = phone.wait_for("state", lambda m: m["round"] is not None)
    assert opened["round"]["id"] == round_id and opened["round"]["is_open"]
    assert [i["title"] for i in opened["round"]["items"]] == ["Trust", "Cost"]
    votes = phone.wait_for("votes", lambda m: m["round_id"] == round_id)
    assert votes == {"type": "votes", "round_id": round_id, "dots": [], "remaining": 2}
    phone.messages.clear()
    session.perform(lambda wf: wf.end_vote_round(round_id))
    ended = phone.wait_for("state", lambda m: m["round"] and not m["round"]["is_open"])
    assert ended["round"]["totals"] == {}
    assert phone.wait_for("votes")["round_id"] is None


def test_dots_given_at_the_laptop_reach_only_that_participants_phones(
    qtbot,
    phone: Phone,
    session: WorkshopSession,
    invitation: Invitation,  # type: ignore[no-untyped-def]
) -> None:
    ana = connected(qtbot, phone, session, "Ana")
    ben = connected(qtbot, Phone(qtbot, phone.port, phone.prefix), session, "Ben")
    made = session.perform(lambda wf: wf.add_vote_round("Top", target="clusters"))
    assert made is not None
    round_id = made.created[0]
    for each in (ana, ben):
        each.wait_for("state", lambda m: m["round"] is not None)
        each.messages.clear()
    trust = next(c.id for c in session.snapshot().clusters if c.title == "Trust")
    session.perform(
        lambda wf: wf.cast_vote(round_id, participant(session, "Ana"), cluster_id=trust)
    )
    told = ana.wait_for("votes")
    assert told["dots"] == [trust] and told["remaining"] == 2
    assert told_since(ben, session) == []
    assert invitation.phone_count() == 2


def test_a_burst_of_changes_is_one_state_message(
    qtbot,
    phone: Phone,
    session: WorkshopSession,  # type: ignore[no-untyped-def]
) -> None:
    connected(qtbot, phone, session)
    for name in ("Cleo", "Dev", "Eli", "Fay", "Gus"):
        session.perform(partial(WorkshopFile.add_participant, name=name))
    last = phone.wait_for("state", lambda m: len(m["participants"]) == 7)
    assert told_since(phone, session) == [last]


def test_notes_added_while_no_round_is_shown_tell_the_phones_nothing(
    qtbot,
    phone: Phone,
    session: WorkshopSession,  # type: ignore[no-untyped-def]
) -> None:
    connected(qtbot, phone, session)
    phone.ask("POST", "api/notes", {"text": "A note"})
    session.perform(lambda wf: wf.add_note("Another", x=0, y=900))
    assert told_since(phone, session) == []
