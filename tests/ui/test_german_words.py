"""With the window in German, texts that reach Qt already in German (a source's kind,
translated by the message catalogue) are shown as they are, never blanked, and what the
window names for itself (colours, the calendar's months) is German."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDateEdit, QDockWidget

from workshop.domain.model import SourceKind
from workshop.ui.intake.sources_panel import SourcesPanel
from workshop.ui.main_window import MainWindow
from workshop.ui.translators import install_translators, remove_translators


@pytest.fixture
def german(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    installed = install_translators(qapp, "de")
    assert installed, "no German catalogue was installed"
    yield
    remove_translators(qapp, installed)


def test_the_sources_panel_shows_every_kind_in_german(
    german: None,
    demo_window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    dock = demo_window.findChild(QDockWidget, "sourcesDock")
    assert dock is not None
    dock.raise_()
    qtbot.waitUntil(lambda: isinstance(dock.widget(), SourcesPanel))
    panel = dock.widget()
    assert isinstance(panel, SourcesPanel)
    assert demo_window.session is not None
    shown = {}
    for source in demo_window.session.snapshot().sources:
        item = panel.item_for(source.id)
        assert item is not None
        shown[source.kind] = item.text(1)
    assert shown[SourceKind.SURVEY] == "Umfrage"
    assert shown[SourceKind.SUPPORT_TICKET] == "Support-Ticket"
    assert shown[SourceKind.OBSERVATION] == "Beobachtung"
    assert all(shown.values()), shown


def test_a_text_the_catalogue_does_not_hold_is_shown_as_it_is(german: None) -> None:
    said = QCoreApplication.translate("SourcesPanel", "Dana, the working parent")
    assert said == "Dana, the working parent"


def test_colours_and_the_calendar_speak_german(
    german: None,
    demo_window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    actions = {a.text() for a in demo_window.findChildren(QAction)}
    assert {"Gelb", "Rosa", "Blau", "Weiß"} <= actions  # the notes' colours
    assert {"Himbeere", "Petrol", "Schiefergrau"} <= actions  # the personas' colours
    assert not {"Yellow", "Raspberry", "Slate"} & actions
    for dock in demo_window.findChildren(QDockWidget):  # panels are made when first seen
        dock.raise_()
    qtbot.waitUntil(lambda: bool(demo_window.findChildren(QDateEdit)))
    editors = demo_window.findChildren(QDateEdit)
    for editor in editors:
        calendar = editor.calendarWidget()
        assert calendar.locale().monthName(1) == "Januar"
        assert calendar.locale().standaloneDayName(1) == "Montag"
