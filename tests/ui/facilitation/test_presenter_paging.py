"""The presenter view pages through a persona's items (and a cluster's notes): "+19 more"
is one PgDown (or ↓) away, PgUp (↑) goes back, → ← still step from persona to persona.
A proto-persona is said to be one in its header, as everywhere else in the app. The keys
are in the view's hint line and in Help › Keyboard Shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workshop.domain.model import PersonaTemplate, Section, Stage
from workshop.ui.facilitation.presenter_view import PresenterView
from workshop.ui.help_shortcuts import ShortcutsDialog

ITEMS = 28


@pytest.fixture
def personas(window) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Dana, with many items; Sam, a proto-persona with two."""
    wf = window.session.workshop
    dana = wf.add_persona("Dana, the working parent").created[0]
    for index in range(ITEMS):
        wf.add_item(dana, Section.GOAL, f"Goal number {index + 1}")
    sam = wf.add_persona("Sam, the side-hustler", PersonaTemplate.PROTO).created[0]
    wf.add_item(sam, Section.GOAL, "Grow savings from side income")
    wf.add_item(sam, Section.MOTIVATION, "See the side business pay off")
    wf.set_stage(Stage.DRAFT)
    return {"dana": dana, "sam": sam}


def open_with_f5(qtbot, window, feature) -> PresenterView:  # type: ignore[no-untyped-def]
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    presenter = feature.presenter
    assert presenter is not None
    qtbot.waitExposed(presenter)
    presenter.resize(1280, 720)
    qtbot.waitUntil(lambda: presenter.size().height() == 720)
    return presenter


def test_the_keys_page_through_a_personas_items(qtbot, window, feature, personas) -> None:  # type: ignore[no-untyped-def]
    presenter = open_with_f5(qtbot, window, feature)
    entries = presenter.entries
    assert presenter.heading_label.text() == "Dana, the working parent"
    first_page = entries.visible_texts()
    assert first_page[0] == "Goals: Goal number 1"
    assert 3 <= len(first_page) < ITEMS
    assert entries.more.text() == f"+{ITEMS - len(first_page)} more"
    # The facilitator sees how to get at them.
    assert "↓ ↑ PgDown PgUp more items" in presenter.windowTitle()

    # PgDown and ↓ show the next items, each once, in order, and say which are shown.
    seen = list(first_page)
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Down):
        if len(seen) == ITEMS:
            break
        qtbot.keyClick(presenter, key)
        page = entries.visible_texts()
        assert page and page[0] == f"Goals: Goal number {len(seen) + 1}"
        assert presenter.heading_label.text() == "Dana, the working parent"
        assert entries.more.text().startswith(f"{len(seen) + 1}–{len(seen) + len(page)} of 28")
        seen += page
    assert seen == [f"Goals: Goal number {i + 1}" for i in range(ITEMS)]
    assert "more" not in entries.more.text()  # the last page
    last_page = entries.visible_texts()

    # Past the last page: the next persona (a clicker's PgDown goes on), first page.
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert presenter.heading_label.text() == "Sam, the side-hustler"
    # PgUp: back to Dana where the room left her, then page by page to her first items.
    qtbot.keyClick(presenter, Qt.Key.Key_PageUp)
    assert presenter.heading_label.text() == "Dana, the working parent"
    assert entries.visible_texts() == last_page
    for _ in range(ITEMS):
        if entries.visible_texts() == first_page:
            break
        qtbot.keyClick(presenter, Qt.Key.Key_Up)
    assert entries.visible_texts() == first_page
    assert presenter.heading_label.text() == "Dana, the working parent"
    assert entries.more.text() == f"+{ITEMS - len(first_page)} more"

    # → still goes to the next persona from any page, and starts it at its first item.
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    assert presenter.heading_label.text() == "Sam, the side-hustler"
    assert entries.visible_texts()[0] == "Goals: Grow savings from side income"
    assert not entries.more.isVisible()
    assert "more items" not in presenter.windowTitle()  # nothing to page through
    qtbot.keyClick(presenter, Qt.Key.Key_Left)
    assert entries.visible_texts() == first_page


def test_a_proto_persona_is_marked_in_the_header(qtbot, window, feature, personas) -> None:  # type: ignore[no-untyped-def]
    presenter = open_with_f5(qtbot, window, feature)
    assert "Proto-persona" not in presenter.detail_label.full_text
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    assert presenter.heading_label.text() == "Sam, the side-hustler"
    # In the words the persona list, editor and templates use, and in sight (not elided).
    assert presenter.detail_label.text().startswith(
        "Persona 2 of 2 · Proto-persona (assumption-based)"
    )
    window.session.workshop.set_stage(Stage.VALIDATE)
    assert presenter.detail_label.text().startswith(
        "Persona 2 of 2 · Proto-persona (assumption-based) · fails the check"
    )


def test_the_presenter_keys_are_in_the_keyboard_shortcuts(qtbot, window, feature) -> None:  # type: ignore[no-untyped-def]
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    rows = dialog.visible_rows()
    group = "Workshop › Presenter View"
    assert (group, "Page through its notes or items", "PgDown, ↓ / PgUp, ↑") in rows
    assert (group, "Next, previous cluster or persona", "→, ←") in rows
    # Right under the action that opens it.
    names = [(g, a) for g, a, _k in rows]
    assert names.index(("Workshop", "Presenter View")) < names.index(
        (group, "Page through its notes or items")
    )
    dialog.close()
    QApplication.processEvents()
