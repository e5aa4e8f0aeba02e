"""The import wizard shows who said what in a transcript before anything is written, and
lets the facilitator say which speaker is the respondent."""

from __future__ import annotations

from pathlib import Path

from intake_window import finish, intake, load, to_summary
from PySide6.QtCore import Qt

from workshop.store import create_workshop
from workshop.ui.main_window import MainWindow

FIXTURES = Path(__file__).parents[1] / "fixtures" / "intake"


def notes_on_board(window: MainWindow) -> list[tuple[str, str]]:
    assert window.session is not None
    snapshot = window.session.snapshot()
    labels = {s.id: s.label for s in snapshot.sources}
    ordered = sorted(snapshot.notes, key=lambda n: n.z)
    return [(n.text, labels[n.source_id or ""]) for n in ordered]


def questions_on_board(window: MainWindow) -> list[str]:
    assert window.session is not None
    return [n.question for n in sorted(window.session.snapshot().notes, key=lambda n: n.z)]


def test_the_wizard_shows_who_said_what_and_imports_the_chosen_speaker(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    window.attach(create_workshop(tmp_path / "w.pwshop", "Intake"))
    wizard = intake(window).open_wizard()
    load(qtbot, wizard, FIXTURES / "usability-session-2.vtt")

    page = wizard.file_page
    assert "6 speaker turns: Anna Berg (3), Tomás Ruiz (3)" in page.status.text()
    preview = page.preview.model_
    assert preview.item(0, 0).text() == "Anna Berg"
    assert preview.item(1, 0).text() == "Tomás Ruiz"
    assert preview.item(1, 1).text().startswith("Honestly, I keep them in my wallet")

    wizard.next()
    columns = wizard.columns_page
    assert not columns.speaker.isHidden()
    assert columns.speaker.currentData() is None  # the guess, until the facilitator says
    columns.speaker.setFocus()
    qtbot.keyClicks(columns.speaker, "Anna")
    assert columns.speaker.currentData() == "Anna Berg"
    columns.questions.setFocus()
    qtbot.keyClick(columns.questions, Qt.Key.Key_Space)
    assert columns.questions.isChecked()
    to_summary(qtbot, wizard)

    summary = wizard.summary_page.text.toPlainText()
    assert "The first notes (who said what):" in summary
    assert "at 00:00:03, Anna Berg (usability-session-2.vtt):" in summary
    assert "3 turns: the interviewer's words (Tomás Ruiz): not evidence" in summary
    assert notes_on_board(window) == []  # nothing written before Finish

    finish(wizard)

    notes = notes_on_board(window)
    assert [label for _, label in notes] == ["Anna Berg (usability-session-2.vtt)"] * 3
    assert notes[1][0] == "What do you do when you can't read one?"
    assert questions_on_board(window)[1] == (
        "Honestly, I keep them in my wallet until the end of the month. By then half of "
        "them have faded and I can't read the amount."
    )
    assert window.session is not None
    assert [r.label for r in window.session.snapshot().respondents] == ["Anna Berg"]


def test_the_wizard_finds_a_surveys_question_row_and_proposes_the_free_answers(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    window.attach(create_workshop(tmp_path / "w.pwshop", "Intake"))
    wizard = intake(window).open_wizard()
    load(qtbot, wizard, FIXTURES / "surveymonkey-expenses-cr.csv")

    page = wizard.file_page
    assert page.header_row.value() == 2
    assert "10 rows of data" in page.status.text()

    wizard.next()
    columns = wizard.columns_page
    frustrating = "What is the most frustrating part of filing an expense?"
    assert columns.checked_columns() == [frustrating]
    assert columns.source_column.currentData() == "Respondent ID"
    assert columns.questions.isChecked()
    assert columns.speaker.isHidden()
    to_summary(qtbot, wizard)
    summary = wizard.summary_page.text.toPlainText()
    assert "row 3, Respondent ID 11812345670:" in summary
    assert f"question: {frustrating}" in summary

    finish(wizard)

    notes = notes_on_board(window)
    assert len(notes) == 9
    assert notes[0] == (
        "Receipts fade before I get round to scanning them",
        "Respondent ID 11812345670",
    )
    assert set(questions_on_board(window)) == {frustrating}


def test_the_wizard_refuses_extra_cells_until_the_facilitator_joins_them(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    window.attach(create_workshop(tmp_path / "w.pwshop", "Intake"))
    export = tmp_path / "feedback.csv"
    export.write_text(
        "Feedback\nExport is slow\nThe app crashes, often, on login\n", encoding="utf-8"
    )
    wizard = intake(window).open_wizard()
    load(qtbot, wizard, export)
    wizard.next()
    columns = wizard.columns_page
    assert not columns.join_extra.isHidden()
    assert "row 3: 3" in columns.join_extra.text()
    with qtbot.waitSignal(wizard.job.failed, timeout=20_000):
        wizard.next()
    assert "row 3 has 3 cells but the header names 1" in wizard.summary_page.text.toPlainText()
    assert not wizard.summary_page.isComplete()

    wizard.back()
    columns.join_extra.setFocus()
    qtbot.keyClick(columns.join_extra, Qt.Key.Key_Space)
    to_summary(qtbot, wizard)
    finish(wizard)

    assert [text for text, _ in notes_on_board(window)] == [
        "Export is slow",
        "The app crashes, often, on login",
    ]


def test_the_wizard_asks_for_the_speaker_when_the_interviewer_cannot_be_told(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    window.attach(create_workshop(tmp_path / "w.pwshop", "Intake"))
    wizard = intake(window).open_wizard()
    load(qtbot, wizard, FIXTURES / "participant-asks-questions.vtt")
    wizard.next()
    with qtbot.waitSignal(wizard.job.failed, timeout=20_000):
        wizard.next()

    summary = wizard.summary_page.text.toPlainText()
    assert "cannot tell who the interviewer is: Lee asks the most questions" in summary
    assert not wizard.button(wizard.WizardButton.FinishButton).isEnabled()

    wizard.back()
    columns = wizard.columns_page
    columns.speaker.setFocus()
    qtbot.keyClicks(columns.speaker, "Lee")
    assert columns.speaker.currentData() == "Lee"
    to_summary(qtbot, wizard)
    finish(wizard)

    assert {label for _, label in notes_on_board(window)} == {
        "Lee (participant-asks-questions.vtt)"
    }
