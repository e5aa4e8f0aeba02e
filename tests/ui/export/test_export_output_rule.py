"""The output rule in the GUI: the Export dialog and File › Save a Copy ask before replacing
a file, and refuse the open workshop (by any name) and any workshop file under a PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import Exporting
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from workshop.errors import WorkshopError
from workshop.store import create_workshop, open_workshop
from workshop.ui import output_choice


def answer_replace_question(qtbot: object, button: QMessageBox.StandardButton) -> list[str]:
    """Click ``button`` in the replace question when it comes up; the texts it showed."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != output_choice.REPLACE_BOX:
            QTimer.singleShot(10, click)  # not up yet
            return
        seen.append(box.text())
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    QTimer.singleShot(0, click)
    return seen


def never_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> bool:
        raise AssertionError("the replace question must not come up")

    monkeypatch.setattr(output_choice, "may_replace", fail)


def saving_to(monkeypatch: pytest.MonkeyPatch, exporting: Exporting, path: Path) -> None:
    monkeypatch.setattr(exporting.dialog, "ask_pdf_path", lambda suggested: path)


def test_export_over_an_existing_file_asks_and_no_keeps_it(
    exporting: Exporting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "posters.pdf"
    out.write_bytes(b"%PDF-1.4 last week's posters")
    saving_to(monkeypatch, exporting, out)
    seen = answer_replace_question(exporting.qtbot, QMessageBox.StandardButton.No)
    assert exporting.dialog.export() is None
    assert seen == ["posters.pdf exists already. Replace it?"]
    assert out.read_bytes() == b"%PDF-1.4 last week's posters"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_export_over_an_existing_file_asks_and_yes_replaces_it(
    exporting: Exporting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "posters.pdf"
    out.write_bytes(b"%PDF-1.4 last week's posters")
    saving_to(monkeypatch, exporting, out)
    seen = answer_replace_question(exporting.qtbot, QMessageBox.StandardButton.Yes)
    exporting.dialog.export_button.click()
    assert len(seen) == 1
    assert out.read_bytes().startswith(b"%PDF")
    assert exporting.dialog.messages.toPlainText().startswith(f"2 pages written to {out}.")


def test_export_over_a_file_that_is_not_a_pdf_is_refused_without_asking(
    exporting: Exporting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A research export that happens to be named .pdf is not an earlier poster."""
    out = tmp_path / "interviews.pdf"
    out.write_bytes(b"Respondent,Comment\r\nP1,Too slow\r\n")
    saving_to(monkeypatch, exporting, out)
    never_asked(monkeypatch)
    exporting.dialog.export_button.click()
    said = exporting.dialog.messages.toPlainText()
    assert said.startswith("Nothing was exported:") and "something other than a PDF" in said
    assert out.read_bytes() == b"Respondent,Comment\r\nP1,Too slow\r\n"


def _the_workshop(exporting: Exporting, tmp_path: Path) -> Path:
    return exporting.session.workshop.path


def _a_link_to_the_workshop(exporting: Exporting, tmp_path: Path) -> Path:
    link = tmp_path / "link.pdf"
    link.symlink_to(exporting.session.workshop.path)
    return link


def _another_workshop(exporting: Exporting, tmp_path: Path) -> Path:
    other = tmp_path / "other.pwshop"
    create_workshop(other, "Another").close()
    return other


@pytest.mark.parametrize(
    ("target", "words"),
    [
        (_the_workshop, "being read"),
        (_a_link_to_the_workshop, "being read"),
        (_another_workshop, "workshop file"),
    ],
    ids=["the open workshop", "a link to it", "another workshop file"],
)
def test_export_refuses_a_workshop_path_with_a_message(
    exporting: Exporting,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    target: Callable[[Exporting, Path], Path],
    words: str,
) -> None:
    path = target(exporting, tmp_path)
    before = path.read_bytes()
    saving_to(monkeypatch, exporting, path)
    never_asked(monkeypatch)
    exporting.dialog.export_button.click()
    message = exporting.dialog.messages.toPlainText()
    assert message.startswith("Nothing was exported:") and words in message
    assert path.read_bytes() == before
    assert exporting.dialog.last_path is None


def test_save_a_copy_over_the_open_workshop_is_refused(
    exporting: Exporting, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = exporting.window
    path = exporting.session.workshop.path
    errors: list[WorkshopError] = []
    monkeypatch.setattr(window, "ask_save_path", lambda *a: path)
    monkeypatch.setattr(window, "show_error", lambda title, error: errors.append(error))
    never_asked(monkeypatch)
    exporting.session.perform(lambda wf: wf.add_note("said after opening"))
    window.save_copy_action.trigger()
    assert len(errors) == 1 and "being read" in errors[0].message
    notes = [n.text for n in exporting.session.snapshot().notes]
    assert "said after opening" in notes


def test_save_a_copy_over_another_file_asks_first(
    exporting: Exporting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = exporting.window
    copy = tmp_path / "copy.pwshop"
    create_workshop(copy, "An old copy").close()
    old = copy.read_bytes()
    monkeypatch.setattr(window, "ask_save_path", lambda *a: copy)
    answer_replace_question(exporting.qtbot, QMessageBox.StandardButton.No)
    window.save_copy_action.trigger()
    assert copy.read_bytes() == old
    seen = answer_replace_question(exporting.qtbot, QMessageBox.StandardButton.Yes)
    window.save_copy_action.trigger()
    assert len(seen) == 1
    with open_workshop(copy, read_only=True) as saved:
        assert len(saved.snapshot().notes) == len(exporting.session.snapshot().notes)  # type: ignore[attr-defined]


def test_a_new_workshop_never_replaces_the_open_one(
    exporting: Exporting, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = exporting.window
    path = exporting.session.workshop.path
    errors: list[WorkshopError] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Fresh start", True))
    monkeypatch.setattr(window, "ask_save_path", lambda *a: path)
    monkeypatch.setattr(window, "show_error", lambda title, error: errors.append(error))
    never_asked(monkeypatch)
    before = len(exporting.session.snapshot().notes)
    window.new_workshop()
    assert len(errors) == 1 and "being read" in errors[0].message
    assert window.session is exporting.session
    assert len(exporting.session.snapshot().notes) == before > 0


def test_a_new_workshop_over_another_file_asks_first(
    exporting: Exporting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = exporting.window
    target = tmp_path / "fresh.pwshop"
    create_workshop(target, "Last year's workshop").close()
    old = target.read_bytes()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Fresh start", True))
    monkeypatch.setattr(window, "ask_save_path", lambda *a: target)
    answer_replace_question(exporting.qtbot, QMessageBox.StandardButton.No)
    window.new_workshop()
    assert target.read_bytes() == old
    answer_replace_question(exporting.qtbot, QMessageBox.StandardButton.Yes)
    window.new_workshop()
    assert window.session is not None and window.session.workshop.path == target
    assert window.session.snapshot().workshop.title == "Fresh start"


@pytest.mark.parametrize("title", ["a\x01b", "x" * 2001])
def test_a_new_workshop_title_must_be_one_bounded_line(
    exporting: Exporting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, title: str
) -> None:
    """As ``new --title``: a control character or a title past SHORT_TEXT_MAX is said, and
    no file is made."""
    window = exporting.window
    target = tmp_path / "fresh.pwshop"
    errors: list[WorkshopError] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (title, True))
    monkeypatch.setattr(window, "ask_save_path", lambda *a: target)
    monkeypatch.setattr(window, "show_error", lambda title, error: errors.append(error))
    window.new_workshop()
    assert len(errors) == 1 and errors[0].message.startswith("the title "), errors
    assert not target.exists()
    assert window.session is exporting.session
