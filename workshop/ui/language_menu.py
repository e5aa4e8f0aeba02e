"""View › Language: the facilitator's override of the system's language (next start)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from workshop.i18n import current_language, shipped_languages
from workshop.i18n.preference import read_preference, write_preference

#: Each language named in itself, so it can be found whatever the window speaks.
NATIVE_NAMES = {
    "ar": "العربية",
    "de": "Deutsch",
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "he": "עברית",
}


def install_language_menu(window: QMainWindow, menu: QMenu) -> QMenu:
    """A submenu of ``menu``: System Default, then every shipped language; choosing one
    remembers it (``workshop.i18n.preference``) for the window and the command line."""
    languages = window.tr("&Language")
    submenu = menu.addMenu(languages)
    group = QActionGroup(submenu)
    chosen = read_preference()
    options: list[tuple[str | None, str]] = [(None, window.tr("System Default"))]
    options += [(code, NATIVE_NAMES.get(code, code)) for code in shipped_languages()]
    for code, name in options:
        action = QAction(name, submenu, checkable=True)
        action.setData(code or "")
        action.setChecked(code == chosen)
        group.addAction(action)
        submenu.addAction(action)

        def choose(_checked: bool = False, code: str | None = code) -> None:
            write_preference(code)
            shown = NATIVE_NAMES.get(code or current_language(), code or "")
            window.statusBar().showMessage(
                window.tr("The window speaks {0} from the next start.").format(shown), 8000
            )

        action.triggered.connect(choose)
    return submenu
