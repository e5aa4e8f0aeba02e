"""The Qt application: created only when the window is wanted (never by the verbs).

For smoke tests of a built bundle, ``PERSONA_WORKSHOP_QUIT_AFTER_MS=<ms>`` makes the app
close its window and quit that long after it started: exit 0 when the window was up and
showed the workshop asked for (``--demo`` or a FILE; the start screen otherwise), 3 when
it did not (the text of the error message on screen goes to stderr).
"""

from __future__ import annotations

import os
import signal
import sys

# isort: off
# The store is imported before Qt: once PySide6 is imported it reads the source of every
# module imported after it, which made opening a workshop slower
# (tests/benchmarks/bench_startup.py).
import workshop.store  # noqa: F401
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, QTranslator
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from workshop import APP_ID, APP_NAME, ORGANISATION, __version__
from workshop.i18n import choose_language
from workshop.i18n.preference import read_preference
from workshop.resources import resource_path
from workshop.ui.main_window import MainWindow
from workshop.ui.translators import install_translators
from workshop.ui.window_fit import show_fitted
from workshop.ui.mime import CLIPBOARD_MIME, EVIDENCE_MIME

# isort: on


def release_clipboard() -> None:
    """Hand the clipboard to Qt before quitting.

    Notes copied on the board are a QMimeData made in Python. Qt keeps the clipboard's
    data in a global that is destroyed after Python has shut down, and destroying a
    Python-made object then crashes the process. Putting the copied text back as plain
    text (made inside Qt) keeps it pasteable in other programs and drops ours in time."""
    clipboard = QApplication.clipboard()
    data = clipboard.mimeData() if clipboard is not None else None
    if clipboard is None or data is None:
        return
    if not (data.hasFormat(CLIPBOARD_MIME) or data.hasFormat(EVIDENCE_MIME)):
        return  # someone else's data, made inside Qt
    text = data.text()
    if text:
        clipboard.setText(text)
    else:
        clipboard.clear()


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setDesktopFileName(APP_ID)
    app.aboutToQuit.connect(release_clipboard)
    icon = resource_path("icons", "persona-workshop.svg", must_exist=False)
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def install_language(app: QApplication) -> list[QTranslator]:
    """The window's language at start: View › Language's choice, else ``LANGUAGE``/``LANG``,
    else the system's (``workshop.i18n.choose_language``); messages follow the same choice."""
    return install_translators(app, choose_language(read_preference()))


class FileOpenFilter(QObject):
    """Opens files the system hands over (macOS Finder sends an event, not an argument)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.file():
            self.window.open_path(event.file())
            return True
        return super().eventFilter(watched, event)


#: Environment variable for smoke tests: quit this many milliseconds after starting.
QUIT_AFTER_ENV = "PERSONA_WORKSHOP_QUIT_AFTER_MS"
#: Exit status when the window did not show what was asked for.
NOT_SHOWN_EXIT = 3


def quit_after_delay(
    app: QApplication, window: MainWindow, *, wants_workshop: bool
) -> list[int] | None:
    """With ``QUIT_AFTER_ENV`` set, schedule the smoke-test quit; returns the list its exit
    status is put in (it may be decided inside a modal error message, before ``exec``)."""
    delay = os.environ.get(QUIT_AFTER_ENV, "").strip()
    if not delay.isdigit():
        return None
    outcome: list[int] = []

    def finish() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:  # an error message: say why, then leave (exit ends its loop)
            why = modal.text() if isinstance(modal, QMessageBox) else ""
            print(f"{modal.windowTitle()}: {why}".replace("\n", " "), file=sys.stderr)
            modal.hide()
        shown = window.isVisible() and modal is None
        if wants_workshop:
            shown = shown and window.session is not None
        if shown:
            print(f"Showing: {window.windowTitle()}")
        window.close()  # as the facilitator would: the workshop is closed cleanly
        outcome.append(0 if shown else NOT_SHOWN_EXIT)
        app.exit(outcome[0])

    QTimer.singleShot(int(delay), finish)
    return outcome


#: Exit status after Ctrl+C in the terminal that started the app (as the verbs).
INTERRUPTED = 130


# Signals that ask the app to stop: Ctrl+C, `kill` or logging out, the terminal closed.
STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


def stop_on_ctrl_c(app: QApplication, window: MainWindow) -> None:
    """Ctrl+C in the terminal closes the workshop and quits (exit 130), with no traceback;
    so do SIGTERM (``kill``, logging out) and SIGHUP (the terminal closed), exiting with
    128 + the signal's number as a process stopped by it would.

    Python runs a signal handler only when Python code runs, which in Qt's event loop may
    be never: a timer gives it the chance four times a second."""

    def stop(number: int, _frame: object) -> None:
        def quit_now() -> None:
            window.close()
            app.exit(INTERRUPTED if number == signal.SIGINT else 128 + number)

        QTimer.singleShot(0, app, quit_now)  # also when it came before the loop started

    for number in STOP_SIGNALS:
        signal.signal(number, stop)
    listen = QTimer(app)
    listen.timeout.connect(lambda: None)
    listen.start(250)


def run_app(*, file: str | None = None, demo: bool = False, read_only: bool = False) -> int:
    from workshop.store import open_workshop

    app = make_application()
    install_language(app)
    window = MainWindow()
    if sys.platform == "darwin":
        # Only the Finder hands files over this way; elsewhere a filter on the application
        # would cost a Python call for every event of every widget.
        app.installEventFilter(FileOpenFilter(window))
    stop_on_ctrl_c(app, window)
    outcome = quit_after_delay(app, window, wants_workshop=demo or bool(file))
    show_fitted(window, restored=window.settings.contains("window/geometry"))
    if demo:
        window.open_demo()
    elif file and read_only:
        from workshop.errors import WorkshopError

        try:
            window.attach(open_workshop(file, read_only=True), remember=False)
        except WorkshopError as error:
            window.show_error(window.tr("The workshop could not be opened"), error)
    elif file:
        window.open_path(file)
    if outcome:  # decided while an error message was up, before the event loop started
        return outcome[0]
    return app.exec()
