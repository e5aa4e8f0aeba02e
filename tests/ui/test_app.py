"""The application bootstrap: names, files handed over by the system, the smoke-test quit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent

from workshop.app import (
    NOT_SHOWN_EXIT,
    QUIT_AFTER_ENV,
    FileOpenFilter,
    make_application,
    quit_after_delay,
)
from workshop.store import create_workshop
from workshop.ui.main_window import MainWindow


def test_application_names(qapp) -> None:  # type: ignore[no-untyped-def]
    assert make_application() is qapp


def test_a_file_open_event_opens_the_workshop(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "from-finder.pwshop"
    create_workshop(path, "From Finder").close()
    handler = FileOpenFilter(window)
    event = QFileOpenEvent(QUrl.fromLocalFile(str(path)))
    assert handler.eventFilter(window, event)
    assert window.session is not None
    assert window.session.workshop.title == "From Finder"


# The smoke-test quit (PERSONA_WORKSHOP_QUIT_AFTER_MS), used by packaging/build_bundle.py.


def test_no_quit_is_scheduled_without_the_variable(
    qapp, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(QUIT_AFTER_ENV, raising=False)
    assert quit_after_delay(qapp, window, wants_workshop=False) is None
    monkeypatch.setenv(QUIT_AFTER_ENV, "soon")
    assert quit_after_delay(qapp, window, wants_workshop=False) is None


def test_the_quit_closes_the_shown_workshop_and_exits_0(
    qapp, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    window.attach(create_workshop(tmp_path / "shown.pwshop", "Shown workshop"), remember=False)
    monkeypatch.setenv(QUIT_AFTER_ENV, "0")
    quit_on_last = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    try:
        outcome = quit_after_delay(qapp, window, wants_workshop=True)
        assert qapp.exec() == 0
    finally:
        qapp.setQuitOnLastWindowClosed(quit_on_last)
    assert outcome == [0]
    assert "Showing: Shown workshop" in capsys.readouterr().out
    assert window.session is None  # closed the way the facilitator's close does it
    assert not window.isVisible()


def test_the_quit_exits_3_when_the_asked_for_workshop_is_not_shown(
    qapp, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(QUIT_AFTER_ENV, "0")
    quit_on_last = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    try:
        outcome = quit_after_delay(qapp, window, wants_workshop=True)
        assert qapp.exec() == NOT_SHOWN_EXIT
    finally:
        qapp.setQuitOnLastWindowClosed(quit_on_last)
    assert outcome == [NOT_SHOWN_EXIT]


def _run_program(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    env.update(XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
    env[QUIT_AFTER_ENV] = "200"
    command = [sys.executable, "-m", "workshop", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)


def test_the_program_opens_the_demo_and_quits_by_itself(tmp_path: Path) -> None:
    result = _run_program(["--demo"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Showing: Budgeting app" in result.stdout
    demo_copies = list((tmp_path / "data").rglob("Budgeting app demo *.pwshop"))
    assert len(demo_copies) == 1
    assert not demo_copies[0].with_name(demo_copies[0].name + "-wal").exists()  # closed


def test_the_program_says_why_and_exits_3_when_the_file_does_not_open(tmp_path: Path) -> None:
    missing = tmp_path / "not-there.pwshop"
    result = _run_program([str(missing)], tmp_path)
    assert result.returncode == NOT_SHOWN_EXIT
    assert "could not be opened" in result.stderr
    assert "not-there.pwshop" in result.stderr


def test_quitting_with_copied_notes_on_the_clipboard_exits_cleanly(tmp_path: Path) -> None:
    """Copied notes are a Python-made QMimeData; left on the clipboard they crash the
    process after Python has shut down (exit 139). Quitting hands Qt a plain-text copy."""
    import os
    import subprocess
    import sys

    script = (
        "from PySide6.QtCore import QMimeData, QTimer\n"
        "from workshop.app import make_application\n"
        "from workshop.ui.mime import CLIPBOARD_MIME\n"
        "app = make_application(['t'])\n"
        "data = QMimeData()\n"
        "data.setData(CLIPBOARD_MIME, b'{}')\n"
        "data.setText('Payday is irregular')\n"
        "app.clipboard().setMimeData(data)\n"
        "QTimer.singleShot(0, app.quit)\n"
        "raise SystemExit(app.exec())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")


#: Libraries the first window must not load: the store runs on sqlite3, ReportLab,
#: openpyxl and Pillow wait for the first export, workbook or picture imported, and
#: subprocess for a translation compiled with lrelease.
NOT_AT_START = ("sqlalchemy", "sqlmodel", "pydantic", "reportlab", "openpyxl", "PIL", "subprocess")

#: Starts the program as ``python -m workshop`` does and, at exit, prints which of
#: ``NOT_AT_START`` were imported.
_REPORT_IMPORTS = (
    "import atexit, sys\n"
    "atexit.register(lambda: print('IMPORTED', sorted({m.split('.')[0] for m in sys.modules}"
    f" & set({NOT_AT_START!r}))))\n"
    "from workshop.cli import main\n"
    "raise SystemExit(main(sys.argv[1:]))\n"
)


@pytest.mark.parametrize("how", ["file", "demo"])
def test_opening_a_workshop_loads_no_sql_toolkit_pdf_workbook_or_image_library(
    tmp_path: Path, how: str
) -> None:
    from workshop.demo import fresh_demo_copy

    args = ["--demo"] if how == "demo" else [str(fresh_demo_copy(tmp_path / "copy"))]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env[QUIT_AFTER_ENV] = "0"
    result = subprocess.run(
        [sys.executable, "-c", _REPORT_IMPORTS, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Showing: Budgeting app" in result.stdout  # the workshop was on the window
    assert "IMPORTED []" in result.stdout.splitlines()


#: Starts the program as ``python -m workshop`` does and says, once it returns, how many
#: objects were set aside from the collector.
_REPORT_EXIT = (
    "import gc, sys\n"
    "from workshop.cli import main\n"
    "status = main(sys.argv[1:])\n"
    "print('FROZEN', gc.get_freeze_count() > 10000)\n"
    "raise SystemExit(status)\n"
)


def test_after_the_window_closes_what_lives_on_is_spared_from_the_exits_collections(
    tmp_path: Path,
) -> None:
    """Python's exit would look through every object the program made again (~30 ms of a
    start and quit): once the window has closed, the program collects its garbage once
    and freezes the rest. The workshop is closed and the settings kept as before."""
    from workshop.demo import fresh_demo_copy

    workshop = fresh_demo_copy(tmp_path / "copy")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env[QUIT_AFTER_ENV] = "0"
    result = subprocess.run(
        [sys.executable, "-c", _REPORT_EXIT, str(workshop)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Showing: Budgeting app" in result.stdout
    assert "FROZEN True" in result.stdout.splitlines()
    assert not workshop.with_name(workshop.name + "-wal").exists()  # closed as before
    settings = next((tmp_path / "config").rglob("*.conf")).read_text(encoding="utf-8")
    assert "geometry" in settings  # the window's place, written when it closed
