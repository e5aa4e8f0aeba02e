"""The evidence board in the main window: the board in the middle, the find bar above it,
the overview map in its corner, the note details panel, the Board menu.

The scene is built from the workshop in bulk when the workshop opens and patched from
every change after that (whether it came from the board, another panel, undo or redo).
Where the facilitator was looking (zoom and scroll) is saved in the workshop file, outside
the undo history, a moment after it changes and when the workshop closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QVBoxLayout, QWidget

from workshop.domain.board_geometry import CLUSTER_SIZE, NOTE_SIZE, place_blocks
from workshop.errors import WorkshopError
from workshop.store import Change
from workshop.ui.board import clipboard
from workshop.ui.board.actions import BoardActions
from workshop.ui.board.board_export import BoardExport
from workshop.ui.board.board_view import BoardView
from workshop.ui.board.details import DetailsPanel
from workshop.ui.board.empty_hint import EmptyBoardHint
from workshop.ui.board.find_bar import FindBar
from workshop.ui.board.minimap import Minimap
from workshop.ui.board.operations import BoardEditing
from workshop.ui.board.scene import BoardScene
from workshop.ui.board.zoom_control import ZoomControl
from workshop.ui.plurals import plural
from workshop.ui.session import WorkshopSession

if TYPE_CHECKING:
    from workshop.ui.main_window import MainWindow

VIEW_STATE_KEY = "board.view"
SAVE_VIEW_MS = 600


class BoardFeature:
    def __init__(self, window: MainWindow, session: WorkshopSession) -> None:
        self.window = window
        self.session = session
        self.scene = BoardScene(session)
        self.editing = BoardEditing(session, self.scene)
        self.container = QWidget()
        self.container.setObjectName("board")
        self.view = BoardView(self.scene, session, self.editing)
        self.find_bar = FindBar(session)
        self.minimap = Minimap(self.view)
        layout = QVBoxLayout(self.container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.view, 1)
        self.actions = BoardActions(self)
        self.view.context_menu = self.actions.context_menu
        self.empty_hint = EmptyBoardHint(self.view.viewport())
        self.zoom_control = ZoomControl(self.view)

        self.details = DetailsPanel(session)
        self.details_dock = QDockWidget(window.tr("Note Details"), window)
        self.details_dock.setObjectName("noteDetailsDock")
        self.details_dock.setWidget(self.details)

        window.set_board(self.container)
        window.add_dock(self.details_dock, Qt.DockWidgetArea.RightDockWidgetArea)
        self.actions.fill_board_menu(window.menu("board", window.tr("&Board")))
        for action in self.actions.view_actions():
            window.add_feature_action("view", action)
        window.add_toolbar_action(self.actions.new_note)
        self.board_export = BoardExport(self)
        window.add_feature_action("file", self.board_export.board_action)
        window.add_feature_action("file", self.board_export.selection_action)
        self.board_export.update_enabled()
        window.add_status_widget(self.zoom_control)

        self.scene.build(session.snapshot())
        self.actions.update_enabled()
        self._show_hint()
        self._saved_view = session.workshop.view_state(VIEW_STATE_KEY)
        self.restore_pending = True
        self._save_timer = QTimer(self.container)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_VIEW_MS)
        self._save_timer.timeout.connect(self.save_view)

        session.changed.connect(self._changed)
        session.selection_changed.connect(self._outside_selection)
        session.highlight_requested.connect(self.view.highlight)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.find_bar.matches_changed.connect(self.scene.set_matches)
        self.find_bar.show_note.connect(self.show_note)
        self.find_bar.closed.connect(lambda: self.view.setFocus())
        self.view.view_moved.connect(self._view_moved)
        # A window that goes without closing the workshop (the application quits) takes
        # the board's widgets with it but not the scene, which would deselect its notes
        # one by one as it is destroyed later and call back into a board that is gone.
        self.container.destroyed.connect(self.scene.release)
        session.set_board_scene(self.scene)
        self.view.setFocus()

    # Following the workshop -------------------------------------------------------------------
    def _changed(self, change: Change) -> None:
        self.scene.apply_change(change)
        self.actions.update_enabled()
        self._show_hint()

    def _show_hint(self) -> None:
        empty = not self.scene.notes and not self.scene.clusters
        self.empty_hint.set_empty(empty and not self.session.read_only)

    def _selection_changed(self) -> None:
        notes = [i.note_id for i in self.scene.selected_notes()]
        clusters = [c.cluster_id for c in self.scene.selected_clusters()]
        self.session.set_selection(notes, clusters)
        self.actions.update_enabled()
        self.board_export.update_enabled()

    def _outside_selection(self, note_ids: list[str]) -> None:
        current = [i.note_id for i in self.scene.selected_notes()]
        if sorted(current) != sorted(note_ids):
            self.view.select_notes(note_ids)

    # Where the facilitator was looking --------------------------------------------------------
    def _view_moved(self) -> None:
        if self.restore_pending:
            viewport = self.view.viewport().size()
            if viewport.width() >= 50 and viewport.height() >= 50 and self.view.isVisible():
                # After the resize that brought us here has finished placing the view.
                QTimer.singleShot(0, self.container, self._restore_view)
            return
        self._save_timer.start()

    def _restore_view(self) -> None:
        if not self.restore_pending:
            return
        self.restore_pending = False
        if not (self._saved_view and self.view.restore_state(self._saved_view)):
            self.view.zoom_to_fit()
            self.view.fit_on_resize = True

    def save_view(self) -> None:
        self._save_timer.stop()
        if self.restore_pending or self.session.read_only or not self.session.workshop.is_open:
            return
        text = self.view.state_text()
        if text == self._saved_view:
            return
        try:
            self.session.workshop.set_view_state(VIEW_STATE_KEY, text)
        except WorkshopError:
            return  # where the view was is not worth a message
        self._saved_view = text

    # What the actions do ------------------------------------------------------------------
    def selected_note_ids(self) -> list[str]:
        return [i.note_id for i in self.scene.selected_notes()]

    def selected_cluster_ids(self) -> list[str]:
        return [c.cluster_id for c in self.scene.selected_clusters()]

    def clusters_in_selection(self) -> list[str]:
        """Selected clusters, and the clusters of selected notes."""
        found = dict.fromkeys(self.selected_cluster_ids())
        for item in self.scene.selected_notes():
            if item.note.cluster_id:
                found[item.note.cluster_id] = None
        return list(found)

    def new_note(self) -> None:
        centre = self.view.visible_rect().center()
        w, h = NOTE_SIZE
        near = centre - QPointF(w / 2, h / 2)
        spot = place_blocks(
            self.editing.existing_rects(near, 3000.0), [1], near=(near.x(), near.y())
        )
        x, y = spot[0][0]
        self.view.new_note_at(QPointF(x + w / 2, y + h / 2))

    def edit_selected(self) -> None:
        selected = self.scene.selectedItems()
        notes = self.scene.selected_notes()
        if len(notes) == 1 and len(selected) == 1:
            self.view.edit_note(notes[0].note_id)
        elif len(selected) == 1:
            clusters = self.scene.selected_clusters()
            if clusters:
                self.view.edit_cluster_title(clusters[0].cluster_id)

    def delete_selected(self) -> None:
        self.editing.delete(self.selected_note_ids(), self.selected_cluster_ids())

    def select_all(self) -> None:
        self.view.select_notes(list(self.scene.notes))

    def cluster_selected(self) -> None:
        cluster_id = self.editing.group_into_cluster(self.selected_note_ids())
        if cluster_id is not None:
            self.view.select_notes([], [cluster_id])
            self.view.edit_cluster_title(cluster_id)

    def ungroup_selected(self) -> None:
        self.editing.ungroup(self.clusters_in_selection())

    def tidy_selected(self) -> None:
        self.editing.tidy(self.clusters_in_selection())

    def new_cluster(self) -> None:
        centre = self.view.visible_rect().center()
        w, h = CLUSTER_SIZE
        cluster_id = self.editing.add_cluster(QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h))
        if cluster_id is not None:
            self.view.select_notes([], [cluster_id])
            self.view.edit_cluster_title(cluster_id)

    def bring_to_front(self) -> None:
        self.editing.bring_to_front(self.selected_note_ids())

    def recolour(self, colour: str) -> None:
        self.editing.recolour(self.selected_note_ids(), self.selected_cluster_ids(), colour)

    def assign_source(self, source_id: str | None) -> None:
        self.editing.assign_source(self.selected_note_ids(), source_id)

    def assign_cluster(self, cluster_id: str | None) -> None:
        self.editing.assign_cluster(self.selected_note_ids(), cluster_id)

    def find(self) -> None:
        self.find_bar.open_bar()

    def show_note(self, note_id: str) -> None:
        item = self.scene.notes.get(note_id)
        if item is None:
            return
        self.view.select_notes([note_id])
        self.view.show_rect(item.board_rect())

    # Clipboard ------------------------------------------------------------------------------
    def copy(self) -> int:
        notes, clusters = self.selected_note_ids(), self.selected_cluster_ids()
        if not notes and not clusters:
            return 0
        rows = clipboard.copied_rows(self.scene, self.session.workshop, notes, clusters)
        QApplication.clipboard().setMimeData(clipboard.clipboard_data(rows))
        count = len(rows["note"])
        self.session.status.emit(plural("Copied %n note", "Copied %n notes", count))
        return count

    def cut(self) -> None:
        clusters = self.selected_cluster_ids()
        notes = dict.fromkeys(self.selected_note_ids())
        for cluster_id in clusters:
            notes.update(dict.fromkeys(i.note_id for i in self.scene.member_items(cluster_id)))
        if self.copy():
            self.editing.delete(list(notes), clusters, clipboard.cut_label(len(notes)))

    def paste(self) -> None:
        data = QApplication.clipboard().mimeData()
        if data is not None:
            self.view.take(data, self.view.pointer_on_board())

    # Closing -------------------------------------------------------------------------------
    def detach(self) -> None:
        self.save_view()
        self.restore_pending = False  # a restore still queued must not touch a closed board
        self.session.changed.disconnect(self._changed)
        self.session.selection_changed.disconnect(self._outside_selection)
        self.session.highlight_requested.disconnect(self.view.highlight)
        self.scene.selectionChanged.disconnect(self._selection_changed)
        self.view.note_editor.finish(keep=False)
        self.view.title_editor.finish(keep=False)
        self.session.set_board_scene(None)
        self.view.setScene(None)  # type: ignore[arg-type]
        self.scene.release()
        self.scene.deleteLater()
