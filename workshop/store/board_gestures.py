"""The board's gestures as store operations: what the facilitator did, as one step each.

A drag that drops notes into a cluster moves the notes, the clusters dragged along and
grows the frames that must hold them; a paste makes clusters, notes and their pictures.
Each gesture here is one transaction and one ``Change`` (one undo step), whatever it
writes: a failure in any of its writes leaves the file as it was. The geometry (how a
frame grows, where a note put into a cluster goes) is ``domain.board_geometry``'s.

Every gesture takes an ``origin``, handed back on its change, so the view that made the
change can tell it from one made elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from workshop.domain import board_geometry as geometry
from workshop.domain.board_geometry import Rect
from workshop.errors import OperationRefused
from workshop.i18n import N_, _
from workshop.store.board_ops import NOTE_FIELDS, BoardOps, _only
from workshop.store.changes import Change, Row
from workshop.store.note_text import check_note_texts
from workshop.store.recorder import Recorder

#: What a dropped note may say about where it went.
_DROP_FIELDS = frozenset({"x", "y", "z", "cluster_id"})


def _rect(row: Row) -> Rect:
    return Rect(row["x"], row["y"], row["w"], row["h"])


class BoardGestures(BoardOps):
    # Notes into clusters --------------------------------------------------------------
    def add_note_at(
        self,
        text: str,
        rect: tuple[float, float, float, float],
        *,
        cluster_id: str | None = None,
        author_id: str | None = None,
        label: str = N_("Add note"),
        origin: object = None,
    ) -> Change:
        """A new note at ``rect`` (x, y, w, h), in ``cluster_id`` when it is written inside
        one (whose frame grows to hold it)."""
        x, y, w, h = rect
        fields = {"x": x, "y": y, "w": w, "h": h, "author_id": author_id, "cluster_id": cluster_id}

        def work(rec: Recorder) -> None:
            self.add_note(text, **fields)
            if cluster_id is not None:
                self._grow_frame(rec, cluster_id, [Rect(x, y, w, h)])

        return self._run(label, work, origin)

    def drop_notes(
        self,
        notes: Mapping[str, Mapping[str, Any]],
        cluster_moves: Mapping[str, tuple[float, float]] | None = None,
        *,
        label: str = N_("Move notes"),
        origin: object = None,
    ) -> Change:
        """Notes (and clusters) dragged and dropped, as one step.

        ``notes`` gives each dragged note's new ``x``, ``y`` (and ``z`` when it comes to
        the front) and, when the drop decides it, its ``cluster_id``: the cluster it landed
        in (its frame grows to hold it) or None (it left its cluster). ``cluster_moves``
        are the distances dragged clusters moved; their notes move with them."""
        values = {note_id: _only(v, _DROP_FIELDS, "note") for note_id, v in notes.items()}
        moves = dict(cluster_moves or {})

        def work(rec: Recorder) -> None:
            for cluster_id, (dx, dy) in moves.items():
                self.move_cluster(cluster_id, dx, dy)
            if not values:
                return
            rec.update_many("note", values)
            landed = [n for n, v in values.items() if v.get("cluster_id", "") is not None]
            if not landed:  # dropped on the open board: no frame to grow
                return
            placed = rec.fetch("note", landed)
            received: dict[str, list[Rect]] = {}
            for note_id in landed:
                target = placed[note_id]["cluster_id"]
                if target is not None:
                    received.setdefault(target, []).append(_rect(placed[note_id]))
            for cluster_id, rects in received.items():
                self._grow_frame(rec, cluster_id, rects)

        return self._run(label, work, origin)

    def put_into_cluster(
        self,
        note_ids: Iterable[str],
        cluster_id: str,
        *,
        label: str = N_("Move notes into cluster"),
        origin: object = None,
    ) -> Change:
        """Notes put into a cluster from a menu: laid out in a grid under the notes already
        in it (``board_geometry.grid_in_frame``), the frame grown to hold them. Notes in it
        already stay where they are."""
        ids = list(dict.fromkeys(note_ids))

        def work(rec: Recorder) -> None:
            frame = _rect(rec.fetch_one("cluster", cluster_id))
            notes = rec.fetch("note", ids)
            moving = [n for n in ids if n in notes and notes[n]["cluster_id"] != cluster_id]
            if not moving:
                return
            staying = rec.fetch("note", rec.ids_where("note", "cluster_id", [cluster_id]))
            spots = geometry.grid_in_frame(
                frame,
                [_rect(r) for r in staying.values()],
                [(notes[n]["w"], notes[n]["h"]) for n in moving],
            )
            placed = list(zip(moving, spots, strict=True))
            rec.update_many(
                "note", {n: {"x": x, "y": y, "cluster_id": cluster_id} for n, (x, y) in placed}
            )
            rects = [Rect(x, y, notes[n]["w"], notes[n]["h"]) for n, (x, y) in placed]
            self._grow_frame(rec, cluster_id, rects)

        return self._run(label, work, origin)

    def _grow_frame(self, rec: Recorder, cluster_id: str, notes: Sequence[Rect]) -> None:
        """Grow a cluster's frame to hold ``notes`` (no write when it does already)."""
        frame = _rect(rec.fetch_one("cluster", cluster_id))
        grown = geometry.grow_to_hold(frame, notes)
        if grown != frame:
            rec.update("cluster", cluster_id, x=grown.x, y=grown.y, w=grown.w, h=grown.h)

    # Clusters -------------------------------------------------------------------------
    def group_into_cluster(
        self, note_ids: Iterable[str], title: str = "New cluster", *, origin: object = None
    ) -> Change:
        """Put notes into a new cluster (Ctrl+G), below every other frame. The frame goes
        where it covers no other frame or note (``board_geometry.gather``): around the notes
        where they are when that is free, else a tidy grid of them in free space near their
        centre of gravity. Nothing else moves."""
        ids = list(note_ids)
        if not ids:
            raise OperationRefused(_("select some notes to cluster first"))

        def work(rec: Recorder) -> None:
            notes = rec.fetch("note", ids)
            if not notes:
                raise OperationRefused(_("those notes are no longer on the board"))
            board = _Board.read(rec)
            others = [r for n, r in board.notes.items() if n not in notes]
            spots, frame = geometry.gather(
                [geometry.Placed(n, board.notes[n]) for n in notes],
                [*board.frames.values(), *others],
            )
            z = rec.conn.exec_driver_sql(
                "SELECT MIN(z) FROM cluster WHERE typeof(z) IN ('integer', 'real') "
                "AND abs(z) < 1e300"
            ).scalar()
            cluster_id = rec.insert(
                "cluster",
                {
                    "title": title,
                    "x": frame.x,
                    "y": frame.y,
                    "w": frame.w,
                    "h": frame.h,
                    "z": (float(z) - 1) if z is not None else -1.0,
                },
            )
            rec.update_many(
                "note",
                {n: {"cluster_id": cluster_id, "x": x, "y": y} for n, (x, y) in spots.items()},
            )

        return self._run(N_("Cluster notes"), work, origin)

    def tidy_clusters(
        self,
        cluster_ids: Iterable[str],
        *,
        columns: int | None = None,
        gap: float = geometry.NOTE_GAP,
        label: str = N_("Tidy cluster"),
        origin: object = None,
    ) -> Change:
        """Each cluster's notes in a grid under its title, its frame fitted to them
        (``board_geometry.tidy``), and what does not belong in it but lies over the frame
        (loose notes, other clusters with their notes) moved out to the nearest free place
        (``board_geometry.clear_frame``); all clusters in one step."""
        ids = list(dict.fromkeys(cluster_ids))

        def work(rec: Recorder) -> None:
            board = _Board.read(rec)
            for cluster_id in ids:
                frame = _rect(rec.fetch_one("cluster", cluster_id))
                members = [n for n, c in board.cluster_of.items() if c == cluster_id]
                if not members:
                    continue
                spots, fitted = geometry.tidy(
                    frame,
                    [geometry.Placed(n, board.notes[n]) for n in members],
                    columns,
                    gap,
                )
                rec.update_many("note", {n: {"x": x, "y": y} for n, (x, y) in spots.items()})
                rec.update("cluster", cluster_id, w=fitted.w, h=fitted.h)
                board.place_notes(spots)
                board.frames[cluster_id] = fitted
                self._clear_frame(rec, board, cluster_id)

        return self._run(label, work, origin)

    def _clear_frame(self, rec: Recorder, board: _Board, cluster_id: str) -> None:
        """Move whatever lies over a cluster's frame and is not in it out of the way."""
        frame = board.frames[cluster_id]
        over_frames = {c for c, r in board.frames.items() if c != cluster_id and r.overlaps(frame)}
        over_notes = {
            n
            for n, r in board.notes.items()
            if board.cluster_of[n] not in over_frames
            and board.cluster_of[n] != cluster_id
            and r.overlaps(frame)
        }
        if not over_frames and not over_notes:
            return
        staying = [r for c, r in board.frames.items() if c != cluster_id and c not in over_frames]
        staying += [
            r
            for n, r in board.notes.items()
            if n not in over_notes
            and board.cluster_of[n] != cluster_id
            and board.cluster_of[n] not in over_frames
        ]
        lying_over = [geometry.Placed(c, board.frames[c]) for c in over_frames]
        lying_over += [geometry.Placed(n, board.notes[n]) for n in over_notes]
        moved = geometry.clear_frame(frame, lying_over, staying)
        note_spots: dict[str, tuple[float, float]] = {}
        for thing, (x, y) in moved.items():
            if thing in over_frames:
                old = board.frames[thing]
                dx, dy = x - old.x, y - old.y
                rec.update("cluster", thing, x=x, y=y)
                board.frames[thing] = Rect(x, y, old.w, old.h)
                for n, c in board.cluster_of.items():
                    if c == thing:
                        note_spots[n] = (board.notes[n].x + dx, board.notes[n].y + dy)
            else:
                note_spots[thing] = (x, y)
        rec.update_many("note", {n: {"x": x, "y": y} for n, (x, y) in note_spots.items()})
        board.place_notes(note_spots)

    def tidy_cluster(
        self, cluster_id: str, columns: int | None = None, gap: float = geometry.NOTE_GAP
    ) -> Change:
        return self.tidy_clusters([cluster_id], columns=columns, gap=gap)

    # Several things at once -----------------------------------------------------------
    def remove_from_board(
        self,
        note_ids: Iterable[str],
        cluster_ids: Iterable[str],
        *,
        label: str = N_("Delete"),
        origin: object = None,
    ) -> Change:
        """Delete notes and take away cluster frames (their other notes stay) as one step."""
        notes, clusters = list(note_ids), list(cluster_ids)

        def work(_rec: Recorder) -> None:
            if notes:
                self.delete_notes(notes)
            if clusters:
                self.ungroup(clusters)

        return self._run(label, work, origin)

    def recolour(
        self,
        note_ids: Iterable[str],
        frames: Mapping[str, str],
        colour: str,
        *,
        label: str = N_("Recolour"),
        origin: object = None,
    ) -> Change:
        """Notes in ``colour`` and cluster frames each in its tint (``frames``), one step."""
        notes = list(note_ids)

        def work(rec: Recorder) -> None:
            rec.update_many("note", {n: {"colour": colour} for n in notes})
            for cluster_id, tint in frames.items():
                rec.update("cluster", cluster_id, colour=tint)

        return self._run(label, work, origin)

    # Paste ----------------------------------------------------------------------------
    def paste(
        self,
        notes: Sequence[Mapping[str, Any]],
        clusters: Sequence[Mapping[str, Any]] = (),
        assets: Mapping[str, Mapping[str, Any]] | None = None,
        *,
        offset: tuple[float, float] = (0.0, 0.0),
        label: str = N_("Paste"),
        origin: object = None,
    ) -> Change:
        """Copied notes and clusters (rows as the clipboard document holds them) as new
        ones, moved by ``offset``, in one step.

        Clusters and notes get new ids; a pasted note keeps its cluster when that cluster
        is pasted too. A note whose source or author this workshop does not have keeps its
        text but loses them (it becomes an assumption). Pictures (``assets`` by id) are
        stored once."""
        check_note_texts(notes)
        dx, dy = offset
        pictures = dict(assets or {})

        def work(rec: Recorder) -> None:
            made: dict[str, str] = {}
            for c in clusters:
                made[c["id"]] = rec.insert(
                    "cluster",
                    {
                        "title": c["title"],
                        "x": c["x"] + dx,
                        "y": c["y"] + dy,
                        "w": c["w"],
                        "h": c["h"],
                        "colour": c["colour"],
                    },
                )
            sources = set(rec.fetch("source", [n["source_id"] for n in notes if n["source_id"]]))
            authors = set(
                rec.fetch("participant", [n["author_id"] for n in notes if n["author_id"]])
            )
            top = self._top_z(rec)
            for index, n in enumerate(notes, start=1):
                fields: dict[str, Any] = {
                    "text": n["text"],
                    "x": n["x"] + dx,
                    "y": n["y"] + dy,
                    "w": n["w"],
                    "h": n["h"],
                    "z": top + index,
                    "colour": n["colour"],
                    "source_id": n["source_id"] if n["source_id"] in sources else None,
                    "author_id": n["author_id"] if n["author_id"] in authors else None,
                    "cluster_id": made.get(n["cluster_id"] or ""),
                    "question": str(n.get("question") or ""),
                }
                picture = pictures.get(n.get("asset_id") or "")
                if picture is not None:
                    fields["asset_id"] = self._asset_in(rec, *_asset_args(picture))
                    original = pictures.get(n.get("origin_asset_id") or "")
                    if original is not None:
                        fields["origin_asset_id"] = self._asset_in(rec, *_asset_args(original))
                rec.insert("note", self._note_row(fields))

        return self._run(label, work, origin)


