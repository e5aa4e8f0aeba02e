"""The structured persona editor: items added, edited, reordered and backed by evidence
dropped from the board; every edit saved at once and undoable."""

from __future__ import annotations

from persona_screen import TODAY, PersonaScreen, drop
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtWidgets import QApplication

from workshop.domain.model import MetricKind, PersonaStatus, Section
from workshop.ui.mime import evidence_mime
from workshop.ui.personas.item_row import ItemRow, item_mime


def type_and_enter(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def texts(screen: PersonaScreen, section: Section) -> list[str]:
    widget = screen.editor.sections[section]
    return [widget.rows[i].text_edit.text() for i in widget.order]


def row_of(screen: PersonaScreen, section: Section, index: int) -> ItemRow:
    widget = screen.editor.sections[section]
    return widget.rows[widget.order[index]]


def stored_items(screen: PersonaScreen, section: Section) -> list[str]:
    persona = screen.editor.persona_id
    items = [i for i in screen.session.snapshot().items_of(persona) if i.section is section]
    return [i.text for i in items]


def test_items_are_added_edited_and_saved_when_done(screen: PersonaScreen, qtbot) -> None:
    screen.actions.new_persona()
    goals = screen.editor.sections[Section.GOAL]
    type_and_enter(qtbot, goals.add_edit, "A simple weekly routine")
    type_and_enter(qtbot, goals.add_edit, "Never miss a bill")
    assert stored_items(screen, Section.GOAL) == ["A simple weekly routine", "Never miss a bill"]
    assert texts(screen, Section.GOAL) == stored_items(screen, Section.GOAL)
    assert goals.add_edit.text() == ""
    assert goals.count_label.text() == "(2)"
    # Typing is not saving: the item changes when the facilitator is done with it.
    row = row_of(screen, Section.GOAL, 0)
    row.text_edit.setFocus()
    row.text_edit.selectAll()
    qtbot.keyClicks(row.text_edit, "A 10-minute weekly routine")
    assert stored_items(screen, Section.GOAL)[0] == "A simple weekly routine"
    # ...and a change made elsewhere meanwhile does not eat what is being typed.
    screen.editor.fields.archetype_edit.show_stored("ignored")  # no effect on the goal
    screen.session.perform(lambda wf: wf.add_note("A note typed on the board"))
    assert row.text_edit.text() == "A 10-minute weekly routine"
    screen.editor.fields.name_edit.setFocus()  # leaving the field saves it
    assert stored_items(screen, Section.GOAL)[0] == "A 10-minute weekly routine"
    screen.session.undo.undo()
    assert stored_items(screen, Section.GOAL)[0] == "A simple weekly routine"
    assert row.text_edit.text() == "A simple weekly routine"
    # An emptied item is not saved empty: it goes back to what it said.
    row.text_edit.setFocus()
    row.text_edit.clear()
    qtbot.keyClick(row.text_edit, Qt.Key.Key_Return)
    assert row.text_edit.text() == "A simple weekly routine"
    # Delete from the item's menu; undo brings it back.
    screen.editor.delete_item(row.item.id)
    assert texts(screen, Section.GOAL) == ["Never miss a bill"]
    screen.session.undo.undo()
    assert texts(screen, Section.GOAL) == ["A simple weekly routine", "Never miss a bill"]


def test_dropping_a_note_on_an_item_links_it_and_the_badge_says_so(
    screen: PersonaScreen, qtbot
) -> None:
    research, session = screen.research, screen.session
    screen.actions.new_persona()
    type_and_enter(qtbot, screen.editor.sections[Section.GOAL].add_edit, "A simple weekly routine")
    row = row_of(screen, Section.GOAL, 0)
    assert row.badge.text() == "No evidence"
    assert row.badge.state == "error"

    assert drop(row, evidence_mime([research.notes["sunday"]], []))
    assert row.badge.text() == "1 note · 1 source (interview)"
    assert row.badge.state == "warning"  # a single anecdote, for a goal
    # A whole cluster dropped from the board: its notes, their sources and kinds.
    assert drop(row, evidence_mime([], [research.routine]))
    assert row.badge.text() == "2 notes · 2 sources (interview, survey)"
    assert row.badge.state == "good"
    # Clicking the badge asks the board to highlight those notes.
    with qtbot.waitSignal(session.highlight_requested) as highlighted:
        qtbot.mouseClick(row.badge, Qt.MouseButton.LeftButton)
    assert sorted(highlighted.args[0]) == sorted([research.notes["sunday"], research.notes["ten"]])
    # Undo takes the link back, and the badge follows.
    session.undo.undo()
    assert row.badge.text() == "1 note · 1 source (interview)"
    session.undo.undo()
    assert row.badge.text() == "No evidence"
    session.undo.redo()
    assert row.badge.text() == "1 note · 1 source (interview)"
    # An assumption (a note with no source) is shown as such, and does not ground it.
    assert drop(row, evidence_mime([research.guess], []))
    assert row.badge.text() == "2 notes · 1 source (interview)"
    # Anything else dropped is refused.
    text = QMimeData()
    text.setText("plain text from elsewhere")
    assert not drop(row, text)
    assert row.badge.text() == "2 notes · 1 source (interview)"
    # Unlink from the item's menu.
    links = screen.editor.links_of(row.item.id)
    assert [label for _, label in links] == [
        "Note: Reviews money on Sunday evening (Interview with Sam)",
        "Note: Probably hates spreadsheets (assumption)",
    ]
    row.menu.aboutToShow.emit()
    unlink_menu = next(a.menu() for a in row.menu.actions() if a.text() == "Unlink evidence")
    assert unlink_menu is not None
    unlink_menu.actions()[0].trigger()
    assert row.badge.text() == "1 note · assumptions only"
    assert row.badge.state == "error"


def test_items_reorder_by_drag_within_and_across_sections(screen: PersonaScreen, qtbot) -> None:
    screen.actions.new_persona()
    goals = screen.editor.sections[Section.GOAL]
    for text in ("First", "Second", "Third"):
        type_and_enter(qtbot, goals.add_edit, text)
    QApplication.processEvents()
    third = row_of(screen, Section.GOAL, 2)
    # Dropped above the first row's middle: it goes first.
    top = goals.rows[goals.order[0]].geometry().top() + 2
    assert drop(goals, item_mime(third.item), QPoint(20, top))
    assert stored_items(screen, Section.GOAL) == ["Third", "First", "Second"]
    assert texts(screen, Section.GOAL) == ["Third", "First", "Second"]
    # Into another section: it becomes a pain point.
    pains = screen.editor.sections[Section.PAIN_POINT]
    assert drop(pains, item_mime(third.item))
    assert stored_items(screen, Section.GOAL) == ["First", "Second"]
    assert stored_items(screen, Section.PAIN_POINT) == ["Third"]
    screen.session.undo.undo()
    assert stored_items(screen, Section.GOAL) == ["Third", "First", "Second"]
    # From the keyboard: Alt+Down moves the focused item down.
    first = row_of(screen, Section.GOAL, 1)
    first.text_edit.setFocus()
    qtbot.keyClick(first.text_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert stored_items(screen, Section.GOAL) == ["Third", "Second", "First"]
    # An item of another persona is not taken.
    other = screen.actions.new_persona()
    assert other is not None
    assert not drop(screen.editor.sections[Section.GOAL], item_mime(third.item))


def test_metrics_segment_status_and_review(screen: PersonaScreen, qtbot) -> None:
    screen.actions.new_persona()
    editor = screen.editor
    type_and_enter(
        qtbot,
        editor.sections[Section.SUCCESS_METRIC].add_edit,
        "Finish weekly review in under 10 minutes",
    )
    type_and_enter(qtbot, editor.sections[Section.METRIC_LINK].add_edit, "Keeps the weekly habit")
    metric = row_of(screen, Section.METRIC_LINK, 0)
    assert metric.kind_box is not None and metric.baseline_edit is not None
    assert metric.target_edit is not None
    assert metric.kind_box.currentText() == "Which metric?"
    metric.kind_box.setCurrentIndex(metric.kind_box.findData("retention"))
    metric.kind_box.activated.emit(metric.kind_box.currentIndex())
    type_and_enter(qtbot, metric.baseline_edit, "31% at day 30")
    type_and_enter(qtbot, metric.target_edit, "40%")
    [stored] = [
        i
        for i in screen.session.snapshot().items_of(editor.persona_id)
        if i.section is Section.METRIC_LINK
    ]
    assert (stored.metric_kind, stored.metric_baseline, stored.metric_target) == (
        MetricKind.RETENTION,
        "31% at day 30",
        "40%",
    )
    details = editor.details
    type_and_enter(qtbot, details.segment_name, "Young families")
    type_and_enter(qtbot, details.segment_size, "about 40% of sign-ups")
    type_and_enter(qtbot, details.segment_source, "analytics, 2025 Q1")
    type_and_enter(qtbot, details.owner_edit, "Dana")
    details.status_box.setCurrentIndex(details.status_box.findData("validated"))
    details.status_box.activated.emit(details.status_box.currentIndex())
    assert details.reviewed_edit.text() == "Never"
    qtbot.mouseClick(details.today_button, Qt.MouseButton.LeftButton)
    persona = screen.session.snapshot().personas[0]
    assert persona.segment_name == "Young families"
    assert persona.segment_size == "about 40% of sign-ups"
    assert persona.segment_size_source == "analytics, 2025 Q1"
    assert persona.owner == "Dana"
    assert persona.status is PersonaStatus.VALIDATED
    assert persona.last_reviewed == TODAY
    assert details.reviewed_edit.text() == "2025-06-01"
    screen.session.undo.undo()
    assert screen.session.snapshot().personas[0].last_reviewed is None
    assert details.reviewed_edit.text() == "Never"
    # The persona's own fields save when left, like every other field.
    fields = editor.fields
    type_and_enter(qtbot, fields.archetype_edit, "Time-poor planner")
    fields.quote_edit.setFocus()
    qtbot.keyClicks(fields.quote_edit, "I just want ten minutes on a Sunday.")
    fields.role_edit.setFocus()
    persona = screen.session.snapshot().personas[0]
    assert persona.archetype == "Time-poor planner"
    assert persona.quote == "I just want ten minutes on a Sunday."
    # A persona keeps a name: an emptied name goes back.
    fields.name_edit.setFocus()
    fields.name_edit.clear()
    qtbot.keyClick(fields.name_edit, Qt.Key.Key_Return)
    assert fields.name_edit.text() == "New persona"
    assert screen.session.snapshot().personas[0].name == "New persona"


def test_the_editor_avatar_and_the_poster_share_one_initials_rule() -> None:
    """The editor showed "DT" for "Dana, the working parent" while the poster said "DW"."""
    from workshop.domain.initials import initials
    from workshop.ui.personas import photo

    assert photo.initials is initials
    assert initials("Dana, the working parent") == "DW"


def test_the_segment_field_offers_the_respondents_attributes(screen: PersonaScreen, qtbot) -> None:
    screen.session.perform(
        lambda wf: wf.add_respondent("P3", {"Segment": "Freelancer", "Region": "North"})
    )
    screen.actions.new_persona()
    edit = screen.editor.details.segment_name
    edit.setFocus()
    qtbot.keyClicks(edit, "free")
    completer = edit.completer()
    assert completer is not None
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    assert completer.currentCompletion() == "Segment: Freelancer"
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert edit.text() == "Segment: Freelancer"
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    persona = screen.editor.persona()
    assert persona is not None and persona.segment_name == "Segment: Freelancer"
