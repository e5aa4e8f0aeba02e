"""File › Export Board as PNG/PDF…: the demo board as a picture and as a PDF at print
resolution, only the selection when asked, and never over the workshop itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
)

from workshop.demo import fresh_demo_copy
from workshop.ui.board import style
from workshop.ui.board.board_export import (
    BoardExport,
    export_area,
    picture_scale,
    suggested_name,
)
from workshop.ui.board.feature import BoardFeature
from workshop.ui.main_window import MainWindow


def _board(window: MainWindow, tmp_path: Path) -> BoardFeature:
    assert window.open_path(str(fresh_demo_copy(tmp_path)), remember=False)
    return next(f for f in window._features if isinstance(f, BoardFeature))


def _action(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    return next(a for a in window.menu("file").actions() if a.text() == text)


def _export_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    answer = (str(path), path.suffix == ".pdf")
    monkeypatch.setattr(BoardExport, "ask_path", lambda _self, _suggested: answer)


def _non_background(image: QImage, step: int = 7) -> int:
    background = style.BACKGROUND.rgb()
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixel(x, y) != background
    )


def test_the_demo_board_exports_as_a_print_resolution_png(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = _board(window, tmp_path)
    target = tmp_path / "out" / "board.png"
    target.parent.mkdir()
    _export_to(monkeypatch, target)
    _action(window, "Export &Board as PNG/PDF…").trigger()

    image = QImage(str(target))
    assert not image.isNull()
    area = export_area(feature.scene, selection_only=False)
    scale = picture_scale(area)
    assert scale == pytest.approx(300 / 96)  # the demo is small enough for full resolution
    assert (image.width(), image.height()) == (
        round(area.width() * scale),
        round(area.height() * scale),
    )
    assert round(image.dotsPerMeterX() * 0.0254) == 300
    drawn = _non_background(image)
    assert drawn > 0.2 * (image.width() // 7) * (image.height() // 7)  # notes and frames
    assert [p.name for p in target.parent.iterdir()] == ["board.png"]  # no partial left
    # The notes show their text at print size, even though the view shows the whole board
    # zoomed out (where notes are plain tiles).
    note = next(n for n in feature.scene.notes.values() if n.note.text)
    rect = note.tile.sceneBoundingRect()
    dark = 0
    for y in range(
        round((rect.top() - area.top()) * scale), round((rect.bottom() - area.top()) * scale), 2
    ):
        for x in range(
            round((rect.left() - area.left()) * scale),
            round((rect.right() - area.left()) * scale),
            2,
        ):
            if QColor(image.pixel(x, y)).lightness() < 80:
                dark += 1
    assert dark > 200, "the note's text is drawn"

    # Only the selection: one cluster, a smaller picture.
    cluster = next(iter(feature.scene.clusters.values()))
    cluster.setSelected(True)
    assert _action(window, "Export Se&lection as PNG/PDF…").isEnabled()
    part = tmp_path / "out" / "part.png"
    _export_to(monkeypatch, part)
    _action(window, "Export Se&lection as PNG/PDF…").trigger()
    piece = QImage(str(part))
    assert 0 < piece.width() < image.width() and _non_background(piece) > 0
    assert cluster.isSelected()  # drawn without its outline, still selected after


def test_the_demo_board_exports_as_a_one_page_pdf(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = _board(window, tmp_path)
    target = tmp_path / "board.pdf"
    _export_to(monkeypatch, target)
    _action(window, "Export &Board as PNG/PDF…").trigger()
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    area = export_area(feature.scene, selection_only=False)
    boxes = re.findall(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert len(boxes) == 1
    width, height = (float(v) for v in boxes[0])
    assert width == pytest.approx(area.width() * 72 / 96, abs=1)
    assert height == pytest.approx(area.height() * 72 / 96, abs=1)
    # The page shows the board (notes and frames), not an empty page.
    document = QPdfDocument()
    assert document.load(str(target)) == QPdfDocument.Error.None_
    assert document.pageCount() == 1
    page = document.render(0, QSize(round(width), round(height)))
    assert _non_background(page.convertToFormat(QImage.Format.Format_RGB32)) > 100
    document.close()


def test_a_workshop_file_under_a_pictures_name_is_refused(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _board(window, tmp_path)
    assert window.session is not None
    workshop = window.session.workshop.path
    before = workshop.read_bytes()
    other = fresh_demo_copy(tmp_path / "other")
    disguised = other.rename(workshop.with_name("earlier workshop.png"))
    kept = disguised.read_bytes()
    said: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.button(QMessageBox.StandardButton.Ok).click()
        else:
            QTimer.singleShot(20, answer)

    _in_the_save_dialog(monkeypatch, str(disguised))
    QTimer.singleShot(0, answer)
    _action(window, "Export &Board as PNG/PDF…").trigger()
    assert len(said) == 1 and said[0].startswith("Nothing was exported:"), said
    assert disguised.read_bytes() == kept
    assert workshop.read_bytes() == before
    assert window.session.snapshot().notes  # still open and whole


def _in_the_save_dialog(
    monkeypatch: pytest.MonkeyPatch, typed: str | None, pdf: bool = False
) -> list[str]:
    """The save dialog answered as the facilitator would: ``typed`` entered as the file
    name (the PDF filter chosen when asked), or the dialog cancelled (None). Returns the
    names it suggested, one per dialog."""
    seen: list[str] = []

    def dialog(parent, caption, suggested, filters, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(Path(suggested).name)
        if typed is None:
            return "", ""
        chosen = [f for f in filters.split(";;") if ("pdf" in f.lower()) == pdf]
        return typed, chosen[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return seen


def test_the_suggested_name_keeps_the_titles_characters(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _board(window, tmp_path)
    assert window.session is not None
    title = window.session.snapshot().workshop.title
    assert "—" in title and "?" in title  # the demo's: "Budgeting app — who are we ...?"
    seen = _in_the_save_dialog(monkeypatch, None)
    _action(window, "Export &Board as PNG/PDF…").trigger()
    # The dash stays as the poster export keeps it; the "?" no file name can hold goes.
    assert seen == [title.replace("?", "").strip() + " board.png"]
    assert suggested_name('a/b\\c*d|e"f<g>h:i', Path("w.pwshop")) == "a b c d e f g h i board.png"
    assert suggested_name("...", Path("Kick-off.pwshop")) == "Kick-off board.png"
    assert (
        suggested_name("Café 東京 – Ünïcode", Path("w.pwshop")) == "Café 東京 – Ünïcode board.png"
    )


@pytest.mark.parametrize(("pdf", "ending"), [(False, ".png"), (True, ".pdf")])
def test_typing_the_workshops_own_name_says_what_was_saved_and_never_touches_it(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pdf: bool, ending: str
) -> None:
    _board(window, tmp_path)
    session = window.session
    assert session is not None
    workshop = session.workshop.path
    before = workshop.read_bytes()
    said: list[str] = []
    session.status.connect(said.append)
    _in_the_save_dialog(monkeypatch, str(workshop), pdf=pdf)
    _action(window, "Export &Board as PNG/PDF…").trigger()
    written = workshop.with_name(workshop.name + ending)
    assert written.exists() and written.stat().st_size > 0
    assert workshop.read_bytes() == before
    assert said == [f"Saved as {written} (a board picture is a PNG or PDF)"]
    assert session.snapshot().notes  # still open and whole
    # A name that ends as a picture should is used as typed, and said plainly.
    said.clear()
    plain = workshop.with_name(f"plain{ending}")
    _in_the_save_dialog(monkeypatch, str(plain), pdf=pdf)
    _action(window, "Export &Board as PNG/PDF…").trigger()
    assert plain.exists()
    assert said == [f"Exported the board to {plain}"]
