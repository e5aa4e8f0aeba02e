"""Printing a made PDF through Qt's printer: each page rendered with QtPdf onto the paper.

The printer starts on the PDF's own paper size and orientation; whatever paper the
facilitator then picks in the print dialog, each page is scaled to fit it, centred, without
distortion. Pages are rendered as images at up to :data:`PRINT_DPI` (and never more than
:data:`MAX_PIXELS` per page, so an A0 poster cannot exhaust memory).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from workshop.errors import ExportFailed

PRINT_DPI = 200.0
MAX_PIXELS = 40_000_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


class PdfPages:
    """A PDF held in memory, ready to draw page by page."""

    def __init__(self, data: bytes) -> None:
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise ExportFailed(_tr("The PDF made for printing could not be read back."))

    @property
    def count(self) -> int:
        return int(self.document.pageCount())

    def size(self, page: int) -> QSizeF:
        """The page's size in points."""
        return self.document.pagePointSize(page)

    def close(self) -> None:
        self.document.close()
        self._buffer.close()


def match_paper(printer: QPrinter, pages: PdfPages) -> None:
    """Start the printer on the first page's paper size and orientation, full page."""
    printer.setFullPage(True)
    if pages.count < 1:
        return
    points = pages.size(0)
    landscape = points.width() > points.height()
    portrait = QSizeF(min(points.width(), points.height()), max(points.width(), points.height()))
    page_size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageSize(page_size)
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )


def _chosen_range(printer: QPrinter, count: int) -> range:
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 and last <= 0:
        return range(count)
    first = max(first, 1)
    last = min(last if last > 0 else count, count)
    return range(first - 1, last)


def print_pages(pages: PdfPages, printer: QPrinter) -> int:
    """Draw the pages the printer asks for; returns how many were printed."""
    chosen = _chosen_range(printer, pages.count)
    if not chosen:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise ExportFailed(_tr("The printer could not be started."))
    printed = 0
    try:
        for index in chosen:
            if printed:
                printer.newPage()
            _draw_page(painter, printer, pages, index)
            printed += 1
    finally:
        painter.end()
    return printed


def _draw_page(painter: QPainter, printer: QPrinter, pages: PdfPages, index: int) -> None:
    # Full-page printing: the painter's origin is the paper's corner, so a page the size of
    # the paper prints at actual size (tiled sheets must, for their overlaps to line up).
    paper = printer.pageRect(QPrinter.Unit.DevicePixel)
    points = pages.size(index)
    scale = min(paper.width() / points.width(), paper.height() / points.height())
    width, height = points.width() * scale, points.height() * scale
    target = QRectF((paper.width() - width) / 2, (paper.height() - height) / 2, width, height)
    # Render at print resolution, capped; the painter scales the image onto the paper.
    dpi = min(PRINT_DPI, float(printer.resolution()))
    pixels_w, pixels_h = points.width() / 72 * dpi, points.height() / 72 * dpi
    if pixels_w * pixels_h > MAX_PIXELS:
        shrink = (MAX_PIXELS / (pixels_w * pixels_h)) ** 0.5
        pixels_w, pixels_h = pixels_w * shrink, pixels_h * shrink
    image = pages.document.render(index, QSize(max(1, round(pixels_w)), max(1, round(pixels_h))))
    painter.fillRect(target, Qt.GlobalColor.white)
    painter.drawImage(target, image)
