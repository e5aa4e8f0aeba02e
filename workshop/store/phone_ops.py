"""Named operations for the room's phones: a note sent from a phone, a phone's dots.

Each is one transaction and one ``Change`` (one undo step, labelled by the caller with
the participant: "Note from Ana (phone)"). A phone's note lands in the inbox cluster
(made, right of the board, when there is none: ``domain.inbox_layout``), written by the
phone's participant and tied to the session's source; when the session has no source
of its own, the team-knowledge source (an assumption kind, never research) is found by
its label or made in the same step. A phone's dots replace that participant's dots in
the round: only the dots that differ are taken away or added.

``told_together`` lets the server store a burst of such writes (each still its own
transaction and change) and tell the listeners once, so the window redraws once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from workshop.domain import board_geometry as geometry
from workshop.domain.board_geometry import NOTE_SIZE, Rect, image_note_size
from workshop.domain.inbox_layout import InboxGrid, inbox_place, inbox_size
from workshop.domain.model import SourceKind, VoteTarget
from workshop.errors import OperationRefused
from workshop.i18n import N_
from workshop.store.board_gestures import BoardGestures
from workshop.store.changes import Change, combine
from workshop.store.recorder import Recorder


class PhoneOps(BoardGestures):
    #: Changes made inside ``told_together``, not yet told to the listeners.
    _held: list[Change] | None = None
    #: The inbox's grid as the last phone note left it, and the connection's count of
    #: changed rows then (``sqlite3.Connection.total_changes``): while the count is the
    #: same, nothing has been written since (no move, undo or other note), so the next
    #: phone note's cell is found without reading every note in the inbox again.
    _inbox_grid: tuple[str, InboxGrid, int] | None = None

    @contextmanager
    def told_together(self, label: str, origin: object = None) -> Iterator[None]:
        """Operations in the block are each still one transaction and one change (one
        undo step each), but the listeners are told once, when the block ends, of all of
        them as one change (``combine``): a burst of notes from the room's phones redraws
        the window's panels once, not once per note."""
        if self._held is not None:  # inside a block already: that one tells
            yield
            return
        self._held = []
        try:
            yield
        finally:
            held, self._held = self._held, None
            if held:
                super()._notify(combine(label, held, origin))

    def _notify(self, change: Change) -> None:
        if self._held is not None:
            self._held.append(change)
            return
        super()._notify(change)

    def add_phone_note(
        self,
        participant_id: str,
        text: str,
        *,
        inbox_title: str,
        source_id: str | None = None,
        source_label: str = "",
        image: Mapping[str, Any] | None = None,
        label: str = N_("Note from a phone"),
        origin: object = None,
    ) -> Change:
        """A note from ``participant_id``'s phone, in the inbox cluster titled
        ``inbox_title``, from ``source_id`` (or, when None, the assumption source labelled
        ``source_label``). ``image`` (``data``, ``mime``, ``width``, ``height``) makes it a
        photo note with ``text`` as its caption."""
        if source_id is None and not source_label.strip():
            raise ValueError("a phone's note needs a source id or a source label")

        def work(rec: Recorder) -> None:
            rec.fetch_one("participant", participant_id)
            if source_id is not None:
                rec.fetch_one("source", source_id)
                source = source_id
            else:
                source = _assumption_source(rec, source_label)
            inbox = _inbox(rec, inbox_title)
            frame = _rect(rec.fetch_one("cluster", inbox))
            grid = _grid_of(rec, kept, inbox, frame)
            x, y = grid.next_cell()
            fields: dict[str, Any] = {
                "text": text,
                "x": x,
                "y": y,
                "z": self._top_z(rec) + 1,
                "author_id": participant_id,
                "source_id": source,
                "cluster_id": inbox,
            }
            if image is None:
                fields["w"], fields["h"] = NOTE_SIZE
            else:
                width, height = int(image["width"]), int(image["height"])
                fields["w"], fields["h"] = image_note_size(width, height)
                fields["colour"] = "#fafafa"
                fields["asset_id"] = self._asset_in(
                    rec, image["data"], image["mime"], width, height
                )
            rec.insert("note", self._note_row(fields))
            placed = Rect(x, y, fields["w"], fields["h"])
            self._grow_frame(rec, inbox, [placed])
            grid.take(placed)
            written.append((inbox, grid, rec.conn.raw.total_changes))

        written: list[tuple[str, InboxGrid, int]] = []
        # Taken out while the note is written: kept again only once it is committed.
        kept, self._inbox_grid = self._inbox_grid, None
        alone = self._recorder is None  # inside a step, nothing is committed yet
        change = self._run(label, work, origin)
        if alone and written:
            self._inbox_grid = written[-1]
        return change

    def participant_name(self, participant_id: str) -> str | None:
        """A participant's name, or None when there is no such participant (one row read:
        the phones' server asks it on every request)."""
        rows = self._read("SELECT name FROM participant WHERE id = ?", (participant_id,))
        return str(rows[0][0]) if rows else None

    def set_phone_votes(
        self,
        round_id: str,
        participant_id: str,
        target_ids: Sequence[str],
        *,
        label: str = N_("Dots from a phone"),
        origin: object = None,
    ) -> Change:
        """``participant_id``'s dots in the round become ``target_ids`` (notes or clusters,
        as the round votes on; one id twice is two dots), within the round's limit."""
        wanted = Counter(target_ids)

        def work(rec: Recorder) -> None:
            round_ = rec.fetch_one("vote_round", round_id)
            if not round_["is_open"]:
                raise OperationRefused(f"the voting round “{round_['name']}” has ended")
            rec.fetch_one("participant", participant_id)
            limit = int(round_["votes_per_participant"])
            if len(target_ids) > limit:
                raise OperationRefused(f"each participant has {limit} dots in this round")
            on_clusters = round_["target"] == VoteTarget.CLUSTERS
            table, column = ("cluster", "cluster_id") if on_clusters else ("note", "note_id")
            found = rec.fetch(table, wanted)
            if len(found) != len(wanted):
                raise OperationRefused(f"a {table} voted for is no longer on the board")
            cast = rec.conn.exec_driver_sql(
                f"SELECT id, {column} FROM vote WHERE round_id = ? AND participant_id = ? "
                "ORDER BY created_at, id",
                (round_id, participant_id),
            ).all()
            keep = Counter(wanted)
            taken_back = []
            for vote_id, target in cast:
                if keep[target] > 0:
                    keep[target] -= 1
                else:
                    taken_back.append(vote_id)
            rec.delete_many("vote", taken_back)
            rec.insert_many(
                "vote",
                [
                    {"round_id": round_id, "participant_id": participant_id, column: target}
                    for target, count in keep.items()
                    for _ in range(count)
                ],
            )

        return self._run(label, work, origin)


