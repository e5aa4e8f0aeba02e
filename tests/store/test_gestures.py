"""The board's gestures as store operations: one transaction, one change each, and a write
that fails anywhere in a gesture leaves the file as it was.

Every gesture is run with each of its writes made to fail in turn (the 1st, the 2nd...),
then for real; SQLite's own statement trace counts the transactions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from transaction_probe import (
    begins,
    commits,
    file_state,
    statements,
    writes_failing_at,
)

from workshop.domain.board_geometry import CLUSTER_PAD, CLUSTER_TITLE_BAND
from workshop.domain.model import Cluster, Note
from workshop.errors import OperationRefused, WorkshopWriteFailed
from workshop.store import Change, RowChange, WorkshopFile, create_workshop


@dataclass
class Wall:
    wf: WorkshopFile
    source: str
    author: str
    loose: list[str]
    frame: str
    members: list[str]
    other_frame: str
    picture_note: str
    #: Two respondents that turn out to be one person, each behind a source with a note.
    respondents: tuple[str, str] = ("", "")


@pytest.fixture
def wall(tmp_path: Path) -> Iterator[Wall]:
    wf = create_workshop(tmp_path / "gestures.pwshop", "Budgeting app")
    source = wf.add_source("Interview 1").created[0]
    author = wf.add_participant("Ann").created[0]
    loose = list(
        wf.add_notes(
            [
                {"text": "Bursty income", "x": 0, "y": 0, "source_id": source},
                {"text": "Budgets break", "x": 200, "y": 0, "author_id": author},
                {"text": "Manual entry", "x": 1200, "y": 900},
            ]
        ).created
    )
    members = list(
        wf.add_notes(
            [{"text": "Late fees", "x": 420, "y": 80}, {"text": "Overdraft", "x": 600, "y": 80}]
        ).created
    )
    frame = wf.group_into_cluster(members, "Money timing").created[0]
    others = list(wf.add_notes([{"text": "Sunday review", "x": 0, "y": 600}]).created)
    other_frame = wf.group_into_cluster(others, "Routines").created[0]
    picture = wf.add_image_notes(
        [{"data": b"\x89PNG fake", "mime": "image/png", "width": 40, "height": 20, "x": 900}]
    )
    picture_note = next(c for c in picture.created if c in picture.ids("note"))
    maria = wf.add_respondent("Maria", {"segment": "Freelancer"}).created[0]
    r17 = wf.add_respondent("R17", {"region": "North"}).created[0]
    for respondent in (maria, r17):
        spoke = wf.add_source(f"Interview with {respondent}").created[0]
        wf.update_source(spoke, respondent_id=respondent)
        wf.add_note("Pays on Thursdays", source_id=spoke)
    yield Wall(wf, source, author, loose, frame, members, other_frame, picture_note, (maria, r17))
    assert wf.integrity_ok()
    wf.close()


def _rows(wf: WorkshopFile, table: str, ids: list[str]) -> list[dict[str, object]]:
    return [r for r in wf.content_rows()[table] if r["id"] in ids]


def _frame(wf: WorkshopFile, cluster_id: str) -> Cluster:
    return next(c for c in wf.snapshot().clusters if c.id == cluster_id)


def _copied(w: Wall) -> tuple[list[dict[str, object]], list[dict[str, object]], dict]:
    notes = _rows(w.wf, "note", [*w.members, w.loose[0], w.picture_note])
    clusters = _rows(w.wf, "cluster", [w.frame, w.other_frame])
    assets = {str(a["id"]): a for a in w.wf.content_rows()["asset"]}
    return notes, clusters, assets


#: Each gesture on the wall, ready to be made (what it needs is read beforehand); all of
#: them write more than once.
GESTURES: dict[str, Callable[[Wall], Callable[[], Change]]] = {
    # A note dropped at the far edge of a frame: it joins and the frame grows, while the
    # other cluster is dragged along in the same gesture.
    "drop_notes into a growing cluster": lambda w: (
        lambda: w.wf.drop_notes(
            {w.loose[1]: {"x": 900.0, "y": 260.0, "z": 50.0, "cluster_id": w.frame}},
            {w.other_frame: (0.0, 400.0)},
            label="Move note into “Money timing”",
        )
    ),
    "group_into_cluster": lambda w: lambda: w.wf.group_into_cluster(w.loose[:2], "Effort"),
    "tidy_clusters": lambda w: lambda: w.wf.tidy_clusters([w.frame, w.other_frame]),
    "paste of clusters": lambda w: _paste(w, *_copied(w)),
    "put_into_cluster": lambda w: lambda: w.wf.put_into_cluster(w.loose, w.frame),
    "add_note_at in a cluster": lambda w: (
        lambda: w.wf.add_note_at(
            "Fees hurt", (760.0, 400.0, 160.0, 120.0), cluster_id=w.frame, author_id=w.author
        )
    ),
    "remove_from_board": lambda w: lambda: w.wf.remove_from_board(w.loose[:1], [w.frame]),
    "recolour": lambda w: lambda: w.wf.recolour(w.loose, {w.frame: "#fafafa"}, "#ffcc80"),
    "merge_rows": lambda w: _merge(w, _merged(w)),
    "merge_respondents": lambda w: (
        lambda: w.wf.merge_respondents(*w.respondents[:1], [w.respondents[1]])
    ),
    "import_evidence with its study and respondents": lambda w: (
        lambda: w.wf.import_evidence(
            [
                {
                    "id": "s-new",
                    "label": "P9",
                    "kind": "survey",
                    "study_id": "st-new",
                    "respondent_id": "r-new",
                }
            ],
            [{"text": "Too slow", "source_id": "s-new", "question": "What annoys you?"}],
            studies=[{"id": "st-new", "name": "survey.csv", "kind": "survey"}],
            respondents=[{"id": "r-new", "label": "P9", "attributes": {"role": "Owner"}}],
            updates={("respondent", w.respondents[0]): {"attributes": {"segment": "Owner"}}},
        )
    ),
}


def _paste(w: Wall, notes: list, clusters: list, assets: dict) -> Callable[[], Change]:
    return lambda: w.wf.paste(notes, clusters, assets, offset=(3000.0, 0.0), label="Paste")


def _merge(w: Wall, rows: list[RowChange]) -> Callable[[], Change]:
    return lambda: w.wf.merge_rows("Merge breakout.pwshop", rows)


def _merged(w: Wall) -> list[RowChange]:
    """What a merge of a breakout file works out: a note edited there, a new cluster and
    a new note in it."""
    (edited,) = _rows(w.wf, "note", w.loose[:1])
    (frame,) = _rows(w.wf, "cluster", [w.frame])
    new_frame = {**frame, "id": "breakout-frame", "title": "From the breakout"}
    new_note = {**edited, "id": "breakout-note", "cluster_id": "breakout-frame"}
    return [
        RowChange("note", str(edited["id"]), edited, {**edited, "text": "Edited there"}),
        RowChange("cluster", "breakout-frame", None, new_frame),
        RowChange("note", "breakout-note", None, new_note),
    ]


@pytest.mark.parametrize("name", sorted(GESTURES))
def test_a_gesture_is_one_transaction_and_one_change(wall: Wall, name: str) -> None:
    told: list[Change] = []
    wall.wf.subscribe(told.append)
    before = file_state(wall.wf)
    gesture = GESTURES[name](wall)
    with statements(wall.wf) as seen:
        change = gesture()
    assert (begins(seen), commits(seen)) == (1, 1)
    assert told == [change] and not change.is_empty
    wall.wf.revert(change)  # one undo step takes all of it back
    assert file_state(wall.wf) == before


@pytest.mark.parametrize("name", sorted(GESTURES))
def test_a_write_failing_anywhere_in_a_gesture_leaves_the_file_as_it_was(
    wall: Wall, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[Change] = []
    wall.wf.subscribe(told.append)
    before = file_state(wall.wf)
    with writes_failing_at(monkeypatch, None) as writes:  # how many writes it makes
        made = GESTURES[name](wall)()
    total = len(writes)
    wall.wf.revert(made)
    assert file_state(wall.wf) == before
    told.clear()
    assert total >= 2, "a gesture that writes once cannot show a half-made change"
    for failing in range(1, total + 1):
        with writes_failing_at(monkeypatch, failing), pytest.raises(WorkshopWriteFailed):
            GESTURES[name](wall)()
        assert file_state(wall.wf) == before, f"write {failing} of {total} failed"
        assert told == []
    GESTURES[name](wall)()  # and nothing was left half-way: it still works
    assert len(told) == 1


def test_a_note_dropped_past_a_frames_edge_joins_and_the_frame_grows_to_hold_it(
    wall: Wall,
) -> None:
    wf = wall.wf
    old = _frame(wf, wall.frame)
    change = GESTURES["drop_notes into a growing cluster"](wall)()
    note = change.notes()[wall.loose[1]]
    frame = change.clusters()[wall.frame]
    assert isinstance(note, Note) and isinstance(frame, Cluster)
    assert note.cluster_id == wall.frame and (note.x, note.y, note.z) == (900.0, 260.0, 50.0)
    assert (frame.x, frame.y) == (old.x, old.y)
    assert frame.x + frame.w == note.x + note.w + CLUSTER_PAD
    assert frame.y + frame.h == note.y + note.h + CLUSTER_PAD
    # The dragged cluster moved with its note.
    moved = change.clusters()[wall.other_frame]
    assert moved is not None and moved.y == _frame(wf, wall.other_frame).y


def test_a_note_dropped_well_inside_a_frame_does_not_touch_the_frame(wall: Wall) -> None:
    change = wall.wf.drop_notes({wall.loose[1]: {"x": 440.0, "y": 80.0, "cluster_id": wall.frame}})
    assert change.ids("cluster") == []
    assert change.notes()[wall.loose[1]].cluster_id == wall.frame  # type: ignore[union-attr]


def test_paste_makes_new_clusters_holding_their_pasted_notes(wall: Wall) -> None:
    wf = wall.wf
    notes, clusters, assets = _copied(wall)
    change = wf.paste(notes, clusters, assets, offset=(3000.0, 0.0))
    new_clusters = change.ids("cluster", "added")
    new_notes = {n.id: n for n in change.notes().values() if n is not None}
    assert len(new_clusters) == 2 and len(new_notes) == 4
    assert not set(new_clusters) & {wall.frame, wall.other_frame}
    texts = {n.text: n for n in new_notes.values()}
    assert texts["Late fees"].cluster_id in new_clusters
    assert texts["Late fees"].x == 3420.0
    assert texts["Bursty income"].source_id == wall.source
    assert texts[""].asset_id is not None  # the picture, stored once
    assert change.ids("asset", "added") == []


def test_pasting_into_another_workshop_drops_sources_and_authors_it_has_not(
    wall: Wall, tmp_path: Path
) -> None:
    notes, clusters, assets = _copied(wall)
    with create_workshop(tmp_path / "other.pwshop", "Other") as other:
        change = other.paste(notes, clusters, assets)
        pasted = [n for n in change.notes().values() if n is not None]
        assert {n.source_id for n in pasted} == {None}
        assert len(change.ids("asset", "added")) == 1


def test_put_into_cluster_lays_notes_out_below_its_notes_and_grows_the_frame(wall: Wall) -> None:
    wf = wall.wf
    change = wf.put_into_cluster(wall.loose, wall.frame)
    notes = [change.notes()[n] for n in wall.loose]
    frame = change.clusters()[wall.frame]
    assert frame is not None
    staying_bottom = 80.0 + 120.0
    for note in notes:
        assert note is not None and note.cluster_id == wall.frame
        assert note.y >= staying_bottom
        assert frame.x + CLUSTER_PAD <= note.x and note.x + note.w <= frame.x + frame.w
        assert note.y + note.h <= frame.y + frame.h - CLUSTER_PAD
    assert notes[0].y >= frame.y + CLUSTER_TITLE_BAND  # type: ignore[union-attr]


def test_a_step_makes_several_operations_one_transaction_and_one_change(wall: Wall) -> None:
    wf = wall.wf
    told: list[Change] = []
    wf.subscribe(told.append)
    before = file_state(wf)
    with statements(wf) as seen, wf.step("Sort the wall", origin="the board") as step:
        made = wf.add_cluster("Fees")
        wf.update_notes(wall.loose[:1], cluster_id=made.created[0])
    assert commits(seen) == 1
    assert step.change is not None and told == [step.change]
    assert step.change.label == "Sort the wall" and step.change.origin == "the board"
    assert step.change.ids("cluster", "added") == list(made.created)
    wf.revert(step.change)
    assert file_state(wf) == before


def test_a_step_that_fails_halfway_leaves_nothing(wall: Wall) -> None:
    wf = wall.wf
    told: list[Change] = []
    wf.subscribe(told.append)
    before = file_state(wf)

    def half_a_gesture() -> None:
        with wf.step("Half a gesture"):
            wf.add_cluster("Fees")
            wf.update_note("no such note", text="x")

    with pytest.raises(OperationRefused):
        half_a_gesture()
    assert file_state(wf) == before and told == []


def test_a_change_carries_its_origin_and_undo_has_none(wall: Wall) -> None:
    change = wall.wf.tidy_clusters([wall.frame], origin="board view")
    assert change.origin == "board view"
    assert wall.wf.revert(change).origin is None
