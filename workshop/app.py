"""The Qt application: created only when the window is wanted (never by the verbs)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from workshop import APP_ID, APP_NAME, ORGANISATION, __version__
from workshop.resources import resource_path


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


def run_app(*, file: str | None = None, demo: bool = False, read_only: bool = False) -> int:
    from workshop.store import open_workshop
    from workshop.ui.main_window import MainWindow

    app = make_application()
    window = MainWindow()
    window.show()
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
