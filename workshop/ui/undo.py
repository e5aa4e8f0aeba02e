"""Undo and redo: every change a facilitator makes is a ``QUndoCommand`` holding the
``Change`` the store returned.

The operation runs once, when the facilitator acts; the command is pushed afterwards
and its first ``redo()`` does nothing. ``undo()`` asks the store to put the rows back as
they were; ``redo()`` to put them back as the change left them. Both are transactions,
and both tell the store's listeners, so the board patches itself the same way whether a
change came from a click, an undo or a redo.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workshop.errors import WorkshopError
from workshop.store import Change, WorkshopFile


class ChangeCommand(QUndoCommand):
    def __init__(
        self, workshop: WorkshopFile, change: Change, report: Callable[[str], None]
    ) -> None:
        super().__init__(change.label)
        self.workshop = workshop
        self.change = change
        self._report = report
        self._done = True

    def redo(self) -> None:
        if self._done:  # the operation already ran when it was performed
            self._done = False
            return
        self._step(self.workshop.reapply)

    def undo(self) -> None:
        self._step(self.workshop.revert)

    def _step(self, step: Callable[[Change], Change]) -> None:
        # Qt calls undo()/redo() from C++: an exception must not escape into it.
        try:
            step(self.change)
        except WorkshopError as error:
            self.setObsolete(True)
            self._report(error.message)


class WorkshopUndo(QObject):
    """Runs operations on the open workshop and keeps them on one undo stack.

    ``perform`` is what every part of the UI calls to change the workshop. A refused or
    failed change is reported through ``failed`` (the main window shows it) and leaves
    both the file and the stack as they were.
    """

    failed = Signal(str)

    def __init__(self, workshop: WorkshopFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.stack = QUndoStack(self)

    def perform(self, operation: Callable[[WorkshopFile], Change]) -> Change | None:
        try:
            change = operation(self.workshop)
        except WorkshopError as error:
            self.failed.emit(error.message)
            return None
        if not change.is_empty:
            self.stack.push(ChangeCommand(self.workshop, change, self._report_step))
        return change

    def undo(self) -> None:
        self.stack.undo()

    def redo(self) -> None:
        self.stack.redo()

    def _report_step(self, message: str) -> None:
        self.failed.emit(
            QCoreApplication.translate("WorkshopUndo", "Could not undo or redo: {0}").format(
                message
            )
        )
