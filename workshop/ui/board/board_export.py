"""File › Export Board as PNG/PDF…: the whole board, or only what is selected, as a picture
or a one-page PDF to send round after the workshop, at print resolution.

The board is drawn from its scene (``QGraphicsScene.render``) onto a ``QImage`` or a
``QPdfWriter``, without the selection's outlines. The file is written by the output rule
(``store.outputs``): never over the workshop or any workshop file, an existing file only
after asking, and a half-written file never left under the name.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QRectF, QSizeF, Qt
from PySide6.QtGui import QAction, QImage, QPainter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from workshop.domain.file_names import title_for_file_name
from workshop.errors import WorkshopError
from workshop.store import outputs
from workshop.ui import output_choice
from workshop.ui.board import style
from workshop.ui.plain import message_box

if TYPE_CHECKING:
    from workshop.ui.board.feature import BoardFeature
    from workshop.ui.board.scene import BoardScene

#: Print resolution, and the board's own (one board unit is one pixel at 100%).
PRINT_DPI = 300
BOARD_DPI = 96
#: Room around what is exported, in board units.
EXPORT_MARGIN = 40.0
#: A picture is kept within this many pixels (a huge board is drawn at a lower resolution
#: rather than not at all): about 64 megapixels, 256 MB while it is drawn.
MAX_PIXELS = 64_000_000
#: No side of a picture is longer than this (what image viewers and PNG readers accept).
MAX_SIDE = 30_000

PNG_FILTER = "PNG picture (*.png)"
PDF_FILTER = "PDF document (*.pdf)"


class NothingToExport(WorkshopError):
    """The board (or the selection) is empty."""


def export_area(scene: BoardScene, selection_only: bool) -> QRectF:
    """The board area to export: everything, or the selected notes and frames, with a margin."""
    if selection_only:
        area = QRectF()
        for item in scene.selected():
            area = area.united(item.sceneBoundingRect())
    else:
        area = scene.board_rect()
    if area.isEmpty():
        raise NothingToExport(
            "select some notes or clusters to export"
            if selection_only
            else "the board is empty: add some notes first"
        )
    return area.adjusted(-EXPORT_MARGIN, -EXPORT_MARGIN, EXPORT_MARGIN, EXPORT_MARGIN)


def picture_scale(area: QRectF) -> float:
    """Pixels per board unit for a picture of ``area``: print resolution, less for a board
    too large to draw at it."""
    scale = PRINT_DPI / BOARD_DPI
    pixels = area.width() * area.height() * scale * scale
    if pixels > MAX_PIXELS:
        scale *= (MAX_PIXELS / pixels) ** 0.5
    longest = max(area.width(), area.height()) * scale
    if longest > MAX_SIDE:
        scale *= MAX_SIDE / longest
    return scale


def _draw(scene: BoardScene, painter: QPainter, target: QRectF, area: QRectF) -> None:
    """The board area drawn into ``target`` without the selection's outlines."""
    selected = scene.selectedItems()
    blocked = scene.blockSignals(True)
    try:
        for item in selected:
            item.setSelected(False)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        painter.fillRect(target, style.BACKGROUND)
        with scene.all_faces_in(area):
            scene.render(painter, target, area, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        for item in selected:
            item.setSelected(True)
        scene.blockSignals(blocked)


def _tr(text: str) -> str:
    return QCoreApplication.translate("BoardExport", text)


def write_png(scene: BoardScene, area: QRectF, path: Path) -> QImage:
    """Draw ``area`` as a PNG picture at ``path`` (a path the output rule gave); returns it."""
    scale = picture_scale(area)
    width = max(1, round(area.width() * scale))
    height = max(1, round(area.height() * scale))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise WorkshopError(
            _tr("there is not enough memory for a picture this large"), where=str(path)
        )
    dots_per_metre = round(scale * BOARD_DPI / 0.0254)  # 300 dpi unless scaled down
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    try:
        _draw(scene, painter, QRectF(0, 0, width, height), area)
    finally:
        painter.end()
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]  # PySide takes str
        raise WorkshopError(_tr("the picture could not be written there"), where=str(path))
    return image


def write_pdf(scene: BoardScene, area: QRectF, path: Path) -> None:
    """Draw ``area`` as a one-page PDF at ``path``, the page the board's shape, its
    notes at their size on screen (96 board units to the inch), drawn at print resolution."""
    # Loaded with the first PDF (making Qt's page size types costs start-up time).
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    points = QSizeF(area.width() * 72 / BOARD_DPI, area.height() * 72 / BOARD_DPI)
    writer = QPdfWriter(str(path))
    writer.setResolution(PRINT_DPI)
    writer.setCreator("Persona Workshop")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(points, QPageSize.Unit.Point, "Board", QPageSize.SizeMatchPolicy.ExactMatch),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise WorkshopError(_tr("the PDF could not be written there"), where=str(path))
    try:
        page = QRectF(0, 0, writer.width(), writer.height())
        _draw(scene, painter, page, area)
    finally:
        painter.end()


