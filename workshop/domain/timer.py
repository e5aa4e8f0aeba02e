"""The stage timer: a timebox counted against the wall clock, not by ticks.

The timer remembers *when* it was started and how much time had run before that, and
asks its clock for the time whenever someone wants to know what is left. So it stays
exact while the app is busy, minimised or starved of timer events: the display only
polls it. Time past the end is overtime (a negative remaining time), not an error.

Each stage has its own timebox (editable; kept in the workshop's settings under
``"timer"`` as seconds per stage). Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping

from workshop.domain.model import Stage

Clock = Callable[[], float]

#: The timebox of each stage, in seconds, until the facilitator changes it.
DEFAULT_DURATIONS: dict[Stage, int] = {
    Stage.FRAME: 10 * 60,
    Stage.EVIDENCE: 25 * 60,
    Stage.CLUSTER: 30 * 60,
    Stage.DRAFT: 40 * 60,
    Stage.VALIDATE: 20 * 60,
    Stage.SHARE: 10 * 60,
}

#: Settings key under which the timeboxes are kept.
SETTINGS_KEY = "timer"
MIN_DURATION = 60
MAX_DURATION = 8 * 60 * 60


def clamp_duration(seconds: float) -> int:
    """A usable timebox: whole seconds between one minute and eight hours."""
    if not math.isfinite(seconds):
        return MIN_DURATION
    return int(max(MIN_DURATION, min(MAX_DURATION, round(seconds))))


def durations_from_settings(settings: Mapping[str, object]) -> dict[Stage, int]:
    """Each stage's timebox from a workshop's settings; anything unusable is the default."""
    raw = settings.get(SETTINGS_KEY, {})
    durations = dict(DEFAULT_DURATIONS)
    if not isinstance(raw, Mapping):
        return durations
    for stage in Stage:
        value = raw.get(str(stage))
        if isinstance(value, int | float) and not isinstance(value, bool):
            durations[stage] = clamp_duration(float(value))
    return durations


def settings_with_duration(
    settings: Mapping[str, object], stage: Stage, seconds: float
) -> dict[str, int]:
    """The ``"timer"`` settings value with one stage's timebox changed."""
    durations = durations_from_settings(settings)
    durations[stage] = clamp_duration(seconds)
    return {str(s): durations[s] for s in Stage}


class StageTimer:
    """A countdown that can be started, paused, reset and extended."""

    def __init__(self, duration: float = 600, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._timebox = float(clamp_duration(duration))
        self._added = 0.0  # minutes added since the last reset, in seconds
        self._run_before = 0.0  # seconds run before the current start
        self._started_at: float | None = None

    # Reading -----------------------------------------------------------------------
    @property
    def duration(self) -> float:
        """The timebox in seconds, including any minutes added."""
        return self._timebox + self._added

    @property
    def timebox(self) -> float:
        """The timebox in seconds, as set (a reset comes back to it)."""
        return self._timebox

    @property
    def running(self) -> bool:
        return self._started_at is not None

    @property
    def started(self) -> bool:
        """Whether it has run at all since the last reset."""
        return self.running or self._run_before > 0

    def elapsed(self) -> float:
        if self._started_at is None:
            return self._run_before
        return self._run_before + max(0.0, self._clock() - self._started_at)

    def remaining(self) -> float:
        """Seconds left; negative once the time is up (overtime)."""
        return self.duration - self.elapsed()

    def is_up(self) -> bool:
        return self.remaining() <= 0

    def fraction_left(self) -> float:
        return max(0.0, min(1.0, self.remaining() / self.duration))

    # Acting -------------------------------------------------------------------------
    def start(self) -> None:
        if self._started_at is None:
            self._started_at = self._clock()

    def pause(self) -> None:
        if self._started_at is not None:
            self._run_before = self.elapsed()
            self._started_at = None

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def reset(self, duration: float | None = None) -> None:
        """Stop and go back to the full timebox (a new one if given), minus added minutes."""
        self._started_at = None
        self._run_before = 0.0
        self._added = 0.0
        if duration is not None:
            self._timebox = float(clamp_duration(duration))

    def add(self, seconds: float) -> None:
        """More time (+1 min, +5 min); after time is up this counts from now."""
        if seconds <= 0 or not math.isfinite(seconds):
            return
        overtime = max(0.0, -self.remaining())
        room = MAX_DURATION + self.elapsed() - self.duration  # never more than 8 h to go
        self._added += max(0.0, min(room, overtime + seconds))


def format_remaining(seconds: float) -> str:
    """``12:05`` while counting down, ``+0:42`` in overtime, ``1:02:00`` past an hour.

    Rounded up while time is left, so "0:01" shows until the last second has passed and
    "0:00" appears exactly when the time is up.
    """
    overtime = seconds < 0
    whole = math.floor(-seconds) if overtime else math.ceil(seconds)
    hours, rest = divmod(int(whole), 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return "+" + text if overtime else text
