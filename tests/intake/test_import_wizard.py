"""The import wizard, driven as a facilitator would: pick a file, look at the rows, choose
the columns, import; every oddity of real exports; one undo step; remembered choices."""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_files import CASES, FAILURES, Case
from intake_window import finish, intake, load, to_summary
from PySide6.QtWidgets import QMessageBox

from workshop.io.import_mapping import header_signature
from workshop.store import create_workshop
from workshop.ui.main_window import MainWindow


def open_workshop_window(window: MainWindow, tmp_path: Path) -> None:
    window.attach(create_workshop(tmp_path / "w.pwshop", "Intake"))


def board(window: MainWindow) -> list[tuple[str, str | None]]:
    assert window.session is not None
    snapshot = window.session.snapshot()
    labels = {s.id: s.label for s in snapshot.sources}
    return sorted((n.text, labels.get(n.source_id or "")) for n in snapshot.notes)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_each_oddity_imports_through_the_wizard(
    qtbot, window: MainWindow, tmp_path: Path, case: Case
) -> None:
    open_workshop_window(window, tmp_path)
    wizard = intake(window).open_wizard()
    load(qtbot, wizard, case.write(tmp_path))
    page = wizard.file_page
    if case.sheet:
        assert not page.sheet.isHidden()
        page.sheet.setCurrentIndex(page.sheet.findText(case.sheet))
        with qtbot.waitSignal(wizard.job.done):
            page.sheet.activated.emit(page.sheet.currentIndex())
    if case.header_row != 1:
        page.header_row.setValue(case.header_row)
    assert page.isComplete(), page.status.text()

    wizard.next()
    columns = wizard.columns_page
    if case.text_columns:
        columns.set_checked_columns(list(case.text_columns))
    if case.source_column:
        columns.source_column.setCurrentIndex(columns.source_column.findData(case.source_column))
    to_summary(qtbot, wizard)
    finish(wizard)

    assert board(window) == sorted(case.notes)


def test_a_survey_import_from_file_to_summary_then_one_undo(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    open_workshop_window(window, tmp_path)
    session = window.session
    assert session is not None
    session.perform(lambda wf: wf.add_note("Typed in the workshop"))
    survey = tmp_path / "survey.csv"
    survey.write_text(
        "Respondent,Comment,Date\nAna,Too many logins,13/05/2025\nBo,n/a,02/05/2025\n"
        "Ana,Exports take ages,13/05/2025\n"
    )
    feature = intake(window)
    wizard = feature.open_wizard()
    load(qtbot, wizard, survey)

    preview = wizard.file_page.preview.model_
    assert (preview.rowCount(), preview.columnCount()) == (4, 3)
    assert preview.item(0, 1).text() == "Comment" and preview.item(0, 1).font().bold()
    assert "3 rows of data, 3 columns" in wizard.file_page.status.text()

    wizard.next()
    columns = wizard.columns_page
    assert columns.checked_columns() == ["Comment"]  # proposed: the wordiest column
    columns.source_column.setCurrentIndex(columns.source_column.findData("Respondent"))
    columns.date_column.setCurrentIndex(columns.date_column.findData("Date"))
    columns.kind.setCurrentIndex(columns.kind.findData("survey"))
    to_summary(qtbot, wizard)
    text = wizard.summary_page.text.toPlainText()
    assert "3 rows read from survey.csv: 2 notes from 1 source, 1 respondent." in text
    assert "respondent: Ana" in text
    assert "Skipped 1 cell: no answer (“n/a”) in “Comment” (row 3)" in text
    finish(wizard)

    assert board(window) == [
        ("Exports take ages", "Ana"),
        ("Too many logins", "Ana"),
        ("Typed in the workshop", None),
    ]
    source = session.snapshot().sources[0]
    assert (source.kind.value, str(source.date)) == ("survey", "2025-05-13")
    box = feature.summary_box
    assert isinstance(box, QMessageBox) and "2 notes from 1 source" in box.text()
    assert session.undo.stack.count() == 2

    session.undo.undo()
    assert board(window) == [("Typed in the workshop", None)]
    assert session.snapshot().sources == []
    session.undo.redo()
    assert len(board(window)) == 3


def test_the_last_choices_are_remembered_per_header_signature(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    open_workshop_window(window, tmp_path)
    first = tmp_path / "may.csv"
    first.write_text("Export of May\nTicket,Customer,Text\n1,Ana,Slow\n2,Bo,Fast enough\n")
    june = tmp_path / "june.csv"
    june.write_text("Export of June\nTicket,Customer,Text\n3,Cy,Broken login\n")
    feature = intake(window)
    wizard = feature.open_wizard()
    load(qtbot, wizard, first)
    wizard.file_page.header_row.setValue(2)
    wizard.next()
    columns = wizard.columns_page
    columns.set_checked_columns(["Text"])
    columns.source_column.setCurrentIndex(columns.source_column.findData("Customer"))
    columns.kind.setCurrentIndex(columns.kind.findData("support_ticket"))
    to_summary(qtbot, wizard)
    finish(wizard)
    signature = header_signature(["Ticket", "Customer", "Text"])
    assert "Customer" in str(window.settings.value(f"import/mappings/{signature}"))

    again = feature.open_wizard()
    load(qtbot, again, june)
    assert again.table is not None and again.table.header_row == 2
    assert "choices made last time" in again.file_page.status.text()
    again.next()
    columns = again.columns_page
    assert columns.checked_columns() == ["Text"]
    assert columns.source_column.currentData() == "Customer"
    assert columns.kind.currentData() == "support_ticket"
    to_summary(qtbot, again)
    finish(again)
    assert ("Broken login", "Cy") in board(window)


@pytest.mark.parametrize(
    ("name", "data", "word"), [f[1:] for f in FAILURES], ids=[f[0] for f in FAILURES]
)
def test_a_file_that_cannot_be_read_says_why_and_cannot_go_on(
    qtbot, window: MainWindow, tmp_path: Path, name: str, data: bytes, word: str
) -> None:
    open_workshop_window(window, tmp_path)
    bad = tmp_path / name
    bad.write_bytes(data)
    wizard = intake(window).open_wizard()

    if word == "headers but no rows":
        load(qtbot, wizard, bad)  # read fine; splitting at row 1 leaves no data
    else:
        with qtbot.waitSignal(wizard.job.failed):
            wizard.load(str(bad))

    assert word in wizard.file_page.status.text()
    assert not wizard.file_page.isComplete()
    assert window.session is not None and window.session.snapshot().notes == []


def test_ten_thousand_rows_show_progress_and_reading_can_be_cancelled(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    open_workshop_window(window, tmp_path)
    big = tmp_path / "big.csv"
    big.write_text(
        "Respondent,Comment\n"
        + "".join(f"R{i % 97},Answer {i} about setup\n" for i in range(10_000))
    )
    wizard = intake(window).open_wizard()

    wizard.load(str(big))
    wizard.job.cancel()
    assert "cancelled" in wizard.file_page.status.text()
    assert not wizard.file_page.isComplete()
    assert wizard.job.wait()

    with qtbot.waitSignal(wizard.job.progress) as progress:
        load(qtbot, wizard, big)
    assert progress.args == [10_001, 10_001]
    wizard.next()
    wizard.columns_page.source_column.setCurrentIndex(1)
    to_summary(qtbot, wizard)
    finish(wizard)

    assert window.session is not None
    snapshot = window.session.snapshot()
    assert len(snapshot.notes) == 10_000 and len(snapshot.sources) == 97
