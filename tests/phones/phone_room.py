"""A workshop for the phones' tests, and a ``Room`` over it without Qt: operations run
straight on the file, the way the app runs them on its undo stack."""

from __future__ import annotations

import io
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from PIL import Image

from workshop.domain.model import WorkshopSnapshot
from workshop.phones.room_state import TimerReading
from workshop.store import Change, WorkshopFile, create_workshop


class FileRoom:
    def __init__(self, workshop: WorkshopFile) -> None:
        self.workshop = workshop
        self.changes: list[Change] = []
        self.reading: TimerReading | None = TimerReading(False, 600)
        self._snapshot: WorkshopSnapshot | None = None
        workshop.subscribe(self._changed)

    def _changed(self, _change: Change) -> None:
        self._snapshot = None

    def snapshot(self) -> WorkshopSnapshot:
        if self._snapshot is None:
            self._snapshot = self.workshop.snapshot()
        return self._snapshot

    def participant_name(self, participant_id: str) -> str | None:
        return self.workshop.participant_name(participant_id)

    def timer(self) -> TimerReading | None:
        return self.reading

    def together(self) -> AbstractContextManager[None]:
        return self.workshop.told_together("Notes from phones")

    def perform(self, operation: Callable[[WorkshopFile], Change]) -> Change:
        change = operation(self.workshop)
        self.changes.append(change)
        return change


def room_workshop(folder: Path) -> WorkshopFile:
    """A workshop with two participants (Ana, Ben), two clusters and three loose notes."""
    wf = create_workshop(folder / "room.pwshop", "Budgeting app")
    wf.add_participant("Ana")
    wf.add_participant("Ben")
    wf.add_cluster("Trust", x=0, y=0, w=400, h=300)
    wf.add_cluster("Cost", x=500, y=0, w=400, h=300)
    for index, text in enumerate(("Fees confuse", "Wants a budget", "Checks daily")):
        wf.add_note(text, x=100 + 200 * index, y=600)
    return wf


def participant(wf: WorkshopFile, name: str) -> str:
    return next(p.id for p in wf.snapshot().participants if p.name == name)


def jpeg_bytes(size: tuple[int, int] = (64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(out, "JPEG")
    return out.getvalue()
