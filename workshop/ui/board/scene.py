"""The board's scene: one item per note and cluster, built in bulk and patched per change.

``build`` makes every item from a snapshot; ``apply_change`` patches only the notes and
clusters a change touched, from the rows the change carries (no re-read of the file).
The scene also decides where notes show their faces (text, marker, author): wherever a
view shows them large enough to read (``show_detail``), and nowhere else.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap, QPixmapCache
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene, QGraphicsView
from shiboken6 import Shiboken

from workshop.bulk import collector_paused
from workshop.domain.model import Cluster, Note, Participant, Source, WorkshopSnapshot
from workshop.store import Change
from workshop.ui.board import style
from workshop.ui.board.cluster_item import ClusterItem
from workshop.ui.board.image_note_item import ImageNoteItem
from workshop.ui.board.note_face import NoteFace, Snapshot
from workshop.ui.board.note_item import NoteItem, make_notes

if TYPE_CHECKING:
    from workshop.ui.session import WorkshopSession

#: Pictures are shown at most this many pixels on their long side.
PICTURE_SIDE = 900
#: Room around the board to scroll into, at least.
MARGIN = 2000.0
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
_ID, _Z, _CLUSTER, _TILE = (attrgetter(n) for n in ("id", "z", "cluster_id", "tile"))


def _room_for_faces() -> None:
    """Let Qt's pixmap cache hold the faces of a few screenfuls of notes (its default,
    10 MB, is less than one full-HD screen of faces at double pixel density)."""
    screens = QApplication.screens()
    pixels = sum(s.size().width() * s.size().height() * s.devicePixelRatio() ** 2 for s in screens)
    wanted_kb = int(min(256 * 1024, max(48 * 1024, pixels * 4 * 3 / 1024)))
    if QPixmapCache.cacheLimit() < wanted_kb:
        QPixmapCache.setCacheLimit(wanted_kb)


class BoardScene(QGraphicsScene):
    #: The notes or clusters changed (after a build or a patch).
    board_changed = Signal()

    def __init__(self, session: WorkshopSession) -> None:
        super().__init__()
        self.session = session
        self.read_only = session.read_only
        self.notes: dict[str, NoteItem] = {}
        #: Each note's tile (its rectangle in the scene), back to the note.
        self._tiles: dict[QGraphicsItem, NoteItem] = {}
        self.clusters: dict[str, ClusterItem] = {}
        self.sources: dict[str, Source] = {}
        self.participants: dict[str, Participant] = {}
        self.members: dict[str, set[str]] = {}
        self.votes: Counter[str] = Counter()
        self.top_z = 0.0
        self.outlines = True
        self._pictures: dict[str, QPixmap | None] = {}
        self._regions: list[QRectF] = []
        self._faced: set[NoteItem] = set()
        self._selected: set[Any] = set()
        #: ``board_rect`` as the file now says (None: to be worked out again).
        self._board_rect: QRectF | None = None
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
        self.setBackgroundBrush(style.BACKGROUND)
        _room_for_faces()
        self.setSceneRect(QRectF(-MARGIN, -MARGIN * 0.75, 2 * MARGIN, 1.5 * MARGIN))
        self.selectionChanged.connect(self._selection_changed)

    # What notes ask ---------------------------------------------------------------------
    def source_for(self, note: Note) -> Source | None:
        return self.sources.get(note.source_id) if note.source_id else None

    def author_for(self, note: Note) -> Participant | None:
        return self.participants.get(note.author_id) if note.author_id else None

    def picture(self, asset_id: str) -> QPixmap | None:
        if asset_id not in self._pictures:
            self._pictures[asset_id] = self._load_picture(asset_id)
        return self._pictures[asset_id]

    def _load_picture(self, asset_id: str) -> QPixmap | None:
        try:
            data = self.session.workshop.load_asset(asset_id)
        except Exception:  # a closed or broken file: show the placeholder
            return None
        if not data:
            return None
        image = QImage.fromData(data)
        if image.isNull():
            return None
        if max(image.width(), image.height()) > PICTURE_SIDE:
            image = image.scaled(
                PICTURE_SIDE,
                PICTURE_SIDE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        return QPixmap.fromImage(image)

    # Building and patching --------------------------------------------------------------
    def build(self, snapshot: WorkshopSnapshot) -> None:
        """Every note and cluster of the workshop, in bulk."""
        self._board_rect = None
        self._read_lookups(snapshot)
        for cluster in snapshot.clusters:
            self._add_cluster(cluster)
        self._add_notes(snapshot.notes)
        self._recount_clusters()
        self._fit_scene_rect(self.itemsBoundingRect())  # what was just built from the file
        self._sync_faces()
        self.board_changed.emit()

    def apply_change(self, change: Change) -> None:
        self._board_rect = None
        tables = change.tables()
        if tables & {"source", "participant", "vote", "vote_round"}:
            self._read_lookups(self.session.snapshot())
            if tables & {"source", "participant"}:
                for item in self._faced:  # markers and authors (the others show neither)
                    item.changed()
        touched = QRectF()
        for cluster_id, cluster in change.clusters().items():
            frame = self.clusters.get(cluster_id)
            if cluster is None:
                if frame is not None:
                    self._remove_cluster(frame)
            elif frame is None:
                touched |= self._add_cluster(cluster).board_rect()
            else:
                frame.set_cluster(cluster)
                touched |= frame.board_rect()
        shown: list[NoteItem] = []
        new: list[Note] = []
        for note_id, found in change.notes().items():
            note_item = self.notes.get(note_id)
            if found is None:
                if note_item is not None:
                    self._remove_note(note_item)
                continue
            note = found
            if note_item is not None and isinstance(note_item, ImageNoteItem) != note.is_image:
                self._remove_note(note_item)
                note_item = None
            if note_item is None:
                new.append(note)
                touched |= QRectF(note.x, note.y, note.w, note.h)
            else:
                self._set_membership(note_id, note_item.note.cluster_id, note.cluster_id)
                note_item.set_note(note)
                self.top_z = max(self.top_z, note.z)
                touched |= note_item.board_rect()
                shown.append(note_item)
        shown += self._add_notes(new)
        if tables & {"note", "cluster", "vote", "vote_round"}:
            self._recount_clusters()
        if not touched.isEmpty():
            self._fit_scene_rect(touched)
        self._sync_faces_of(shown)
        self.board_changed.emit()

    def _read_lookups(self, snapshot: WorkshopSnapshot) -> None:
        self.sources = {s.id: s for s in snapshot.sources}
        self.participants = {p.id: p for p in snapshot.participants}
        counted = {r.id for r in snapshot.vote_rounds if r.show_tallies or not r.is_open}
        self.votes = Counter()
        for vote in snapshot.votes:
            if vote.round_id in counted:
                self.votes[vote.cluster_id or vote.note_id or ""] += 1

    def _add_notes(self, notes: list[Note]) -> list[NoteItem]:
        with collector_paused():
            made = make_notes(self, notes, self, ImageNoteItem)
        self._tiles.update(zip(map(_TILE, made), made, strict=True))
        ids = list(map(_ID, notes))
        self.notes.update(zip(ids, made, strict=True))
        members = self.members
        for note_id, cluster_id in zip(ids, map(_CLUSTER, notes), strict=True):
            if cluster_id:
                members.setdefault(cluster_id, set()).add(note_id)
        self.top_z = max(self.top_z, max(map(_Z, notes), default=self.top_z))
        return made

    def _add_note(self, note: Note) -> NoteItem:
        return self._add_notes([note])[0]

    def _remove_note(self, item: NoteItem) -> None:
        self._set_membership(item.note_id, item.note.cluster_id, None)
        self._faced.discard(item)
        self._selected.discard(item.tile)
        item.face = None
        self.removeItem(item.tile)
        del self._tiles[item.tile]
        del self.notes[item.note_id]

    def _set_membership(self, note_id: str, old: str | None, new: str | None) -> None:
        if old == new:
            return
        if old and old in self.members:
            self.members[old].discard(note_id)
        if new:
            self.members.setdefault(new, set()).add(note_id)

    def _add_cluster(self, cluster: Cluster) -> ClusterItem:
        item = ClusterItem(cluster)
        self.addItem(item)
        self.addItem(item.label)
        self.clusters[cluster.id] = item
        return item

    def _remove_cluster(self, item: ClusterItem) -> None:
        self._selected.discard(item)
        self.removeItem(item.label)
        self.removeItem(item)
        del self.clusters[item.cluster_id]

    def _recount_clusters(self) -> None:
        for cluster_id, item in self.clusters.items():
            members = self.members.get(cluster_id, set())
            votes = self.votes[cluster_id] + sum(self.votes[n] for n in members)
            item.set_counts(len(members), votes)

    # Questions about the board ------------------------------------------------------------
    def note_item(self, note_id: str) -> NoteItem | None:
        return self.notes.get(note_id)

    def member_items(self, cluster_id: str) -> list[NoteItem]:
        return [self.notes[n] for n in self.members.get(cluster_id, ()) if n in self.notes]

    def note_for(self, item: QGraphicsItem | None) -> NoteItem | None:
        """The note a scene item belongs to (its tile or its face), if it is part of one."""
        if isinstance(item, NoteFace):
            return item.note
        return self._tiles.get(item) if item is not None else None

    def board_item(self, item: QGraphicsItem | None) -> NoteItem | ClusterItem | None:
        """The note or cluster a scene item is part of, if any."""
        if isinstance(item, ClusterItem):
            return item
        return self.note_for(item)

    def selected(self) -> list[NoteItem | ClusterItem]:
        """Every selected note and cluster."""
        found = (self.board_item(i) for i in self.selectedItems())
        return [i for i in found if i is not None]

    def selected_notes(self) -> list[NoteItem]:
        found = (self._tiles.get(i) for i in self.selectedItems())
        return sorted((i for i in found if i is not None), key=lambda i: (i.zValue(), i.note_id))

    def selected_clusters(self) -> list[ClusterItem]:
        return [i for i in self.selectedItems() if isinstance(i, ClusterItem)]

    def cluster_at(self, point: QPointF, exclude: set[str] | None = None) -> ClusterItem | None:
        """The topmost cluster frame around a board point."""
        found: ClusterItem | None = None
        for item in self.clusters.values():
            if exclude and item.cluster_id in exclude:
                continue
            if item.board_rect().contains(point) and (
                found is None or item.zValue() > found.zValue()
            ):
                found = item
        return found

    def board_rect(self) -> QRectF:
        """Everything on the board (as stored), or an empty rectangle.

        Kept until the board changes: the minimap and the view ask on every zoom step and
        scroll, and working it out goes through every note (milliseconds at 10,000)."""
        if self._board_rect is None:
            self._board_rect = self._stored_rect()
        return QRectF(self._board_rect)

    def _stored_rect(self) -> QRectF:
        shapes: list[Note | Cluster] = [i.note for i in self.notes.values()]
        shapes += [i.cluster for i in self.clusters.values()]
        if not shapes:
            return QRectF()
        left = min(s.x for s in shapes)
        top = min(s.y for s in shapes)
        right = max(s.x + s.w for s in shapes)
        bottom = max(s.y + s.h for s in shapes)
        return QRectF(left, top, right - left, bottom - top)

    def _fit_scene_rect(self, rect: QRectF) -> None:
        """Grow the scrollable area to hold ``rect`` with room around it (never shrink)."""
        if rect.isEmpty():
            return
        margin = max(MARGIN, 0.5 * max(rect.width(), rect.height()))
        wanted = rect.adjusted(-margin, -margin, margin, margin)
        current = self.sceneRect()
        if not current.contains(rect):
            self.setSceneRect(current.united(wanted))

    # Dimming (find and filter) ------------------------------------------------------------
    def set_matches(self, note_ids: set[str] | None) -> None:
        """Dim every note not in ``note_ids``; None shows all notes normally."""
        for note_id, item in self.notes.items():
            item.set_dimmed(note_ids is not None and note_id not in note_ids)

    # Selection look -----------------------------------------------------------------------
    def _selection_changed(self) -> None:
        now = set(self.selectedItems())
        for item in now ^ self._selected:
            note = self._tiles.get(item)
            if note is not None:
                note.restyle()
                if note.face is not None:
                    note.face.update()
            else:
                item.update()
        self._selected = now

    # Faces: readable notes where a view shows them large enough ------------------------------
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

    def release(self) -> None:
        """Forget everything before the scene goes (the workshop closes, or the window
        went without closing it). Signals stop first: clearing a board with selected notes
        deselects them one by one while they are deleted, and nobody may hear of notes
        that are already gone. Safe to call more than once."""
        self._resync.stop()
        self._zoom_rest.stop()
        self._sharpen.stop()
        self._to_sharpen = []
        self.blockSignals(True)
        self._faced.clear()
        self._selected.clear()
        # Tiles are made by Qt: taken out of the scene first, each belongs to its Python
        # side and goes with it, so a note still held somewhere never points at nothing.
        # (A tile PySide has lost track of stays with the scene, which deletes it.)
        for tile in self._tiles:
            if Shiboken.isValid(tile):
                self.removeItem(tile)
        self.clear()
        self.notes.clear()
        self._tiles.clear()
        self.clusters.clear()
        self._pictures.clear()
        self._board_rect = None
