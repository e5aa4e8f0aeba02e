"""Writing an import: one step that undo takes back whole, nothing written when it fails
partway, blocks per source or per column, and photos cut into notes linked to the photo."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from workshop.errors import ImportFailed, WorkshopWriteFailed
from workshop.io.evidence_import import (
    apply_plan,
    import_evidence_file,
    note_blocks,
    plan_import,
    read_evidence,
)
from workshop.io.images import prepare_image
from workshop.io.import_mapping import ImportMapping
from workshop.io.photo_import import cut_photo, import_photos
from workshop.store import WorkshopFile, create_workshop
from workshop.store.recorder import Recorder


@pytest.fixture
def workshop(tmp_path: Path):  # type: ignore[no-untyped-def]
    wf = create_workshop(tmp_path / "w.pwshop", "Intake")
    yield wf
    wf.close()


@pytest.fixture
def survey(tmp_path: Path) -> Path:
    path = tmp_path / "survey.csv"
    path.write_text(
        "Respondent,Liked,Disliked\nAna,Colours,Logins\nBo,Speed,Exports\nAna,Search,\n"
    )
    return path


def test_an_import_is_one_change_that_undo_takes_back_whole(
    workshop: WorkshopFile, survey: Path
) -> None:
    workshop.add_note("Already here")
    mapping = ImportMapping(("Liked", "Disliked"), source_column="Respondent")

    change, summary = import_evidence_file(workshop, survey, mapping)

    assert (summary.notes, summary.sources) == (5, 2)
    assert workshop.counts()["note"] == 6 and workshop.counts()["source"] == 2
    assert set(change.tables()) == {"study", "respondent", "source", "note"}
    assert [s.label for s in workshop.snapshot().sources] == ["Ana", "Bo"]  # the file's order
    workshop.revert(change)
    assert workshop.counts()["note"] == 1 and workshop.counts()["source"] == 0
    workshop.reapply(change)
    assert workshop.counts()["note"] == 6


def test_a_failure_partway_leaves_the_workshop_as_it_was(
    workshop: WorkshopFile, survey: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    insert_many = Recorder.insert_many

    def failing(self: Recorder, table: str, rows, *args, **kwargs):  # type: ignore[no-untyped-def]
        if table == "note":
            raise sqlite3.OperationalError("disk I/O error")
        return insert_many(self, table, rows, *args, **kwargs)

    monkeypatch.setattr(Recorder, "insert_many", failing)

    with pytest.raises(WorkshopWriteFailed):
        import_evidence_file(workshop, survey, ImportMapping(("Liked",), "Respondent"))

    assert workshop.counts()["source"] == 0 and workshop.counts()["note"] == 0
    assert workshop.integrity_ok()


def test_one_source_with_several_columns_gives_a_block_per_column(
    workshop: WorkshopFile, survey: Path
) -> None:
    table = read_evidence(survey)
    plan = plan_import(table, ImportMapping(("Liked", "Disliked")))

    blocks = note_blocks(plan)
    assert [[n.text for n in b] for b in blocks] == [
        ["Colours", "Speed", "Search"],
        ["Logins", "Exports"],
    ]
    apply_plan(workshop, plan)
    notes = {n.text: n for n in workshop.snapshot().notes}
    assert notes["Logins"].x > max(notes[t].x for t in ("Colours", "Speed", "Search"))


def test_near_puts_the_blocks_where_the_facilitator_looks_when_it_is_free(
    workshop: WorkshopFile, survey: Path
) -> None:
    workshop.add_note("Far away", x=5000, y=5000)

    import_evidence_file(workshop, survey, ImportMapping(("Liked",)), near=(100.0, 200.0))

    placed = [n for n in workshop.snapshot().notes if n.source_id]
    assert min(n.x for n in placed) == 100.0 and min(n.y for n in placed) == 200.0


def test_a_plan_with_nothing_to_import_writes_nothing(
    workshop: WorkshopFile, tmp_path: Path
) -> None:
    path = tmp_path / "blank.csv"
    path.write_text("Respondent,Comment\nAna,-\n")
    plan = plan_import(read_evidence(path), ImportMapping(("Comment",)))

    with pytest.raises(ImportFailed, match="nothing to import"):
        apply_plan(workshop, plan)
    assert workshop.counts()["source"] == 0


def _photo_bytes(size: tuple[int, int]) -> bytes:
    image = Image.new("RGB", size, (250, 240, 120))
    for x in range(0, size[0], 7):
        for y in range(size[1]):
            image.putpixel((x, y), (x % 255, y % 255, 90))
    out = io.BytesIO()
    image.save(out, "JPEG")
    return out.getvalue()


def test_a_cut_photo_gives_notes_linked_to_the_whole_photo(workshop: WorkshopFile) -> None:
    photo = prepare_image(_photo_bytes((400, 300)), name="wall.jpg")

    change = cut_photo(workshop, photo, [(10, 10, 100, 80), (200, 150, 120, 100)])

    snapshot = workshop.snapshot()
    notes = [n for n in snapshot.notes if n.id in change.ids("note", "added")]
    assert len(notes) == 2
    origin = {a.sha256: a.id for a in snapshot.assets}[photo.sha256]
    assert all(n.origin_asset_id == origin and n.asset_id != origin for n in notes)
    sizes = {(a.width, a.height) for a in snapshot.assets if a.id != origin}
    assert sizes == {(100, 80), (120, 100)}
    workshop.revert(change)
    assert workshop.counts()["note"] == 0


def test_a_rectangle_off_the_photo_writes_nothing(workshop: WorkshopFile) -> None:
    photo = prepare_image(_photo_bytes((200, 100)), name="wall.jpg")

    with pytest.raises(ImportFailed, match="outside the photo"):
        cut_photo(workshop, photo, [(10, 10, 50, 50), (500, 500, 40, 40)])
    assert workshop.counts()["note"] == 0


def test_photos_that_cannot_be_read_are_left_out_and_said(
    workshop: WorkshopFile, tmp_path: Path
) -> None:
    good = tmp_path / "wall.jpg"
    good.write_bytes(_photo_bytes((120, 90)))
    again = tmp_path / "wall-copy.jpg"
    again.write_bytes(good.read_bytes())
    text = tmp_path / "notes.png"
    text.write_text("not a picture")

    change, summary = import_photos(workshop, [good, again, text])

    assert summary.notes == 1 and len(change.ids("note", "added")) == 1
    assert summary.skipped == (
        "Skipped wall-copy.jpg: the same photo is already in this import",
        "Skipped notes.png: this is not an image (JPEG or PNG) that can be read",
    )


def test_sources_keep_the_order_of_the_file(workshop: WorkshopFile, tmp_path: Path) -> None:
    path = tmp_path / "order.csv"
    names = [f"Respondent {chr(90 - i)}" for i in range(26)]  # Z, Y, X …
    path.write_text("Who,Comment\n" + "".join(f"{n},Said something\n" for n in names))

    import_evidence_file(workshop, path, ImportMapping(("Comment",), source_column="Who"))

    assert [s.label for s in workshop.snapshot().sources] == names


def test_damaged_geometry_on_the_board_does_not_stop_an_import(
    workshop: WorkshopFile, survey: Path
) -> None:
    workshop.add_note("Fine", x=0, y=0)
    workshop._raw.execute(
        "INSERT INTO note (id, text, x, y, w, h, z, colour, question, created_at, updated_at) "
        "VALUES ('bad-1', 'odd', 'left', 1e999, 10, 10, 0, '#fff', '', '', '')"
    )

    change, _ = import_evidence_file(workshop, survey, ImportMapping(("Liked",)))

    added = [n for n in workshop.snapshot().notes if n.id in change.ids("note", "added")]
    assert len(added) == 3 and all(n.x > 0 for n in added)
