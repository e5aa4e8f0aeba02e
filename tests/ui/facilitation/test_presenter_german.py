"""With the window in German, the presenter view's cards are German too: counts, the check
summary, frame labels, the voting line, and section names of the persona's items."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date

import pytest

from workshop.demo import fresh_demo_copy
from workshop.domain.model import Stage, WorkshopSnapshot
from workshop.store import open_workshop
from workshop.ui.facilitation.presenter_content import room_card, voting_line
from workshop.ui.translators import install_translators, remove_translators


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> WorkshopSnapshot:
    workshop = open_workshop(fresh_demo_copy(tmp_path_factory.mktemp("demo")), read_only=True)
    try:
        return workshop.snapshot()
    finally:
        workshop.close()


@pytest.fixture
def german(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    installed = install_translators(qapp, "de")
    assert installed
    yield
    remove_translators(qapp, installed)


def at(snapshot: WorkshopSnapshot, stage: Stage) -> WorkshopSnapshot:
    return dataclasses.replace(
        snapshot, workshop=dataclasses.replace(snapshot.workshop, stage=stage)
    )


def test_the_room_sees_german_cards(german: None, demo: WorkshopSnapshot) -> None:
    frame = room_card(at(demo, Stage.FRAME), None)
    labels = [line.split(":")[0] for line in frame.lines]
    assert "Ziel" in labels and "Zu unterstützende Entscheidungen" in labels
    decisions = next(line for line in frame.lines if line.startswith("Zu unterstützende"))
    assert "Botschaften" in decisions and "Content-Strategie" in decisions

    evidence = room_card(at(demo, Stage.EVIDENCE), None)
    # distinct evidence as the check counts it: respondents, studies for analytics
    assert " Notizen bisher, dahinter " in evidence.detail
    assert " befragte Personen" in evidence.detail and " Studien" in evidence.detail

    cluster = room_card(at(demo, Stage.CLUSTER), None)
    assert cluster.detail.startswith("Cluster 1 von ") and " Notizen" in cluster.detail
    assert cluster.results_title.endswith("(Ergebnis)")
    assert all(" Punkt" in line for line in cluster.results)

    persona = room_card(at(demo, Stage.VALIDATE), None, today=date(2025, 6, 1))
    assert persona.detail.startswith("Persona 1 von ")
    assert "die Prüfung" in persona.detail and " % gut belegt" in persona.detail
    assert any(line.startswith("Ziele: ") for line in persona.lines)
    assert not any(line.startswith("Goals: ") for line in persona.lines)


def test_the_voting_line_is_german(german: None, demo: WorkshopSnapshot) -> None:
    rounds = [dataclasses.replace(r, is_open=True) for r in demo.vote_rounds]
    line = voting_line(dataclasses.replace(demo, vote_rounds=rounds))
    assert line.startswith("Abstimmung über ")
    assert " · je " in line and " vergeben" in line


def test_english_without_a_translator(qapp, demo: WorkshopSnapshot) -> None:  # type: ignore[no-untyped-def]
    cluster = room_card(at(demo, Stage.CLUSTER), None)
    assert cluster.detail.startswith("Cluster 1 of ") and cluster.results_title.endswith("(result)")
    persona = room_card(at(demo, Stage.VALIDATE), None, today=date(2025, 6, 1))
    assert any(line.startswith("Goals: ") for line in persona.lines)


def test_voting_mode_and_badges_speak_german(german: None, demo: WorkshopSnapshot) -> None:
    from PySide6.QtCore import QRectF

    from workshop.domain.vote_tallies import Tally
    from workshop.ui.facilitation.round_mode import mode_line
    from workshop.ui.facilitation.vote_overlay import VoteMark

    round_ = dataclasses.replace(demo.vote_rounds[0], is_open=True)
    voter = demo.participants[0]
    assert mode_line(demo, None, None, False) == (
        "Keine Abstimmung: Klicks auf die Pinnwand wählen Notizen aus."
    )
    line = mode_line(demo, round_, voter.id, False)
    assert line.startswith("Abstimmung: ") and voter.name in line
    assert "übrig" in line or "hat alle" in line
    taking = mode_line(demo, round_, voter.id, True)
    assert "zurückzunehmen" in taking
    mark = VoteMark(QRectF(0, 0, 100, 100), Tally("c", True, "Routine", 3, 1, True), 3, True)
    assert mark.badge_text() == "3 Punkte · #1="
    assert mark.tooltip_text() == (
        "Dieser Cluster hat 3 Punkte und liegt in dieser Runde gleichauf auf Platz 1."
    )
