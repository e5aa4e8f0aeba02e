"""The open workshop as the UI sees it: the file, its undo stack, and the signals that let
the board, the persona editor, the stage panel and the presenter view follow each other
without knowing each other.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QGraphicsScene

from workshop.domain.model import WorkshopSnapshot
from workshop.store import Change, WorkshopFile
from workshop.ui.undo import WorkshopUndo


class WorkshopSession(QObject):
    #: Every change to the file (from an action, an undo or a redo), after it is saved.
    changed = Signal(object)
    #: The notes selected on the board (list of note ids).
    selection_changed = Signal(list)
    #: Somebody asks the board to show and highlight these notes (e.g. an evidence badge).
    highlight_requested = Signal(list)
    #: Somebody asks the persona editor to open this persona item (e.g. a check finding).
    item_requested = Signal(str)
    #: A message for the status bar.
    status = Signal(str)
    #: A note / cluster on the board was clicked (dot voting listens to these).
    note_clicked = Signal(str)
    cluster_clicked = Signal(str)
    #: The board's scene was made (or dropped: None); the presenter view shows it too.
    board_scene_changed = Signal(object)
    #: The participant new notes are written as changed (id or None).
    writing_as_changed = Signal(object)

    def __init__(self, workshop: WorkshopFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.undo = WorkshopUndo(workshop, self)
        self.selected_note_ids: list[str] = []
        #: The clusters selected on the board (their frames), set with the notes.
        self.selected_cluster_ids: list[str] = []
        #: The board's QGraphicsScene, set by the board feature (shared with the presenter).
        self.board_scene: QGraphicsScene | None = None
        #: The participant whose notes the facilitator is typing ("writing as"), or None.
        self.writing_as: str | None = None
        self._snapshot: WorkshopSnapshot | None = None
        self._unsubscribe = workshop.subscribe(self._on_change)
        self.today: Callable[[], date] = date.today

    @property
    def read_only(self) -> bool:
        return self.workshop.read_only

    def perform(self, operation: Callable[[WorkshopFile], Change]) -> Change | None:
        """Run a named operation as one undoable step (see ``WorkshopUndo``)."""
        return self.undo.perform(operation)

    def snapshot(self) -> WorkshopSnapshot:
        """The whole workshop, read once per change and shared by every panel."""
        if self._snapshot is None:
            self._snapshot = self.workshop.snapshot()
        return self._snapshot

    def set_selection(self, note_ids: list[str], cluster_ids: list[str] | None = None) -> None:
        clusters = list(cluster_ids) if cluster_ids is not None else []
        if note_ids != self.selected_note_ids or clusters != self.selected_cluster_ids:
            self.selected_note_ids = list(note_ids)
            self.selected_cluster_ids = clusters
            self.selection_changed.emit(list(note_ids))

    def set_board_scene(self, scene: QGraphicsScene | None) -> None:
        self.board_scene = scene
        self.board_scene_changed.emit(scene)

    def set_writing_as(self, participant_id: str | None) -> None:
        if participant_id != self.writing_as:
            self.writing_as = participant_id
            self.writing_as_changed.emit(participant_id)

    def _on_change(self, change: Change) -> None:
        self._snapshot = None
        self.changed.emit(change)

    def close(self) -> None:
        self._unsubscribe()
        self.undo.stack.clear()
        self.workshop.close()
