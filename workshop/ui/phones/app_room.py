"""The open workshop as the phones' server sees it (``phones.api.Room``): the session's
snapshot, the stage timer, and operations run onto the app's undo stack, so a phone's
note is undone with Ctrl+Z like any other step."""

from __future__ import annotations

from contextlib import AbstractContextManager

from workshop.domain.model import WorkshopSnapshot
from workshop.phones.api import PHONE_ORIGIN, Operation
from workshop.phones.room_state import TimerReading
from workshop.store import Change
from workshop.ui.facilitation.stage_timer import TimerController
from workshop.ui.session import WorkshopSession


class AppRoom:
    def __init__(self, session: WorkshopSession, timer: TimerController | None) -> None:
        self.session = session
        self.timer_controller = timer

    def snapshot(self) -> WorkshopSnapshot:
        return self.session.snapshot()

    def participant_name(self, participant_id: str) -> str | None:
        return self.session.workshop.participant_name(participant_id)

    def timer(self) -> TimerReading | None:
        if self.timer_controller is None:
            return None
        return TimerReading(self.timer_controller.running, self.timer_controller.remaining())

    def together(self) -> AbstractContextManager[None]:
        return self.session.workshop.told_together("Notes from phones", origin=PHONE_ORIGIN)

    def perform(self, operation: Operation) -> Change:
        """Run the operation now (a refusal raises, for the phone to be told), then put
        its change on the undo stack as one step."""
        change = operation(self.session.workshop)
        self.session.perform(lambda _workshop: change)
        return change
