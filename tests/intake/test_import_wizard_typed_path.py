"""A path typed into the import wizard previews its file as soon as the typing pauses,
without Tab or Enter; half a path waits quietly."""

from __future__ import annotations

from pathlib import Path

from intake_window import intake

from workshop.store import create_workshop
from workshop.ui.main_window import MainWindow


def test_a_typed_path_previews_without_tab(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.attach(create_workshop(tmp_path / "w.pwshop", "Intake"))
    path = tmp_path / "answers.csv"
    path.write_text("Name,Comment\nAnn,Budgets break\nRaj,Fees hurt\n", encoding="utf-8")
    wizard = intake(window).open_wizard()
    page = wizard.file_page
    page.path_edit.setFocus()

    qtbot.keyClicks(page.path_edit, str(tmp_path / "answ"))
    qtbot.waitUntil(lambda: not page.typing_pause.isActive())
    assert wizard.path is None  # half a path: nothing read, nothing complained about

    with qtbot.waitSignal(wizard.job.done, timeout=20_000):
        qtbot.keyClicks(page.path_edit, "ers.csv")
    assert page.path_edit.hasFocus()
    assert wizard.path == path
    assert page.preview.model_.rowCount() >= 2
    assert page.isComplete()
