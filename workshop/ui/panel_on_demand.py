"""A dock's panel made when it is first needed, not when the workshop opens.

Most panels wait behind another tab when a workshop opens (on a 1280-pixel projector only
the stage is in sight), and building them all cost a good part of the time to the first
window (``tests/benchmarks/bench_startup.py``). A :class:`PanelOnDemand` makes its panel
the first time the dock comes into sight (``visibilityChanged(True)``: its tab chosen, its
View menu entry ticked, a saved arrangement that shows it) or the first time code asks for
``panel`` (a feature's property), whichever comes first; it then says so to whoever asked
with :meth:`when_made`.

The dock is there from the start (its tab, its View menu entry, its place in a saved
arrangement); only what is inside it waits. A panel must therefore keep nothing of the
workshop's state that its dock's neighbours rely on before it is first seen: it reads the
workshop when it is made, as it would when the workshop opens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QDockWidget, QWidget

P = TypeVar("P", bound=QWidget)


class PanelOnDemand(Generic[P]):
    def __init__(self, dock: QDockWidget, make: Callable[[], P]) -> None:
        self.dock = dock
        self._make: Callable[[], P] | None = make
        self._panel: P | None = None
        self._waiting: list[Callable[[P], object]] = []
        dock.visibilityChanged.connect(self._in_sight)

    @property
    def made(self) -> bool:
        return self._panel is not None

    @property
    def panel(self) -> P:
        """The panel, made now if it was not yet."""
        if self._panel is None:
            assert self._make is not None
            make, self._make = self._make, None
            panel = make()
            self._panel = panel
            self.dock.setWidget(panel)
            self.dock.visibilityChanged.disconnect(self._in_sight)
            waiting, self._waiting = self._waiting, []
            for callback in waiting:
                callback(panel)
        return self._panel

    def when_made(self, callback: Callable[[P], object]) -> None:
        """Call ``callback`` with the panel once it is made (now, if it is)."""
        if self._panel is not None:
            callback(self._panel)
        else:
            self._waiting.append(callback)

    def _in_sight(self, visible: bool) -> None:
        if visible:
            _ = self.panel
