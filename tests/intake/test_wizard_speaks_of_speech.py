"""The import wizard speaks of what it read: turns and speakers for a transcript or
verbatim notes, paragraphs for other notes, cells and columns only for a table; its first
page names transcripts and verbatim notes among what it reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_window import intake, load

from workshop.store import create_workshop
from workshop.ui.intake.import_wizard import ImportWizard
from workshop.ui.main_window import MainWindow

FIXTURES = Path(__file__).parents[1] / "fixtures" / "intake"
TABLE_WORDS = ("cell", "column")
#: How wide the wizard opens (``ImportWizard``), narrower than a 1280-pixel window.
OPENING_WIDTH = 820


def _wizard(window: MainWindow, tmp_path: Path) -> ImportWizard:
    window.attach(create_workshop(tmp_path / "w.pwshop", "Intake"))
    return intake(window).open_wizard()


def test_the_first_page_names_transcripts_and_verbatim_notes(
    window: MainWindow, tmp_path: Path
) -> None:
    said = _wizard(window, tmp_path).file_page.subTitle()
    for words in (".vtt", ".srt", "Zoom", "Teams", "Otter", "verbatim", "CSV", "Excel"):
        assert words in said, said


def test_a_transcript_without_speaker_tags_says_its_turns_are_unnamed(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    vtt = tmp_path / "talk.vtt"
    vtt.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nno speaker tag here\n\n"
        "00:00:03.000 --> 00:00:04.000\nanother line\n",
        encoding="utf-8",
    )
    wizard = _wizard(window, tmp_path)
    load(qtbot, wizard, vtt)
    assert wizard.file_page.status.text() == "talk.vtt: 2 turns, speaker not named."


@pytest.mark.parametrize(
    "name", ["usability-session-2.vtt", "support-call.srt", "zoom-transcript-p7.txt"]
)
def test_the_second_page_of_a_transcript_asks_who_speaks(
    qtbot, window: MainWindow, tmp_path: Path, name: str
) -> None:
    wizard = _wizard(window, tmp_path)
    load(qtbot, wizard, FIXTURES / name)
    wizard.next()
    page = wizard.columns_page
    assert page.title() == "Choose who speaks"
    shown = [page.subTitle(), page.text_only.text()]
    shown += [w.text() for w in (page.skip_empty, page.questions) if not w.isHidden()]
    for text in shown:
        assert not any(word in text.casefold() for word in TABLE_WORDS), text
    assert "turn" in page.subTitle()
    assert page.skip_empty.isHidden()  # a turn always has words
    # The page's sentences wrap: they do not widen the wizard past the size it opens at.
    assert wizard.minimumWidth() <= OPENING_WIDTH and wizard.width() <= OPENING_WIDTH


def test_verbatim_notes_are_turns_too(qtbot, window: MainWindow, tmp_path: Path) -> None:
    wizard = _wizard(window, tmp_path)
    load(qtbot, wizard, FIXTURES / "interview-p3-verbatim.md")
    assert "speaker turn" in wizard.file_page.status.text()
    wizard.next()
    assert wizard.columns_page.title() == "Choose who speaks"


def test_plain_notes_speak_of_paragraphs(qtbot, window: MainWindow, tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("- Receipts fade\n- Approving on the phone is slow\n", encoding="utf-8")
    wizard = _wizard(window, tmp_path)
    load(qtbot, wizard, notes)
    wizard.next()
    page = wizard.columns_page
    assert page.title() == "Choose the kind of source"
    assert page.skip_empty.text() == "Skip paragraphs that say only “n/a”"
    for text in (page.subTitle(), page.skip_empty.text()):
        assert not any(word in text.casefold() for word in TABLE_WORDS), text


def test_a_table_still_speaks_of_columns_and_cells(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    wizard = _wizard(window, tmp_path)
    load(qtbot, wizard, FIXTURES / "surveymonkey-expenses-cr.csv")
    wizard.next()
    page = wizard.columns_page
    assert page.title() == "Choose the columns"
    assert "cell" in page.subTitle()
    assert page.skip_empty.text() == "Skip empty cells and “n/a”"
    assert not page.skip_empty.isHidden()
    # Back and on to a transcript: the page follows what was read.
    wizard.back()
    load(qtbot, wizard, FIXTURES / "usability-session-2.vtt")
    wizard.next()
    assert page.title() == "Choose who speaks"
