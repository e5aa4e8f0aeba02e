"""How the command line starts and stops: only what the verb needs is imported, a mistyped
verb is caught before the app opens, and Ctrl+C or a closed pipe ends it without a
traceback. Each case runs the real program in its own process."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.commands import VERBS, add_verbs, module_of
from workshop.store import create_workshop

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("sqlalchemy", "sqlmodel", "reportlab", "openpyxl", "PIL", "PySide6")

#: Runs the command line with Qt blocked (so a path that would open the app fails loudly)
#: and prints, at exit, which heavy libraries were imported.
RUN = (
    "import atexit, sys\n"
    "class _NoQt:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
    "            raise ImportError('Qt is blocked for this test: ' + name)\n"
    "sys.meta_path.insert(0, _NoQt())\n"
    "atexit.register(lambda: print('IMPORTED', sorted({m.split('.')[0] for m in sys.modules}"
    f" & set({HEAVY!r})), file=sys.stderr))\n"
    "from workshop.cli import main\n"
    "raise SystemExit(main(sys.argv[1:]))\n"
)


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def run(*args: str, cwd: Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-c", RUN, *args],
        cwd=cwd,
        env=env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        **kwargs,
    )


def imported(result: subprocess.CompletedProcess[str]) -> str:
    return next(line for line in result.stderr.splitlines() if line.startswith("IMPORTED"))


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["new", "--help"], ["info", "-h"]])
def test_version_and_help_import_no_database_or_pdf_library(tmp_path: Path, args) -> None:  # type: ignore[no-untyped-def]
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert imported(result) == "IMPORTED []"


def test_a_verb_imports_what_it_needs_and_no_more(tmp_path: Path) -> None:
    create_workshop(tmp_path / "w.pwshop", "Budget app").close()
    result = run("info", "w.pwshop", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Budget app" in result.stdout
    assert imported(result) == "IMPORTED []"  # the store is plain sqlite3; no PDF


def test_the_verb_list_is_what_the_verb_modules_register() -> None:
    parser = argparse.ArgumentParser()
    verbs = parser.add_subparsers()
    add_verbs(verbs, list(dict.fromkeys(module_of(verb) for verb in VERBS)))
    registered = {action.dest: action.help for action in verbs._choices_actions}
    assert registered == {verb.name: verb.summary for verb in VERBS}
    for verb in VERBS:  # each module registers its own verbs
        inner = argparse.ArgumentParser().add_subparsers()
        module_of(verb).register(inner)
        assert verb.name in inner.choices
    for name, sub in verbs.choices.items():
        assert sub.description, f"'{name} --help' says nothing about what it does"


@pytest.mark.parametrize("verb", ["info", "export-json", "new"])
def test_the_plain_verbs_describe_themselves(tmp_path: Path, verb: str) -> None:
    result = run(verb, "--help", cwd=tmp_path)
    assert result.returncode == 0
    description = result.stdout.split("\n\n")[1]
    assert not description.startswith(("positional", "options")), result.stdout
    assert len(description.split()) > 8


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["inof", "w.pwshop"], "there is no verb 'inof'; did you mean 'info'?"),
        (["inof"], "there is no verb 'inof'; did you mean 'info'?"),
        (["Poster", "w.pwshop", "-o", "x.pdf"], "did you mean 'poster'?"),
        (["exprt-json", "w.pwshop"], "did you mean 'export-json'?"),
        (["frobnicate", "w.pwshop"], "there is no verb 'frobnicate' (verbs: new, info,"),
    ],
)
def test_a_mistyped_verb_is_a_usage_error_and_opens_nothing(
    tmp_path: Path, args: list[str], says: str
) -> None:
    create_workshop(tmp_path / "w.pwshop", "Budget app").close()
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert says in result.stderr
    assert "Qt is blocked" not in result.stderr  # the app was not started
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", ["inof", "missing.pwshop"])
def test_a_file_is_opened_in_the_app_even_when_named_like_a_verb(tmp_path: Path, name: str) -> None:
    if name == "inof":
        create_workshop(tmp_path / name, "Odd name").close()
    result = run(name, cwd=tmp_path)
    assert "Qt is blocked" in result.stderr  # it went to open the app
    assert "no verb" not in result.stderr


def test_ctrl_c_stops_a_verb_without_a_traceback(tmp_path: Path) -> None:
    """Ctrl+C while a verb works: exit 130, no traceback, no output file. The verb is held
    inside its work (reading the document says "reading" and waits) so the signal lands
    there, not before or after."""
    (tmp_path / "in.json").write_text("{}", encoding="utf-8")
    hold = (
        "import sys, threading\n"
        "from workshop.io import interchange\n"
        "def held(path):\n"
        "    print('reading', flush=True)\n"
        "    threading.Event().wait(60)\n"
        "interchange.read_document = held\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", hold + RUN, "import-json", "in.json", "-o", "w.pwshop"],
        cwd=tmp_path,
        env=env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "reading"
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 130
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert not (tmp_path / "w.pwshop").exists()


def test_a_closed_pipe_ends_a_verb_quietly(tmp_path: Path) -> None:
    """As in ``persona-workshop info W | head -1``: the reader is gone before we write."""
    create_workshop(tmp_path / "w.pwshop", "Budget app").close()
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run(
            [sys.executable, "-c", RUN, "info", "w.pwshop"],
            cwd=tmp_path,
            env=env(),
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert result.returncode == 141
    assert [line for line in result.stderr.splitlines() if not line.startswith("IMPORTED")] == []


def test_ctrl_c_closes_the_app_cleanly(tmp_path: Path) -> None:
    """Ctrl+C in the terminal that started the app: the workshop is closed properly and
    the app quits with 130, instead of a traceback and an app that keeps running."""
    environment = {
        **env(),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PERSONA_WORKSHOP_QUIT_AFTER_MS": "60000",  # a safety net: it should go long before
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "workshop", "--demo"],
        cwd=tmp_path,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        # The offscreen platform says this as the window is shown, after Ctrl+C is handled.
        for line in process.stderr:
            if "propagateSizeHints" in line:
                break
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    copies = list((tmp_path / "data").rglob("Budgeting app demo *.pwshop"))
    assert len(copies) == 1
    assert not copies[0].with_name(copies[0].name + "-wal").exists()  # closed properly


def test_every_verb_module_is_imported_by_name_for_the_bundle() -> None:
    """The bundle builder finds modules by their import statements: each verb's module
    must be imported as written, not through a name built at run time."""
    source = (ROOT / "workshop" / "commands" / "__init__.py").read_text(encoding="utf-8")
    assert "import importlib" not in source
    for module in {verb.module for verb in VERBS}:
        assert f"from workshop.commands import {module}\n" in source


def test_ctrl_c_while_the_command_is_still_loading_stops_it_quietly(tmp_path: Path) -> None:
    """Ctrl+C in the first tenth of a second, while the command's modules are imported
    (before ``main`` can catch it): exit 130, no traceback. The command is held at that
    stage (the test hook says "loading" and waits) so the signal lands there."""
    command = Path(sys.executable).parent / "persona-workshop"
    if not command.exists():
        pytest.skip("the persona-workshop command is not installed beside this Python")
    with create_workshop(tmp_path / "w.pwshop", "Budgeting"):
        pass
    process = subprocess.Popen(
        [str(command), "info", "w.pwshop"],
        cwd=tmp_path,
        env={**env(), "PERSONA_WORKSHOP_PAUSE_LOADING": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        assert process.stderr.readline().strip() == "loading"
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 130
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert out == ""
