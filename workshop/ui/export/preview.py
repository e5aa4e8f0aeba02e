"""The live preview of the first page: made on a worker thread, shown when it is ready.

Every change of a choice restarts a short timer (so a burst of clicks makes one preview).
When it fires, the first page is printed into memory on a worker thread (the export engine
needs no Qt and no database; the images it needs are read beforehand), and the bytes come
back through a signal to the GUI thread, which renders page 1 with QtPdf. A newer request
makes any older result stale; a request not started yet is cancelled; a preview whose widget
has gone is dropped. Nothing waits for the worker, so closing the dialog never blocks.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop.errors import WorkshopError
from workshop.export import ExportReport

#: A preview job: print the first page into the buffer.
Build = Callable[[io.BytesIO], ExportReport]

DEBOUNCE_MS = 150
#: The longest side of the rendered preview image, in pixels.
RENDER_PIXELS = 900
MM_PER_POINT = 25.4 / 72

_workers = ThreadPoolExecutor(max_workers=1, thread_name_prefix="export-preview")


class _Relay(QObject):
    """Lives in the GUI thread for the whole run; carries finished jobs back to it."""

    finished = Signal(object, object)  # token, Future


_relay: _Relay | None = None


def _shared_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


def _run(build: Build) -> tuple[bytes, ExportReport] | WorkshopError | Exception:
    buffer = io.BytesIO()
    try:
        report = build(buffer)
    except WorkshopError as error:
        return error
    except Exception as error:  # a bug: shown in the preview instead of killing the worker
        return error
    return buffer.getvalue(), report


class PreviewMaker(QObject):
    """Makes the preview image for the latest request; says when it changed."""

    #: A new preview image (or message) is ready.
    updated = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        #: The first page's size in millimetres (width, height), once known.
        self.page_size_mm: tuple[float, float] | None = None
        self.page_count = 0
        self.report: ExportReport | None = None
        #: Why there is no preview (e.g. "Choose at least one persona"), or "".
        self.message = ""
        self.busy = False
        self._build: Build | None = None
        self._token: object | None = None
        self._future: Future[object] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)
        self._document = QPdfDocument(self)
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        _shared_relay().finished.connect(self._finished)

    def request(self, build: Build) -> None:
        """Preview what ``build`` prints, after a short pause for more changes."""
        self._build = build
        self.busy = True
        self._timer.start()

    def cancel(self) -> None:
        """Forget any request; a job under way finishes unseen."""
        self._timer.stop()
        self._build = None
        self._token = None
        if self._future is not None:
            self._future.cancel()
            self._future = None
        self.busy = False

    def _start(self) -> None:
        build, self._build = self._build, None
        if build is None:
            return
        if self._future is not None:
            self._future.cancel()  # not started yet: never runs
        token = object()
        self._token = token
        relay = _shared_relay()
        future: Future[object] = _workers.submit(_run, build)  # type: ignore[arg-type]
        self._future = future
        future.add_done_callback(lambda done: relay.finished.emit(token, done))

    def _finished(self, token: object, future: Future[object]) -> None:
        if token is not self._token or future.cancelled():
            return
        self._future = None
        self._token = None
        self.busy = self._build is not None or self._timer.isActive()
        result = future.result()
        if isinstance(result, tuple):
            data, report = result
            self._show(data, report)
        else:
            self._fail(result)
        self.updated.emit()

    def _fail(self, error: object) -> None:
        self.image = None
        self.page_size_mm = None
        self.page_count = 0
        self.report = None
        if isinstance(error, WorkshopError):
            self.message = error.message
        else:
            self.message = self.tr("The preview could not be made: {0}").format(error)

    def _show(self, data: bytes, report: ExportReport) -> None:
        self._document.close()
        self._bytes = QByteArray(data)
        buffer = QBuffer(self._bytes, self)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        if self._document.status() != QPdfDocument.Status.Ready or self._document.pageCount() < 1:
            self._fail(self.tr("the page could not be drawn"))
            return
        points = self._document.pagePointSize(0)
        scale = RENDER_PIXELS / max(points.width(), points.height())
        size = QSize(round(points.width() * scale), round(points.height() * scale))
        self.image = on_white(self._document.render(0, size))
        self.page_size_mm = (
            round(points.width() * MM_PER_POINT, 1),
            round(points.height() * MM_PER_POINT, 1),
        )
        self.page_count = self._document.pageCount()
        self.report = report
        self.message = ""


def on_white(image: QImage) -> QImage:
    """The rendered page on white paper (QtPdf leaves what the PDF does not paint clear)."""
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


class PreviewView(QWidget):
    """Shows the preview image as a sheet of paper, scaled to fit, with a shadow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.text = ""
        self.setMinimumSize(300, 360)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Preview of the first page"))

    def show_image(self, image: QImage | None, text: str = "") -> None:
        self.image = image
        self.text = text
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(self.backgroundRole()).darker(108))
        margin = 12.0
        area = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
        if self.image is None or self.image.isNull():
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(
                area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.text
            )
            painter.end()
            return
        size = QSizeF(self.image.size())
        size.scale(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(
            area.center().x() - size.width() / 2,
            area.center().y() - size.height() / 2,
            size.width(),
            size.height(),
        )
        painter.fillRect(target.translated(3, 3), QColor(0, 0, 0, 60))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self.image)
        painter.end()
