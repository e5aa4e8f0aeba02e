"""The Sources panel: sources with their note counts, assumptions listed as such; add, edit,
merge, delete; assign a source to the notes selected on the board. Each one undo step."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from intake_window import intake
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QTreeWidgetItem

from workshop.domain.model import SourceKind
from workshop.store import create_workshop
from workshop.ui.intake.source_dialog import SourceDialog
from workshop.ui.intake.sources_panel import SourcesPanel
from workshop.ui.main_window import MainWindow
from workshop.ui.session import WorkshopSession


@pytest.fixture
def panel(window: MainWindow, tmp_path: Path) -> SourcesPanel:
    wf = create_workshop(tmp_path / "w.pwshop", "Sources")
    sam = wf.add_source("Interview 7 — nurse, night shift", SourceKind.INTERVIEW).created[0]
    poll = wf.add_source("Churn survey", SourceKind.SURVEY, date="2025-05-10").created[0]
    wf.add_note("Hates the night login", source_id=sam)
    wf.add_note("Would pay for offline", source_id=poll)
    wf.add_note("Probably <b>likes</b> email")
    window.attach(wf)
    dock = window.findChild(QDockWidget, "sourcesDock")
    assert dock is not None
    # The panel is made when its tab first comes to the front (the facilitator opens it).
    dock.show()
    dock.raise_()
    widget = dock.widget()
    assert isinstance(widget, SourcesPanel)
    return widget


def item(panel: SourcesPanel, index: int) -> QTreeWidgetItem:
    found = panel.tree.topLevelItem(index)
    assert found is not None
    return found


def rows(panel: SourcesPanel) -> list[tuple[str, ...]]:
    return [
        tuple(item(panel, i).text(c) for c in range(4))
        for i in range(panel.tree.topLevelItemCount())
    ]


def session_of(panel: SourcesPanel) -> WorkshopSession:
    return panel.session


def notes_by_text(panel: SourcesPanel) -> dict[str, str | None]:
    snapshot = panel.session.snapshot()
    labels = {s.id: s.label for s in snapshot.sources}
    return {n.text: labels.get(n.source_id or "") for n in snapshot.notes}


def test_sources_are_listed_with_their_notes_and_assumptions_first(panel: SourcesPanel) -> None:
    assert rows(panel) == [
        ("Assumptions (no source)", "", "", "1"),
        ("Interview 7 — nurse, night shift", "Interview", "", "1"),
        ("Churn survey", "Survey", "2025-05-10", "1"),
    ]
    panel.filter.setText("churn")
    assert [item(panel, i).isHidden() for i in range(3)] == [True, True, False]


def test_add_edit_and_undo(panel: SourcesPanel, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(
        [
            {"kind": SourceKind.OBSERVATION, "label": "Ward visit", "date": "2025-04-02",
             "reference": "photos/ward", "notes": "Two nurses shadowed"},
            {"kind": SourceKind.OBSERVATION, "label": "Ward visit, night", "date": None,
             "reference": "", "notes": ""},
        ]
    )  # fmt: skip
    monkeypatch.setattr(panel, "ask_source", lambda _source: next(answers))

    panel.add_action.trigger()
    assert rows(panel)[-1] == ("Ward visit", "Observation", "2025-04-02", "0")
    assert panel.selected_ids() == [panel.session.snapshot().sources[-1].id]
    panel.edit_action.trigger()
    assert rows(panel)[-1] == ("Ward visit, night", "Observation", "", "0")

    panel.session.undo.undo()
    assert rows(panel)[-1][0] == "Ward visit"
    panel.session.undo.undo()
    assert len(rows(panel)) == 3


def test_assign_a_source_to_the_selected_notes_and_take_it_away(panel: SourcesPanel) -> None:
    session = panel.session
    notes = {n.text: n.id for n in session.snapshot().notes}
    assert not panel.assign_action.isEnabled()

    session.set_selection([notes["Probably <b>likes</b> email"], notes["Would pay for offline"]])
    panel.select([session.snapshot().sources[0].id])
    assert panel.assign_action.isEnabled()
    panel.assign_action.trigger()

    assert notes_by_text(panel) == {
        "Hates the night login": "Interview 7 — nurse, night shift",
        "Would pay for offline": "Interview 7 — nurse, night shift",
        "Probably <b>likes</b> email": "Interview 7 — nurse, night shift",
    }
    assert [r[3] for r in rows(panel)] == ["0", "3", "0"]

    panel.unassign_action.trigger()
    assert [r[3] for r in rows(panel)] == ["2", "1", "0"]
    session.undo.undo()
    session.undo.undo()
    assert [r[3] for r in rows(panel)] == ["1", "1", "1"]


def test_merge_moves_the_notes_and_delete_makes_assumptions(panel: SourcesPanel) -> None:
    session = panel.session
    interview, survey = session.snapshot().sources
    panel.select([interview.id, survey.id])

    dialog = panel.merge_sources()
    assert dialog is not None
    assert [o.text() for o in dialog.options] == [
        "Interview 7 — nurse, night shift (Interview)",
        "Churn survey (Survey)",
    ]
    dialog.options[1].click()  # keep the survey
    dialog.merge_button.click()

    assert rows(panel)[1:] == [("Churn survey", "Survey", "2025-05-10", "2")]
    assert panel.selected_ids() == [survey.id]

    panel.delete_action.trigger()
    assert rows(panel) == [("Assumptions (no source)", "", "", "3")]
    session.undo.undo()
    session.undo.undo()
    assert [r[0] for r in rows(panel)][1:] == ["Interview 7 — nurse, night shift", "Churn survey"]


def test_show_notes_asks_the_board_to_highlight_them(qtbot, panel: SourcesPanel) -> None:
    assumption = next(n.id for n in panel.session.snapshot().notes if n.source_id is None)
    item(panel, 0).setSelected(True)

    with qtbot.waitSignal(panel.session.highlight_requested) as shown:
        panel.show_action.trigger()
    assert shown.args == [[assumption]]


def test_the_dialog_gives_the_fields_the_store_takes(qtbot) -> None:
    dialog = SourceDialog(today=date(2025, 6, 1))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()  # a source needs a label

    dialog.kind.setCurrentIndex(dialog.kind.findData("support_ticket"))
    dialog.label_edit.setText("  Tickets, May  ")
    dialog.date.setDate(QDate(2025, 5, 31))
    dialog.reference.setText("zendesk export")
    dialog.notes.setPlainText("<i>all</i> of May")

    assert dialog.values() == {
        "kind": SourceKind.SUPPORT_TICKET,
        "label": "Tickets, May",
        "date": "2025-05-31",
        "reference": "zendesk export",
        "notes": "<i>all</i> of May",
    }
    dialog.has_date.setChecked(False)
    assert dialog.values()["date"] is None


def test_the_sources_dock_is_in_the_view_menu(panel: SourcesPanel, window: MainWindow) -> None:
    titles = [a.text() for a in window.menu("view").actions()]
    assert "Sources" in titles
    assert intake(window).panel is panel


# Respondents ---------------------------------------------------------------------------------
@pytest.fixture
def two_people(window: MainWindow, tmp_path: Path) -> SourcesPanel:
    """An interview with Priya and a survey answer of 'R17', who turns out to be Priya."""
    wf = create_workshop(tmp_path / "people.pwshop", "People")
    priya = wf.add_respondent("Priya Nair", {"segment": "Manager"}).created[0]
    r17 = wf.add_respondent("R17", {"region": "North"}).created[0]
    for label, kind, person in (
        ("Interview 3", SourceKind.INTERVIEW, priya),
        ("Respondent 17", SourceKind.SURVEY, r17),
    ):
        source = wf.add_source(label, kind).created[0]
        wf.update_source(source, respondent_id=person)
        wf.add_note(f"Said in {label}", source_id=source)
    window.attach(wf)
    dock = window.findChild(QDockWidget, "sourcesDock")
    assert dock is not None
    dock.show()  # the panel is made when its tab first comes to the front
    dock.raise_()
    assert isinstance(dock.widget(), SourcesPanel)
    return dock.widget()  # type: ignore[return-value]


def click_rows(qtbot, panel: SourcesPanel, first: int, last: int | None = None) -> None:  # type: ignore[no-untyped-def]
    """Click a row, then extend the selection with Shift+Down to ``last``."""
    panel.tree.scrollToItem(item(panel, first))
    rect = panel.tree.visualItemRect(item(panel, first))
    spot = QPoint(12, rect.center().y())  # on the label, whatever the dock's width
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    for _ in range(first, last if last is not None else first):
        qtbot.keyClick(panel.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)


def answer_merge(qtbot, panel: SourcesPanel, key: Qt.Key) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer the Merge dialog that came up with a real key press; returns the choices it
    offered."""
    dialog = panel.respondents.merge_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    offered = [option.text() for option in dialog.options]
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key)
    qtbot.waitUntil(lambda: panel.respondents.merge_dialog is None)
    return offered


