"""Where the board's notes show their faces (text, marker, author): wherever a view shows
them large enough to read, and nowhere else.

``FacedScene`` is the part of the board's scene (``scene.BoardScene``) that gives faces to
the notes a view shows large enough (``refresh_detail``), takes them from the others, and
while a zoom gesture goes on lets the faces draw a picture of themselves, scaled, drawing
them sharp again a batch per frame once the zoom comes to rest.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPixmap, QPixmapCache
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene, QGraphicsView

from workshop.ui.board import style
from workshop.ui.board.note_face import NoteFace, Snapshot
from workshop.ui.board.note_item import NoteItem

#: Faces are made this far (in view sizes) around what a view shows, for smooth panning.
DETAIL_MARGIN = 0.35
#: A zoom gesture has come to rest this long after its last step (wheel clicks and key
#: repeats come closer together than this); faces are then drawn sharp again.
ZOOM_REST_MS = 180
#: After a zoom, faces on screen are drawn sharp this many per frame (each costs about a
#: quarter of a millisecond), a frame apart: no frame goes over its budget.
SHARPEN_BATCH = 12
SHARPEN_MS = 16
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def _room_for_faces() -> None:
    """Let Qt's pixmap cache hold the faces of a few screenfuls of notes (its default,
    10 MB, is less than one full-HD screen of faces at double pixel density)."""
    screens = QApplication.screens()
    pixels = sum(s.size().width() * s.size().height() * s.devicePixelRatio() ** 2 for s in screens)
    wanted_kb = int(min(256 * 1024, max(48 * 1024, pixels * 4 * 3 / 1024)))
    if QPixmapCache.cacheLimit() < wanted_kb:
        QPixmapCache.setCacheLimit(wanted_kb)


class FacedScene(QGraphicsScene):
    """A scene of notes (``notes``, and each note's tile back to it in ``_tiles``: the
    board fills both) whose faces it keeps where views show them large enough to read."""

    notes: dict[str, NoteItem]
    _tiles: dict[QGraphicsItem, NoteItem]

    def __init__(self) -> None:
        super().__init__()
        self.outlines = True
        self._regions: list[QRectF] = []
        self._faced: set[NoteItem] = set()
        self._resync = QTimer(self)
        self._resync.setSingleShot(True)
        self._resync.timeout.connect(self.refresh_detail)
        #: A view is being zoomed (faces draw their snapshots) until this times out.
        self._zoom_rest = QTimer(self)
        self._zoom_rest.setSingleShot(True)
        self._zoom_rest.setInterval(ZOOM_REST_MS)
        self._zoom_rest.timeout.connect(self.zoom_came_to_rest)
        self.zooming = False
        self._faces_start_moving = False
        #: Faces on screen still drawn from their snapshots after a zoom came to rest.
        self._to_sharpen: list[NoteItem] = []
        self._sharpen = QTimer(self)
        self._sharpen.setSingleShot(True)
        self._sharpen.setInterval(SHARPEN_MS)
        self._sharpen.timeout.connect(self.sharpen_step)
        _room_for_faces()

    def refresh_detail(self) -> None:
        """Give faces to the notes that views show large enough to read, and take them from
        the others. Views call this when they scroll or zoom; it does nothing while what
        they show stays inside the area already prepared around it, and waits while a zoom
        gesture goes on (zooming out would make hundreds of faces a step; the notes show
        as their tiles until the zoom comes to rest)."""
        if self.zooming:
            return
        visible: list[tuple[QRectF, float]] = []
        largest = 0.0
        for view in self.views():
            if not view.isVisible():
                continue
            transform = view.transform()
            zoom = math.hypot(transform.m11(), transform.m12())
            largest = max(largest, zoom)
            if zoom < style.GLANCE_ZOOM:
                continue
            shown = view.mapToScene(view.viewport().rect()).boundingRect()
            if zoom < style.DETAIL_ZOOM:
                # The overview: first words for what is on screen, if that is not too much.
                if any(r.contains(shown) for r in self._regions) or (
                    len(self.items(shown, Qt.ItemSelectionMode.IntersectsItemBoundingRect))
                    <= style.GLANCE_MAX_NOTES
                ):
                    visible.append((shown, 0.0))
                continue
            visible.append((shown, DETAIL_MARGIN))
        if largest:
            self._set_outlines(largest >= style.OUTLINE_ZOOM)
        if len(visible) == len(self._regions) and all(
            any(region.contains(v) for region in self._regions) for v, _m in visible
        ):
            return
        self._regions = [
            v.adjusted(-v.width() * m, -v.height() * m, v.width() * m, v.height() * m)
            for v, m in visible
        ]
        self._sync_faces()

    @contextmanager
    def all_faces_in(self, area: QRectF) -> Iterator[None]:
        """Every note in ``area`` with its face (text, marker, author) and outline inside
        the block, whatever the views show: an export draws the board at print size."""
        self.settle()
        regions, outlines = self._regions, self.outlines
        self._regions = [*regions, QRectF(area)]
        self._set_outlines(True)
        self._sync_faces()
        try:
            yield
        finally:
            self._regions = regions
            self._set_outlines(outlines)
            self._sync_faces()

    def _set_outlines(self, outlines: bool) -> None:
        if outlines != self.outlines:
            self.outlines = outlines
            for item in self.notes.values():
                item.restyle()

    @property
    def detail_regions(self) -> list[QRectF]:
        return list(self._regions)

    @property
    def face_count(self) -> int:
        return len(self._faced)

    def _notes_in(self, rects: list[QRectF]) -> set[NoteItem]:
        found: set[NoteItem] = set()
        for rect in rects:
            for item in self.items(rect, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
                note = self._tiles.get(item)
                if note is not None:
                    found.add(note)
        return found

    def _sync_faces(self) -> None:
        wanted = self._notes_in(self._regions)
        if self._faced - wanted:
            # Faces a little beyond the prepared area stay (zooming in and out again, or
            # panning back and forth, does not make and drop them each time).
            wanted |= self._faced & self._notes_in(self._keep_regions())
        for item in self._faced - wanted:
            self._take_face(item)
        for item in wanted - self._faced:
            self._give_face(item)

    def _sync_faces_of(self, items: list[NoteItem]) -> None:
        """Faces for the notes a change touched, by the same rule as ``_sync_faces``, without
        asking the scene for every note in the prepared area (one note moved on a board
        zoomed in to reading size should cost what moving one note costs)."""
        if len(items) > 200:
            self._sync_faces()
            return
        regions = self._regions
        for item in items:
            rect = item.tile.sceneBoundingRect()
            wanted = any(region.intersects(rect) for region in regions)
            if wanted and item.face is None:
                self._give_face(item)
            elif (
                not wanted
                and item.face is not None
                and not any(region.intersects(rect) for region in self._keep_regions())
            ):
                self._take_face(item)

    # Zooming: faces draw their snapshots, scaled, until the zoom comes to rest ------------
    def zoom_stepped(self, view: QGraphicsView | None = None) -> None:
        """A view's zoom is about to change by one step of a gesture (wheel, pinch, keys):
        at the first step, faces take their part of a picture of ``view`` as it is."""
        self._sharpen.stop()
        self._to_sharpen = []
        if not self.zooming:
            self.zooming = True
            if view is not None and view.isVisible():
                self._picture_faces(view)
            for item in self._faced:
                if item.face is not None:
                    item.face.set_moving(True)
        self._zoom_rest.start()

    def _picture_faces(self, view: QGraphicsView) -> None:
        """Each face on screen gets its part of one picture of the view (drawn from Qt's
        pictures of the faces: about a repaint's cost, whatever the number of notes; on a
        HiDPI screen Qt draws the faces on screen again for it, once per gesture)."""
        viewport = view.viewport()
        ratio = viewport.devicePixelRatioF()
        width, height = viewport.width(), viewport.height()
        picture = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.transparent)  # (with alpha: copied the fastest way)
        painter = QPainter(picture)
        try:
            view.render(painter, QRectF(0, 0, width, height), viewport.rect())
        finally:
            painter.end()
        seen = view.mapToScene(viewport.rect()).boundingRect()
        to_view = view.viewportTransform()
        for item in self._faced:
            face = item.face
            if face is None:
                continue
            rect = item.tile.sceneBoundingRect()
            shown = rect.intersected(seen)
            if shown.isEmpty():
                face.snapshot = None
                continue
            on_view = to_view.mapRect(shown)
            source = QRectF(
                on_view.x() * ratio,
                on_view.y() * ratio,
                on_view.width() * ratio,
                on_view.height() * ratio,
            )
            area = shown.translated(-item.tile.pos())
            key = (item.version, item.isSelected())
            face.snapshot = Snapshot(picture, source, area, seen.contains(rect), key)

    def zoom_came_to_rest(self) -> None:
        """No zoom step for a while: faces for what the views now show, and every face
        drawn sharp again, those on screen a batch per frame (``sharpen_step``)."""
        self._zoom_rest.stop()
        if not self.zooming:
            return
        self.zooming = False
        self._faces_start_moving = True  # the new faces wait their turn too
        try:
            self.refresh_detail()
        finally:
            self._faces_start_moving = False
        seen = [
            view.mapToScene(view.viewport().rect()).boundingRect()
            for view in self.views()
            if view.isVisible()
        ]
        self._to_sharpen = []
        for item in self._faced:
            face = item.face
            if face is None or not face.moving:
                continue
            if any(r.intersects(item.tile.sceneBoundingRect()) for r in seen):
                self._to_sharpen.append(item)
            else:
                face.set_moving(False)  # off screen: drawn when scrolled to, no cost now
        self.sharpen_step()

    def sharpen_step(self) -> bool:
        """Draw the next batch of faces on screen sharp; True while some are left."""
        batch = self._to_sharpen[:SHARPEN_BATCH]
        del self._to_sharpen[:SHARPEN_BATCH]
        for item in batch:
            if item.face is not None:
                item.face.set_moving(False)
        if self._to_sharpen:
            self._sharpen.start()
            return True
        self._sharpen.stop()
        return False

    @property
    def sharpening(self) -> int:
        """How many faces on screen still wait to be drawn sharp after a zoom."""
        return len(self._to_sharpen)

    @property
    def settled(self) -> bool:
        """No zoom going on, and every face on screen drawn sharp."""
        return not self.zooming and not self._to_sharpen

    def settle(self) -> None:
        """Every face sharp now (an export, or a test that looks at the board)."""
        self.zoom_came_to_rest()
        while self.sharpen_step():
            pass

    def _keep_regions(self) -> list[QRectF]:
        """A little beyond the prepared areas: faces there are kept, not made."""
        return [
            r.adjusted(-r.width() / 4, -r.height() / 4, r.width() / 4, r.height() / 4)
            for r in self._regions
        ]

    def _give_face(self, item: NoteItem) -> None:
        item.face = NoteFace(item, self.zooming or self._faces_start_moving)
        item.tile.setFlag(_NO_CONTENTS, True)  # the face draws the whole note
        self._faced.add(item)

    def _take_face(self, item: NoteItem) -> None:
        if item.face is not None:
            self.removeItem(item.face)
            item.face = None
            item.tile.setFlag(_NO_CONTENTS, False)
        self._faced.discard(item)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        rect = QRectF(rect)
        super().drawBackground(painter, rect)
        # A view that did not say it moved (the presenter view) gets faces a frame later.
        world = painter.worldTransform()
        if math.hypot(world.m11(), world.m12()) >= style.DETAIL_ZOOM and not any(
            region.contains(rect) for region in self._regions
        ):
            self._resync.start(0)

    def _forget_faces(self) -> None:
        """No more faces, and nothing waiting to make or sharpen them (the scene goes)."""
        self._resync.stop()
        self._zoom_rest.stop()
        self._sharpen.stop()
        self._to_sharpen = []
        self._faced.clear()
