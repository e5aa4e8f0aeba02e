"""The one stage timer of an open workshop, shared by the stage panel, the Workshop menu
and the presenter view.

The time itself comes from :class:`workshop.domain.timer.StageTimer` (wall-clock based);
this object only polls it a few times a second while it runs, to refresh the displays,
and says once when the time is up (with a beep where the system has one).

What is left is kept with the workshop (its view state, outside undo: ``SAVED_KEY``)
when the timer is paused, reset, extended or started, every ``SAVE_EVERY`` seconds while
it runs, and when the workshop closes. Reopened at the same stage, the timer shows that
time again, paused ("Resume"); at another stage it starts from that stage's timebox.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from workshop.domain.model import Stage
from workshop.domain.timer import (
    SETTINGS_KEY,
    Clock,
    StageTimer,
    durations_from_settings,
    settings_with_duration,
)
from workshop.store import Change
from workshop.ui.session import WorkshopSession

#: The clock new timers read (tests swap it for one they control).
default_clock: Clock = time.monotonic

#: How often the displays are refreshed while the timer runs (display only).
POLL_MS = 200
#: How long the display flashes once the time is up, in seconds.
FLASH_SECONDS = 12.0
#: Below this many seconds left, the display warns.
WARN_SECONDS = 60.0
#: Where the time left is kept in the workshop (view state, outside undo).
SAVED_KEY = "facilitation/stage_timer"
#: While the timer runs, what is left is saved this often (seconds), so a crash loses little.
SAVE_EVERY = 10.0


class ShiftedClock:
    """The controller's clock plus a shift: restoring a timer's elapsed time moves the
    clock forward while the timer runs for "no time" (only differences are ever read)."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.shift = 0.0

    def __call__(self) -> float:
        return self.clock() + self.shift


class TimerController(QObject):
    #: The time shown, or running/paused, changed: displays redraw.
    updated = Signal()
    #: The time is up (once per timebox).
    time_up = Signal()

    def __init__(
        self,
        session: WorkshopSession,
        clock: Clock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        workshop = session.snapshot().workshop
        self.stage: Stage = workshop.stage
        self._durations = durations_from_settings(workshop.settings)
        self._clock = ShiftedClock(clock or default_clock)
        self.model = StageTimer(self._durations[self.stage], self._clock)
        self._announced = False
        self._saved_at = self._clock()
        self.restore()
        #: What sounds the alarm (replaceable, e.g. by a test).
        self.beep: Callable[[], None] = QApplication.beep
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.poll)
        session.changed.connect(self._on_change)

    # Reading ---------------------------------------------------------------------------
    def remaining(self) -> float:
        return self.model.remaining()

    @property
    def running(self) -> bool:
        return self.model.running

    def is_up(self) -> bool:
        return self.model.is_up()

    def is_warning(self) -> bool:
        return 0 < self.model.remaining() <= WARN_SECONDS

    def flash_on(self) -> bool:
        """During the first seconds past the end the display blinks (twice a second)."""
        overtime = -self.model.remaining()
        if overtime < 0:
            return False
        if overtime >= FLASH_SECONDS or not self.model.running:
            return True
        return int(overtime * 2) % 2 == 0

    def timebox(self, stage: Stage | None = None) -> int:
        return self._durations[stage or self.stage]

    # Acting -----------------------------------------------------------------------------
    def toggle(self) -> None:
        if self.model.running:
            self.pause()
        else:
            self.start()

    def start(self) -> None:
        self.model.start()
        self._poll.start()
        self.save()
        self.poll()

    def pause(self) -> None:
        self.model.pause()
        self.save()
        self.poll()
        self._poll.stop()

    def reset(self) -> None:
        """Back to the full timebox of the current stage, stopped."""
        self.model.reset(self._durations[self.stage])
        self._announced = False
        self._poll.stop()
        self.save()
        self.updated.emit()

    def add_minutes(self, minutes: int) -> None:
        self.model.add(minutes * 60)
        if not self.model.is_up():
            self._announced = False
        self.save()
        self.updated.emit()

    def set_timebox(self, stage: Stage, minutes: int) -> None:
        """Change a stage's timebox (saved in the workshop's settings)."""
        settings = self.session.snapshot().workshop.settings
        value = settings_with_duration(settings, stage, minutes * 60)
        if value != {str(s): d for s, d in self._durations.items()}:
            self.session.perform(lambda wf: wf.update_settings(**{SETTINGS_KEY: value}))

    def poll(self) -> None:
        if self.model.running and self._clock() - self._saved_at >= SAVE_EVERY:
            self.save()
        if self.model.is_up() and self.model.started and not self._announced:
            self._announced = True
            self.beep()
            self.updated.emit()
            self.time_up.emit()
            return
        self.updated.emit()

    def stop(self) -> None:
        """The workshop closes: keep what is left for next time."""
        self._poll.stop()
        self.save()

    # Keeping the time with the workshop -------------------------------------------------------
    def save(self) -> None:
        self._saved_at = self._clock()
        value = {"stage": str(self.stage), "remaining": round(self.model.remaining(), 3)}
        if not self.model.started:
            value = {"stage": str(self.stage), "remaining": None}
        self.session.workshop.set_view_state(SAVED_KEY, json.dumps(value))

    def restore(self) -> None:
        """The time left when the workshop was last open, at this stage (paused)."""
        try:
            saved = json.loads(self.session.workshop.view_state(SAVED_KEY, "{}"))
        except ValueError:
            return
        if not isinstance(saved, dict) or saved.get("stage") != str(self.stage):
            return
        remaining = saved.get("remaining")
        if not isinstance(remaining, int | float) or isinstance(remaining, bool):
            return
        if not math.isfinite(remaining):
            return
        duration = self.model.duration
        if remaining > duration:
            self.model.add(remaining - duration)
            return
        # Run for the elapsed time in no time: start, move the clock on, pause.
        elapsed = duration - remaining
        if elapsed > 0:
            self.model.start()
            self._clock.shift += elapsed
            self.model.pause()
            self._announced = self.model.is_up()

    # Following the workshop ---------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if "workshop" not in change.tables():
            return
        workshop = self.session.snapshot().workshop
        durations = durations_from_settings(workshop.settings)
        stage_moved = workshop.stage is not self.stage
        timebox_changed = durations[workshop.stage] != self._durations.get(workshop.stage)
        self._durations = durations
        self.stage = workshop.stage
        # A running timer keeps running through a stage change (the facilitator resets it
        # when they are ready); a stopped one takes the new stage's timebox.
        if not self.model.running and (stage_moved or (timebox_changed and not self.model.started)):
            self.reset()
            return
        self.updated.emit()
