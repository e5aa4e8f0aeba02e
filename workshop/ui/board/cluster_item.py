"""A cluster (affinity group) on the board: a titled frame under its notes.

The frame is grabbed by its title band and its edge; its inside lets clicks through to
the board, so a rubber band can start there and a double-click makes a note in it (the
view selects the frame on a click there without a drag, see ``BoardView.hit_at``). The
band shows the title, the number of notes and their votes. Zoomed out, a ``ClusterLabel``
above the notes keeps the title readable, and the view takes clicks on it as on the band.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from workshop.domain.model import Cluster
from workshop.ui.board import style
from workshop.ui.board.note_face import elided
from workshop.ui.plurals import plural

_FLAGS = QGraphicsItem.GraphicsItemFlag
#: How far inside its edge a frame can still be grabbed.
EDGE = 8.0
#: Above every note (the vote overlay sits at 1,000,000).
LABEL_Z = 900_000.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("Board", text)


def counts_text(notes: int, votes: int) -> str:
    text = plural("%n note", "%n notes", notes)
    if votes:
        text += " · " + plural("%n vote", "%n votes", votes)
    return text


class ClusterItem(QGraphicsRectItem):
    is_note = False

    def __init__(self, cluster: Cluster) -> None:
        super().__init__(0.0, 0.0, cluster.w, cluster.h)
        self.cluster = cluster
        self.note_count = 0
        self.votes = 0
        self.drop_target = False
        self.dimmed = False
        self._shapes: dict[bool, QPainterPath] = {}
        self.setPen(Qt.PenStyle.NoPen)
        self.setPos(cluster.x, cluster.y)
        self.setZValue(style.CLUSTER_LAYER + cluster.z)
        self.setFlag(_FLAGS.ItemIsSelectable)  # moved by the view (see dragging), not by Qt
        self.label = ClusterLabel(self)

    @property
    def cluster_id(self) -> str:
        return self.cluster.id

    def set_cluster(self, cluster: Cluster) -> None:
        self.cluster = cluster
        if (self.rect().width(), self.rect().height()) != (cluster.w, cluster.h):
            self.set_size(cluster.w, cluster.h)
        self.setPos(cluster.x, cluster.y)
        self.setZValue(style.CLUSTER_LAYER + cluster.z)
        self.label.sync()
        self.update()

    def set_size(self, w: float, h: float) -> None:
        self.prepareGeometryChange()
        self.setRect(QRectF(0.0, 0.0, w, h))
        self._shapes.clear()
        self.label.sync()

    def set_counts(self, notes: int, votes: int) -> None:
        if (notes, votes) != (self.note_count, self.votes):
            self.note_count, self.votes = notes, votes
            self.update()

    def set_drop_target(self, flag: bool) -> None:
        if flag != self.drop_target:
            self.drop_target = flag
            self.update()

    def board_rect(self) -> QRectF:
        return QRectF(self.pos(), self.rect().size())

    def band_rect(self) -> QRectF:
        r = self.rect()
        return QRectF(0.0, 0.0, r.width(), min(style.CLUSTER_BAND, r.height()))

    def grip_rect(self) -> QRectF:
        r = self.rect()
        return QRectF(r.right() - style.GRIP, r.bottom() - style.GRIP, style.GRIP, style.GRIP)

    def badge_rect(self) -> QRectF:
        """The note count in the band: dragging it links the whole cluster to a persona."""
        text = counts_text(self.note_count, self.votes)
        width = QFontMetricsF(style.font(style.SMALL_SIZE + 2)).horizontalAdvance(text) + 14
        band = self.band_rect()
        width = min(width, band.width() / 2)
        return QRectF(band.right() - width - 6, 10.0, width, band.height() - 20.0)

    def shape(self) -> QPainterPath:
        """The title band and the edge (and the resize corner, when selected)."""
        selected = self.isSelected()
        if selected not in self._shapes:
            r = self.rect()
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            path.addRect(self.band_rect())
            path.addRect(QRectF(0.0, 0.0, EDGE, r.height()))
            path.addRect(QRectF(r.width() - EDGE, 0.0, EDGE, r.height()))
            path.addRect(QRectF(0.0, r.height() - EDGE, r.width(), EDGE))
            if selected:
                path.addRect(self.grip_rect())
            self._shapes[selected] = path
        return self._shapes[selected]

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        world = painter.worldTransform()
        scale = math.hypot(world.m11(), world.m12())
        r = self.rect()
        base = QColor(self.cluster.colour)
        if not base.isValid():
            base = QColor("#eceff1")
        fill = QColor(base)
        if self.dimmed:
            fill = QColor(base.lighter(108))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRect(r)
        band = self.band_rect()
        painter.setBrush(base.darker(112))
        painter.drawRect(band)
        if self.drop_target or self.isSelected():
            pen = QPen(style.DROP_TARGET if self.drop_target else style.SELECTION, 3)
        else:
            pen = QPen(base.darker(140), 1)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(r)
        if scale < style.DETAIL_ZOOM:
            return  # the label above the notes shows the title
        badge = self.badge_rect()
        painter.setFont(style.font(style.CLUSTER_TITLE_SIZE, bold=True))
        painter.setPen(style.TEXT)
        title_area = QRectF(12.0, 0.0, badge.left() - 18.0, band.height())
        title = elided(
            self.cluster.title or _tr("Untitled cluster"), painter.font(), title_area.width()
        )
        painter.drawText(
            title_area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title
        )
        painter.setFont(style.font(style.SMALL_SIZE + 2))
        painter.setPen(style.MUTED_TEXT)
        painter.drawText(
            badge,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            counts_text(self.note_count, self.votes),
        )
        if self.isSelected():
            grip = self.grip_rect()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.SELECTION)
            painter.drawPolygon(QPolygonF([grip.bottomLeft(), grip.bottomRight(), grip.topRight()]))


def overview_title_px(width_on_screen: float) -> float:
    """How large a cluster's title is drawn zoomed out: as large as its frame is wide on
    screen allows (about twelve characters across), between the readable minimum and a size
    the back of the room can read."""
    return max(style.CLUSTER_TITLE_MIN_PX, min(style.CLUSTER_TITLE_MAX_PX, width_on_screen / 12))


class ClusterLabel(QGraphicsItem):
    """A cluster's title in screen pixels over the notes, while the board is zoomed out:
    large where the frame leaves room, so the overview reads at zoom to fit."""

    WIDTH = 480.0
    HEIGHT = style.CLUSTER_TITLE_MAX_PX * 1.6

    def __init__(self, cluster: ClusterItem) -> None:
        super().__init__()
        self.cluster = cluster
        self.setFlag(_FLAGS.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(LABEL_Z)
        self.sync()

    def sync(self) -> None:
        self.setPos(self.cluster.pos())

    def boundingRect(self) -> QRectF:
        # Drawn upwards from the frame's title band (above the frame, not over its notes).
        return QRectF(0.0, -self.HEIGHT, self.WIDTH, 2 * self.HEIGHT)

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def layout(self, scale: float) -> tuple[QRectF, str, QFont] | None:
        """Where the title is drawn at a view's ``scale`` (in pixels from the frame's
        top-left corner), its text and font; None where no title shows (zoomed in enough
        for the band's own title, or a frame too narrow on screen)."""
        if scale >= style.DETAIL_ZOOM:
            return None
        # As wide as the frame is on screen: labels of clusters side by side never overlap.
        on_screen = self.cluster.rect().width() * scale
        width = min(self.WIDTH, on_screen)
        if width < 36:
            return None
        px = overview_title_px(on_screen)
        font = style.font(px, bold=True)
        title = self.cluster.cluster.title or _tr("Untitled cluster")
        text = elided(title, font, width - 12)
        metrics = QFontMetricsF(font)
        text_width = min(width, metrics.horizontalAdvance(text) + 12)
        # The label's bottom is the title band's: a large title rises above the frame into
        # the room around it instead of covering the notes' first words.
        band = self.cluster.band_rect().height() * scale
        box_height = metrics.height() + 6
        box = QRectF(0.0, min(2.0, band - box_height), text_width, box_height)
        return box, text, font

    def box_in(self, view: QGraphicsView) -> QRectF | None:
        """The title as ``view`` shows it, in its viewport's pixels (None: not shown).
        What the facilitator sees there is the cluster: the view takes clicks on it."""
        if not self.isVisible():
            return None
        placed = self.layout(view.transform().m11())
        if placed is None:
            return None
        origin = view.viewportTransform().map(self.cluster.pos())
        return placed[0].translated(origin)

    def reach_in(self, view: QGraphicsView) -> QRectF:
        """The most a title can take up in ``view`` (viewport pixels): what ``box_in`` is
        inside of, without measuring any text."""
        origin = view.viewportTransform().map(self.cluster.pos())
        return QRectF(origin.x(), origin.y() - self.HEIGHT, self.WIDTH, 2 * self.HEIGHT)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        view = widget.parentWidget() if widget is not None else None
        if not isinstance(view, QGraphicsView):
            return
        placed = self.layout(view.transform().m11())
        if placed is None:
            return
        box, text, font = placed
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawRoundedRect(box, 4, 4)
        painter.setFont(font)
        painter.setPen(style.TEXT)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
