"""Making thousands of lasting objects at once (reading a workshop, building its board).

Python's cycle collector runs every few hundred new objects and, while a board of 10,000
notes is being made, walks everything made so far again and again: in the board benchmark
that is most of the difference between a typical and a best build. Nothing made in bulk
here is garbage, so the collector waits until the bulk work is done. Reference counting
still frees everything as usual; only the search for cycles is put off.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Put off cycle collection for the duration (as it was before, after)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
