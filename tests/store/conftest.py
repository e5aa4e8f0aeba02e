"""The operation tests' workshop: a small one with a bit of everything (``ops_board.Board``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from ops_board import Board

from workshop.domain.model import Section
from workshop.store import WorkshopFile, create_workshop


@pytest.fixture
def wf(tmp_path: Path) -> Iterator[WorkshopFile]:
    workshop = create_workshop(tmp_path / "ops.pwshop", "Budgeting app research")
    yield workshop
    if workshop.is_open:
        assert workshop.integrity_ok()
        workshop.close()


@pytest.fixture
def board(wf: WorkshopFile) -> Board:
    ann = wf.add_participant("Ann", "#e57373").created[0]
    raj = wf.add_participant("Raj").created[0]
    interview = wf.add_source("Interview 1: Maria", "interview", date="2024-02-12").created[0]
    survey = wf.add_source("Churn survey", "survey").created[0]
    notes = list(
        wf.add_notes(
            [
                {"text": "Income arrives in bursts", "source_id": interview, "x": 0, "y": 0},
                {"text": "Monthly budgets break", "source_id": interview, "x": 200, "y": 0},
                {"text": "Review takes 40 minutes", "source_id": survey, "x": 400, "y": 0},
                {"text": "Too much manual entry", "source_id": survey, "author_id": ann},
                {"text": "Assumption: wants automation", "x": 600, "y": 300},
            ]
        ).created
    )
    cluster = wf.group_into_cluster(notes[:2], "Irregular income").created[0]
    persona = wf.add_persona("Time-poor planner", archetype="The juggler").created[0]
    proto = wf.add_persona("Budget sceptic", template="proto").created[0]
    goal = wf.add_item(persona, Section.GOAL, "Finish the weekly review fast").created[0]
    pain = wf.add_item(persona, Section.PAIN_POINT, "Manual entry").created[0]
    note_link = wf.link_evidence(goal, note_ids=[notes[2]]).created[0]
    cluster_link = wf.link_evidence(pain, cluster_ids=[cluster]).created[0]
    round_id = wf.add_vote_round("Which pains matter", votes_per_participant=2).created[0]
    wf.cast_vote(round_id, ann, note_id=notes[2])
    wf.cast_vote(round_id, raj, note_id=notes[3])
    cluster_round = wf.add_vote_round("Which themes", target="clusters").created[0]
    wf.cast_vote(cluster_round, ann, cluster_id=cluster)
    study = wf.add_study("Spring interviews", "interview_round", date_from="2024-02-01").created[0]
    maria = wf.add_respondent("Maria", {"segment": "Freelancer", "region": "North"}).created[0]
    r17 = wf.add_respondent("R17", {"age band": "25-34", "region": "South"}).created[0]
    wf.update_source(interview, study_id=study, respondent_id=maria)
    wf.update_source(survey, respondent_id=r17)
    board = Board(
        wf,
        ann,
        raj,
        interview,
        survey,
        notes,
        cluster,
        persona,
        proto,
        goal,
        pain,
        note_link,
        cluster_link,
        round_id,
        cluster_round,
    )
    board.study, board.maria, board.r17 = study, maria, r17
    return board
