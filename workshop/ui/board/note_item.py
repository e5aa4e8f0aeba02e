"""One sticky note on the board.

Zoomed out, a note is nothing but a coloured rectangle with an outline, and Qt paints
those by itself. So each note's rectangle (its ``tile``) is a plain ``QGraphicsRectItem``
made by the scene in C++ (``QGraphicsScene.addRect``), not a Python subclass: Qt then
calls no Python for it at all — not when the board is built, not when it is painted —
and a 10,000-note board builds about as fast as bare rectangles do. ``NoteItem`` is the
Python side of the note: what the file says about it (``note``), how it looks, and the
few item calls the board makes, passed on to the tile. The scene maps tiles back to
notes (``BoardScene.note_for``).

One PySide habit to know: when a view of the board is deleted together with the window
around it while it still shows the board, PySide forgets the Python side of every
Qt-made item in that scene (the tiles stay on screen, but the next call on one fails).
So a view that shows the board lets go of it (``setScene(None)``) before it goes: the
board's own view does when the workshop closes, the presenter view when it closes.

A note's text, source marker and author are drawn by a ``NoteFace`` child of the tile
that the scene adds only while some view shows the note large enough to read (see
``note_face``). Text is plain text, always: a note that says ``<b>`` shows ``<b>``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
    QStaticText,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene

from workshop.domain.model import Note, Participant, Source
from workshop.ui.board import style
from workshop.ui.board.note_face import (
    NoteFace,
    TextFit,
    elided,
    fit_text,
    glance_size,
    glance_static,
)


class BoardContext(Protocol):
    """What a note asks the board about: its source, its author, its picture."""

    #: Whether zoomed-out notes have an outline (not when they are tiny on screen).
    outlines: bool

    def source_for(self, note: Note) -> Source | None: ...

    def author_for(self, note: Note) -> Participant | None: ...

    def picture(self, asset_id: str) -> QPixmap | None: ...


_FLAGS = QGraphicsItem.GraphicsItemFlag
_SELECTABLE = _FLAGS.ItemIsSelectable


class NoteItem:
    """One note on the board: its tile in the scene, and what it shows."""

    __slots__ = (
        "_fit",
        "_fit_key",
        "_glance",
        "board",
        "dimmed",
        "face",
        "note",
        "tile",
        "version",
    )
    is_note = True

    def __init__(self, note: Note, board: BoardContext, tile: QGraphicsRectItem) -> None:
        self.board = board
        self.note = note
        self.tile = tile
        self.face: NoteFace | None = None
        #: Goes up whenever what the note shows changes (its face redraws).
        self.version = 0
        self.dimmed = False
        self._fit: TextFit | None = None
        self._fit_key: tuple[str, float, float] = ("", 0.0, 0.0)
        self._glance: tuple[tuple[str, float, float], dict[float, QStaticText | None]] | None = None

    @property
    def note_id(self) -> str:
        return self.note.id

    # The item calls the board makes, passed on to the tile -------------------------------
    def pos(self) -> QPointF:
        return self.tile.pos()

    def setPos(self, point: QPointF) -> None:
        self.tile.setPos(point)

    def rect(self) -> QRectF:
        return self.tile.rect()

    def zValue(self) -> float:
        return self.tile.zValue()

    def setZValue(self, z: float) -> None:
        self.tile.setZValue(z)

    def isSelected(self) -> bool:
        return self.tile.isSelected()

    def setSelected(self, selected: bool) -> None:
        self.tile.setSelected(selected)

    def mapFromScene(self, point: QPointF) -> QPointF:
        return self.tile.mapFromScene(point)

    def sceneBoundingRect(self) -> QRectF:
        return self.tile.sceneBoundingRect()

    def pen(self) -> QPen:
        return self.tile.pen()

    def brush(self) -> QBrush:
        return self.tile.brush()

    def update(self) -> None:
        self.tile.update()

    # State ---------------------------------------------------------------------------
    def set_note(self, note: Note) -> None:
        """Show the note as it now is in the file."""
        old = self.note
        self.note = note
        tile = self.tile
        if (old.w, old.h) != (note.w, note.h):
            self.set_size(note.w, note.h)
        if tile.pos() != QPointF(note.x, note.y):
            tile.setPos(note.x, note.y)
        if tile.zValue() != note.z:
            tile.setZValue(note.z)
        self.changed()

    def set_size(self, w: float, h: float) -> None:
        rect = QRectF(0.0, 0.0, w, h)
        self.tile.setRect(rect)
        if self.face is not None:
            self.face.setRect(rect)
        self.changed()

    def changed(self) -> None:
        """Something the note shows changed: restyle, and redraw the face."""
        self.version += 1
        self.restyle()
        if self.face is not None:
            self.face.update()

    def set_dimmed(self, dimmed: bool) -> None:
        if dimmed != self.dimmed:
            self.dimmed = dimmed
            self.changed()

    def restyle(self) -> None:
        note = self.note
        tile = self.tile
        tile.setBrush(style.brush(self.paper_colour(), self.dimmed))
        tile.setPen(
            style.edge_pen(
                self.paper_colour(),
                note.is_assumption,
                tile.isSelected(),
                self.dimmed,
                self.board.outlines,
            )
        )

    def paper_colour(self) -> str:
        return self.note.colour

    def paper(self) -> QColor:
        return style.paper(self.paper_colour(), self.dimmed)

    def board_rect(self) -> QRectF:
        """Where the note is on the board now (while dragged: where it is being dragged)."""
        return QRectF(self.tile.pos(), self.tile.rect().size())

    # Parts a pointer can grab -----------------------------------------------------------
    def marker_rect(self) -> QRectF:
        """The source marker in the top-left corner: dragging it links the note to a persona."""
        source = self.board.source_for(self.note)
        text = style.kind_marker(source.kind) if source else style.assumption_marker()
        width = QFontMetricsF(style.font(style.SMALL_SIZE, bold=True)).horizontalAdvance(text)
        return QRectF(4.0, 4.0, min(width + 10.0, self.rect().width() - 8.0), 15.0)

    def grip_rect(self) -> QRectF:
        r = self.rect()
        return QRectF(r.right() - style.GRIP, r.bottom() - style.GRIP, style.GRIP, style.GRIP)

    # Drawing (by the face, in board units) ---------------------------------------------
    def text_fit(self) -> TextFit:
        r = self.rect()
        key = (self.note.text, r.width(), r.height())
        if self._fit is None or key != self._fit_key:
            self._fit = fit_text(
                self.note.text,
                r.width() - 2 * style.PAD,
                r.height() - style.HEADER - style.FOOTER,
            )
            self._fit_key = key
        return self._fit

    def glance(self, size: float) -> QStaticText | None:
        """The first words shown zoomed out, in a ``size`` font (laid out once per size)."""
        r = self.rect()
        key = (self.note.text, r.width(), r.height())
        if self._glance is None or self._glance[0] != key:
            self._glance = (key, {})
        made = self._glance[1]
        if size not in made:
            pad = size / 3
            made[size] = glance_static(
                self.note.text, size, r.width() - 2 * pad, r.height() - 2 * pad
            )
        return made[size]

    def draw_glance(self, painter: QPainter, zoom: float) -> None:
        """Zoomed out: the note's first words, as large as a glance reads."""
        size = glance_size(zoom)
        static = self.glance(size)
        if static is None:
            return
        painter.setFont(style.font(size))
        painter.setPen(self.text_colour())
        painter.drawStaticText(QPointF(size / 3, size / 3), static)

    def draw_face(self, painter: QPainter) -> None:
        source = self.board.source_for(self.note)
        self.draw_body(painter)
        self.draw_marker(painter, source)
        self.draw_edge(painter, source)

    def text_colour(self) -> QColor:
        colour = QColor(style.TEXT)
        if self.dimmed:
            colour.setAlpha(90)
        return colour

    def draw_body(self, painter: QPainter) -> None:
        r = self.rect()
        fit = self.text_fit()
        area = QRectF(
            style.PAD,
            style.HEADER,
            r.width() - 2 * style.PAD,
            r.height() - style.HEADER - style.FOOTER,
        )
        painter.save()
        painter.setClipRect(area, Qt.ClipOperation.IntersectClip)
        painter.setFont(fit.font)
        painter.setPen(self.text_colour())
        painter.drawStaticText(area.topLeft(), fit.static)
        painter.restore()
        footer = QRectF(
            style.PAD, r.height() - style.FOOTER, r.width() - 2 * style.PAD, style.FOOTER - 3
        )
        self.draw_footer(painter, footer, fit.truncated)

    def draw_footer(self, painter: QPainter, area: QRectF, truncated: bool) -> None:
        small = style.font(style.SMALL_SIZE)
        painter.setFont(small)
        more_width = 0.0
        if truncated:
            bold = style.font(style.TEXT_SIZES[0], bold=True)
            more_width = QFontMetricsF(bold).horizontalAdvance("…") + 4
            painter.setFont(bold)
            painter.setPen(self.text_colour())
            painter.drawText(area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, "…")
            painter.setFont(small)
        author = self.board.author_for(self.note)
        if author is not None:
            colour = QColor(style.MUTED_TEXT)
            if self.dimmed:
                colour.setAlpha(90)
            painter.setPen(colour)
            text = elided(author.name, small, area.width() - more_width)
            painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, text)

    def draw_marker(self, painter: QPainter, source: Source | None) -> None:
        chip = self.marker_rect()
        bold = style.font(style.SMALL_SIZE, bold=True)
        if source is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            fill = style.kind_colour(source.kind)
            if self.dimmed:
                fill.setAlpha(90)
            painter.setBrush(fill)
            painter.drawRoundedRect(chip, 3, 3)
            painter.setPen(QColor("#ffffff"))
            painter.setFont(bold)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, style.kind_marker(source.kind))
        else:
            pen = QPen(style.ASSUMPTION_COLOUR, 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            painter.setFont(style.font(style.SMALL_SIZE, bold=True, italic=True))
            painter.setPen(style.ASSUMPTION_COLOUR)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, style.assumption_marker())

    def draw_edge(self, painter: QPainter, source: Source | None) -> None:
        r = self.rect()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if source is None:
            pen = QPen(style.ASSUMPTION_COLOUR, 1.5, Qt.PenStyle.DashLine)
        else:
            pen = QPen(self.paper().darker(150), 1)
        painter.setPen(pen)
        inset = pen.widthF() / 2
        painter.drawRect(r.adjusted(inset, inset, -inset, -inset))
        if self.isSelected():
            painter.setPen(QPen(style.SELECTION, 3))
            painter.drawRect(r.adjusted(1.5, 1.5, -1.5, -1.5))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.SELECTION)
            grip = self.grip_rect()
            painter.drawPolygon(QPolygonF([grip.bottomLeft(), grip.bottomRight(), grip.topRight()]))


