"""The Export dialog: choices, live preview, export to PDF, open after export, print."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import A2_MM, Exporting
from pypdf import PdfReader
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QListWidget

from workshop.export.job import Kind
from workshop.store import open_workshop
from workshop.ui.export import preview as preview_module
from workshop.ui.export.dialog import ExportDialog
from workshop.ui.facilitation.stage_tools import ToolButton
from workshop.ui.main_window import MainWindow

MM = 72 / 25.4


def page_sizes_mm(path: Path) -> list[tuple[int, int]]:
    return [
        (round(float(p.mediabox.width) / MM), round(float(p.mediabox.height) / MM))
        for p in PdfReader(path).pages
    ]


def pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def choose(combo: object, data: object) -> None:
    index = combo.findData(data)  # type: ignore[attr-defined]
    assert index >= 0, data
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def save_to(monkeypatch: pytest.MonkeyPatch, dialog: ExportDialog, path: Path) -> list[Path]:
    suggested: list[Path] = []

    def ask(suggestion: Path) -> Path:
        suggested.append(suggestion)
        return path

    monkeypatch.setattr(dialog, "ask_pdf_path", ask)
    return suggested


def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def test_export_is_in_the_file_menu_and_found_by_the_share_stage(
    qtbot: object, settings: QSettings, demo_file: Path
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.attach(open_workshop(demo_file, read_only=True))  # every feature, read-only
    try:
        action = next(a for a in window.menu("file").actions() if a.objectName() == "exportAction")
        assert action.shortcut() == QKeySequence("Ctrl+E")
        assert action.isEnabled()  # exporting only reads
        assert action in window.toolbar.actions()
        # The Share stage's button finds the action by its object name and opens the dialog.
        share = next(
            b for b in window.findChildren(ToolButton) if b.text() == "&Export posters and cards…"
        )
        share.refresh()
        assert not share.isHidden()
        share.click()
        dialog = window.findChild(ExportDialog)
        assert dialog is not None and dialog.isVisible()
    finally:
        window.close_workshop()
    assert action not in window.menu("file").actions()


def test_choosing_paper_and_orientation_updates_the_preview(exporting: Exporting) -> None:
    dialog = exporting.dialog
    assert dialog.preview.image is not None and not dialog.preview.image.isNull()
    assert "420 × 594 mm" in dialog.caption.text()
    choose(dialog.form.paper_size, "A4")
    exporting.wait_for_preview((210.0, 297.0))
    assert dialog.form.type_hint.text() == "No text on A4 is smaller than 9 pt."
    choose(dialog.form.orientation, True)
    exporting.wait_for_preview((297.0, 210.0))
    assert dialog.preview.image is not None
    assert dialog.preview.image.width() > dialog.preview.image.height()


def test_tiled_preview_shows_the_first_office_sheet(exporting: Exporting) -> None:
    dialog = exporting.dialog
    assert not dialog.form.overlap.isEnabled()
    choose(dialog.form.tile, "A4")
    exporting.wait_for_preview((210.0, 297.0), (297.0, 210.0))
    assert dialog.form.overlap.isEnabled()
    assert "row 1, column 1" in dialog.caption.text() and "A4 sheets" in dialog.caption.text()


def test_export_writes_the_pdf_and_opens_it(
    exporting: Exporting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = exporting.dialog
    out = tmp_path / "posters.pdf"
    suggested = save_to(monkeypatch, dialog, out)
    urls = opened_urls(monkeypatch)
    dialog.open_after.setChecked(True)
    assert not dialog.folder_button.isEnabled()
    dialog.export_button.click()
    assert page_sizes_mm(out) == [(420, 594)] * 2
    assert "Sam, the" in pdf_text(out) and "ASSUMPTION-BASED" in pdf_text(out)
    assert suggested[0].name.endswith("posters.pdf")
    assert suggested[0].parent == exporting.session.workshop.path.parent
    assert urls == [QUrl.fromLocalFile(str(out))]
    assert dialog.messages.toPlainText().startswith(f"2 pages written to {out}.")
    dialog.folder_button.click()
    assert urls[-1] == QUrl.fromLocalFile(str(tmp_path))


def test_without_open_after_export_nothing_is_opened(
    exporting: Exporting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_to(monkeypatch, exporting.dialog, tmp_path / "p.pdf")
    urls = opened_urls(monkeypatch)
    exporting.dialog.export()
    assert (tmp_path / "p.pdf").exists() and urls == []


def test_what_did_not_fit_is_listed(
    exporting: Exporting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = exporting.dialog
    # The demo's main persona fits one A4 or Letter page (issue 17), but not one landscape
    # A4 page in the high-contrast theme (its font is wider).
    choose(dialog.form.paper_size, "A4")
    choose(dialog.form.orientation, True)
    choose(dialog.form.theme, "high-contrast")
    out = tmp_path / "a4.pdf"
    save_to(monkeypatch, dialog, out)
    dialog.export()
    message = dialog.messages.toPlainText()
    assert "Not everything fitted where it belongs. Nothing was cut" in message
    assert "• Dana, the working parent:" in message
    assert len(page_sizes_mm(out)) == 3  # Dana on two pages, Sam on one


def test_deck_of_chosen_personas(
    exporting: Exporting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = exporting.dialog
    dialog.form.set_kind(Kind.DECK)
    exporting.wait_for_preview((297.0, 210.0))  # the deck starts on A4 landscape
    personas: QListWidget = dialog.form.personas
    personas.item(0).setCheckState(personas.item(0).checkState().Unchecked)  # not Dana
    dialog.form.appendix.setChecked(False)
    out = tmp_path / "deck.pdf"
    save_to(monkeypatch, dialog, out)
    dialog.export()
    assert page_sizes_mm(out) == [(297, 210)] * 2  # the cover and Sam
    assert "Dana, the working parent" not in pdf_text(out)
    dialog.form.set_kind(Kind.POSTERS)  # posters keep their own paper
    exporting.wait_for_preview(A2_MM)


def test_evidence_cards_of_one_cluster(
    exporting: Exporting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = exporting.dialog
    dialog.form.set_kind(Kind.CARDS)
    exporting.wait_for_preview((210.0, 297.0))
    snapshot = exporting.session.snapshot()
    cluster = next(c for c in snapshot.clusters if c.title == "Budgets are shared at home")
    choose(dialog.form.notes, f"cluster:{cluster.id}")
    choose(dialog.form.card_size, "76x127")
    out = tmp_path / "cards.pdf"
    save_to(monkeypatch, dialog, out)
    dialog.export()
    assert set(page_sizes_mm(out)) <= {(210, 297), (297, 210)}
    notes = [n for n in snapshot.notes if n.cluster_id == cluster.id]
    first_words = notes[0].text.split()[0]
    assert first_words in pdf_text(out)
    assert "Budgets are shared at home" in pdf_text(out)


def test_nothing_chosen_is_said_and_nothing_written(
    exporting: Exporting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = exporting.dialog
    personas = dialog.form.personas
    for row in range(personas.count()):
        personas.item(row).setCheckState(personas.item(row).checkState().Unchecked)
    exporting.qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: dialog.preview.image is None and not dialog.preview.busy, timeout=10_000
    )
    assert dialog.preview.message == "Choose at least one persona to print."
    out = tmp_path / "none.pdf"
    save_to(monkeypatch, dialog, out)
    assert dialog.export() is None
    assert not out.exists()
    assert "Nothing was exported: Choose at least one persona" in dialog.messages.toPlainText()


def test_print_sends_every_page_to_the_printer(
    exporting: Exporting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "printed.pdf"
    asked: list[QPrinter] = []

    def fake_exec(self: QPrintDialog) -> int:
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)
        asked.append(printer)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    assert exporting.dialog.print_pdf() == 2
    assert len(asked) == 1
    assert page_sizes_mm(out) == [(420, 594)] * 2  # the printer starts on the poster's paper
    assert all(len(page.images) == 1 for page in PdfReader(out).pages)  # each page drawn
    assert exporting.dialog.messages.toPlainText().startswith("2 pages sent to the printer.")


def test_printing_one_page_says_one_page(
    exporting: Exporting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "printed.pdf"

    def second_page_only(self: QPrintDialog) -> int:
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 2)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", second_page_only)
    assert exporting.dialog.print_pdf() == 1
    assert page_sizes_mm(out) == [(420, 594)]
    assert exporting.dialog.messages.toPlainText().startswith("1 page sent to the printer.")


def printing_to_file(monkeypatch: pytest.MonkeyPatch, out: Path) -> None:
    """The print dialog answers "Print to File" at ``out`` (and has asked to replace it)."""

    def fake_exec(self: QPrintDialog) -> int:
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)


def test_print_to_file_never_writes_over_the_open_workshop(
    exporting: Exporting, monkeypatch: pytest.MonkeyPatch
) -> None:
    workshop = exporting.session.workshop.path
    before = workshop.read_bytes()
    printing_to_file(monkeypatch, workshop)
    assert exporting.dialog.print_pdf() == 0
    said = exporting.dialog.messages.toPlainText()
    assert said.startswith("Nothing was printed:") and "being read" in said
    assert workshop.read_bytes() == before
    exporting.session.perform(lambda wf: wf.add_note("still saved"))
    assert "still saved" in [n.text for n in exporting.session.snapshot().notes]


def test_print_to_file_replaces_only_an_earlier_pdf(
    exporting: Exporting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    research = tmp_path / "answers.pdf"
    research.write_bytes(b"Respondent,Comment\r\n")
    printing_to_file(monkeypatch, research)
    assert exporting.dialog.print_pdf() == 0
    assert "something other than a PDF" in exporting.dialog.messages.toPlainText()
    assert research.read_bytes() == b"Respondent,Comment\r\n"
    earlier = tmp_path / "posters.pdf"
    earlier.write_bytes(b"%PDF-1.4 last week")
    printing_to_file(monkeypatch, earlier)
    assert exporting.dialog.print_pdf() == 2
    assert page_sizes_mm(earlier) == [(420, 594)] * 2
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no partial


def test_cancelled_print_prints_nothing(
    exporting: Exporting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected.value)
    assert exporting.dialog.print_pdf() == 0


def test_the_dialog_follows_changes_to_the_workshop(exporting: Exporting) -> None:
    session, dialog = exporting.session, exporting.dialog
    sam = next(p for p in session.snapshot().personas if p.name.startswith("Sam"))
    session.perform(lambda wf: wf.update_persona(sam.id, name="Sam <b>the</b> hustler"))
    names = [dialog.form.personas.item(r).text() for r in range(dialog.form.personas.count())]
    assert any(name.startswith("Sam <b>the</b> hustler") for name in names)


def test_closing_the_workshop_while_a_preview_is_made(exporting: Exporting) -> None:
    dialog = exporting.dialog
    choose(dialog.form.paper_size, "A0")
    dialog.preview._timer.timeout.emit()  # start the job now
    exporting.window.close_workshop()
    preview_module._workers.submit(lambda: None).result(timeout=30)  # the job has finished
    QApplication.processEvents()  # its result arrives for nobody
    assert exporting.window.session is None
