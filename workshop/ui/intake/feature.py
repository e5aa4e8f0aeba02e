"""Evidence intake in the workspace: the Sources panel (View menu), File > Import Evidence
(Ctrl+I), File > Import Photos, and File > Cut a Photo into Notes.

Built by the main window for each open workshop (see ``workshop.ui.features``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMessageBox

from workshop.domain.board_geometry import Point
from workshop.errors import WorkshopError
from workshop.io.images import PreparedImage, prepare_image
from workshop.store import Change
from workshop.ui.panel_on_demand import PanelOnDemand
from workshop.ui.plain import message_box
from workshop.ui.session import WorkshopSession

if TYPE_CHECKING:
    from workshop.io.import_summary import ImportSummary
    from workshop.ui.intake.crop_tool import CropTool
    from workshop.ui.intake.import_wizard import ImportWizard
    from workshop.ui.intake.photo_intake import PhotoIntake
    from workshop.ui.intake.sources_panel import SourcesPanel
    from workshop.ui.main_window import MainWindow

#: Where imported notes go: this far inside the visible part of the board.
_MARGIN = 40.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("IntakeFeature", text)


def photo_filter() -> str:
    return _tr("Photos (*.jpg *.jpeg *.png);;All files (*)")


def _sources_panel(session: WorkshopSession) -> SourcesPanel:
    from workshop.ui.intake.sources_panel import SourcesPanel

    return SourcesPanel(session)


class IntakeFeature:
    def __init__(self, window: MainWindow, session: WorkshopSession) -> None:
        self.window = window
        self.session = session
        self.wizard: ImportWizard | None = None
        self.crop_tool: CropTool | None = None
        self.summary_box: QMessageBox | None = None

        self.dock = QDockWidget(_tr("Sources"), window)
        self.dock.setObjectName("sourcesDock")
        # Made when first in sight (it waits behind another tab when a workshop opens).
        self._panel = PanelOnDemand(self.dock, lambda: _sources_panel(session))
        window.add_dock(self.dock, Qt.DockWidgetArea.LeftDockWidgetArea)

        self.import_action = QAction(_tr("&Import Evidence…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setStatusTip(
            _tr("Notes and sources from a CSV, TSV or Excel export, or a text file")
        )
        self.import_action.triggered.connect(lambda _checked=False: self.open_wizard())
        self.photos_action = QAction(_tr("Import &Photos…"), window)
        self.photos_action.setStatusTip(_tr("Photos of a sticky-note wall as image notes"))
        self.photos_action.triggered.connect(lambda _checked=False: self.import_photos())
        self.cut_action = QAction(_tr("Cu&t a Photo into Notes…"), window)
        self.cut_action.setStatusTip(
            _tr("Draw a rectangle around each sticky note of a photo: one image note each")
        )
        self.cut_action.triggered.connect(lambda _checked=False: self.cut_photo())
        for action in (self.import_action, self.photos_action, self.cut_action):
            action.setEnabled(not session.read_only)
            window.add_feature_action("file", action)

        self._photos: PhotoIntake | None = None  # made with the first photo import

    @property
    def panel(self) -> SourcesPanel:
        return self._panel.panel

    @property
    def photos(self) -> PhotoIntake:
        if self._photos is None:
            from workshop.ui.intake.photo_intake import PhotoIntake

            self._photos = PhotoIntake(self.session, self.near, self.window)
            self._photos.finished.connect(lambda s: self.show_summary(_tr("Import Photos"), s))
        return self._photos

    # Where new notes go ---------------------------------------------------------------
    def near(self) -> Point | None:
        """The top left of the visible part of the board, when there is a board."""
        scene = self.session.board_scene
        views = scene.views() if scene is not None else []
        if not views:
            return None
        view = views[0]
        corner = view.mapToScene(view.viewport().rect().topLeft())
        return (corner.x() + _MARGIN, corner.y() + _MARGIN)

    # Import evidence ----------------------------------------------------------------
    def open_wizard(self) -> ImportWizard:
        if self.wizard is None:
            # The wizard and the importers load with the first import, not at start.
            from workshop.ui.intake.import_wizard import ImportWizard

            self.wizard = ImportWizard(self.session, self.window.settings, self.near, self.window)
            self.wizard.imported.connect(self._imported)
            self.wizard.finished.connect(self._wizard_closed)
        self.wizard.open()
        self.wizard.raise_()
        return self.wizard

    def _imported(self, summary: ImportSummary, change: Change) -> None:
        self.session.highlight_requested.emit(change.ids("note", "added"))
        self.show_summary(_tr("Import Evidence"), summary)

    def _wizard_closed(self) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None

    def show_summary(self, title: str, summary: ImportSummary) -> QMessageBox:
        """What was imported, skipped and why; not modal, so work goes on."""
        if self.summary_box is not None:
            self.summary_box.close()
        icon = QMessageBox.Icon.Information if summary.notes else QMessageBox.Icon.Warning
        box = message_box(self.window, icon, title, summary.text())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setModal(False)
        box.destroyed.connect(lambda _o=None, b=box: self._summary_gone(b))
        box.show()
        self.summary_box = box
        return box

    def _summary_gone(self, box: QMessageBox) -> None:
        if self.summary_box is box:
            self.summary_box = None

    # Photos -------------------------------------------------------------------------
    def ask_photo_paths(self) -> list[Path]:
        """The file dialog for photos (tests replace it)."""
        names, _ = QFileDialog.getOpenFileNames(
            self.window, _tr("Import photos"), str(Path.home()), photo_filter()
        )
        return [Path(n) for n in names]

    def import_photos(self, paths: list[Path] | None = None) -> None:
        chosen = paths if paths is not None else self.ask_photo_paths()
        if chosen:
            self.photos.start(chosen)

    def cut_photo(self) -> CropTool | None:
        """The crop tool on the image note selected on the board, or on a photo file."""
        try:
            found = self._photo_to_cut()
        except WorkshopError as error:
            lines = (error.message, error.where) if error.where else (error.message,)
            from workshop.io.import_summary import ImportSummary

            self.show_summary(
                _tr("Cut a Photo into Notes"),
                ImportSummary(error.where, 0, 0, lines=lines),
            )
            return None
        if found is None:
            return None
        photo, name = found
        if self.crop_tool is not None:
            self.crop_tool.close()
        from workshop.ui.intake.crop_tool import CropTool

        tool = CropTool(self.session, photo, name=name, near=self.near, parent=self.window)
        tool.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        tool.created.connect(
            lambda c: self.session.highlight_requested.emit(c.ids("note", "added"))
        )
        tool.destroyed.connect(lambda _o=None: setattr(self, "crop_tool", None))
        self.crop_tool = tool
        tool.open()
        return tool

    def _photo_to_cut(self) -> tuple[PreparedImage, str] | None:
        snapshot = self.session.snapshot()
        notes = snapshot.note_by_id()
        assets = {a.id: a for a in snapshot.assets}
        for note_id in self.session.selected_note_ids:
            note = notes.get(note_id)
            if note is not None and note.asset_id in assets:
                asset = assets[note.asset_id]
                from workshop.io.photo_import import stored_photo

                return stored_photo(self.session.workshop, asset), note.text or _tr("the photo")
        path = self.ask_photo_path()
        if path is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return prepare_image(path), path.name
        finally:
            QGuiApplication.restoreOverrideCursor()

    def ask_photo_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, _tr("Cut a photo into notes"), str(Path.home()), photo_filter()
        )
        return Path(name) if name else None

    def detach(self) -> None:
        if self._photos is not None:
            self._photos.detach()
        for dialog in (self.wizard, self.crop_tool, self.summary_box):
            if dialog is not None:
                dialog.close()
        self.wizard = self.crop_tool = self.summary_box = None
