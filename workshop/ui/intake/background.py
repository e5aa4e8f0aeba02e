"""Reading a file (or preparing photos) in a worker thread, so the window never freezes.

A ``BackgroundJob`` runs one piece of work at a time in a ``QThread`` and reports back in
the window's thread: ``progress(done, total)`` while it runs (total 0 when unknown), then
``done(result)``, ``failed(message)`` or ``cancelled()``. Cancelling answers at once; the
work itself stops at its next progress report, and its result is dropped.

The readers set process-wide state (the csv module's field limit, warning filters), so
work from every job runs one piece at a time, under one lock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from workshop.errors import WorkshopError

#: ``progress(done, total_or_None)``; raises to cancel.
Progress = Callable[[int, int | None], None]
Work = Callable[[Progress], object]

_ONE_AT_A_TIME = threading.Lock()


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackgroundJob", text)


class JobCancelled(Exception):
    """Raised inside the work, from its progress callback, when the job was cancelled."""


class _Runner(QThread):
    progressed = Signal(int, int)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.stop = threading.Event()
        self.result: object = None
        self.error: str | None = None

    def run(self) -> None:
        with _ONE_AT_A_TIME:
            if self.stop.is_set():
                return
            try:
                self.result = self.work(self._progress)
            except JobCancelled:
                pass
            except WorkshopError as error:
                self.error = str(error)
            except MemoryError:
                self.error = _tr("there is not enough memory to read this file")
            except Exception as error:  # a bug in a reader: say so rather than lose it
                self.error = _tr("the file could not be read ({0}: {1})").format(
                    type(error).__name__, error
                )

    def _progress(self, done: int, total: int | None) -> None:
        if self.stop.is_set():
            raise JobCancelled
        self.progressed.emit(done, total or 0)


class BackgroundJob(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current: _Runner | None = None
        self._finishing: list[_Runner] = []

    @property
    def busy(self) -> bool:
        return self._current is not None

    def start(self, work: Work) -> None:
        """Run ``work(progress)``; a job still running is cancelled first."""
        if self._current is not None:
            self.cancel()
        runner = _Runner(work)
        runner.progressed.connect(self._on_progress)
        runner.finished.connect(self._on_finished)  # a slot of self: runs in this thread
        self._current = runner
        runner.start()
        self.busy_changed.emit(True)

    def cancel(self) -> None:
        runner = self._current
        if runner is None:
            return
        runner.stop.set()
        self._finishing.append(runner)
        self._current = None
        self.busy_changed.emit(False)
        self.cancelled.emit()

    def wait(self, msecs: int = 60_000) -> bool:
        """Wait until no work of this job runs any more (before closing, in tests)."""
        runners = [*self._finishing, *([self._current] if self._current else [])]
        return all(r.wait(msecs) for r in runners)

    def _on_progress(self, done: int, total: int) -> None:
        if self.sender() is self._current:
            self.progress.emit(done, total)

    def _on_finished(self) -> None:
        runner = self.sender()
        if not isinstance(runner, _Runner):
            return
        if runner in self._finishing:
            self._finishing.remove(runner)
            runner.deleteLater()
            return
        if runner is not self._current:
            return
        self._current = None
        runner.deleteLater()
        self.busy_changed.emit(False)
        if runner.error is not None:
            self.failed.emit(runner.error)
        else:
            self.done.emit(runner.result)
