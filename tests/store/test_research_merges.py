"""The Sources panel's merges and respondent edits as store operations: one transaction and
one change each, undone exactly, and a write that fails anywhere in one leaves the file as
it was (each write made to fail in turn, then the operation run for real).

A merge of sources moves every note of the others to the kept one (persona items citing
those notes keep citing them: links point at notes, which stay); a merge of respondents
moves every source of the others, and the kept one takes the attributes it lacks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from transaction_probe import begins, commits, file_state, statements, writes_failing_at

from workshop.errors import WorkshopWriteFailed
from workshop.store import Change, WorkshopFile, create_workshop


@dataclass
class Research:
    wf: WorkshopFile
    ana: str
    p4: str
    ana_talk: str
    p4_answers: str
    p4_again: str
    notes: dict[str, str]
    link: str


@pytest.fixture
def research(tmp_path: Path) -> Iterator[Research]:
    wf = create_workshop(tmp_path / "research.pwshop", "Budgeting app")
    talks = wf.add_study("Interviews, March", "interview_round").created[0]
    poll = wf.add_study("Churn survey", "survey").created[0]
    ana = wf.add_respondent("Ana", {"region": "North"}).created[0]
    p4 = wf.add_respondent("P4", {"region": "South", "age band": "25-34"}).created[0]
    ana_talk = wf.add_source("Ana", "interview", study_id=talks, respondent_id=ana).created[0]
    p4_answers = wf.add_source("P4", "survey", study_id=poll, respondent_id=p4).created[0]
    # The same answers entered again by hand, with no study or respondent.
    p4_again = wf.add_source("P4 typed in", "survey").created[0]
    made = wf.add_notes(
        [
            {"text": "Invoices late", "source_id": ana_talk},
            {"text": "Late fees", "source_id": p4_answers},
            {"text": "No time", "source_id": p4_answers},
            {"text": "Bank sync breaks", "source_id": p4_again},
        ]
    ).created
    notes = dict(zip(("invoices", "fees", "time", "sync"), made, strict=True))
    persona = wf.add_persona("Time-poor planner").created[0]
    item = wf.add_item(persona, "pain_point", "Fees for paying late").created[0]
    link = wf.link_evidence(item, [notes["fees"]]).created[0]
    yield Research(wf, ana, p4, ana_talk, p4_answers, p4_again, notes, link)
    assert wf.integrity_ok()
    wf.close()


OPERATIONS: dict[str, Callable[[Research], Change]] = {
    # The hand-typed copy is kept: it takes the study and respondent of the one folded in.
    "merge_sources": lambda r: r.wf.merge_sources(r.p4_again, [r.p4_answers]),
    "merge_sources into one with a study": lambda r: r.wf.merge_sources(
        r.ana_talk, [r.p4_answers, r.p4_again]
    ),
    "merge_respondents": lambda r: r.wf.merge_respondents(r.ana, [r.p4]),
    "update_respondent": lambda r: r.wf.update_respondent(
        r.ana, label="Ana B.", attributes={"region": "East", "role": "Bookkeeper"}
    ),
}


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_one_transaction_one_change_and_undo_gives_the_file_back(
    research: Research, name: str
) -> None:
    told: list[Change] = []
    research.wf.subscribe(told.append)
    before = file_state(research.wf)
    with statements(research.wf) as seen:
        change = OPERATIONS[name](research)
    assert (begins(seen), commits(seen)) == (1, 1)
    assert told == [change] and not change.is_empty
    after = file_state(research.wf)
    research.wf.revert(change)
    assert file_state(research.wf) == before
    research.wf.reapply(change)
    assert file_state(research.wf) == after


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_a_write_failing_anywhere_leaves_the_file_as_it_was(
    research: Research, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[Change] = []
    research.wf.subscribe(told.append)
    before = file_state(research.wf)
    with writes_failing_at(monkeypatch, None) as writes:
        made = OPERATIONS[name](research)
    total = len(writes)
    research.wf.revert(made)
    assert file_state(research.wf) == before
    told.clear()
    for failing in range(1, total + 1):
        with writes_failing_at(monkeypatch, failing), pytest.raises(WorkshopWriteFailed):
            OPERATIONS[name](research)
        assert file_state(research.wf) == before, f"write {failing} of {total} failed"
        assert told == []
    OPERATIONS[name](research)
    assert len(told) == 1


def test_merging_sources_moves_the_notes_and_keeps_what_cites_them(research: Research) -> None:
    wf = research.wf
    wf.merge_sources(research.p4_again, [research.p4_answers])
    snapshot = wf.snapshot()
    kept = snapshot.source_by_id()[research.p4_again]
    assert research.p4_answers not in snapshot.source_by_id()
    assert (kept.respondent_id, kept.study_id is not None) == (research.p4, True)
    by_note = {n.id: n.source_id for n in snapshot.notes}
    assert [by_note[research.notes[k]] for k in ("fees", "time", "sync")] == [kept.id] * 3
    assert by_note[research.notes["invoices"]] == research.ana_talk
    (link,) = snapshot.links
    assert (link.id, link.note_id) == (research.link, research.notes["fees"])


def test_merging_respondents_moves_their_sources_and_fills_missing_attributes(
    research: Research,
) -> None:
    wf = research.wf
    wf.merge_respondents(research.ana, [research.p4])
    snapshot = wf.snapshot()
    assert [r.label for r in snapshot.respondents] == ["Ana"]
    assert snapshot.respondents[0].attributes == {"region": "North", "age band": "25-34"}
    speaks_for = {s.id: s.respondent_id for s in snapshot.sources}
    assert speaks_for[research.p4_answers] == research.ana
    assert speaks_for[research.p4_again] is None  # it spoke for no one; it still does
