"""Problems as the window says them: a sentence starting with a capital letter and ending
with a full stop, the file on a line of its own, no command-line words, and SQLite's own
text only behind Show Details."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from workshop.store import create_workshop
from workshop.ui.error_text import sentence
from workshop.ui.main_window import MainWindow


def read_the_box(qtbot: object) -> list[tuple[str, str]]:
    """The text and details of the next message box, then OK is clicked."""
    seen: list[tuple[str, str]] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)  # not up yet
            return
        seen.append((box.text(), box.detailedText()))
        button = box.button(QMessageBox.StandardButton.Ok)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    QTimer.singleShot(0, click)
    return seen


def test_a_damaged_workshop_is_said_in_words(
    window: MainWindow, tmp_path: Path, qtbot: object
) -> None:
    path = tmp_path / "cut.pwshop"
    wf = create_workshop(path, "Budgeting app")
    wf.add_notes([{"text": f"note {i} " * 20} for i in range(400)])
    wf.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    seen = read_the_box(qtbot)
    assert not window.open_path(str(path), remember=False)
    assert len(seen) == 1
    text, details = seen[0]
    assert text.startswith("The file is damaged (part of it cannot be read); try File > "), text
    assert text.split("\n")[0].endswith("Restore from Backup."), text
    assert text.endswith(f"\n\n{path}"), text
    assert "malformed" not in text and "SQLite" not in text
    assert details == "SQLite: database disk image is malformed"


def test_a_file_that_is_not_a_workshop_is_said_as_a_sentence(
    window: MainWindow, tmp_path: Path, qtbot: object
) -> None:
    path = tmp_path / "notes.pwshop"
    path.write_text("Interview notes, not a workshop\n" * 20)
    seen = read_the_box(qtbot)
    assert not window.open_path(str(path), remember=False)
    assert len(seen) == 1
    text, details = seen[0]
    assert text.startswith("This is not a workshop file"), text
    assert details == ""


@pytest.mark.parametrize(
    ("said", "shown"),
    [
        ("this is a workshop file", "This is a workshop file."),
        ("élan", "Élan."),
        ("  the file is empty", "  The file is empty."),
        ("notes.csv: row 3 has 3 cells", "notes.csv: row 3 has 3 cells."),
        ("/tmp/w.pwshop is a folder", "/tmp/w.pwshop is a folder."),
        ("p1_interview has no notes", "p1_interview has no notes."),
        ("Already a sentence.", "Already a sentence."),
        ("is it (really)?", "Is it (really)?"),
        ("kept as notes.pwshop ", "Kept as notes.pwshop."),
        ("", ""),
    ],
)
def test_a_message_is_a_sentence_but_a_name_keeps_its_case(said: str, shown: str) -> None:
    assert sentence(said) == shown
