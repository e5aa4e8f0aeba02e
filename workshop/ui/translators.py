"""The window's language: a QTranslator for the chosen language, installed at start.

The ``.qm`` is compiled from the shipped ``.ts`` (``workshop.i18n.compiling``). Some strings
are asked for under a context lupdate could not know (``window.tr(…)`` in a function, a
``tr`` alias): when the context's lookup misses, the translator looks the source text up
in the whole catalogue. Qt's own dialogs (buttons of QMessageBox…) use Qt's catalogue.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from workshop.i18n import ENGLISH, is_right_to_left, set_language
from workshop.i18n.compiling import CatalogueError, compiled
from workshop.i18n.language import CATALOGUE_PREFIX, translations_folder


def _by_source(ts: Path) -> dict[str, str]:
    import xml.etree.ElementTree as ET  # only for a language other than English

    found: dict[str, str] = {}
    for message in ET.parse(ts).getroot().iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None or not translation.text:
            continue
        if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            continue
        found.setdefault(source.text or "", translation.text)
    return found


class WorkshopTranslator(QTranslator):
    """The compiled catalogue, plus the same translations by source text alone."""

    def __init__(self, language: str, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.code = language
        self.by_source: dict[str, str] = {}

    def load_language(self) -> bool:
        try:
            qm = compiled(self.code, "qm")
        except CatalogueError:
            qm = None
        ts = translations_folder() / f"{CATALOGUE_PREFIX}{self.code}.ts"
        if ts.is_file():
            self.by_source = _by_source(ts)
        loaded = qm is not None and self.load(str(qm))
        return loaded or bool(self.by_source)

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The translation, or None when there is none: Qt then shows the text as it is
        (an empty string would be taken for a translation and show nothing: a label
        translated already, such as a kind of source, went blank)."""
        found = super().translate(context, source, disambiguation, n)
        return found or self.by_source.get(source) or None

    def isEmpty(self) -> bool:
        return False


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the window's catalogue for ``language`` (and Qt's own), choose the same
    language for the headless messages, and mirror the layout for a right-to-left one.
    Returns the translators installed (to remove them again)."""
    set_language(language)
    installed: list[QTranslator] = []
    if isinstance(app, QGuiApplication):
        direction = Qt.LayoutDirection.RightToLeft
        if not is_right_to_left(language):
            direction = Qt.LayoutDirection.LeftToRight
        app.setLayoutDirection(direction)
    if language == ENGLISH:
        return installed
    if QLocale.system().name().split("_")[0] != language:
        # Qt's own words (the calendar's months and days) in the window's language
        QLocale.setDefault(QLocale(language))
    ours = WorkshopTranslator(language, app)
    if ours.load_language() and app.installTranslator(ours):
        installed.append(ours)
    qt_own = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(language), "qtbase", "_", folder) and app.installTranslator(qt_own):
        installed.append(qt_own)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo ``install_translators``: English, left to right, messages from the environment."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    set_language(None)