class _Board:
    """Where every note and frame is, read once for a gesture that must keep clear of them
    (values a file holds that are no usable place or size read as ``board_geometry`` makes
    them)."""

    def __init__(
        self, notes: dict[str, Rect], cluster_of: dict[str, str | None], frames: dict[str, Rect]
    ) -> None:
        self.notes, self.cluster_of, self.frames = notes, cluster_of, frames

    @classmethod
    def read(cls, rec: Recorder) -> _Board:
        notes: dict[str, Rect] = {}
        cluster_of: dict[str, str | None] = {}
        for note_id, x, y, w, h, cluster_id in rec.conn.exec_driver_sql(
            "SELECT id, x, y, w, h, cluster_id FROM note"
        ):
            notes[note_id] = _usable(x, y, w, h, geometry.NOTE_SIZE)
            cluster_of[note_id] = cluster_id
        frames = {
            cluster_id: _usable(x, y, w, h, geometry.CLUSTER_SIZE)
            for cluster_id, x, y, w, h in rec.conn.exec_driver_sql(
                "SELECT id, x, y, w, h FROM cluster"
            )
        }
        return cls(notes, cluster_of, frames)

    def place_notes(self, spots: Mapping[str, tuple[float, float]]) -> None:
        for note_id, (x, y) in spots.items():
            old = self.notes[note_id]
            self.notes[note_id] = Rect(x, y, old.w, old.h)


def _usable(x: Any, y: Any, w: Any, h: Any, default: tuple[float, float]) -> Rect:
    return Rect(
        geometry.coord(x),
        geometry.coord(y),
        geometry.size(w, default[0]),
        geometry.size(h, default[1]),
    )


def _asset_args(asset: Mapping[str, Any]) -> tuple[bytes, str, int, int]:
    return (asset["data"], asset["mime"], int(asset["width"]), int(asset["height"]))


__all__ = ["NOTE_FIELDS", "BoardGestures"]
