"""What the phones are told, and when: the room's changes turned into live messages.

The state goes out when the stage, the participants or a voting round change (and the
round's items, while phones see a round), and when the timer is started, paused, reset
or given more time — not as it counts down: each phone counts down by itself from the
time it was told. Many changes in a moment (a burst of notes) are one message, sent
``STATE_DELAY_MS`` after the first. A participant's dots go to their phones whenever
they change, from a phone or the laptop.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer

from workshop.phones.api import PhoneApi
from workshop.phones.room_state import current_round, open_round
from workshop.store import Change
from workshop.ui.facilitation.stage_timer import TimerController
from workshop.ui.phones.live import LiveConnections
from workshop.ui.session import WorkshopSession

STATE_DELAY_MS = 50
#: A timer reading further than this from what counting down predicts was changed (s).
TIMER_JUMP = 1.5
ROOM_TABLES = frozenset({"workshop", "participant", "vote_round"})
ITEM_TABLES = frozenset({"note", "cluster"})


class RoomWatch(QObject):
    def __init__(
        self,
        session: WorkshopSession,
        timer: TimerController | None,
        api: PhoneApi,
        live: LiveConnections,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.timer = timer
        self.api = api
        self.live = live
        self._due = QTimer(self)
        self._due.setSingleShot(True)
        self._due.setInterval(STATE_DELAY_MS)
        self._due.timeout.connect(self.live.send_state)
        self._told: tuple[bool, float, float] | None = None
        #: Whether phones see a round, and whether it is open (None: no round shown);
        #: worked out again only when rounds change, not for every note.
        self._shown: bool | None = self._round_shown()
        session.changed.connect(self._changed)
        if timer is not None:
            self._told = self._timer_now()
            timer.updated.connect(self._timer_updated)

    def detach(self) -> None:
        self._due.stop()
        self.session.changed.disconnect(self._changed)
        if self.timer is not None:
            self.timer.updated.disconnect(self._timer_updated)

    def state_soon(self) -> None:
        if not self._due.isActive():
            self._due.start()

    def _round_shown(self) -> bool | None:
        snapshot = self.session.snapshot()
        round_ = open_round(snapshot)
        if round_ is not None:
            self.api.session.rounds_seen_open.add(round_.id)
        shown = current_round(snapshot, self.api.session.rounds_seen_open)
        return None if shown is None else shown.is_open

    def _changed(self, change: Change) -> None:
        tables = change.tables()
        if "vote_round" in tables:
            self._shown = self._round_shown()
        if tables & ROOM_TABLES:
            self.state_soon()
        elif self._shown is not None and tables & ITEM_TABLES:
            self.state_soon()  # the items of the round shown
        elif self._shown is False and "vote" in tables:
            self.state_soon()  # the totals of the round that ended
        if "vote_round" in tables:
            self.live.send_votes(self.live.participants())
        elif "vote" in tables:
            voters = set()
            for row in change.rows:
                if row.table == "vote":
                    for image in (row.before, row.after):
                        if image is not None:
                            voters.add(str(image["participant_id"]))
            self.live.send_votes(voters)

    def _timer_now(self) -> tuple[bool, float, float]:
        assert self.timer is not None
        return (self.timer.running, self.timer.remaining(), time.monotonic())

    def _timer_updated(self) -> None:
        running, remaining, at = self._timer_now()
        if self._told is not None:
            was_running, was_remaining, told_at = self._told
            expected = was_remaining - (at - told_at if was_running else 0.0)
            if running == was_running and abs(remaining - expected) <= TIMER_JUMP:
                return
        self._told = (running, remaining, at)
        self.state_soon()
