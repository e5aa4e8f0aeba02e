"""A file name too long for its folder (once the workshop's side files and the output's
partial name are counted) is refused up front in one line, for every output and the
GUI's Save a Copy alike; a name that is accepted works for every guarantee: the partial
file and its journals, the edit lock and session record, a copy, a restore."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.store import create_workshop, open_workshop, outputs
from workshop.store.backups import Backup, suggest_restore_path

DEMO = Path(__file__).parents[2] / "resources" / "demo" / "budgeting-app.json"
MOST = outputs.longest_name(Path("/tmp")) - outputs.NAME_ROOM


def _name(length_in_bytes: int, letter: str = "a") -> str:
    """A workshop file name of exactly ``length_in_bytes`` bytes."""
    suffix = ".pwshop"
    width = len(letter.encode())
    count, rest = divmod(length_in_bytes - len(suffix), width)
    return letter * count + "b" * rest + suffix


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().err


def _verbs(tmp_path: Path, out: Path) -> dict[str, list[str]]:
    base = tmp_path / "base.pwshop"
    if not base.exists():
        with create_workshop(base, "Base") as w:
            w.add_note("Pays on Thursdays")
        shutil.copy(base, tmp_path / "other.pwshop")
    return {
        "new": ["new", str(out), "--title", "Budgeting"],
        "import-json": ["import-json", str(DEMO), "-o", str(out)],
        "merge": ["merge", str(base), str(tmp_path / "other.pwshop"), "-o", str(out)],
    }


@pytest.mark.parametrize("verb", ["new", "import-json", "merge"])
def test_a_248_character_name_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], verb: str
) -> None:
    out = tmp_path / _name(248)
    before = set(os.listdir(tmp_path))
    code, err = _run(_verbs(tmp_path, out)[verb], capsys)
    assert code == 1
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert err.endswith(
        f"the file name is too long for this folder (248 characters): at most {MOST} "
        "characters; choose a shorter name\n"
    ), err
    after = set(os.listdir(tmp_path)) - {"base.pwshop", "other.pwshop"}
    assert after == before - {"base.pwshop", "other.pwshop"}  # nothing left behind


def test_a_long_japanese_name_is_refused_in_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / ("日" * 75 + ".pwshop")  # 232 bytes in 82 characters
    code, err = _run(["import-json", str(DEMO), "-o", str(out)], capsys)
    assert code == 1 and "Traceback" not in err
    assert f"at most {MOST} bytes, and this one takes 232" in err
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("letter", ["a", "日"])
@pytest.mark.parametrize("verb", ["new", "import-json", "merge"])
def test_the_longest_name_accepted_makes_a_workshop_that_works(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], verb: str, letter: str
) -> None:
    out = tmp_path / _name(MOST, letter)
    code, err = _run(_verbs(tmp_path, out)[verb], capsys)
    assert (code, err) == (0, "")
    with open_workshop(out) as w:  # edit lock, session record, change log: all fit
        w.add_note("One more")
    assert not [p for p in os.listdir(tmp_path) if outputs.PARTIAL_MARK in p]
    copy = tmp_path / _name(MOST, "c")
    with open_workshop(out) as w:
        w.save_copy(copy)
    with open_workshop(copy) as w:
        assert any(n.text == "One more" for n in w.snapshot().notes)


def test_save_a_copy_to_a_name_too_long_is_refused(tmp_path: Path) -> None:
    with (
        create_workshop(tmp_path / "w.pwshop", "Budgeting") as w,
        pytest.raises(outputs.OutputRefused, match="the file name is too long"),
    ):
        w.save_copy(tmp_path / _name(MOST + 1))
    assert os.listdir(tmp_path) == ["w.pwshop"]


def test_a_restore_suggested_for_the_longest_name_fits(tmp_path: Path) -> None:
    workshop = tmp_path / _name(MOST, "日")
    workshop.touch()
    backup = Backup(tmp_path / "b.pwshop", datetime(2026, 12, 7, 9, 0, tzinfo=UTC), 0)
    suggested = suggest_restore_path(workshop, backup)
    assert outputs.name_too_long(suggested) is None
    assert "(restored " in suggested.name
