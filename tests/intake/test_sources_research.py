"""The Sources panel and the research behind the sources: each source's respondent and
study, the Respondents tab (attributes, sources, notes), editing a respondent, and merging
two sources or two respondents that turn out to be the same (Merge Into…, Ctrl+M, the
toolbar or the context menu) — each one undo step that undo takes back exactly. Driven
with real clicks and keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItem,
)
from transaction_probe import file_state, writes_failing_at

from workshop.domain.model import SourceKind
from workshop.store import create_workshop
from workshop.ui.intake.sources_panel import SourcesPanel
from workshop.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def panel(window: MainWindow, tmp_path: Path) -> SourcesPanel:
    wf = create_workshop(tmp_path / "w.pwshop", "Research")
    talks = wf.add_study("Interviews, March", "interview_round").created[0]
    poll = wf.add_study("Churn survey", "survey").created[0]
    ana = wf.add_respondent("Ana", {"Region": "North", "Segment": "Freelancer"}).created[0]
    p4 = wf.add_respondent("P4", {"Region": "South", "Age band": "25-34"}).created[0]
    said = wf.add_source("Ana", SourceKind.INTERVIEW, study_id=talks, respondent_id=ana)
    answered = wf.add_source("P4", SourceKind.SURVEY, study_id=poll, respondent_id=p4)
    wf.add_source("Tickets, May", SourceKind.SUPPORT_TICKET, reference="zendesk")
    for text in ("Invoices late", "Budget on Sunday"):
        wf.add_note(text, source_id=said.created[0])
    for text in ("Late fees", "No time", "Bank sync breaks"):
        wf.add_note(text, source_id=answered.created[0])
    window.resize(1400, 900)
    window.attach(wf)
    dock = window.findChild(QDockWidget, "sourcesDock")
    assert dock is not None
    dock.show()
    dock.raise_()
    window.resizeDocks([dock], [600], Qt.Orientation.Vertical)
    window.resizeDocks([dock], [500], Qt.Orientation.Horizontal)
    widget = dock.widget()
    assert isinstance(widget, SourcesPanel)
    return widget


def rows(tree: QTreeWidget, columns: int) -> list[tuple[str, ...]]:
    found = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        assert item is not None
        found.append(tuple(item.text(c) for c in range(columns)))
    return found


def row_named(tree: QTreeWidget, text: str) -> QTreeWidgetItem:
    items = tree.findItems(text, Qt.MatchFlag.MatchExactly, 0)
    assert items, text
    return items[0]


def click_row(qtbot: Any, tree: QTreeWidget, text: str, modifiers: Any = None) -> None:
    item = row_named(tree, text)
    tree.scrollToItem(item)
    centre = QPoint(12, tree.visualItemRect(item).center().y())  # on its first column
    keys = modifiers if modifiers is not None else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(tree.viewport(), LEFT, keys, centre)


def double_click(qtbot: Any, widget: Any, spot: QPoint) -> None:
    """A double click as the system sends it: a click, then a second press (a double
    click) and its release."""
    qtbot.mouseClick(widget, LEFT, pos=spot)
    qtbot.mouseDClick(widget, LEFT, pos=spot)


def cell_editor(table: QTableWidget) -> QLineEdit | None:
    """The line edit a table cell is being edited in, once it has the keyboard."""
    focused = QApplication.focusWidget()
    if isinstance(focused, QLineEdit) and table.viewport().isAncestorOf(focused):
        return focused
    return None


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def right_click_and_choose(qtbot: Any, tree: QTreeWidget, row: str, entry: str) -> None:
    """A real right-click on ``row`` (through the window, as the system sends it), then a
    click on ``entry`` in the menu that comes up."""
    chosen: list[str] = []
    polls = QTimer()
    polls.setInterval(10)

    def choose_when_up() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu) and menu.isVisible():
            polls.stop()
            action = next(a for a in menu.actions() if a.text().replace("&", "") == entry)
            assert action.isEnabled()
            chosen.append(entry)
            qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())

    polls.timeout.connect(choose_when_up)
    polls.start()
    top = tree.window()
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top)
    item = row_named(tree, row)
    at = tree.viewport().mapTo(top, QPoint(12, tree.visualItemRect(item).center().y()))
    qtbot.mouseMove(top.windowHandle(), at)
    qtbot.mouseClick(top.windowHandle(), Qt.MouseButton.RightButton, pos=at)
    qtbot.waitUntil(lambda: chosen == [entry])
    polls.stop()


class MessageBoxes(QTimer):
    """Answers each message box that comes up with Enter, as the facilitator does, and
    keeps what it said (title, text)."""

    def __init__(self, qtbot: Any) -> None:
        super().__init__()
        self.seen: list[tuple[str, str]] = []
        self.setInterval(10)
        self.timeout.connect(lambda: self._answer(qtbot))

    def _answer(self, qtbot: Any) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            self.seen.append((box.windowTitle(), box.text()))
            qtbot.keyClick(box, Qt.Key.Key_Return)


def answer_message_boxes(qtbot: Any) -> MessageBoxes:
    boxes = MessageBoxes(qtbot)
    boxes.start()
    return boxes


def state(panel: SourcesPanel) -> dict[str, list[dict[str, object]]]:
    return panel.session.workshop.content_rows()


def test_each_source_shows_its_respondent_and_study(panel: SourcesPanel) -> None:
    assert rows(panel.tree, 6) == [
        ("Assumptions (no source)", "", "", "0", "", ""),
        ("Ana", "Interview", "", "2", "Ana", "Interviews, March"),
        ("P4", "Survey", "", "3", "P4", "Churn survey"),
        ("Tickets, May", "Support ticket", "", "0", "", ""),
    ]
    panel.filter.setText("churn")  # the filter looks at studies and respondents too
    assert [panel.tree.topLevelItem(i).isHidden() for i in range(4)] == [  # type: ignore[union-attr]
        True,
        True,
        False,
        True,
    ]


def test_ctrl_m_merges_two_sources_after_saying_what_moves_and_undo_takes_it_back(
    qtbot: Any, panel: SourcesPanel
) -> None:
    before = state(panel)
    stack = panel.session.undo.stack
    steps = stack.count()
    click_row(qtbot, panel.tree, "P4")
    click_row(qtbot, panel.tree, "Ana", CTRL)
    assert panel.merge_action.isEnabled()
    qtbot.keyClick(panel.tree, Qt.Key.Key_M, CTRL)
    qtbot.waitUntil(lambda: panel.merge_dialog is not None and panel.merge_dialog.isVisible())
    dialog = panel.merge_dialog
    assert dialog is not None
    names = [o.text() for o in dialog.options]
    assert sorted(names) == ["Ana (Interview)", "P4 (Survey)"]
    keep_ana = dialog.options[names.index("Ana (Interview)")]
    qtbot.mouseClick(keep_ana, LEFT, pos=QPoint(6, keep_ana.height() // 2))
    assert keep_ana.isChecked()
    assert dialog.outcome.text().splitlines() == [
        "3 notes move from “P4 (Survey)” to “Ana (Interview)”; “P4 (Survey)” is removed.",
        "Undo (Ctrl+Z) brings them back as they were.",
    ]
    assert state(panel) == before  # nothing happens before Merge
    qtbot.mouseClick(dialog.merge_button, LEFT)
    qtbot.waitUntil(lambda: panel.merge_dialog is None)

    assert rows(panel.tree, 6)[1:] == [
        ("Ana", "Interview", "", "5", "Ana", "Interviews, March"),
        ("Tickets, May", "Support ticket", "", "0", "", ""),
    ]
    assert stack.count() == steps + 1
    panel.window().activateWindow()  # back from the dialog
    qtbot.waitUntil(panel.window().isActiveWindow)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Z, CTRL)  # the window's Undo
    assert state(panel) == before
    assert [r[0] for r in rows(panel.tree, 1)] == [
        "Assumptions (no source)",
        "Ana",
        "P4",
        "Tickets, May",
    ]


def test_merge_into_is_on_the_toolbar_and_the_context_menu_and_cancel_changes_nothing(
    qtbot: Any, panel: SourcesPanel
) -> None:
    before = state(panel)
    click_row(qtbot, panel.tree, "P4")
    button = panel.toolbar.widgetForAction(panel.merge_action)
    assert button is not None and not button.isEnabled()  # one source: nothing to merge
    click_row(qtbot, panel.tree, "Tickets, May", CTRL)
    assert button.isEnabled()
    qtbot.mouseClick(button, LEFT)
    qtbot.waitUntil(lambda: panel.merge_dialog is not None and panel.merge_dialog.isVisible())
    dialog = panel.merge_dialog
    assert dialog is not None
    # The first one is kept unless another is picked.
    assert dialog.options[0].isChecked()
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    qtbot.mouseClick(cancel, LEFT)
    qtbot.waitUntil(lambda: panel.merge_dialog is None)
    assert state(panel) == before

    # Right-click, then Merge Into… in the menu: the same dialog.
    right_click_and_choose(qtbot, panel.tree, "P4", "Merge Into…")
    qtbot.waitUntil(lambda: panel.merge_dialog is not None and panel.merge_dialog.isVisible())
    assert panel.merge_dialog is not None
    assert [o.text() for o in panel.merge_dialog.options] == [
        "P4 (Survey)",
        "Tickets, May (Support ticket)",
    ]
    panel.merge_dialog.reject()
    qtbot.waitUntil(lambda: panel.merge_dialog is None)
    assert state(panel) == before


def test_the_respondents_tab_lists_attributes_sources_and_notes(
    qtbot: Any, panel: SourcesPanel
) -> None:
    bar = panel.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(1).center())
    assert panel.tabs.currentWidget() is panel.respondents
    assert rows(panel.respondents.tree, 4) == [
        ("Ana", "Region: North · Segment: Freelancer", "1", "2"),
        ("P4", "Region: South · Age band: 25-34", "1", "3"),
    ]
    tip = row_named(panel.respondents.tree, "Ana").toolTip(0)
    assert "Heard in: Interviews, March" in tip


def test_editing_a_respondents_attributes_is_one_undo_step(qtbot: Any, panel: SourcesPanel) -> None:
    bar = panel.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(1).center())
    tree = panel.respondents.tree
    before = state(panel)
    steps = panel.session.undo.stack.count()
    item = row_named(tree, "Ana")
    spot = QPoint(12, tree.visualItemRect(item).center().y())
    double_click(qtbot, tree.viewport(), spot)
    qtbot.waitUntil(
        lambda: (
            panel.respondents.edit_dialog is not None and panel.respondents.edit_dialog.isVisible()
        )
    )
    dialog = panel.respondents.edit_dialog
    assert dialog is not None
    table = dialog.attributes
    qtbot.mouseClick(dialog.add_row_button, LEFT)
    qtbot.waitUntil(lambda: cell_editor(table) is not None)
    editor = cell_editor(table)
    qtbot.keyClicks(editor, "Role")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the table takes it a moment later
    qtbot.waitUntil(lambda: cell_text(table, 2, 0) == "Role")
    cell = table.visualItemRect(table.item(2, 1)).center()  # type: ignore[arg-type]
    double_click(qtbot, table.viewport(), cell)
    qtbot.waitUntil(lambda: cell_editor(table) is not None)
    editor = cell_editor(table)
    qtbot.keyClicks(editor, "Bookkeeper")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell_text(table, 2, 1) == "Bookkeeper")
    # And the region changes: select its row, remove it.
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualItemRect(table.item(0, 0)).center())  # type: ignore[arg-type]
    qtbot.mouseClick(dialog.remove_row_button, LEFT)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, LEFT)
    qtbot.waitUntil(lambda: panel.respondents.edit_dialog is None)

    ana = panel.session.snapshot().respondents[0]
    assert ana.attributes == {"Segment": "Freelancer", "Role": "Bookkeeper"}
    assert rows(tree, 2)[0] == ("Ana", "Segment: Freelancer · Role: Bookkeeper")
    assert panel.session.undo.stack.count() == steps + 1
    panel.session.undo.undo()
    assert state(panel) == before


def test_ctrl_m_merges_two_respondents_and_undo_restores_both(
    qtbot: Any, panel: SourcesPanel
) -> None:
    bar = panel.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(1).center())
    tree = panel.respondents.tree
    before = state(panel)
    steps = panel.session.undo.stack.count()
    click_row(qtbot, tree, "Ana")
    click_row(qtbot, tree, "P4", CTRL)
    qtbot.keyClick(tree, Qt.Key.Key_M, CTRL)
    lst = panel.respondents
    qtbot.waitUntil(lambda: lst.merge_dialog is not None and lst.merge_dialog.isVisible())
    dialog = lst.merge_dialog
    assert dialog is not None
    assert [o.text() for o in dialog.options] == [
        "Ana (Region: North · Segment: Freelancer)",
        "P4 (Region: South · Age band: 25-34)",
    ]
    assert dialog.options[0].isChecked()
    assert dialog.outcome.text().splitlines() == [
        "1 source (3 notes) moves from “P4” to “Ana”; “P4” is removed.",
        "“Ana” takes the attributes it lacks: Age band.",
        "Undo (Ctrl+Z) brings them back as they were.",
    ]
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.merge_button.isDefault()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter merges
    qtbot.waitUntil(lambda: lst.merge_dialog is None)

    ((name, attributes, sources, notes),) = rows(tree, 4)
    assert (name, sources, notes) == ("Ana", "2", "5")
    assert set(attributes.split(" · ")) == {
        "Region: North",
        "Segment: Freelancer",
        "Age band: 25-34",
    }
    # The Sources tab follows: both sources now speak for Ana.
    assert [r[4] for r in rows(panel.tree, 5)][1:3] == ["Ana", "Ana"]
    assert panel.session.undo.stack.count() == steps + 1
    panel.session.undo.undo()
    assert state(panel) == before
    assert [r[0] for r in rows(tree, 1)] == ["Ana", "P4"]


def test_a_merge_whose_writes_fail_leaves_the_file_and_the_undo_stack_as_they_were(
    qtbot: Any, panel: SourcesPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each write of the merge made to fail in turn (a full disk): the facilitator is told,
    the file is unchanged and nothing is put on the undo stack; then it works."""
    session = panel.session
    before = file_state(session.workshop)
    stack = session.undo.stack
    steps = stack.index()
    ana, p4 = (s.id for s in session.snapshot().sources[:2])

    def merge_through_the_dialog() -> None:
        panel.select([p4, ana])
        dialog = panel.merge_sources()
        assert dialog is not None
        qtbot.mouseClick(dialog.options[1], LEFT, pos=QPoint(6, dialog.options[1].height() // 2))
        qtbot.mouseClick(dialog.merge_button, LEFT)
        qtbot.waitUntil(lambda: panel.merge_dialog is None)

    with writes_failing_at(monkeypatch, None) as writes:
        merge_through_the_dialog()
    total = len(writes)
    assert total >= 2
    session.undo.undo()
    assert file_state(session.workshop) == before and stack.index() == steps
    assert stack.canRedo()
    for failing in range(1, total + 1):
        told = answer_message_boxes(qtbot)
        with writes_failing_at(monkeypatch, failing), qtbot.waitSignal(session.undo.failed):
            merge_through_the_dialog()
        told.stop()
        assert len(told.seen) == 1 and told.seen[0][0] == "Not saved", told.seen
        assert file_state(session.workshop) == before, f"write {failing} of {total} failed"
        # Nothing pushed: the step undone is still there to redo.
        assert (stack.index(), stack.count(), stack.canRedo()) == (steps, steps + 1, True)
    merge_through_the_dialog()
    assert [r[0] for r in rows(panel.tree, 1)] == ["Assumptions (no source)", "Ana", "Tickets, May"]
    assert stack.index() == steps + 1
