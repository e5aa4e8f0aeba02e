"""File > Import Photos: photos of the wall become image notes, prepared in the background.

Each photo is turned upright, converted and downscaled in a worker thread (a 12-megapixel
phone photo takes a moment), with a progress dialog that can cancel. Photos that cannot
be read, or are already on the board, are left out and the summary says why; the rest
are added as one undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from workshop.domain.board_geometry import Point
from workshop.io.import_summary import ImportSummary
from workshop.io.photo_import import Photo, add_photos, photo_summary, prepare_photos
from workshop.ui.intake.background import BackgroundJob, Progress
from workshop.ui.plurals import plural
from workshop.ui.session import WorkshopSession


class PhotoIntake(QObject):
    #: When an import ends: the ImportSummary (``notes`` 0 when nothing was added).
    finished = Signal(object)

    def __init__(
        self,
        session: WorkshopSession,
        near: Callable[[], Point | None],
        parent_widget: QWidget,
    ) -> None:
        super().__init__(parent_widget)
        self.session = session
        self.near = near
        self.parent_widget = parent_widget
        self.job = BackgroundJob(self)
        self.job.progress.connect(self._progress)
        self.job.done.connect(self._prepared)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self.dialog: QProgressDialog | None = None
        self._count = 0

    def start(self, paths: Sequence[str | Path]) -> None:
        chosen = [Path(p) for p in paths]
        if not chosen or self.job.busy:
            return
        self._count = len(chosen)
        known = self.session.workshop.image_note_hashes()
        dialog = QProgressDialog(
            self.tr("Preparing photos…"), self.tr("Cancel"), 0, len(chosen), self.parent_widget
        )
        dialog.setWindowTitle(self.tr("Import Photos"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.job.cancel)
        self.dialog = dialog

        def work(progress: Progress) -> tuple[list[Photo], list[str]]:
            return prepare_photos(chosen, known=known, progress=progress)

        self.job.start(work)

    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(done)
            self.dialog.setLabelText(
                self.tr("Preparing photo {0} of {1}…").format(min(done + 1, total), total)
            )

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.job.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _prepared(self, result: object) -> None:
        self._close_dialog()
        assert isinstance(result, tuple)
        photos: list[Photo] = result[0]
        skipped: list[str] = result[1]
        if not photos:
            self.finished.emit(self._nothing(skipped))
            return
        near = self.near()
        change = self.session.perform(lambda wf: add_photos(wf, photos, near=near))
        if change is None:
            self.finished.emit(self._nothing([self.tr("the photos could not be saved")]))
            return
        self.session.highlight_requested.emit(change.ids("note", "added"))
        self.finished.emit(photo_summary(photos, skipped))

    def _failed(self, message: str) -> None:
        self._close_dialog()
        self.finished.emit(self._nothing([message]))

    def _cancelled(self) -> None:
        self._close_dialog()
        self.finished.emit(self._nothing([self.tr("the import was cancelled")]))

    def _nothing(self, reasons: Sequence[str]) -> ImportSummary:
        lines = [self.tr("No photos were imported."), *reasons]
        return ImportSummary(
            file_name=plural("%n photo", "%n photos", self._count),
            notes=0,
            sources=0,
            skipped=tuple(reasons),
            lines=tuple(lines),
        )

    def detach(self) -> None:
        self.job.cancel()
        self.job.wait()
        self._close_dialog()