def _rect(row: Mapping[str, Any]) -> Rect:
    return Rect(row["x"], row["y"], row["w"], row["h"])


def _grid_of(
    rec: Recorder, kept: tuple[str, InboxGrid, int] | None, inbox: str, frame: Rect
) -> InboxGrid:
    """The inbox's grid: the one ``kept`` from the last phone note when nothing has been
    written since and the frame's corner and width are as they were, else read."""
    if kept is not None:
        cluster_id, grid, changes = kept
        if cluster_id == inbox and changes == rec.conn.raw.total_changes and grid.fits(frame):
            return grid
    return InboxGrid(frame, _places_in(rec, inbox))


def _places_in(rec: Recorder, cluster_id: str) -> list[Rect]:
    """Where the notes in a cluster are (only their places: an inbox holds hundreds)."""
    return [
        Rect(geometry.coord(x), geometry.coord(y), geometry.size(w, 1.0), geometry.size(h, 1.0))
        for x, y, w, h in rec.conn.exec_driver_sql(
            "SELECT x, y, w, h FROM note WHERE cluster_id = ?", (cluster_id,)
        )
    ]


def _assumption_source(rec: Recorder, label: str) -> str:
    row = rec.conn.exec_driver_sql(
        "SELECT id FROM source WHERE label = ? AND kind = ? ORDER BY created_at, id LIMIT 1",
        (label, str(SourceKind.ASSUMPTION)),
    ).first()
    if row is not None:
        return str(row[0])
    return rec.insert("source", {"label": label, "kind": str(SourceKind.ASSUMPTION)})


def _inbox(rec: Recorder, title: str) -> str:
    """The inbox cluster: the oldest cluster with that title (case and spaces aside), or
    a new one in free space right of the board."""
    wanted = " ".join(title.casefold().split())
    for cluster_id, found in rec.conn.exec_driver_sql(
        "SELECT id, title FROM cluster ORDER BY created_at, id"
    ):
        if " ".join(str(found or "").casefold().split()) == wanted:
            return str(cluster_id)
    board = [
        Rect(geometry.coord(x), geometry.coord(y), geometry.size(w, 1.0), geometry.size(h, 1.0))
        for x, y, w, h in rec.conn.exec_driver_sql(
            "SELECT x, y, w, h FROM note UNION ALL SELECT x, y, w, h FROM cluster"
        )
    ]
    x, y = inbox_place(board)
    w, h = inbox_size()
    return rec.insert("cluster", {"title": title, "x": x, "y": y, "w": w, "h": h})
