"""The persona list beside the board: create, draft from clusters, duplicate, rename, reorder,
colour and delete, each one undoable step."""

from __future__ import annotations

from pathlib import Path

from persona_screen import PersonaScreen, add_research, drop
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QLineEdit

from workshop.domain.model import PersonaTemplate, Section
from workshop.store import create_workshop, open_workshop
from workshop.ui.main_window import MainWindow
from workshop.ui.mime import evidence_mime
from workshop.ui.personas.editor import PersonaEditor


def names(screen: PersonaScreen) -> list[str]:
    personas = sorted(screen.session.snapshot().personas, key=lambda p: p.position)
    return [p.name for p in personas]


def list_lines(screen: PersonaScreen) -> list[str]:
    return [screen.panel.list.item(r).text() for r in range(screen.panel.list.count())]


def test_new_personas_blank_and_from_templates(screen: PersonaScreen) -> None:
    actions = screen.actions
    assert screen.editor.pages.currentWidget() is screen.editor.empty
    blank = actions.new_persona()
    assert screen.panel.current_id() == blank
    assert screen.editor.persona_id == blank
    assert screen.editor.fields.name_edit.hasFocus()  # ready to be named
    assert screen.editor.fields.name_edit.selectedText() == "New persona"
    actions.template_actions[PersonaTemplate.B2B_BUYER].trigger()
    actions.template_actions[PersonaTemplate.PROTO].trigger()
    assert names(screen) == ["New persona", "New B2B buyer", "New proto-persona"]
    templates = [p.template for p in screen.session.snapshot().personas]
    assert sorted(templates) == sorted(PersonaTemplate)
    # Every colour differs, so personas are told apart on the wall.
    assert len({p.colour for p in screen.session.snapshot().personas}) == 3
    # The proto-persona says it is assumption-based: in the list, the editor, the check.
    proto = list_lines(screen)[2]
    assert proto.startswith("New proto-persona (assumption-based)\n")
    assert screen.editor.fields.banner.isVisibleTo(screen.editor)
    assert "assumption-based" in screen.editor.fields.banner.text()
    tops = [screen.check.tree.topLevelItem(r).text(0) for r in range(3)]
    assert tops[2].startswith("New proto-persona (assumption-based) — fails the check (allowed")
    # A B2B buyer persona asks for what B2B buyers have.
    screen.panel.select(screen.session.snapshot().personas[1].id)
    hint = screen.editor.sections[Section.DECISION_CRITERION].add_edit.placeholderText()
    assert "buying group" in hint
    assert not screen.editor.fields.banner.isVisibleTo(screen.editor)
    # The same name twice gets a number.
    actions.new_persona()
    assert names(screen)[-1] == "New persona 2"
    screen.session.undo.undo()
    assert len(names(screen)) == 3


def test_draft_a_persona_from_the_selected_clusters(screen: PersonaScreen) -> None:
    research, actions = screen.research, screen.actions
    assert not actions.from_clusters_action.isEnabled()
    # Notes selected on the board: a cluster counts when all its notes are selected.
    screen.session.set_selection(
        [research.notes["sunday"], research.notes["ten"], research.notes["payday"]]
    )
    assert actions.selected_clusters() == [research.routine]
    # Cluster frames selected on the board count as they are.
    screen.session.set_selection([], [research.routine, research.money])
    assert actions.from_clusters_action.isEnabled()
    actions.from_clusters_action.trigger()
    persona = screen.session.snapshot().personas[0]
    assert persona.name == "Persona from Weekly routine, Irregular income"
    assert persona.evidence_pool == (research.routine, research.money)
    assert screen.editor.persona_id == persona.id
    pool = screen.editor.pool_label
    assert pool.isVisibleTo(screen.editor)
    assert pool.text().startswith("Drafted from: Weekly routine, Irregular income (4 notes)")
    # With nothing selected it says what to do instead of failing.
    screen.session.set_selection([])
    messages: list[str] = []
    screen.session.status.connect(messages.append)
    assert actions.new_from_clusters() is None
    assert messages == ["Select one or more clusters on the board first, then draft a persona."]


def test_duplicate_rename_and_colour(screen: PersonaScreen, qtbot, monkeypatch) -> None:
    actions, session = screen.actions, screen.session
    first = actions.new_persona()
    assert first is not None
    session.perform(lambda wf: wf.add_item(first, Section.GOAL, "A simple weekly routine"))
    actions.duplicate_action.trigger()
    copy = screen.panel.current_id()
    assert copy != first
    assert names(screen) == ["New persona", "New persona (copy)"]
    assert [i.text for i in session.snapshot().items_of(copy)] == ["A simple weekly routine"]

    # Rename in place: F2 opens the name (only the name) for editing; Return saves it.
    actions.rename_action.trigger()
    editor = screen.panel.list.findChild(QLineEdit)
    assert editor is not None and editor.text() == "New persona (copy)"
    editor.selectAll()
    qtbot.keyClicks(editor, "Spreadsheet lover")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt saves it on its next turn
    qtbot.waitUntil(lambda: names(screen) == ["New persona", "Spreadsheet lover"])
    assert list_lines(screen)[1].startswith("Spreadsheet lover\n")
    assert screen.editor.fields.name_edit.text() == "Spreadsheet lover"

    # Colours: one from the palette, or any other.
    teal = next(a for a in actions.colour_menu.actions() if a.text() == "Teal")
    teal.trigger()
    assert session.snapshot().personas[1].colour == "#00897b"
    monkeypatch.setattr(actions, "ask_colour", lambda start: "#123456")
    other = next(a for a in actions.colour_menu.actions() if a.text() == "Other Colour…")
    other.trigger()
    assert next(p for p in session.snapshot().personas if p.id == copy).colour == "#123456"
    session.undo.undo()
    assert next(p for p in session.snapshot().personas if p.id == copy).colour == "#00897b"


