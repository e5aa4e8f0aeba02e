"""The live evidence check panel, and comparing personas side by side."""

from __future__ import annotations

from datetime import date

from persona_screen import PersonaScreen, Research
from PySide6.QtCore import Qt

from workshop.domain.model import CHECK_BOUNDS, MetricKind, PersonaTemplate, Section
from workshop.store import WorkshopFile
from workshop.ui.personas.compare_view import CompareView


def _planner(wf: WorkshopFile, r: Research) -> tuple[str, dict[str, str]]:
    """A persona where every claim is backed by two sources, fresh, with a segment."""
    persona = wf.add_persona(
        "Time-poor planner",
        archetype="Working parent",
        last_reviewed=date(2025, 5, 1),
        owner="Dana",
        segment_name="Young families",
    ).created[0]
    both = [r.notes["sunday"], r.notes["ten"]]
    items: dict[str, str] = {}
    for section, text in (
        (Section.GOAL, "A simple weekly routine"),
        (Section.CONSTRAINT, "Irregular income timing"),
        (Section.TRIGGER, "A missed bill"),
        (Section.DECISION_CRITERION, "Setup takes minutes"),
        (Section.SUCCESS_METRIC, "Finish weekly review in under 10 minutes"),
    ):
        items[section.value] = wf.add_item(persona, section, text).created[0]
        wf.link_evidence(items[section.value], note_ids=both)
    metric = wf.add_item(
        persona,
        Section.METRIC_LINK,
        "Keeps the habit",
        metric_kind=MetricKind.RETENTION,
        metric_target="45% still active after 30 days",
    ).created[0]
    wf.link_evidence(metric, cluster_ids=[r.money])
    return persona, items


def _finding_texts(screen: PersonaScreen, persona_id: str) -> list[str]:
    return [item.text(0) for item in screen.check.findings_of(persona_id)]


def test_the_check_runs_live_and_a_finding_opens_its_item(screen: PersonaScreen, qtbot) -> None:
    session, research = screen.session, screen.research
    planner, items = _planner(session.workshop, research)
    flagged = session.workshop.add_persona("Spreadsheet lover").created[0]
    hunch = session.workshop.add_item(flagged, Section.GOAL, "Exact to the cent").created[0]
    session.workshop.add_persona("Gut feeling", PersonaTemplate.PROTO)
    tops = [screen.check.tree.topLevelItem(r).text(0) for r in range(3)]
    assert tops == [
        "Time-poor planner — passes the check, 100% well evidenced",
        "Spreadsheet lover — fails the check, 0% well evidenced",
        "Gut feeling (assumption-based) — fails the check (allowed for a proto-persona), "
        "0% evidenced",
    ]
    assert screen.check.summary.text() == "3 personas checked: 1 pass, 1 blocking."
    assert "Error · Goal 'Exact to the cent' has no evidence." in _finding_texts(screen, flagged)
    # Clicking the finding opens the item in the editor.
    [finding] = [f for f in screen.check.findings_of(flagged) if "Exact to the cent" in f.text(0)]
    with qtbot.waitSignal(session.item_requested) as requested:
        screen.check.tree.itemClicked.emit(finding, 0)
    assert requested.args == [hunch]
    assert screen.panel.current_id() == flagged
    assert screen.editor.persona_id == flagged
    row = screen.editor.sections[Section.GOAL].row(hunch)
    assert row is not None and row.text_edit.hasFocus()
    # A finding about a whole section opens that section.
    [missing] = [
        f for f in screen.check.findings_of(flagged) if f.text(0).startswith("Error · No buying")
    ]
    screen.check.tree.itemClicked.emit(missing, 0)
    assert screen.editor.sections[Section.TRIGGER].add_edit.hasFocus()
    # Live: evidence linked in the editor changes the check at once.
    screen.editor.link_evidence(hunch, [research.notes["sunday"], research.notes["late"]], [])
    assert not any("Exact to the cent" in t for t in _finding_texts(screen, flagged))
    assert screen.check.tree.topLevelItem(1).text(0).endswith("100% well evidenced")
    # The thresholds are the workshop's settings: needing 3 sources flags the planner.
    assert not screen.check.min_sources.isVisibleTo(screen.check)
    screen.check.thresholds_button.click()
    assert screen.check.min_sources.isVisibleTo(screen.check)
    screen.check.min_sources.setValue(3)
    screen.check.min_sources.editingFinished.emit()
    assert session.snapshot().workshop.check_settings.min_sources == 3
    assert screen.check.tree.topLevelItem(0).text(0) == (
        "Time-poor planner — passes the check, 33% well evidenced"
    )
    assert sum("single anecdote" in t for t in _finding_texts(screen, planner)) == 4
    session.undo.undo()
    assert screen.check.min_sources.value() == 2
    assert items  # the planner's items were all checked above


