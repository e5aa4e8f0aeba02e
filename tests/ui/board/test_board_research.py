"""The research behind a note on the board: the question it answers (details panel and
tooltip), its study and respondent (details panel), and the find bar's filters by study,
respondent and respondent attribute, chosen with the keyboard."""

from __future__ import annotations

from board_driver import Board
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

CTRL = Qt.KeyboardModifier.ControlModifier


def _research(board: Board) -> dict[str, str]:
    """Two respondents of a survey and one interviewee, each with a source and notes."""
    ws = board.session
    ids: dict[str, str] = {}

    def made(key: str, operation) -> str:  # type: ignore[no-untyped-def]
        change = ws.perform(operation)
        assert change is not None
        ids[key] = change.created[0]
        return ids[key]

    survey = made("survey", lambda wf: wf.add_study("Churn survey", "survey"))
    made("ana", lambda wf: wf.add_respondent("Ana", {"Region": "North", "Segment": "Freelancer"}))
    made("p4", lambda wf: wf.add_respondent("P4", {"Region": "South", "Segment": "Agency"}))
    made("bo", lambda wf: wf.add_respondent("Bo", {"Region": "North"}))
    for who in ("ana", "p4", "bo"):
        made(
            f"src-{who}",
            lambda wf, who=who: wf.add_source(
                f"{who} (survey)", "survey", study_id=survey, respondent_id=ids[who]
            ),
        )
    return ids


def test_the_details_panel_and_the_tooltip_show_the_question_study_and_respondent(
    board: Board,
) -> None:
    ids = _research(board)
    (answer, other) = board.add_notes(
        "Invoices <b>late</b> every month", "No question here", source_id=ids["src-ana"]
    )
    board.session.perform(
        lambda wf: wf.update_note(answer, question="What makes budgeting hard for you?")
    )
    board.feature.details_dock.show()
    board.view.set_zoom(1.0)
    board.view.centerOn(board.centre_of(answer))
    board.click(board.centre_of(answer))
    panel = board.feature.details
    assert panel.question.text() == "What makes budgeting hard for you?"
    assert panel.study.text() == "Churn survey"
    assert panel.respondent.text() == "Ana (Region: North, Segment: Freelancer)"

    pos = board.at(board.centre_of(answer))
    viewport = board.view.viewport()
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos))
    )
    board.qtbot.waitUntil(QToolTip.isVisible)
    shown = QToolTip.text()
    assert "Invoices &lt;b&gt;late&lt;/b&gt; every month" in shown
    assert "Question: What makes budgeting hard for you?" in shown
    QToolTip.hideText()

    board.click(board.centre_of(other))
    assert panel.question.text() == "—"
    # The respondent's attributes are edited elsewhere: the panel follows.
    board.session.perform(
        lambda wf: wf.update_respondent(ids["ana"], attributes={"Region": "East"})
    )
    assert panel.respondent.text() == "Ana (Region: East)"


def _choose(board: Board, text: str) -> None:
    """Walk the filter list with the arrow keys (Home, then Down) to the entry ``text``."""
    combo = board.feature.find_bar.filter
    board.key(Qt.Key.Key_Home, widget=combo)
    for _step in range(combo.count()):
        if combo.currentText() == text:
            return
        board.key(Qt.Key.Key_Down, widget=combo)
    assert combo.currentText() == text


def test_the_find_bar_filters_by_respondent_attribute_respondent_and_study(board: Board) -> None:
    ids = _research(board)
    ana = board.add_notes("Ana one", "Ana two", source_id=ids["src-ana"])
    p4 = board.add_notes("P4 one", source_id=ids["src-p4"], y=400)
    bo = board.add_notes("Bo one", source_id=ids["src-bo"], y=800)
    loose = board.add_notes("Team guess", y=1200)
    board.key(Qt.Key.Key_F, CTRL)
    bar = board.feature.find_bar
    offered = [bar.filter.itemText(i) for i in range(bar.filter.count())]
    assert {
        "Respondents with Region: North",
        "Respondents with Region: South",
        "Respondents with Segment: Freelancer",
        "Respondents with Segment: Agency",
    } <= set(offered)
    assert {"Study: Churn survey", "Respondent: Ana", "Respondent: P4"} <= set(offered)

    # Chosen the way a facilitator does from the keyboard: focus the list, type its start.
    board.key(Qt.Key.Key_Tab, widget=bar.query)
    assert bar.filter.hasFocus()
    board.qtbot.keyClicks(bar.filter, "Respondents with Region: N")
    assert bar.filter.currentText() == "Respondents with Region: North"
    assert set(bar.matches) == {*ana, *bo}
    assert board.scene.notes[p4[0]].dimmed and board.scene.notes[loose[0]].dimmed
    assert bar.count.text() == "3 of 5 notes"

    # And with the arrow keys.
    _choose(board, "Respondents with Segment: Freelancer")
    assert set(bar.matches) == set(ana)
    _choose(board, "Respondent: P4")
    assert bar.matches == p4
    _choose(board, "Study: Churn survey")
    assert set(bar.matches) == {*ana, *p4, *bo}

    # A new attribute value is offered at once, and a merge of respondents follows.
    board.session.perform(lambda wf: wf.update_respondent(ids["bo"], attributes={"Region": "West"}))
    assert bar.filter.findText("Respondents with Region: West") >= 0
    board.session.perform(lambda wf: wf.merge_respondents(ids["ana"], [ids["p4"]]))
    assert bar.filter.findText("Respondent: P4") < 0
