"""The suite's own guards: an error logged fails the test it happened in, and widgets are
laid out in the bundled font, whatever the machine has installed."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

CONFTEST = Path(__file__).resolve().parent / "conftest.py"

INNER_TESTS = """
import logging

import pytest

from workshop.store import create_workshop


def test_an_error_logged_fails():
    logging.getLogger("workshop.somewhere").error("the disk is on fire")


def test_an_exception_logged_in_setup_fails(broken_fixture):
    pass


@pytest.fixture
def broken_fixture():
    try:
        raise ValueError("bad fixture")
    except ValueError:
        logging.getLogger("workshop.fixture").exception("while setting up")
    yield


def test_a_warning_logged_does_not_fail():
    logging.getLogger("workshop.somewhere").warning("just so you know")


def test_a_store_listener_that_raises_fails(tmp_path):
    with create_workshop(tmp_path / "w.pwshop", "t") as workshop:
        def broken(change):
            raise RuntimeError("listener bug")
        workshop.subscribe(broken)
        workshop.add_note("x")


def test_an_expected_error_passes_when_logged(expect_logged_error):
    with expect_logged_error("on fire") as records:
        logging.getLogger("workshop.somewhere").error("the disk is on fire")
    assert [r.name for r in records] == ["workshop.somewhere"]


def test_an_expected_error_that_is_not_logged_fails(expect_logged_error):
    with expect_logged_error("on fire"):
        pass


def test_an_error_besides_the_expected_one_still_fails(expect_logged_error):
    with expect_logged_error("on fire"):
        logging.getLogger("a").error("the disk is on fire")
        logging.getLogger("b").error("and the roof leaks")
"""


def test_any_error_logged_fails_the_test_unless_it_is_expected_and_asserted(
    pytester: pytest.Pytester,
) -> None:
    pytester.makeconftest(CONFTEST.read_text(encoding="utf-8"))
    pytester.makepyfile(test_inner=INNER_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    outcomes = {
        "test_an_error_logged_fails": "FAILED",
        "test_an_exception_logged_in_setup_fails": "ERROR",
        "test_a_warning_logged_does_not_fail": "PASSED",
        "test_a_store_listener_that_raises_fails": "FAILED",
        "test_an_expected_error_passes_when_logged": "PASSED",
        "test_an_expected_error_that_is_not_logged_fails": "FAILED",
        "test_an_error_besides_the_expected_one_still_fails": "FAILED",
    }
    result.assert_outcomes(passed=2, failed=4, errors=1)
    text = result.stdout.str()
    for name, outcome in outcomes.items():
        if outcome != "PASSED":
            assert f"{outcome} test_inner.py::{name}" in text
    result.stdout.fnmatch_lines(
        [
            "*an error was logged during setup*",
            "ERROR workshop.fixture: while setting up (ValueError: bad fixture)",
            "*an error was logged during the test*",
            "ERROR workshop.somewhere: the disk is on fire",
            "*ERROR workshop.store.core: a listener failed on 'Add note' "
            "(RuntimeError: listener bug)",
            "*no error containing 'on fire' was logged*",
            "ERROR b: and the roof leaks",
        ],
        consecutive=False,
    )


@pytest.mark.gui
def test_widgets_are_laid_out_in_the_bundled_font(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QLabel

    label = QLabel("Cluster")
    assert QFontInfo(label.font()).family() == "Noto Sans"
    assert QFontInfo(label.font()).pointSize() == 9


def test_make_lint_is_a_rule_and_make_test_runs_it_first() -> None:
    import shutil
    import subprocess

    if shutil.which("make") is None:
        pytest.skip("this machine has no make")
    root = CONFTEST.parents[1]
    lint = subprocess.run(
        ["make", "-n", "lint"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert lint.returncode == 0, lint.stderr
    commands = lint.stdout
    assert "ruff check" in commands and "ruff format --check" in commands and "mypy" in commands
    test = subprocess.run(
        ["make", "-n", "test"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert test.returncode == 0, test.stderr
    assert test.stdout.index("ruff check") < test.stdout.index("pytest --cov")
