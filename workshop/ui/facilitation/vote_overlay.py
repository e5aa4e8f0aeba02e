"""Dots on the board: a voting round drawn over the notes or clusters it counts.

While a round with live tallies is open, each note (or cluster) with votes gets a badge
("3 dots"); once the round has ended, a heat wash (the more votes, the stronger) and the
rank ("3 dots · #1"). The badge has a tooltip that says it in words. A note's badge sits
on its top-right corner (its source marker, the linking handle, is top-left); a
cluster's sits just above its frame, right-aligned, so it never covers the cluster's
count badge in the title band (the handle for linking the cluster to a persona). The
overlay items are drawn above the notes from the snapshot's geometry and take no clicks,
so clicking the board still reaches the notes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget
from shiboken6 import Shiboken

from workshop.domain.model import WorkshopSnapshot
from workshop.domain.vote_tallies import Tally, find_round, ranking
from workshop.ui.plurals import plural

#: Above every note and frame on the board.
OVERLAY_Z = 1_000_000.0
BADGE = 44.0
HEAT = QColor("#e64a19")
BADGE_FILL = QColor("#b71c1c")
BADGE_TEXT = QColor("#ffffff")


def _tr(text: str) -> str:
    return QCoreApplication.translate("VoteOverlay", text)


def dots(count: int) -> str:
    return plural("%n dot", "%n dots", count)


class VoteMark(QGraphicsItem):
    """One note's or cluster's votes: a badge, and in a result a heat wash and the rank."""

    def __init__(self, rect: QRectF, tally: Tally, strongest: int, result: bool) -> None:
        super().__init__()
        self.rect = QRectF(rect)
        self.tally = tally
        self.strength = tally.votes / strongest if strongest else 0.0
        self.result = result
        self.setZValue(OVERLAY_Z + tally.votes)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, False)
        self.setToolTip(self.tooltip_text())
        self._badge = self._place_badge()

    def badge_text(self) -> str:
        said = dots(self.tally.votes)
        if self.result:
            rank = f"#{self.tally.rank}" + ("=" if self.tally.tied else "")
            return f"{said} · {rank}"
        return said

    def tooltip_text(self) -> str:
        said = dots(self.tally.votes)
        cluster = self.tally.is_cluster
        if not self.result:
            if cluster:
                return _tr("This cluster has {0} so far in the open round.").format(said)
            return _tr("This note has {0} so far in the open round.").format(said)
        if cluster:
            if self.tally.tied:
                text = _tr("This cluster got {0} and ranks #{1}, tied in this round.")
            else:
                text = _tr("This cluster got {0} and ranks #{1} in this round.")
        elif self.tally.tied:
            text = _tr("This note got {0} and ranks #{1}, tied in this round.")
        else:
            text = _tr("This note got {0} and ranks #{1} in this round.")
        return text.format(said, self.tally.rank)

    @staticmethod
    def badge_font() -> QFont:
        font = QFont()
        font.setPixelSize(int(BADGE * 0.5))
        font.setBold(True)
        return font

    def _place_badge(self) -> QRectF:
        width = QFontMetricsF(self.badge_font()).horizontalAdvance(self.badge_text()) + BADGE * 0.6
        if self.tally.is_cluster:
            # Above the frame: the title band below holds the count badge (the handle).
            return QRectF(self.rect.right() - width, self.rect.top() - BADGE - 6, width, BADGE)
        return QRectF(self.rect.right() - width + 12, self.rect.top() - 16, width, BADGE)

    def badge_rect(self) -> QRectF:
        """Where the badge is, in board units."""
        return QRectF(self._badge)

    def boundingRect(self) -> QRectF:
        return self.rect.united(self._badge).adjusted(-4, -4, 4, 4)

    def shape(self) -> QPainterPath:
        # Only the badge (for its tooltip); it takes no button, so a click on it reaches
        # the note or cluster underneath.
        path = QPainterPath()
        path.addRect(self._badge)
        return path

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.result:
            wash = QColor(HEAT)
            wash.setAlpha(int(20 + 70 * self.strength))
            painter.setBrush(QBrush(wash))
            edge = QColor(HEAT)
            edge.setAlpha(230)
            painter.setPen(QPen(edge, 3 + 5 * self.strength))
            painter.drawRoundedRect(self.rect, 6, 6)
        badge = self._badge
        painter.setPen(QPen(BADGE_TEXT, 2))
        painter.setBrush(QBrush(BADGE_FILL))
        painter.drawRoundedRect(badge, BADGE / 2, BADGE / 2)
        painter.setFont(self.badge_font())
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, self.badge_text())


class VoteOverlay:
    """The marks of one round on a scene; ``show`` again to follow changes."""

    def __init__(self) -> None:
        self.scene: QGraphicsScene | None = None
        self.round_id: str | None = None
        self.marks: list[VoteMark] = []

    def show(self, scene: QGraphicsScene | None, snapshot: WorkshopSnapshot, round_id: str) -> None:
        self.clear()
        round_ = find_round(snapshot, round_id)
        if scene is None or round_ is None:
            return
        self.scene, self.round_id = scene, round_id
        result = not round_.is_open
        if not result and not round_.show_tallies:
            return  # tallies are hidden until the round ends
        notes = {n.id: QRectF(n.x, n.y, n.w, n.h) for n in snapshot.notes}
        clusters = {c.id: QRectF(c.x, c.y, c.w, c.h) for c in snapshot.clusters}
        tallies = ranking(snapshot, round_id)
        strongest = max((t.votes for t in tallies), default=0)
        for tally in tallies:
            rect = (clusters if tally.is_cluster else notes).get(tally.target_id)
            if rect is None:
                continue
            mark = VoteMark(rect, tally, strongest, result)
            scene.addItem(mark)
            self.marks.append(mark)

    def clear(self) -> None:
        scene = self.scene
        if scene is not None and Shiboken.isValid(scene):
            for mark in self.marks:
                if mark.scene() is scene:
                    scene.removeItem(mark)
        self.marks = []
        self.scene = None
        self.round_id = None

    @property
    def showing(self) -> bool:
        return self.round_id is not None
