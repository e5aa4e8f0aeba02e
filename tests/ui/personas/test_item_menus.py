"""An item of the persona editor has one menu, wherever the facilitator asks for it: its
"⋯" button, or a right-click on its text (with the text's own Cut, Copy, Paste), its
evidence badge or its drag handle. "Move up" and "Move down" are greyed out where the item
cannot go, so no entry of the menu does nothing."""

from __future__ import annotations

from persona_screen import PersonaScreen
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from tests.ui.popups import Entry, right_click, seen_popup
from workshop.domain.model import Section
from workshop.ui.personas.item_row import ItemRow

ITEM_ACTIONS = {
    "Link evidence…",
    "Unlink evidence",
    "Show the evidence on the board",
    "Move up",
    "Move down",
    "Delete item",
}


def shown(entries: list[Entry] | None) -> dict[str, bool]:
    assert entries is not None, "no menu came up"
    return {e.plain: e.enabled for e in entries}


def add_items(qtbot, screen: PersonaScreen, section: Section, *texts: str) -> list[ItemRow]:  # type: ignore[no-untyped-def]
    widget = screen.editor.sections[section]
    for text in texts:
        widget.add_edit.setFocus()
        qtbot.keyClicks(widget.add_edit, text)
        qtbot.keyClick(widget.add_edit, Qt.Key.Key_Return)
    QApplication.processEvents()
    return [widget.rows[i] for i in widget.order]


def stored(screen: PersonaScreen, section: Section) -> list[str]:
    items = screen.session.snapshot().items_of(screen.editor.persona_id)
    return [i.text for i in items if i.section is section]


def in_sight(qtbot, screen: PersonaScreen, row: ItemRow) -> None:  # type: ignore[no-untyped-def]
    dock = screen.window.findChild(QDockWidget, "personaEditorDock")
    assert dock is not None
    dock.show()
    dock.raise_()
    qtbot.waitUntil(row.isVisible)
    screen.editor.scroll_area.ensureWidgetVisible(row)


def test_a_right_click_on_the_text_the_badge_or_the_handle_gives_the_items_menu(
    screen: PersonaScreen,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    screen.actions.new_persona()
    first, second = add_items(qtbot, screen, Section.GOAL, "Pay every bill on time", "Save")
    (only,) = add_items(qtbot, screen, Section.MOTIVATION, "Less worry about money")

    # The text: the item's actions, then the text's own; the first item cannot go up.
    in_sight(qtbot, screen, first)
    on_text = shown(right_click(qtbot, first.text_edit, first.text_edit.rect().center()))
    assert set(on_text) >= ITEM_ACTIONS
    assert {"Cut", "Copy", "Paste"} <= set(on_text)
    assert not on_text["Move up"] and on_text["Move down"] and on_text["Delete item"]

    # The badge of the last item: it cannot go down.
    in_sight(qtbot, screen, second)
    on_badge = shown(right_click(qtbot, second.badge, second.badge.rect().center()))
    assert set(on_badge) == ITEM_ACTIONS
    assert on_badge["Move up"] and not on_badge["Move down"]

    # The handle of the only item of its section: it can go neither way.
    in_sight(qtbot, screen, only)
    on_handle = shown(right_click(qtbot, only.handle, only.handle.rect().center()))
    assert set(on_handle) == ITEM_ACTIONS
    assert not on_handle["Move up"] and not on_handle["Move down"]

    # An entry chosen from the right-click menu does what the "⋯" menu's does.
    in_sight(qtbot, screen, second)
    right_click(qtbot, second.badge, second.badge.rect().center(), choose="Move up")
    assert stored(screen, Section.GOAL) == ["Save", "Pay every bill on time"]
    moved = screen.editor.sections[Section.GOAL].rows[second.item.id]
    in_sight(qtbot, screen, moved)
    right_click(qtbot, moved.handle, moved.handle.rect().center(), choose="Delete item")
    assert stored(screen, Section.GOAL) == ["Pay every bill on time"]


def test_the_items_button_greys_out_the_moves_it_cannot_make(
    screen: PersonaScreen,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    screen.actions.new_persona()
    (only,) = add_items(qtbot, screen, Section.PAIN_POINT, "Surprise bills")
    in_sight(qtbot, screen, only)
    button = only.menu_button
    at = button.rect().center()
    entries = shown(
        seen_popup(qtbot, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=at))
    )
    assert set(entries) == ITEM_ACTIONS
    assert not entries["Move up"] and not entries["Move down"]
    assert entries["Link evidence…"] and entries["Delete item"]
    # Its "⋯" button right-clicked gives the same menu as a click on it.
    assert set(shown(right_click(qtbot, button, QPoint(2, 2)))) == ITEM_ACTIONS
