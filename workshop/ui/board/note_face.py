"""What a note shows when it is big enough on screen to read: text, marker, author.

Zoomed out, a note is a plain ``QGraphicsRectItem`` (its tile) that Qt paints on its own
(no Python per frame: thousands of them cost what bare rectangles cost). Where a view shows notes
large enough to read, the scene gives those notes a ``NoteFace`` child that draws them in
full. Qt keeps each face's picture per zoom level, so repaints and pans blit it; the text
is laid out once per text or size change (``fit_text``), not per frame.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPainter,
    QPixmap,
    QStaticText,
    QTextLayout,
    QTextOption,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from workshop.ui.board import style

if TYPE_CHECKING:
    from workshop.ui.board.note_item import NoteItem

#: Stands in for a line break: QStaticText's plain text ignores "\n".
LINE_SEPARATOR = "\u2028"
#: Faces let Qt keep a picture of them per zoom level (see the board benchmark: repaints
#: and pans cost a copy; a zoom step draws the faces once). False draws them every time.
CACHE_FACES = True


@dataclass(frozen=True)
class TextFit:
    """A note's text laid out for its size: the largest font at which it fits, or the
    smallest with the text cut after the last whole line that fits (``truncated``)."""

    static: QStaticText
    font: QFont
    truncated: bool
    height: float


def _wrap_option() -> QTextOption:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def fit_text(text: str, width: float, height: float) -> TextFit:
    shown = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", LINE_SEPARATOR)
    shown = shown.replace("\t", "    ")
    width = max(1.0, width)
    option = _wrap_option()
    end, used, truncated = len(shown), 0.0, False
    chosen = style.font(style.TEXT_SIZES[-1])
    for size in style.TEXT_SIZES:
        chosen = style.font(size)
        end, used, truncated = _lines_that_fit(shown, chosen, option, width, height)
        if not truncated:
            break
    kept = shown[:end].rstrip() if truncated else shown
    static = QStaticText(kept)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.setTextOption(option)
    static.setTextWidth(width)
    static.setPerformanceHint(QStaticText.PerformanceHint.ModerateCaching)
    static.prepare(QTransform(), chosen)
    return TextFit(static, chosen, truncated, used)


def _lines_that_fit(
    text: str, font: QFont, option: QTextOption, width: float, height: float
) -> tuple[int, float, bool]:
    """Where the last line that fits ends, how high the lines are, whether text is left."""
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    layout.beginLayout()
    y, end, truncated = 0.0, 0, False
    try:
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            if y + line.height() > height + 0.5:
                truncated = True
                break
            y += line.height()
            end = line.textStart() + line.textLength()
    finally:
        layout.endLayout()
    return end, y, truncated


@dataclass(frozen=True)
class Snapshot:
    """What a face showed on screen as a zoom gesture began: the view's picture (shared
    by every face), the part of it that is this note (``source``, in the picture's pixels),
    where that part is on the note (``area``, board units), whether it is all of the note
    (``whole``), and what the note showed then (``key``: its version and selection)."""

    picture: QPixmap
    source: QRectF
    area: QRectF
    whole: bool
    key: tuple[int, bool]


class NoteFace(QGraphicsRectItem):
    """The readable part of one note, drawn over it; takes no clicks (they reach the note).

    While a note has a face, the face draws all of it (the note item itself draws nothing,
    so the paper is not filled twice). Qt keeps the face's picture per view and zoom level
    (``DeviceCoordinateCache``): a repaint or a pan blits it without calling Python.

    A zoom changes the level, so every face on screen would be drawn again at every step
    of a wheel or pinch gesture. While the board is being zoomed (``moving``), a face
    draws instead its part of the picture of the view taken as the gesture began
    (``snapshot``), scaled: a step costs a scaled copy per note. When the zoom has come to
    rest the scene sets ``moving`` back and the faces draw themselves sharp again.
    """

    def __init__(self, note: NoteItem, moving: bool = False) -> None:
        super().__init__(note.rect(), note.tile)
        self.setPen(Qt.PenStyle.NoPen)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, False)
        self.note = note
        self.moving = moving
        self.snapshot: Snapshot | None = None
        self._cache()

    def _cache(self) -> None:
        cached = CACHE_FACES and not self.moving
        mode = QGraphicsItem.CacheMode
        self.setCacheMode(mode.DeviceCoordinateCache if cached else mode.NoCache)

    def set_moving(self, moving: bool) -> None:
        """The board is being zoomed (draw the snapshot, scaled) or has come to rest."""
        if moving != self.moving:
            self.moving = moving
            if not moving:
                self.snapshot = None
            self._cache()
            self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        world = painter.worldTransform()
        zoom = math.hypot(world.m11(), world.m12())
        if not self.moving or zoom < style.GLANCE_ZOOM:
            self.draw(painter, zoom)
            return
        snapshot = self.snapshot
        note = self.note
        if snapshot is None or snapshot.key != (note.version, note.isSelected()):
            self.draw(painter, 0.0)  # nothing on screen to show: the note as its tile
            return
        if not snapshot.whole:
            self.draw(painter, 0.0)  # the part that was out of view: the tile
        # Filtered where the note is large enough to read; smaller, a plain copy (a third
        # of the cost, and its text too small to read either way).
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, zoom >= style.DETAIL_ZOOM)
        painter.drawPixmap(snapshot.area, snapshot.picture, snapshot.source)

    def draw(self, painter: QPainter, zoom: float) -> None:
        """The face as it looks at ``zoom``: the tile below GLANCE_ZOOM, first words below
        DETAIL_ZOOM, all of it from there on."""
        note = self.note
        rect = note.rect()
        painter.fillRect(rect, note.paper())
        if zoom < style.DETAIL_ZOOM:
            # Zoomed out: the note as its tile, with its first words where they fit.
            painter.setPen(note.pen())
            painter.drawRect(rect)
            if zoom >= style.GLANCE_ZOOM:
                painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
                painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
                note.draw_glance(painter, zoom)
            return
        painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        note.draw_face(painter)


def glance_size(zoom: float) -> float:
    """The font size (board units) of a note's first words at ``zoom``."""
    for size in style.GLANCE_SIZES:
        if size * zoom <= style.GLANCE_MAX_PX:
            return size
    return style.GLANCE_SIZES[-1]


def glance_static(text: str, size: float, width: float, height: float) -> QStaticText | None:
    """A note's first words in a ``size`` font, laid out once; None when none fit."""
    words = first_words(text, style.font(size), width, height)
    if not words:
        return None
    static = QStaticText(words)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.setTextOption(_wrap_option())
    static.setTextWidth(max(1.0, width))
    static.setPerformanceHint(QStaticText.PerformanceHint.ModerateCaching)
    static.prepare(QTransform(), style.font(size))
    return static


def first_words(text: str, font: QFont, width: float, height: float) -> str:
    """As many whole lines of ``text`` (on one paragraph) as fit in ``width`` × ``height``,
    the last one ending in "…" when text is left over; "" when not even one line fits."""
    one_line = " ".join(text.split())
    if not one_line:
        return ""
    end, _used, truncated = _lines_that_fit(one_line, font, _wrap_option(), width, height)
    if end == 0:
        return ""
    if not truncated:
        return one_line
    kept = one_line[:end].rstrip()
    # The "…" goes at the end of the last line that fits: shorten that line until it has room.
    start = _last_line_start(kept, font, width)
    last = kept[start:]
    metrics = QFontMetricsF(font)
    while last and metrics.horizontalAdvance(last + "…") > width:
        last = last[:-1]
    return kept[:start] + last.rstrip() + "…"


def _last_line_start(text: str, font: QFont, width: float) -> int:
    layout = QTextLayout(text, font)
    layout.setTextOption(_wrap_option())
    layout.beginLayout()
    start = 0
    try:
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start = line.textStart()
    finally:
        layout.endLayout()
    return start


def elided(text: str, font: QFont, width: float) -> str:
    one_line = " ".join(text.split())
    return QFontMetricsF(font).elidedText(one_line, Qt.TextElideMode.ElideRight, max(0.0, width))
