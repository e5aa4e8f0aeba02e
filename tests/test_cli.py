"""The command line: verbs, exit codes, and that no verb imports Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.store import create_workshop

BLOCK_QT = (
    "import sys\n"
    "class _NoQt:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
    "            raise ImportError('Qt is blocked for this test: ' + name)\n"
    "sys.meta_path.insert(0, _NoQt())\n"
    "from workshop.cli import main\n"
    "raise SystemExit(main(sys.argv[1:]))\n"
)


def run_headless(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a fresh interpreter where importing PySide6 fails."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    return subprocess.run(
        [sys.executable, "-c", BLOCK_QT, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_verbs_run_without_qt(tmp_path: Path) -> None:
    made = run_headless("new", "w.pwshop", "--title", "Onboarding <b>research</b>", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    info = run_headless("info", "w.pwshop", cwd=tmp_path)
    assert info.returncode == 0, info.stderr
    assert "Onboarding <b>research</b>" in info.stdout
    assert "Notes:        0" in info.stdout
    out = run_headless("export-json", "w.pwshop", "-o", "w.json", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    back = run_headless("import-json", "w.json", "-o", "copy.pwshop", cwd=tmp_path)
    assert back.returncode == 0, back.stderr
    again = run_headless("export-json", "copy.pwshop", "-o", "again.json", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "w.json").read_bytes() == (tmp_path / "again.json").read_bytes()


def test_the_gui_path_is_the_only_one_that_needs_qt(tmp_path: Path) -> None:
    result = run_headless(cwd=tmp_path)
    assert result.returncode != 0
    assert "Qt is blocked" in result.stderr


def test_info_counts_what_the_workshop_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budget app") as workshop:
        source = workshop.add_source("Interview 1", "interview").created[0]
        workshop.add_notes([{"text": f"note {i}", "source_id": source} for i in range(3)])
    assert main(["info", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Title:        Budget app" in out
    assert "Sources:      1" in out
    assert "Notes:        3" in out


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (b"name,text\nAna,hello\n", "not a workshop file"),
        (b"SQLite format 3\x00" + b"\x00" * 20, "cut short"),
    ],
)
def test_user_input_problems_exit_1_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    path = tmp_path / "bad.pwshop"
    path.write_bytes(content)
    assert main(["info", str(path)]) == 1
    err = capsys.readouterr().err
    assert expected in err
    assert str(path) in err
    assert err.count("\n") == 1


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["info"])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["new", "x.pwshop"])  # --title is required
    assert exit_info.value.code == 2


def test_new_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "w.pwshop"
    assert main(["new", str(path), "--title", "A"]) == 0
    before = path.read_bytes()
    assert main(["new", str(path), "--title", "B"]) == 1
    assert "exists already" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_import_json_refuses_a_broken_document_and_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "broken.json"
    doc.write_text(
        json.dumps({"format": "persona-workshop", "version": 1, "tables": {"note": "x"}})
    )
    out = tmp_path / "w.pwshop"
    assert main(["import-json", str(doc), "-o", str(out)]) == 1
    assert "should be a list of rows" in capsys.readouterr().err
    assert not out.exists()


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert "Persona Workshop" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "export-json" in capsys.readouterr().out


def test_python_dash_m_workshop_works(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "workshop", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    assert result.returncode == 0
    assert "Persona Workshop" in result.stdout


def test_looking_at_a_closed_workshop_leaves_nothing_beside_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``info`` and ``check`` read; they leave no ``-wal``/``-shm`` files in the folder and
    the file's bytes as they were. A workshop open for editing elsewhere (its ``-wal``
    beside it) is still read through SQLite's log, with that editor's latest changes."""
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budget app") as workshop:
        workshop.add_notes([{"text": "note"}])
    before = path.read_bytes()
    assert main(["info", str(path)]) == 0
    main(["check", str(path), "--json"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.pwshop"]
    assert path.read_bytes() == before
    capsys.readouterr()

    from workshop.store import open_workshop

    editing = open_workshop(path)
    try:
        editing.add_notes([{"text": "written while open"}])
        assert Path(f"{path}-wal").exists()
        assert main(["info", str(path)]) == 0
        assert "Notes:        2" in capsys.readouterr().out
    finally:
        editing.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.pwshop"]


def test_a_workshop_being_edited_is_read_whole_or_not_at_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A look at a workshop open for editing elsewhere goes through SQLite's log and sees
    the editor's latest changes, through a symbolic link too. Under another name (a hard
    link) the log cannot be found: the look is refused in plain words, never stale."""
    from workshop.errors import WorkshopInUse
    from workshop.store import open_workshop

    folder = tmp_path / "real"
    folder.mkdir()
    path = folder / "w.pwshop"
    with create_workshop(path, "Budget app") as workshop:
        workshop.add_notes([{"text": "first"}])
    symbolic = tmp_path / "symbolic.pwshop"
    symbolic.symlink_to(path)
    hard = folder / "hard.pwshop"
    os.link(path, hard)
    editing = open_workshop(path)
    try:
        editing.add_notes([{"text": "written while open"}])
        with open_workshop(symbolic, read_only=True) as look:
            assert len(look.snapshot().notes) == 2
        assert main(["info", str(symbolic)]) == 0
        assert "Notes:        2" in capsys.readouterr().out
        with pytest.raises(WorkshopInUse, match="open for editing under another file name"):
            open_workshop(hard, read_only=True)
        assert main(["info", str(hard)]) == 1
        assert "under another file name" in capsys.readouterr().err
    finally:
        editing.close()
    with open_workshop(hard, read_only=True) as look:  # closed: the file holds it all
        assert len(look.snapshot().notes) == 2
