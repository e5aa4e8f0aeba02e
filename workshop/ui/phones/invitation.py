"""One running "Invite the room" session, put together: the phones' session (secret,
tokens, choices), their API over the open workshop, the server on the chosen interface,
and the watch that tells the phones what changed. ``stop`` ends it all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QHostAddress

from workshop.phones.api import PhoneApi
from workshop.phones.session import PhoneSession, SessionChoices
from workshop.ui.facilitation.stage_timer import TimerController
from workshop.ui.phones.app_room import AppRoom
from workshop.ui.phones.room_watch import RoomWatch
from workshop.ui.phones.server import PhoneServer
from workshop.ui.session import WorkshopSession


class Invitation(QObject):
    #: How many phones have the page open, when it changes.
    phones_changed = Signal(int)
    #: The session stopped (by ``stop``).
    stopped = Signal()

    def __init__(
        self,
        session: WorkshopSession,
        timer: TimerController | None,
        choices: SessionChoices,
        *,
        page_folder: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.phones = PhoneSession(choices)
        self.api = PhoneApi(AppRoom(session, timer), self.phones, page_folder)
        self.server = PhoneServer(self.api, self)
        self.server.phones_changed.connect(self.phones_changed)
        self.watch = RoomWatch(session, timer, self.api, self.server.live, self)
        self.running = False

    def start(self, address: QHostAddress, port: int = 0) -> str | None:
        """Start listening; None when it does, else why not."""
        problem = self.server.start(address, port)
        self.running = problem is None
        return problem

    def url(self) -> str:
        return self.server.url()

    def phone_count(self) -> int:
        return self.server.live.phone_count()

    def stop(self) -> None:
        if not self.running:
            return
        self.running = False
        self.watch.detach()
        self.server.stop()
        self.stopped.emit()