def test_the_respondent_of_each_source_is_listed_with_its_attributes(
    two_people: SourcesPanel,
) -> None:
    assert [item(two_people, i).text(4) for i in (1, 2)] == ["Priya Nair", "R17"]
    assert "segment: Manager" in item(two_people, 1).toolTip(4)
    two_people.filter.setText("r17")
    assert [item(two_people, i).isHidden() for i in range(3)] == [True, True, False]


def test_merging_respondents_asks_which_to_keep_and_is_one_undo_step(
    qtbot, two_people: SourcesPanel
) -> None:
    panel = two_people
    session = panel.session
    click_rows(qtbot, panel, 1)
    assert not panel.merge_respondents_action.isEnabled()  # one person: nothing to merge
    click_rows(qtbot, panel, 1, 2)
    assert panel.merge_respondents_action.isEnabled()

    panel.merge_respondents_action.trigger()
    offered = answer_merge(qtbot, panel, Qt.Key.Key_Return)  # the first offered: Priya

    assert offered == ["Priya Nair (segment: Manager)", "R17 (region: North)"]
    snap = session.snapshot()
    assert [(r.label, r.attributes) for r in snap.respondents] == [
        ("Priya Nair", {"segment": "Manager", "region": "North"})
    ]
    assert [item(panel, i).text(4) for i in (1, 2)] == ["Priya Nair", "Priya Nair"]
    session.undo.undo()
    assert [r.label for r in session.snapshot().respondents] == ["Priya Nair", "R17"]
    assert [item(panel, i).text(4) for i in (1, 2)] == ["Priya Nair", "R17"]


def test_cancelling_the_merge_of_respondents_changes_nothing(
    qtbot, two_people: SourcesPanel
) -> None:
    panel = two_people
    click_rows(qtbot, panel, 1, 2)
    before = panel.session.snapshot()
    panel.merge_respondents_action.trigger()
    answer_merge(qtbot, panel, Qt.Key.Key_Escape)
    assert panel.session.snapshot() == before