def test_thresholds_outside_their_bounds_cannot_be_set(screen: PersonaScreen, qtbot) -> None:
    session = screen.session
    screen.check.thresholds_button.click()
    spin = screen.check.min_sources
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "1")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert session.snapshot().workshop.check_settings.min_sources == 2  # 1 is below the floor
    assert session.snapshot().workshop.settings.get("check", {}).get("min_sources") != 1
    assert (spin.minimum(), spin.maximum()) == CHECK_BOUNDS["min_sources"]
    assert (screen.check.max_age.minimum(), screen.check.max_age.maximum()) == (30, 730)
    screen.check.max_age.setFocus()
    screen.check.max_age.selectAll()
    qtbot.keyClicks(screen.check.max_age, "5000")
    qtbot.keyClick(screen.check.max_age, Qt.Key.Key_Return)
    assert session.snapshot().workshop.check_settings.max_age_days <= 730


def test_moving_notes_on_the_board_does_not_rerun_the_check(screen: PersonaScreen, qtbot) -> None:
    session, research = screen.session, screen.research
    runs: list[int] = []
    screen.panel.runner.updated.connect(lambda: runs.append(1))
    session.perform(lambda wf: wf.move_notes({research.notes["sunday"]: (40.0, 10.0)}))
    assert runs == []
    session.perform(lambda wf: wf.update_note(research.notes["sunday"], source_id=None))
    assert runs == [1]


def test_compare_two_personas_section_by_section(screen: PersonaScreen) -> None:
    session, research = screen.session, screen.research
    planner, _ = _planner(session.workshop, research)
    proto = session.workshop.add_persona("Gut feeling", PersonaTemplate.PROTO).created[0]
    session.workshop.add_item(proto, Section.GOAL, "Beat inflation")
    screen.panel.select(planner)
    screen.actions.compare_action.trigger()
    [view] = [w for w in screen.window.findChildren(CompareView) if w.isVisible()]
    assert view.columns() == [planner, proto]
    headers = [view.table.horizontalHeaderItem(c).text() for c in range(2)]  # type: ignore[union-attr]
    assert headers == ["Time-poor planner", "Gut feeling (assumption-based)"]
    assert view.rows()[:5] == ["Archetype", "Quote", "Role and context", "Goals", "Motivations"]
    assert view.cell("Goals", planner) == (
        "• A simple weekly routine\n   2 notes · 2 sources (interview, survey)"
    )
    assert view.cell("Goals", proto) == "• Beat inflation\n   No evidence"
    assert view.cell("Buying triggers", proto) == "—"
    assert view.cell("Linked metrics", planner).startswith("• Keeps the habit [Retention, ? → 45%")
    assert view.cell("Archetype", proto) == "Proto-persona (assumption-based)"
    assert view.cell("Evidence check", planner).startswith("passes the check")
    # It follows changes while open.
    session.perform(lambda wf: wf.add_item(proto, Section.TRIGGER, "Price rise letter"))
    assert view.cell("Buying triggers", proto).startswith("• Price rise letter")
    # Three personas side by side.
    third = screen.actions.new_persona()
    assert third is not None
    view.set_chosen([planner, proto, third])
    assert view.columns() == [planner, proto, third]
    assert not view.hint.isVisibleTo(view)
    view.set_chosen([planner])
    assert view.hint.isVisibleTo(view)  # "Tick two or more personas"
