"""The Qt application: created only when the window is wanted (never by the verbs)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from workshop import APP_ID, APP_NAME, ORGANISATION, __version__
from workshop.resources import resource_path
from workshop.ui.main_window import MainWindow


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setDesktopFileName(APP_ID)
    icon = resource_path("icons", "persona-workshop.svg", must_exist=False)
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


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


def run_app(*, file: str | None = None, demo: bool = False, read_only: bool = False) -> int:
    from workshop.store import open_workshop

    app = make_application()
    window = MainWindow()
    app.installEventFilter(FileOpenFilter(window))
    if window.settings.contains("window/geometry"):
        window.show()
    else:  # first start: the whole screen, it is going on a projector
        screen = app.primaryScreen()
        if screen is not None:  # also without a window manager to maximise it
            window.setGeometry(screen.availableGeometry())
        window.showMaximized()
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
    return app.exec()
