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
        ("Bo", {"Segment": "Freelancer"}),
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
    assert edit.completer().currentCompletion() == "Segment: Freelancer"
    assert hint.text() == "No respondent is in this segment (theirs: Freelancer, Agency)"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: edit.text() == "Segment: Freelancer")
    assert hint.text() == "2 respondents in this segment: Ana, Bo"
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # saved
    assert session.snapshot().personas[0].segment_name == "Segment: Freelancer"

    # A respondent changes segment elsewhere (the Sources panel): the editor follows.
    bo = next(r for r in session.snapshot().respondents if r.label == "Bo")
    session.perform(lambda wf: wf.update_respondent(bo.id, attributes={"Segment": "Agency"}))
    assert hint.text() == "1 respondent in this segment: Ana"
    session.undo.undo()
    assert hint.text() == "2 respondents in this segment: Ana, Bo"
    assert QApplication.activePopupWidget() is None


def test_a_segment_named_by_another_attribute_finds_its_respondents(
    screen: PersonaScreen, qtbot
) -> None:  # type: ignore[no-untyped-def]
    screen.session.perform(lambda wf: wf.add_respondent("P1", {"Region": "North"}))
    screen.actions.new_persona()
    details = screen.editor.details
    assert not details.segment_research.isVisible()  # nobody has a segment: nothing to say
    details.segment_name.setFocus()
    qtbot.keyClicks(details.segment_name, "Region: North")
    assert details.segment_research.isVisible()
    assert details.segment_research.text() == "1 respondent in this segment: P1"
