"""Suite-wide settings: Qt runs offscreen, no test touches the user's real settings, any
error logged fails the test, and widgets are laid out in the bundled font."""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable, Generator, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Safety copies, demo copies and settings go to a throwaway folder, never the user's own.
_HOME = tempfile.mkdtemp(prefix="persona-workshop-tests-")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_CACHE_HOME"] = os.path.join(_HOME, "cache")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
#: The tests read English messages; a German desktop must not change that (see workshop.i18n).
os.environ["LANGUAGE"] = "en"

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "default", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=60
)
settings.register_profile("long", deadline=None, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_sessionfinish(session: object, exitstatus: int) -> None:
    """Drop what Qt would otherwise destroy after Python has shut down: the clipboard's
    data (copied notes are a QMimeData made in Python, owned by a Qt global that is
    destroyed at process exit: a segmentation fault after the last test), and the
    windows the tests left."""
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    clipboard = QApplication.clipboard()
    if clipboard is not None:
        clipboard.clear()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


# Any error logged fails the test -----------------------------------------------------------
# As qutebrowser's ``logfail``: a record at ERROR or above (a store listener that raised, a
# failed background job ...) fails the test it happened in, in the phase it happened in.
# A test that provokes an error on purpose says so, and asserts it, with
# ``expect_logged_error``.


class _ErrorLog(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


_ERRORS = _ErrorLog()


def pytest_configure(config: pytest.Config) -> None:
    logging.getLogger().addHandler(_ERRORS)


def pytest_unconfigure(config: pytest.Config) -> None:
    logging.getLogger().removeHandler(_ERRORS)


def _fail_on_logged_errors(when: str) -> Generator[None, object, object]:
    _ERRORS.records.clear()
    result = yield  # the phase's own failure, if any, stands and is reported first
    logged, _ERRORS.records = _ERRORS.records, []
    if logged:
        lines = [f"{r.levelname} {r.name}: {r.getMessage()}{_raised(r)}" for r in logged]
        raise pytest.fail.Exception(
            f"an error was logged during {when} (see the captured log; use "
            "expect_logged_error if that is the point of the test):\n" + "\n".join(lines),
            pytrace=False,
        )
    return result


def _raised(record: logging.LogRecord) -> str:
    error = record.exc_info[1] if record.exc_info else None
    return f" ({type(error).__name__}: {error})" if error is not None else ""


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Generator[None, object, object]:
    return (yield from _fail_on_logged_errors("setup"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    return (yield from _fail_on_logged_errors("the test"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Generator[None, object, object]:
    return (yield from _fail_on_logged_errors("teardown"))


ExpectLoggedError = Callable[[str], AbstractContextManager[list[logging.LogRecord]]]


@pytest.fixture
def expect_logged_error() -> ExpectLoggedError:
    """``with expect_logged_error("a listener failed") as records:`` — inside the block an
    error whose message contains the text must be logged (the test fails otherwise), and
    it does not fail the test; any other error logged still does."""

    @contextmanager
    def expecting(text: str) -> Iterator[list[logging.LogRecord]]:
        start = len(_ERRORS.records)
        matched: list[logging.LogRecord] = []
        yield matched
        new = _ERRORS.records[start:]
        matched += [r for r in new if text in r.getMessage()]
        if not matched:
            pytest.fail(f"no error containing {text!r} was logged")
        _ERRORS.records[start:] = [r for r in new if r not in matched]

    return expecting


# Widgets in the bundled font -----------------------------------------------------------
# Layout tests measure widgets whose size follows their text. The machine's default font
# (DejaVu Sans here, Cantarell or Ubuntu elsewhere) would make them pass on one machine and
# fail on the next, so every test's QApplication uses Noto Sans from resources/fonts.

#: The test session's application font: the posters' main family, at a common desktop size.
TEST_FONT_FAMILY = "Noto Sans"
TEST_FONT_POINTS = 9
TEST_FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")


@pytest.fixture(scope="session")
def qapp(qapp: Any) -> Any:
    """pytest-qt's application, with the bundled font as its font."""
    from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

    from workshop.resources import resource_path

    for name in TEST_FONT_FILES:
        if QFontDatabase.addApplicationFont(str(resource_path("fonts", name))) < 0:
            raise RuntimeError(f"Qt could not load the bundled font {name}")
    qapp.setFont(QFont(TEST_FONT_FAMILY, TEST_FONT_POINTS))
    used = QFontInfo(qapp.font()).family()
    if used != TEST_FONT_FAMILY:
        raise RuntimeError(f"the test font is {used!r}, not the bundled {TEST_FONT_FAMILY!r}")
    return qapp


@pytest.fixture(autouse=True)
def _messages_back_in_the_environments_language() -> Iterator[None]:
    """After each test, messages are in the language the environment names (English here).

    A test that sets ``LANGUAGE`` with monkeypatch and removes its translators in its own
    teardown chooses the language again while ``LANGUAGE`` is still set; this runs after
    monkeypatch has put the environment back, so the next test starts in English (the
    store's undo labels are translated, so a leak would show in them)."""
    yield
    from workshop.i18n import set_language

    set_language(None)
