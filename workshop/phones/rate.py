"""A limit on how often something happens: at most ``count`` times in any ``window`` of
seconds (a sliding window, counted against a clock the caller can replace)."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class RateLimit:
    def __init__(
        self, count: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.count = count
        self.window = window
        self._clock = clock
        self._times: deque[float] = deque()

    def allow(self) -> bool:
        """Whether one more is allowed now; counts it when it is."""
        now = self._clock()
        while self._times and now - self._times[0] >= self.window:
            self._times.popleft()
        if len(self._times) >= self.count:
            return False
        self._times.append(now)
        return True
