"""A persona's segment and the research respondents in it: the segment name offers the
segments respondents are in (their "segment" attribute), and the editor says which
respondents are in the segment named, as it is typed and after every change."""

from __future__ import annotations

from persona_screen import PersonaScreen
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_the_segment_name_offers_and_counts_the_respondents_segments(
    screen: PersonaScreen, qtbot
) -> None:  # type: ignore[no-untyped-def]
    session = screen.session
    for label, attributes in (
        ("Ana", {"Segment": "Freelancer", "region": "North"}),
        ("P4", {"segment": "Agency"}),
        ("Bo", {"segment": "freelancer"}),
    ):
        session.perform(lambda wf, lb=label, at=attributes: wf.add_respondent(lb, at))
    screen.actions.new_persona()
    details = screen.editor.details
    hint = details.segment_research
    assert hint.isVisible()
    assert hint.text() == "Respondents' segments: Freelancer, Agency"

    edit = details.segment_name
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, "fre")
    popup = edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert [edit.completer().completionModel().index(i, 0).data() for i in range(1)] == [
        "Freelancer"
    ]
    assert hint.text() == "No respondent is in this segment (theirs: Freelancer, Agency)"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: edit.text() == "Freelancer")
    assert hint.text() == "2 respondents in this segment: Ana, Bo"
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # saved
    assert session.snapshot().personas[0].segment_name == "Freelancer"

    # A respondent changes segment elsewhere (the Sources panel): the editor follows.
    bo = next(r for r in session.snapshot().respondents if r.label == "Bo")
    session.perform(lambda wf: wf.update_respondent(bo.id, attributes={"segment": "Agency"}))
    assert hint.text() == "1 respondent in this segment: Ana"
    session.undo.undo()
    assert hint.text() == "2 respondents in this segment: Ana, Bo"
    assert QApplication.activePopupWidget() is None


def test_no_line_when_no_respondent_has_a_segment(screen: PersonaScreen) -> None:
    screen.session.perform(lambda wf: wf.add_respondent("P1", {"region": "North"}))
    screen.actions.new_persona()
    assert not screen.editor.details.segment_research.isVisible()
