"""The import wizard reads through the same checked io as the verb: a named pipe is named
(not waited on), and a note longer than a note may be stops the import at the summary
with its row, changing nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from intake_files import PLAN_FAILURES
from intake_window import intake, load

from workshop.store import create_workshop
from workshop.ui.main_window import MainWindow


def test_a_named_pipe_is_refused_in_words(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if not hasattr(os, "mkfifo"):
        pytest.skip("this system has no named pipes (os.mkfifo)")
    window.attach(create_workshop(tmp_path / "w.pwshop", "Intake"))
    pipe = tmp_path / "answers.csv"
    os.mkfifo(pipe)
    wizard = intake(window).open_wizard()

    with qtbot.waitSignal(wizard.job.failed, timeout=20_000):
        wizard.load(str(pipe))

    assert "is not a regular file (a named pipe)" in wizard.file_page.status.text()
    assert not wizard.file_page.isComplete()


@pytest.mark.parametrize(
    ("name", "data", "word"), [f[1:] for f in PLAN_FAILURES], ids=[f[0] for f in PLAN_FAILURES]
)
def test_a_note_over_the_cap_stops_at_the_summary(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, name: str, data: bytes, word: str
) -> None:
    window.attach(create_workshop(tmp_path / "w.pwshop", "Intake"))
    path = tmp_path / name
    path.write_bytes(data)
    wizard = intake(window).open_wizard()
    load(qtbot, wizard, path)
    wizard.next()  # to the columns: "Comment" has the most text
    assert wizard.currentPage() is wizard.columns_page

    with qtbot.waitSignal(wizard.job.failed, timeout=20_000):
        wizard.next()

    assert word in wizard.plan_message()
    assert not wizard.plan_ready()
    assert window.session is not None and window.session.snapshot().notes == []
