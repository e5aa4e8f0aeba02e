"""The board's scene: one item per note and cluster, built in bulk and patched per change.

``build`` makes every item from a snapshot; ``apply_change`` patches only the notes and
clusters a change touched, from the rows the change carries (no re-read of the file).
Where notes show their faces (text, marker, author) the scene decides as a ``FacedScene``
(``scene_faces``): wherever a view shows them large enough to read, and nowhere else.
"""

from __future__ import annotations

from collections import Counter
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGraphicsItem
from shiboken6 import Shiboken

from workshop.bulk import collector_paused
from workshop.domain.model import Cluster, Note, Participant, Source, WorkshopSnapshot
from workshop.store import Change
from workshop.ui.board import style
from workshop.ui.board.cluster_item import ClusterItem
from workshop.ui.board.image_note_item import ImageNoteItem
from workshop.ui.board.note_face import NoteFace
from workshop.ui.board.note_item import NoteItem, make_notes
from workshop.ui.board.scene_faces import FacedScene

if TYPE_CHECKING:
    from workshop.ui.session import WorkshopSession

#: Pictures are shown at most this many pixels on their long side.
PICTURE_SIDE = 900
#: Room around the board to scroll into, at least.
MARGIN = 2000.0
_ID, _Z, _CLUSTER, _TILE = (attrgetter(n) for n in ("id", "z", "cluster_id", "tile"))


class BoardScene(FacedScene):
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
        self._pictures: dict[str, QPixmap | None] = {}
        self._selected: set[Any] = set()
        #: ``board_rect`` as the file now says (None: to be worked out again).
        self._board_rect: QRectF | None = None
        self.setBackgroundBrush(style.BACKGROUND)
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

    def release(self) -> None:
        """Forget everything before the scene goes (the workshop closes, or the window
        went without closing it). Signals stop first: clearing a board with selected notes
        deselects them one by one while they are deleted, and nobody may hear of notes
        that are already gone. Safe to call more than once."""
        self._forget_faces()
        self.blockSignals(True)
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