def board_file(typed: str, *, pdf: bool) -> Path:
    """The file a board export writes for the name typed in the save dialog: that name
    when it ends in .png or .pdf, else the name with ".pdf" (the PDF filter chosen) or
    ".png" added (a board picture is one of the two, whatever the name said)."""
    path = Path(typed)
    if path.suffix.lower() in (".png", ".pdf"):
        return path
    return path.with_name(path.name + (".pdf" if pdf else ".png"))


def suggested_name(title: str, workshop: Path) -> str:
    """The save dialog's first name: the workshop's title as it is, only what a file name
    cannot hold left out (as the poster export does), then " board.png"."""
    stem = title_for_file_name(title) or title_for_file_name(workshop.stem)
    if not stem:
        return QCoreApplication.translate("BoardExport", "board.png")
    return QCoreApplication.translate("BoardExport", "{0} board.png").format(stem)


def made_by(path: Path) -> str:
    """What an export of the board to ``path`` holds: a PDF or a PNG picture, by its name."""
    return "pdf" if path.suffix.lower() == ".pdf" else "png"


def export_board(scene: BoardScene, path: Path, workshop: Path, *, selection_only: bool) -> None:
    """Export the board (or the selection) to ``path``, PNG or PDF by its suffix, by the
    output rule; an existing file is replaced (the caller asked first)."""
    area = export_area(scene, selection_only)
    with outputs.writing(path, inputs=[workshop], force=True, makes=made_by(path)) as partial:
        if path.suffix.lower() == ".pdf":
            write_pdf(scene, area, partial)
        else:
            write_png(scene, area, partial)


class BoardExport(QObject):
    """The File menu's Export Board and Export Selection actions."""

    def __init__(self, feature: BoardFeature) -> None:
        super().__init__(feature.container)
        self.feature = feature
        self.board_action = QAction(self.tr("Export &Board as PNG/PDF…"), self)
        self.board_action.setStatusTip(
            self.tr("Save the whole board as a picture or a PDF to send round")
        )
        self.board_action.triggered.connect(lambda: self.export(selection_only=False))
        self.selection_action = QAction(self.tr("Export Se&lection as PNG/PDF…"), self)
        self.selection_action.setStatusTip(
            self.tr("Save the selected notes and clusters as a picture or a PDF")
        )
        self.selection_action.triggered.connect(lambda: self.export(selection_only=True))
        self.last_folder: Path | None = None

    def update_enabled(self) -> None:
        self.selection_action.setEnabled(bool(self.feature.scene.selected()))

    def ask_path(self, suggested: Path) -> tuple[str, bool] | None:
        """The name typed in a save dialog, and whether its PDF filter was chosen (None:
        the dialog was cancelled)."""
        name, chosen = QFileDialog.getSaveFileName(
            self.feature.window,
            self.tr("Export Board"),
            str(suggested),
            ";;".join((self.tr(PNG_FILTER), self.tr(PDF_FILTER))),
            options=QFileDialog.Option.DontConfirmOverwrite,  # asked in ``export``
        )
        if not name:
            return None
        return name, "pdf" in chosen.lower()

    def export(self, *, selection_only: bool) -> Path | None:
        session = self.feature.session
        workshop = session.workshop.path
        folder = self.last_folder or workshop.parent
        title = session.snapshot().workshop.title
        answer = self.ask_path(folder / suggested_name(title, workshop))
        if answer is None:
            return None
        typed, pdf = answer
        path = board_file(typed, pdf=pdf)
        refused = output_choice.refusal(path, inputs=[workshop], makes=made_by(path))
        if refused is not None:
            self._say(self.tr("Nothing was exported: {0}").format(refused.message))
            return None
        if not output_choice.may_replace(self.feature.window, path):
            return None
        try:
            export_board(self.feature.scene, path, workshop, selection_only=selection_only)
        except WorkshopError as error:
            self._say(self.tr("Nothing was exported: {0}").format(error.message))
            return None
        self.last_folder = path.parent
        if path.name != Path(typed).name:  # said, not done silently
            session.status.emit(
                self.tr("Saved as {0} (a board picture is a PNG or PDF)").format(path)
            )
        else:
            session.status.emit(self.tr("Exported the board to {0}").format(path))
        return path

    def _say(self, text: str) -> None:
        box = message_box(
            self.feature.window,
            QMessageBox.Icon.Warning,
            self.tr("Export Board"),
            text,
            QMessageBox.StandardButton.Ok,
        )
        box.setObjectName("boardExportRefused")
        box.exec()