def test_reorder_by_drag_and_from_the_keyboard(screen: PersonaScreen) -> None:
    actions = screen.actions
    for _ in range(3):
        actions.new_persona()
    assert names(screen) == ["New persona", "New persona 2", "New persona 3"]
    # A drag in the list moves the row in its model: the workshop's order follows.
    moved = screen.panel.list.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)
    assert moved
    assert names(screen) == ["New persona 3", "New persona", "New persona 2"]
    first = next(p for p in screen.session.snapshot().personas if p.name == "New persona")
    screen.panel.select(first.id)
    actions.down_action.trigger()
    assert names(screen) == ["New persona 3", "New persona 2", "New persona"]
    assert screen.panel.current_id() == first.id  # it stays chosen where it went
    screen.session.undo.undo()
    screen.session.undo.undo()
    assert names(screen) == ["New persona", "New persona 2", "New persona 3"]
    assert [line.split("\n")[0] for line in list_lines(screen)] == names(screen)


def test_delete_is_undoable_with_items_and_evidence(screen: PersonaScreen) -> None:
    session, research = screen.session, screen.research
    persona = screen.actions.new_persona()
    assert persona is not None
    change = session.perform(lambda wf: wf.add_item(persona, Section.GOAL, "Weekly routine"))
    assert change is not None
    goal = change.created[0]
    session.perform(lambda wf: wf.link_evidence(goal, cluster_ids=[research.routine]))
    messages: list[str] = []
    session.status.connect(messages.append)
    screen.actions.delete_action.trigger()
    assert session.snapshot().personas == []
    assert screen.panel.list.count() == 0
    assert screen.editor.pages.currentWidget() is screen.editor.empty
    assert messages == ["Deleted the persona 'New persona'. Edit > Undo brings it back."]
    session.undo.undo()
    assert names(screen) == ["New persona"]
    assert [link.cluster_id for link in session.snapshot().links] == [research.routine]
    assert screen.panel.list.count() == 1
    QApplication.processEvents()


def test_a_read_only_workshop_shows_personas_but_changes_nothing(
    window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "shared.pwshop"
    with create_workshop(path, "Shared") as wf:
        research = add_research(wf)
        persona = wf.add_persona("Time-poor planner").created[0]
        goal = wf.add_item(persona, Section.GOAL, "A simple weekly routine").created[0]
    window.attach(open_workshop(path, read_only=True))
    dock = window.findChild(QDockWidget, "personaEditorDock")
    assert dock is not None
    dock.raise_()  # the editor is made when first in sight
    editor = window.findChild(PersonaEditor)
    assert isinstance(editor, PersonaEditor)
    assert editor.persona_id == persona
    panel = window.findChild(QDockWidget, "personaListDock").widget()
    assert not panel.persona_actions.new_action.isEnabled()
    assert not panel.persona_actions.delete_action.isEnabled()
    row = editor.sections[Section.GOAL].row(goal)
    assert row is not None and row.text_edit.isReadOnly()
    assert not editor.sections[Section.GOAL].add_edit.isVisibleTo(editor)
    assert not drop(row, evidence_mime([research.notes["sunday"]], []))
    assert row.badge.text() == "No evidence"


def test_closing_the_workshop_with_dialogs_open(screen: PersonaScreen) -> None:
    persona = screen.actions.new_persona()
    assert persona is not None
    change = screen.session.perform(lambda wf: wf.add_item(persona, Section.GOAL, "Routine"))
    assert change is not None
    screen.editor.pick_evidence(change.created[0])
    screen.actions.compare_action.trigger()
    picker = screen.editor.picker
    assert picker is not None and picker.isVisible()
    screen.window.close_workshop()
    assert not picker.isVisible()
    QApplication.processEvents()
    assert not [
        w for w in QApplication.topLevelWidgets() if w.isVisible() and w.inherits("QDialog")
    ]


def test_draft_from_clusters_selected_on_the_real_board_with_board(
    screen: PersonaScreen,
) -> None:
    """With the board in the workspace: cluster frames selected there draft the persona."""
    scene = screen.session.board_scene
    assert scene is not None, "the board feature made no scene"
    research = screen.research
    frames = [i for i in scene.items() if getattr(i, "cluster_id", None) == research.money]
    assert len(frames) == 1
    frames[0].setSelected(True)
    assert screen.session.selected_cluster_ids == [research.money]
    assert screen.actions.from_clusters_action.isEnabled()
    screen.actions.from_clusters_action.trigger()
    persona = screen.session.snapshot().personas[0]
    assert (persona.name, persona.evidence_pool) == (
        "Persona from Irregular income",
        (research.money,),
    )
