"""The stage panel: moving between stages (saved with the workshop), the checklist it
computes, the frame form and the tools each stage offers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel

from workshop.domain.model import Decision, Stage
from workshop.store import open_workshop
from workshop.ui.main_window import MainWindow


def stage_of(window: MainWindow) -> Stage:
    assert window.session is not None
    return window.session.snapshot().workshop.stage


def test_next_and_previous_stage_from_the_workshop_menu(window, feature) -> None:
    actions = feature.actions
    assert actions.next_stage.shortcut().toString() == "Ctrl+PgDown"
    assert actions.previous_stage.shortcut().toString() == "Ctrl+PgUp"
    assert actions.next_stage in window.menu("workshop").actions()
    assert not actions.previous_stage.isEnabled()  # nothing before Frame

    actions.next_stage.trigger()
    actions.next_stage.trigger()
    assert stage_of(window) is Stage.CLUSTER
    panel = feature.stage_panel
    assert panel.title_label.text() == "Cluster and vote"
    assert panel.position_label.text() == "Stage 3 of 6"
    assert panel.stage_combo.currentIndex() == 2
    assert actions.stage_actions[Stage.CLUSTER].isChecked()

    actions.previous_stage.trigger()
    assert stage_of(window) is Stage.EVIDENCE
    assert panel.title_label.text() == "Gather the evidence"


def test_jumping_back_from_the_stage_list_and_undoing_it(window, feature) -> None:
    panel = feature.stage_panel
    feature.actions.go_to(Stage.SHARE)
    assert not feature.actions.next_stage.isEnabled()
    panel.stage_combo.setCurrentIndex(1)
    panel.stage_combo.activated.emit(1)  # what a choice in the list sends
    assert stage_of(window) is Stage.EVIDENCE
    window.session.undo.undo()
    assert stage_of(window) is Stage.SHARE
    assert panel.stage_combo.currentIndex() == 5
    assert panel.tools.currentWidget() is panel.tools.pages[Stage.SHARE]


def test_the_stage_is_saved_with_the_workshop(qtbot, tmp_path: Path, window, feature) -> None:
    feature.actions.go_to(Stage.DRAFT)
    path = window.session.workshop.path
    window.close_workshop()

    settings = QSettings(str(tmp_path / "again.ini"), QSettings.Format.IniFormat)
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.attach(open_workshop(path))
    assert stage_of(again) is Stage.DRAFT
    panel = next(f for f in again._features if hasattr(f, "stage_panel")).stage_panel
    assert panel.title_label.text() == "Draft the personas"
    assert panel.stage_combo.currentText() == "4. Draft"


def known_workshop(window: MainWindow) -> None:
    """6 notes from 3 sources of 2 kinds (one note with no source), 1 cluster of 3 notes."""
    wf = window.session.workshop
    sam = wf.add_source("Sam", "interview", date=date(2025, 3, 1)).created[0]
    ana = wf.add_source("Ana", "interview").created[0]
    poll = wf.add_source("Spring survey", "survey", date=date(2025, 4, 2)).created[0]
    notes = wf.add_notes(
        [
            {"text": "Budgets on Sunday", "source_id": sam},
            {"text": "Hates spreadsheets", "source_id": ana},
            {"text": "Checks balance daily", "source_id": poll},
            {"text": "Shares with partner", "source_id": sam},
            {"text": "Wants reminders", "source_id": poll},
            {"text": "Probably young", "x": 900},
        ]
    ).created
    wf.group_into_cluster(notes[:3], "Weekly routine")


def test_the_checklist_counts_the_workshop(qtbot, window, feature) -> None:
    window.show()
    qtbot.waitExposed(window)
    known_workshop(window)
    panel = feature.stage_panel
    feature.actions.go_to(Stage.EVIDENCE)
    assert panel.checklist_texts() == [
        "✓  6 notes from 3 sources (2 kinds of source)",
        "○  1 note with no source (assumptions)",
        "○  1 source with no date",
    ]
    feature.actions.go_to(Stage.CLUSTER)
    assert panel.checklist_texts() == [
        "✓  1 cluster",
        "○  3 notes not in any cluster",
        "✓  Every cluster draws on 2 or more distinct respondents (or studies, for analytics)",
        "○  No dot-voting round yet",
    ]
    labels = panel.findChildren(QLabel)
    assert any(w.accessibleName() == "To do: 3 notes not in any cluster" for w in labels)

    # A change to the workshop updates the list a moment later (``REFRESH_MS``).
    wf = window.session.workshop
    loose = [n.id for n in wf.snapshot().notes if n.cluster_id is None]
    window.session.perform(lambda w: w.group_into_cluster(loose[:2], "Partners"))
    qtbot.waitUntil(lambda: panel.checklist_texts()[1] == "○  1 note not in any cluster")
    assert panel.checklist_texts()[0] == "✓  2 clusters"


def test_the_checklist_is_worked_out_once_per_workshop_day_and_stage(
    qtbot, window, feature, monkeypatch
) -> None:
    """Made, then shown: the same checklist is not worked out twice (at the Validate stage
    it checks every persona). A change, another day or another stage work it out again."""
    from workshop.ui.facilitation import stage_panel

    known_workshop(window)
    feature.actions.go_to(Stage.CLUSTER)
    panel = feature.stage_panel
    worked_out: list[Stage] = []
    real = stage_panel.checklist

    def counting(snapshot, today, stage=None):
        worked_out.append(stage)
        return real(snapshot, today, stage)

    monkeypatch.setattr(stage_panel, "checklist", counting)
    window.show()
    qtbot.waitExposed(window)
    panel.refresh()
    assert worked_out == []  # shown with the workshop, day and stage it already shows
    assert panel.checklist_texts()[0] == "✓  1 cluster"

    wf = window.session.workshop
    loose = [n.id for n in wf.snapshot().notes if n.cluster_id is None]
    # A burst of changes (the room's phones sending notes) is worked out once, a moment
    # after the last, and shown as it then is.
    window.session.perform(lambda w: w.group_into_cluster(loose[:2], "Partners"))
    window.session.perform(lambda w: w.add_note("From a phone", x=900, y=900))
    window.session.perform(lambda w: w.add_note("And another", x=900, y=1100))
    assert worked_out == []
    qtbot.waitUntil(lambda: worked_out == [Stage.CLUSTER])
    assert panel.checklist_texts()[:2] == ["✓  2 clusters", "○  3 notes not in any cluster"]

    window.session.today = lambda: date(2031, 1, 1)
    panel.refresh()
    assert worked_out == [Stage.CLUSTER, Stage.CLUSTER]
    feature.actions.go_to(Stage.DRAFT)
    assert worked_out[-1] is Stage.DRAFT
    panel.show_checklist([])  # shown from outside: the next refresh works it out again
    panel.refresh()
    assert worked_out[-1] is Stage.DRAFT and len(worked_out) == 4
    assert panel.checklist_texts()


def test_the_frame_form_saves_the_frame(qtbot, window, feature) -> None:
    form = feature.stage_panel.tools.frame_form
    panel = feature.stage_panel
    assert panel.checklist_texts()[0] == "○  No goal written yet"

    form.goal_edit.setPlainText("Understand why new users stall")
    form.save_goal()
    form.product_edit.setText("Budget app")
    form.product_edit.editingFinished.emit()
    form.segments_edit.setText("Young families")
    form.segments_edit.editingFinished.emit()
    form.decision_boxes["onboarding_ux"].setChecked(True)
    form.decision_boxes["messaging"].setChecked(True)
    form.metric_boxes["activation"].setChecked(True)
    form.other_metrics_edit.setText("NPS, activation")
    form.other_metrics_edit.editingFinished.emit()

    workshop = window.session.snapshot().workshop
    assert workshop.goal == "Understand why new users stall"
    assert workshop.product == "Budget app"
    assert workshop.target_segments == "Young families"
    assert workshop.decisions == ("onboarding_ux", "messaging")
    assert workshop.metrics == ("activation", "NPS")
    assert panel.checklist_texts() == [
        "✓  Goal: 'Understand why new users stall'",
        "✓  Decisions to inform: onboarding/UX, messaging",
        "✓  Product: 'Budget app'",
        "✓  Target segments: 'Young families'",
        "✓  Metrics that matter: activation, NPS",
    ]

    # Each field is one undo step; undo shows the old value in the form.
    window.session.undo.undo()
    assert form.other_metrics_edit.text() == ""
    assert form.metric_boxes["activation"].isChecked()

    # An empty title is refused in the facilitator's words, and the old one kept.
    with qtbot.waitSignal(window.session.status) as said:
        form.title_edit.setText("   ")
        form.title_edit.editingFinished.emit()
    assert "needs a title" in said.args[0]
    assert form.title_edit.text() == "Budget app workshop"


def test_each_stage_offers_its_tools(window, feature) -> None:
    tools = feature.stage_panel.tools
    share_buttons = [b for b in tools.buttons if b.text() == "&Export posters and cards…"]
    feature.actions.go_to(Stage.SHARE)
    assert share_buttons[0].isHidden()  # no export feature in this window

    # Another feature's export dock is found by its object name.
    dock = QDockWidget("Export")
    dock.setObjectName("exportDock")
    window.add_dock(dock, Qt.DockWidgetArea.RightDockWidgetArea)
    dock.hide()
    tools.refresh()
    assert not share_buttons[0].isHidden()
    share_buttons[0].click()
    assert not dock.isHidden()

    feature.actions.go_to(Stage.CLUSTER)
    voting = next(b for b in tools.buttons if b.text() == "Dot &voting…")
    voting.click()
    assert not feature.voting_dock.isHidden()
    assert tools.voting_summary.text().startswith("Dot-vote what matters most")


def test_a_read_only_workshop_shows_its_stage_but_does_not_move(
    qtbot, tmp_path: Path, window, facilitation_of
) -> None:
    path = window.session.workshop.path
    window.session.workshop.set_stage(Stage.VALIDATE)
    window.close_workshop()
    settings = QSettings(str(tmp_path / "ro.ini"), QSettings.Format.IniFormat)
    viewer = MainWindow(settings)
    qtbot.addWidget(viewer)
    viewer.attach(open_workshop(path, read_only=True), remember=False)
    feature = facilitation_of(viewer)
    assert feature.stage_panel.title_label.text() == "Validate against the evidence"
    assert not feature.actions.next_stage.isEnabled()
    assert not feature.stage_panel.stage_combo.isEnabled()
    assert not feature.stage_panel.tools.frame_form.isEnabled()


def test_metrics_keep_the_workshops_own_spelling(window, feature) -> None:
    window.session.workshop.update_workshop(metrics=["Activation", "30-day retention"])
    form = feature.stage_panel.tools.frame_form
    assert form.metric_boxes["activation"].isChecked()
    assert form.other_metrics_edit.text() == "30-day retention"
    form.metric_boxes["retention"].setChecked(True)
    assert window.session.snapshot().workshop.metrics == (
        "Activation",
        "retention",
        "30-day retention",
    )


def test_panels_of_features_attached_later_are_found(window, feature) -> None:
    feature.actions.go_to(Stage.VALIDATE)
    check = next(b for b in feature.stage_panel.tools.buttons if "check" in b.text())
    assert check.isHidden()
    dock = QDockWidget("Evidence Check")
    dock.setObjectName("evidenceCheckDock")
    window.add_dock(dock, Qt.DockWidgetArea.RightDockWidgetArea)
    window.session_changed.emit(window.session)  # every feature is attached
    assert not check.isHidden()


def test_a_stage_change_scrolls_the_stage_panel_to_the_top(qtbot, window, feature) -> None:
    window.resize(1000, 420)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel = feature.stage_panel
    bar = panel.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.session.snapshot().workshop.stage is Stage.EVIDENCE
    assert bar.value() == 0
    assert panel.title_label.visibleRegion().boundingRect().height() == panel.title_label.height()


def test_ticking_a_frame_box_does_not_move_the_form(qtbot, window, feature) -> None:
    window.resize(1000, 900)
    window.show()
    qtbot.waitExposed(window)
    window.resizeDocks([feature.stage_dock], [280], Qt.Orientation.Horizontal)
    panel = feature.stage_panel
    form = panel.tools.frame_form
    first = form.decision_boxes[Decision.ONBOARDING_UX]
    second = form.decision_boxes[Decision.MESSAGING]
    qtbot.waitUntil(lambda: second.isVisible() and panel.width() < 400)

    def where() -> QPoint:
        for _ in range(3):  # let the panel lay out what changed
            QApplication.processEvents()
        return second.mapTo(panel.viewport(), QPoint(0, 0))

    before = where()
    # The indicator of the first box, where a facilitator clicks.
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton, pos=QPoint(6, first.height() // 2))
    assert window.session.snapshot().workshop.decisions == (str(Decision.ONBOARDING_UX),)
    assert panel.checklist_texts()[1] == "✓  Decisions to inform: onboarding/UX"
    assert where() == before
    long_goal = "Decide which onboarding to build first, " * 6
    window.session.perform(lambda wf: wf.update_workshop(goal=long_goal))
    assert where() == before
    # So the next click lands on the box that was under the pointer.
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton, pos=QPoint(6, second.height() // 2))
    assert second.isChecked()
    # The whole line is in the tooltip; what shows is cut with "…", never wider.
    goal_line = panel.checklist_labels[0]
    assert "…" in goal_line.text()
    assert long_goal.strip()[:40] in goal_line.toolTip()


def test_the_frame_form_sets_the_print_language(qtbot, window, feature) -> None:
    """The workshop's language (posters and decks print in it) is one undoable change."""
    form = feature.stage_panel.tools.frame_form
    combo = form.language_combo
    assert combo.currentData() == ""  # the program's language until chosen
    assert combo.findData("de") > 0 and combo.itemText(combo.findData("de")) == "Deutsch"
    combo.setCurrentIndex(combo.findData("de"))
    combo.activated.emit(combo.currentIndex())
    assert window.session.snapshot().workshop.settings["language"] == "de"
    window.undo_action.trigger()
    assert not window.session.snapshot().workshop.settings.get("language")
    assert combo.currentData() == ""


def test_an_action_is_found_by_the_words_of_its_name_in_their_order(window) -> None:
    """The first word that names an enabled action wins, in any case; a disabled or
    unnamed action, or one whose name only comes close, is not found."""
    from PySide6.QtGui import QAction

    from workshop.ui.facilitation.window_parts import find_action

    def action(name: str, *, enabled: bool = True) -> QAction:
        made = QAction(name, window)
        made.setObjectName(name)
        made.setEnabled(enabled)
        return made

    action("exportPostersAction", enabled=False)
    cards = action("ExportCardsAction")
    check = action("runEVIDENCECheck")
    QAction("export without a name", window)
    action("exp.ort")  # the words are not patterns

    assert find_action(window, ["export"]) is cards
    assert find_action(window, ["check", "export"]) is check
    assert find_action(window, ["nothing", "EXPORT"]) is cards
    dotted = find_action(window, ["exp.ort"])
    assert dotted is not None and dotted.objectName() == "exp.ort"
    assert find_action(window, ["exp+ort"]) is None
    assert find_action(window, []) is None
