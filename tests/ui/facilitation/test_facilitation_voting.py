"""Participants, "writing as", and dot voting: rounds, clicks on the board, limits, undo,
hidden tallies, results, the heat overlay, rounds side by side."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

from workshop.ui.facilitation.participants_panel import PARTICIPANT_COLOURS
from workshop.ui.facilitation.vote_overlay import OVERLAY_Z, VoteMark


@pytest.fixture
def people(window) -> dict[str, str]:
    wf = window.session.workshop
    return {name: wf.add_participant(name).created[0] for name in ("Ana", "Ben", "Cy")}


@pytest.fixture
def notes(window) -> list[str]:
    wf = window.session.workshop
    rows = [{"text": f"Note {i}", "x": 200.0 * i, "y": 0.0} for i in range(4)]
    return list(wf.add_notes(rows).created)


@pytest.fixture
def voting(window, feature, people, notes):
    """The voting panel, open, with a round of 2 votes each on notes just started."""
    feature.voting_dock.show()
    panel = feature.voting_panel
    panel.form.name_edit.setText("Most painful")
    panel.form.votes_spin.setValue(2)
    panel.form.start_round()
    return panel


def votes_in(window, round_id: str) -> list[tuple[str, str | None]]:
    return [
        (v.participant_id, v.note_id)
        for v in window.session.snapshot().votes
        if v.round_id == round_id
    ]


# --- participants --------------------------------------------------------------------------


def test_participants_are_added_renamed_recoloured_and_removed(window, feature) -> None:
    panel = feature.participants_panel
    panel.name_edit.setText("  Ana   Lopez ")
    panel.add_button.click()
    panel.name_edit.setText("Ben")
    panel.name_edit.returnPressed.emit()
    people = window.session.snapshot().participants
    assert [p.name for p in people] == ["Ana Lopez", "Ben"]
    assert [p.colour for p in people] == list(PARTICIPANT_COLOURS[:2])
    assert panel.tree.topLevelItemCount() == 2

    item = panel.tree.topLevelItem(1)
    item.setText(0, "Benedict")  # what editing the name in the list does
    assert window.session.snapshot().participants[1].name == "Benedict"

    panel.tree.setCurrentItem(item)
    panel.ask_colour = lambda current: "#123456"
    panel.colour_button.click()
    assert window.session.snapshot().participants[1].colour == "#123456"

    panel.remove_button.click()
    assert [p.name for p in window.session.snapshot().participants] == ["Ana Lopez"]
    window.session.undo.undo()
    assert panel.tree.topLevelItem(1).text(0) == "Benedict"


def test_writing_as_follows_the_switch_everywhere(window, feature, people) -> None:
    combo = feature.participants_panel.writing_as
    other = feature.stage_panel.tools.writing_as
    assert combo.currentText() == "Nobody in particular"
    combo.setCurrentIndex(combo.findData(people["Ben"]))
    assert window.session.writing_as == people["Ben"]
    assert other.currentText() == "Ben"
    # Removing the participant being written as goes back to nobody.
    window.session.perform(lambda wf: wf.delete_participant(people["Ben"]))
    assert window.session.writing_as is None
    assert other.currentText() == "Nobody in particular"


# --- a voting round ------------------------------------------------------------------------


def test_clicks_on_the_board_are_votes_within_the_limit_and_undoable(
    window, voting, people, notes, messages
) -> None:
    session = window.session
    round_id = session.snapshot().vote_rounds[0].id
    assert voting.round_combo.currentText() == "Most painful — open"
    assert voting.recording()
    voting.advance_box.setChecked(False)
    voting.choose_voter(people["Ana"])

    session.note_clicked.emit(notes[0])
    session.note_clicked.emit(notes[0])  # two dots on one note are allowed
    assert votes_in(window, round_id) == [(people["Ana"], notes[0])] * 2
    assert voting.voters.currentItem().text() == "1. Ana — 0 left"

    # A third is refused in the facilitator's words, without a dialog in the way.
    session.note_clicked.emit(notes[1])
    assert len(votes_in(window, round_id)) == 2
    assert voting.refused_label.text() == "Ana has used all 2 votes in this round."
    assert messages == []
    # The store refuses it too, whoever asks.
    session.perform(lambda wf: wf.cast_vote(round_id, people["Ana"], note_id=notes[1]))
    assert messages == [("Not saved", "Ana has used all 2 votes in this round.")]

    # Undo takes the last dot back, and Ana can vote again.
    session.undo.undo()
    assert len(votes_in(window, round_id)) == 1
    assert voting.voters.currentItem().text() == "1. Ana — 1 left"
    session.note_clicked.emit(notes[2])
    assert votes_in(window, round_id)[-1] == (people["Ana"], notes[2])
    session.undo.undo()
    session.undo.redo()
    assert len(votes_in(window, round_id)) == 2


def test_the_next_person_votes_when_one_is_done(window, voting, people, notes) -> None:
    session = window.session
    voting.choose_voter(people["Ana"])
    session.note_clicked.emit(notes[0])
    session.note_clicked.emit(notes[1])
    assert voting.voter_id() == people["Ben"]
    session.note_clicked.emit(notes[1])
    assert voting.voters.currentItem().text() == "2. Ben — 1 left"
    assert voting.status_label.text() == "Open: 3 of 6 votes cast, 2 each, on notes."


def test_a_click_can_take_a_vote_back(window, voting, people, notes) -> None:
    session = window.session
    round_id = session.snapshot().vote_rounds[0].id
    voting.choose_voter(people["Cy"])
    session.note_clicked.emit(notes[3])
    voting.take_back_box.setChecked(True)
    session.note_clicked.emit(notes[2])
    assert voting.refused_label.text() == "There is no vote of theirs here to take back."
    session.note_clicked.emit(notes[3])
    assert votes_in(window, round_id) == []


def test_clicks_do_nothing_when_not_voting_and_stopping_says_so(
    window, feature, voting, people, notes
) -> None:
    session = window.session
    statuses: list[str] = []
    session.status.connect(statuses.append)
    assert voting.mode_button.text() == "&Stop voting (Esc)"
    voting.mode_button.click()
    assert not voting.recording()
    assert statuses[-1] == "Voting stopped: clicks on the board select again."
    assert voting.mode_label.text() == "Not voting: clicks on the board select notes."
    session.note_clicked.emit(notes[0])
    assert session.snapshot().votes == []
    voting.mode_button.click()
    assert voting.recording()
    # Closing the panel does not stop it behind the facilitator's back: the board still
    # says voting is on (see test_voting_mode), and clicks still vote.
    feature.voting_dock.close()
    assert voting.recording()
    session.note_clicked.emit(notes[0])
    assert len(session.snapshot().votes) == 1
    # Ending the round stops it, and says so.
    voting.end_round()
    assert not voting.recording()
    assert statuses[-1] == "Voting stopped (the round ended): clicks on the board select again."


def test_hidden_tallies_show_only_once_the_round_ends(window, voting, people, notes) -> None:
    session = window.session
    voting.live_box.setChecked(False)
    round_ = session.snapshot().vote_rounds[0]
    assert not round_.show_tallies
    voting.choose_voter(people["Ana"])
    for note in (notes[1], notes[1], notes[0], notes[1], notes[2], notes[2]):
        session.note_clicked.emit(note)
    assert voting.results.isHidden()
    assert voting.results_label.text() == "Tallies are hidden until the round ends."
    assert voting.overlay.marks == []
    comparison = voting.comparison
    comparison.refresh(session.snapshot())
    assert comparison.rowCount() == 0

    voting.end_button.click()
    assert not session.snapshot().vote_rounds[0].is_open
    assert voting.round_combo.currentText() == "Most painful — ended"
    assert voting.status_label.text() == "Ended: 6 votes cast on notes."
    # Ranked: most votes first; ties share a rank.
    assert voting.results.lines() == [
        ("1", "3", "Note 1"),
        ("2", "2", "Note 2"),
        ("3", "1", "Note 0"),
    ]


def test_tied_notes_share_a_rank(window, voting, people, notes) -> None:
    session = window.session
    voting.choose_voter(people["Ana"])
    for note in (notes[3], notes[3], notes[1], notes[0]):
        session.note_clicked.emit(note)
    voting.end_button.click()
    assert voting.results.lines() == [
        ("1", "2", "Note 3"),
        ("2=", "1", "Note 0"),
        ("2=", "1", "Note 1"),
    ]


def test_the_result_is_ranked_and_heats_the_board(
    qtbot, window, feature, voting, people, notes
) -> None:
    window.show()
    qtbot.waitExposed(window)
    session = window.session
    scene = QGraphicsScene()
    board = QGraphicsView(scene)
    qtbot.addWidget(board)
    session.set_board_scene(scene)
    ana, ben, cy = people.values()
    for voter, note in ((ana, 1), (ana, 1), (ben, 1), (ben, 2), (cy, 2), (cy, 0)):
        voting.choose_voter(voter)
        session.note_clicked.emit(notes[note])
    # Live tallies: a badge with the count on each voted note.
    assert sorted(m.badge_text() for m in voting.overlay.marks) == ["1 dot", "2 dots", "3 dots"]

    voting.end_button.click()
    assert voting.results.lines() == [
        ("1", "3", "Note 1"),
        ("2", "2", "Note 2"),
        ("3", "1", "Note 0"),
    ]
    marks = {m.tally.target_id: m for m in scene.items() if isinstance(m, VoteMark)}
    assert set(marks) == {notes[0], notes[1], notes[2]}
    top = marks[notes[1]]
    assert top.badge_text() == "3 dots · #1"
    assert top.toolTip() == "This note got 3 dots and ranks #1 in this round."
    assert top.zValue() >= OVERLAY_Z
    assert top.rect.topLeft() == QPointF(200, 0)  # over the note, from its geometry
    assert top.strength == 1.0 and marks[notes[0]].strength == pytest.approx(1 / 3)
    # The overlay never takes a click meant for the note underneath.
    assert scene.items(QPointF(260, 50)) == []

    # Choosing a result shows its notes on the board.
    with qtbot.waitSignal(session.highlight_requested) as shown:
        voting.results.itemClicked.emit(voting.results.topLevelItem(0), 0)
    assert shown.args[0] == [notes[1]]

    # Closing the round view takes the overlay off the board.
    voting.on_board_box.setChecked(False)
    assert not [m for m in scene.items() if isinstance(m, VoteMark)]
    voting.on_board_box.setChecked(True)
    assert len([m for m in scene.items() if isinstance(m, VoteMark)]) == 3
    feature.voting_dock.close()
    assert not [m for m in scene.items() if isinstance(m, VoteMark)]


def test_rounds_are_kept_and_compared_side_by_side(window, voting, people, notes) -> None:
    session = window.session
    wf = session.workshop
    clusters = wf.group_into_cluster(notes[:2], "Weekly routine").created[0]
    ana, ben, _cy = people.values()
    voting.choose_voter(ana)
    session.note_clicked.emit(notes[2])
    session.note_clicked.emit(notes[3])
    voting.end_button.click()

    voting.form.name_edit.setText("Most frequent")
    voting.form.target_combo.setCurrentIndex(1)  # clusters
    voting.form.votes_spin.setValue(1)
    voting.form.start_round()
    assert voting.round_combo.currentText() == "Most frequent — open"
    voting.choose_voter(ben)
    session.note_clicked.emit(notes[0])
    assert voting.refused_label.text() == "This round is a vote on clusters: click a cluster."
    session.cluster_clicked.emit(clusters)
    assert voting.voter_id() == people["Cy"]  # Ben's one vote is used
    voting.end_button.click()

    voting.tabs.setCurrentWidget(voting.comparison)
    table = voting.comparison
    assert table.columnCount() == 3
    assert table.horizontalHeaderItem(1).text() == "Most painful\n(ended)"
    assert table.horizontalHeaderItem(2).text() == "Most frequent\n(ended)"
    rows = {table.cell_text(r, 0): (table.cell_text(r, 1), table.cell_text(r, 2)) for r in range(3)}
    assert rows == {
        "Note 2": ("1  (#1=)", ""),
        "Note 3": ("1  (#1=)", ""),
        "Weekly routine": ("", "1  (#1)"),
    }

    # Going back to the first round shows its own results again.
    voting.round_combo.setCurrentIndex(0)
    assert [line[2] for line in voting.results.lines()] == ["Note 2", "Note 3"]
    voting.delete_button.click()
    assert [r.name for r in session.snapshot().vote_rounds] == ["Most frequent"]
    session.undo.undo()
    assert len(session.snapshot().vote_rounds) == 2


def test_a_burst_of_notes_is_counted_once_a_moment_later(qtbot, window, feature) -> None:
    """The notes column follows new notes (the room's phones sending a burst of them):
    once, a moment after the last, with every note counted."""
    panel = feature.participants_panel
    panel.name_edit.setText("Ana")
    panel.add_button.click()
    ana = window.session.snapshot().participants[0].id
    reloads: list[int] = []
    real = panel.reload

    def counted() -> None:
        reloads.append(1)
        real()

    panel.reload = counted  # type: ignore[method-assign]
    panel._recount.timeout.disconnect()
    panel._recount.timeout.connect(panel.reload)
    for index in range(5):
        window.session.perform(
            lambda wf, index=index: wf.add_note(f"note {index}", x=0, y=200 * index, author_id=ana)
        )
    assert reloads == []
    qtbot.waitUntil(lambda: panel.tree.topLevelItem(0).text(1) == "5")
    assert reloads == [1]
