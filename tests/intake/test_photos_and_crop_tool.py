"""Photos of the wall in the window: Import Photos (in the background, with a summary) and
the crop tool that cuts one photo into image notes linked to it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from intake_window import intake
from PIL import Image
from PySide6.QtCore import QPointF, Qt

from workshop.io.images import prepare_image
from workshop.store import create_workshop
from workshop.ui.intake.crop_tool import CropTool
from workshop.ui.main_window import MainWindow


def photo_bytes(size: tuple[int, int], colour: tuple[int, int, int] = (240, 220, 90)) -> bytes:
    image = Image.new("RGB", size, colour)
    for x in range(0, size[0], 5):
        for y in range(0, size[1], 3):
            image.putpixel((x, y), ((x * 7) % 255, (y * 5) % 255, 60))
    out = io.BytesIO()
    image.save(out, "JPEG")
    return out.getvalue()


@pytest.fixture
def opened(window: MainWindow, tmp_path: Path) -> MainWindow:
    window.attach(create_workshop(tmp_path / "w.pwshop", "Photos"))
    return window


def drag(qtbot, tool: CropTool, start: QPointF, end: QPointF) -> None:  # type: ignore[no-untyped-def]
    canvas = tool.canvas
    viewport = canvas.viewport()
    a, b = canvas.mapFromScene(start), canvas.mapFromScene(end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(viewport, pos=(a + b) / 2)
    qtbot.mouseMove(viewport, pos=b)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def test_two_rectangles_make_two_image_notes_linked_to_the_photo(
    qtbot, opened: MainWindow, tmp_path: Path
) -> None:
    session = opened.session
    assert session is not None
    photo = prepare_image(photo_bytes((600, 400)), name="wall.jpg")
    whole = session.perform(
        lambda wf: wf.add_image_notes(
            [{"data": photo.data, "mime": photo.mime, "width": 600, "height": 400}]
        )
    )
    assert whole is not None
    photo_note = whole.ids("note", "added")[0]
    session.set_selection([photo_note])

    tool = intake(opened).cut_photo()
    assert tool is not None
    qtbot.waitExposed(tool)
    drag(qtbot, tool, QPointF(20, 30), QPointF(220, 180))
    drag(qtbot, tool, QPointF(580, 380), QPointF(350, 200))  # drawn up and to the left
    drag(qtbot, tool, QPointF(100, 100), QPointF(101, 101))  # a click, not a rectangle
    assert tool.create_button.text() == "&Create 2 Notes"
    rects = [tuple(round(v) for v in r) for r in tool.canvas.rects()]
    assert [r[2:] for r in rects] == [(200, 150), (230, 180)]

    with qtbot.waitSignal(tool.created):
        tool.create_button.click()

    snapshot = session.snapshot()
    original = next(n for n in snapshot.notes if n.id == photo_note).asset_id
    cuts = [n for n in snapshot.notes if n.id != photo_note]
    assert len(cuts) == 2
    assert all(n.origin_asset_id == original and n.is_image for n in cuts)
    session.undo.undo()
    assert [n.id for n in session.snapshot().notes] == [photo_note]


def test_the_crop_tool_opens_a_photo_file_and_backspace_removes_a_rectangle(
    qtbot, opened: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "wall.jpg"
    path.write_bytes(photo_bytes((300, 200)))
    feature = intake(opened)
    monkeypatch.setattr(feature, "ask_photo_path", lambda: path)

    tool = feature.cut_photo()
    assert tool is not None
    qtbot.waitExposed(tool)
    drag(qtbot, tool, QPointF(10, 10), QPointF(100, 90))
    drag(qtbot, tool, QPointF(150, 50), QPointF(290, 190))
    qtbot.keyClick(tool.canvas, Qt.Key.Key_Backspace)
    assert len(tool.canvas.rects()) == 1
    tool.create_button.click()

    assert opened.session is not None
    snapshot = opened.session.snapshot()
    assert len(snapshot.notes) == 1
    origin = snapshot.notes[0].origin_asset_id
    assert origin is not None and {a.id for a in snapshot.assets} >= {origin}


def test_import_photos_adds_image_notes_and_says_what_it_left_out(
    qtbot, opened: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = tmp_path / "wall-1.jpg"
    first.write_bytes(photo_bytes((64, 48)))
    second = tmp_path / "wall-2.png"
    Image.new("RGBA", (40, 30), (0, 0, 0, 0)).save(second)
    broken = tmp_path / "wall-3.jpg"
    broken.write_bytes(first.read_bytes()[:150])
    feature = intake(opened)
    monkeypatch.setattr(feature, "ask_photo_paths", lambda: [first, second, broken])

    with qtbot.waitSignal(feature.photos.finished, timeout=20_000) as finished:
        feature.photos_action.trigger()

    summary = finished.args[0]
    assert summary.notes == 2
    assert opened.session is not None
    assert sum(n.is_image for n in opened.session.snapshot().notes) == 2
    box = feature.summary_box
    assert box is not None
    assert "2 photos imported as image notes" in box.text() and "wall-3.jpg" in box.text()

    with qtbot.waitSignal(feature.photos.finished, timeout=20_000) as again:
        feature.import_photos([first])
    assert again.args[0].notes == 0
    assert "already on the board" in feature.summary_box.text()  # type: ignore[union-attr]