def make_notes(
    scene: QGraphicsScene,
    notes: Sequence[Note],
    board: BoardContext,
    image_kind: type[NoteItem] = NoteItem,
) -> list[NoteItem]:
    """A note item for each note, its tile made by Qt in ``scene``, placed and styled as the
    note says (``image_kind`` for picture notes).

    The board is built through here, so this loop is what opening a big workshop costs:
    four Qt calls per note, pens and brushes shared by all notes that look alike, each
    note's fields unpacked at once."""
    add_rect = scene.addRect
    research: dict[str, tuple[QPen, QBrush]] = {}
    assumption: dict[str, tuple[QPen, QBrush]] = {}
    made: list[NoteItem] = []
    append = made.append
    for note in notes:
        _id, _text, x, y, w, h, z, colour, source_id, _a, _c, asset_id, _o, _t, _q = note
        looks = assumption if source_id is None else research
        look = looks.get(colour)
        if look is None:
            pen = style.edge_pen(colour, source_id is None, False, False, board.outlines)
            look = looks[colour] = (pen, style.brush(colour, False))
        tile = add_rect(0.0, 0.0, w, h, look[0], look[1])
        tile.setPos(x, y)
        tile.setZValue(z)
        tile.setFlags(_SELECTABLE)  # its only flag (cheaper than setFlag); moved by the view
        append((NoteItem if asset_id is None else image_kind)(note, board, tile))
    return made
