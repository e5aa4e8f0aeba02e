"""Find and filter (Ctrl+F) dims what does not match; the details panel tells all about a note."""

from __future__ import annotations

from datetime import date

from board_driver import Board
from PySide6.QtCore import Qt

from workshop.domain import note_filters as filters

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_f_finds_notes_and_enter_walks_through_them(board: Board) -> None:
    ids = board.add_notes("Link my bank", "Budget on Sunday", "Bank fees hurt", x=0, y=0)
    board.add_notes(*[f"filler {i}" for i in range(5)], x=0, y=3000)
    board.view.zoom_to_fit()
    board.key(Qt.Key.Key_F, CTRL)
    bar = board.feature.find_bar
    assert bar.isVisible() and bar.query.hasFocus()
    board.qtbot.keyClicks(bar.query, "BANK")
    board.qtbot.waitUntil(lambda: bar.count.text() == "2 of 8 notes")
    dimmed = {n for n, item in board.scene.notes.items() if item.dimmed}
    assert set(board.scene.notes) - dimmed == {ids[0], ids[2]}
    board.key(Qt.Key.Key_Return, widget=bar.query)
    assert board.session.selected_note_ids == [ids[0]]
    board.key(Qt.Key.Key_Return, widget=bar.query)
    assert board.session.selected_note_ids == [ids[2]]
    assert board.view.visible_rect().contains(board.scene.notes[ids[2]].board_rect())
    board.key(Qt.Key.Key_Escape, widget=bar.query)
    assert bar.isHidden()
    assert not any(item.dimmed for item in board.scene.notes.values())


def test_filters_for_clusters_and_personas(board: Board) -> None:
    ids = board.add_notes("in a cluster", "cited", "neither")
    cluster = board.session.perform(lambda wf: wf.group_into_cluster([ids[0]], "Fees"))
    persona = board.session.perform(lambda wf: wf.add_persona("Time-poor planner"))
    assert cluster is not None and persona is not None
    item = board.session.perform(lambda wf: wf.add_item(persona.created[0], "goal", "Ten minutes"))
    assert item is not None
    board.session.perform(lambda wf: wf.link_evidence(item.created[0], [ids[1]]))
    bar = board.feature.find_bar
    board.key(Qt.Key.Key_F, CTRL)
    bar.choose_filter(filters.UNCLUSTERED)
    assert set(bar.matches) == {ids[1], ids[2]}
    bar.choose_filter(filters.UNLINKED)
    assert set(bar.matches) == {ids[0], ids[2]}
    bar.choose_filter(filters.CLUSTER, cluster.created[0])
    assert bar.matches == [ids[0]]
    assert board.scene.notes[ids[2]].dimmed


def test_the_details_panel_shows_source_author_cluster_votes_and_citations(board: Board) -> None:
    ws = board.session
    source = ws.perform(
        lambda wf: wf.add_source(
            "Interview with Ana", "interview", date=date(2026, 3, 14), reference="rec-07 12:40"
        )
    )
    kim = ws.perform(lambda wf: wf.add_participant("Kim"))
    assert source is not None and kim is not None
    (note_id,) = board.add_notes(
        "Gave up linking the bank <twice>", source_id=source.created[0], author_id=kim.created[0]
    )
    ws.perform(lambda wf: wf.group_into_cluster([note_id], "Bank linking"))
    round_ = ws.perform(lambda wf: wf.add_vote_round("What matters"))
    assert round_ is not None
    ws.perform(lambda wf: wf.cast_vote(round_.created[0], kim.created[0], note_id=note_id))
    persona = ws.perform(lambda wf: wf.add_persona("Time-poor planner"))
    assert persona is not None
    item = ws.perform(
        lambda wf: wf.add_item(persona.created[0], "pain_point", "Bank linking fails")
    )
    assert item is not None
    ws.perform(lambda wf: wf.link_evidence(item.created[0], [note_id]))
    board.feature.details_dock.show()
    board.view.zoom_to_fit()
    board.click(board.centre_of(note_id))
    panel = board.feature.details
    assert panel.text.toPlainText() == "Gave up linking the bank <twice>"
    assert panel.kind.text() == "Interview"
    assert panel.source.text() == "Interview with Ana"
    assert panel.date.text() == "2026-03-14"
    assert panel.reference.text() == "rec-07 12:40"
    assert panel.author.text() == "Kim"
    assert panel.cluster.text() == "Bank linking"
    assert panel.votes.text() == "1"
    assert board.scene.clusters[board.snapshot().clusters[0].id].votes == 1
    assert panel.cited.count() == 1
    assert "Time-poor planner" in panel.cited.item(0).text()
    with board.qtbot.waitSignal(ws.item_requested) as requested:
        panel.cited.itemActivated.emit(panel.cited.item(0))
    assert requested.args == [item.created[0]]
    # The source is deleted: the note becomes an assumption, and the panel says so.
    ws.perform(lambda wf: wf.delete_sources([source.created[0]]))
    assert panel.kind.text() == "Assumption (no source)"
    board.scene.clearSelection()
    assert board.scene.notes[note_id].pen().style() == Qt.PenStyle.DashLine


def test_respondents_their_attributes_and_questions_on_the_board(board: Board) -> None:
    """The filter offers respondents, their attributes and studies; the details panel shows
    the question a note answers and who said it (a respondent, not a workshop participant)."""
    ws = board.session
    study = ws.perform(lambda wf: wf.add_study("Churn survey", "survey"))
    priya = ws.perform(lambda wf: wf.add_respondent("Priya", {"Region": "North"}))
    tom = ws.perform(lambda wf: wf.add_respondent("Tom", {"Region": "South"}))
    assert study is not None and priya is not None and tom is not None
    ids = []
    for label, person in (("Answer 17", priya), ("Answer 18", tom)):
        source = ws.perform(
            lambda wf, label=label: wf.add_source(label, "survey", study_id=study.created[0])
        )
        assert source is not None
        ws.perform(
            lambda wf, s=source, p=person: wf.update_source(
                s.created[0], respondent_id=p.created[0]
            )
        )
        ids += board.add_notes(
            f"Said in {label}",
            x=400.0 * len(ids),
            source_id=source.created[0],
            question="Why did you cancel?",
        )
    bar = board.feature.find_bar
    board.key(Qt.Key.Key_F, CTRL)
    texts = [bar.filter.itemText(i) for i in range(bar.filter.count())]
    assert "Respondents with Region: North" in texts and "Study: Churn survey" in texts
    bar.choose_filter(filters.ATTRIBUTE, filters.attribute_value("Region", "North"))
    assert bar.matches == [ids[0]]
    assert board.scene.notes[ids[1]].dimmed
    bar.choose_filter(filters.STUDY, study.created[0])
    assert set(bar.matches) == set(ids)
    bar.close_bar()

    board.feature.details_dock.show()
    board.view.zoom_to_fit()
    board.click(board.centre_of(ids[1]))
    panel = board.feature.details
    assert panel.text.toPlainText() == "Said in Answer 18"
    assert panel.question.text() == "Why did you cancel?"
    assert panel.respondent.text() == "Tom (Region: South)"
    assert panel.study.text() == "Churn survey"
