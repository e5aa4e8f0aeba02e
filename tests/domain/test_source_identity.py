"""When two sources are one (``domain.source_identity``), and everything that counts sources
agrees: the check, the stage checklist and the posters' evidence counts."""

from __future__ import annotations

from datetime import date

from domain_builders import TODAY, Builder

from workshop.domain.model import Source, SourceKind, Stage
from workshop.domain.placeholders import is_placeholder
from workshop.domain.source_identity import same_sources
from workshop.domain.stages import checklist
from workshop.domain.text_folding import fold
from workshop.export.evidence import Evidence

DAY = date(2025, 5, 1)


def interview(sid: str, label: str = "Interview P1", **fields: object) -> Source:
    return Source(id=sid, kind=SourceKind.INTERVIEW, label=label, **fields)  # type: ignore[arg-type]


def test_what_looks_the_same_folds_the_same() -> None:
    same = [
        "Interview P1",
        "interview p1.",
        "Interview\u200b P1",
        "Int\u0435rview P1",
        " INTERVIEW  P1 ",
    ]
    assert {fold(s) for s in same} == {"interview p1"}
    assert fold("Zo\u00eb \u2013 call") == fold("Zoe\u0308 - call")
    assert fold("Interview P1") != fold("Interview P2")


def test_a_missing_value_is_not_a_difference_but_two_values_are() -> None:
    sources = [
        interview("a", date=DAY, reference="rec-1.m4a", respondent_id="r1"),
        interview("b", date=DAY),  # no reference: the same as a
        interview("c"),  # nothing but kind and label: the same as a
        interview("d", date=date(2025, 5, 8)),  # another day: another interview
        interview("e", date=DAY, reference="rec-2.m4a"),  # another recording
        interview("f", date=DAY, reference="rec-1.m4a", respondent_id="r2"),  # another person
        Source(id="g", kind=SourceKind.SURVEY, label="Interview P1", date=DAY),  # another kind
    ]
    same = same_sources(sources)
    groups = {frozenset(i for i in same if same[i].id == same[j].id) for j in same}
    assert groups == {
        frozenset("abc"),
        frozenset("d"),
        frozenset("e"),
        frozenset("f"),
        frozenset("g"),
    }
    assert (same["c"].date, same["c"].reference, same["c"].respondent_id) == (
        DAY,
        "rec-1.m4a",
        "r1",
    )


def test_a_copy_with_a_respondent_gives_it_to_the_copy_without() -> None:
    same = same_sources([interview("a", date=DAY), interview("b", respondent_id="r1")])
    assert same["a"].id == same["b"].id and same["a"].respondent_id == "r1"
    assert same["a"].evidence_key() == ("respondent", "r1")


def test_the_checklist_and_the_posters_count_a_copy_once() -> None:
    b = Builder()
    first = b.source(label="Interview P1", when=DAY)
    copy = b.source(label="Interview P1.", when=None)
    notes = [b.note(source=first), b.note(source=copy)]
    [line, *_] = checklist(b.snapshot, TODAY, Stage.EVIDENCE)
    assert line.text == "2 notes from 1 source (1 kind of source)"
    assert Evidence(b.snapshot).count(notes).sources == 1


def test_placeholders() -> None:
    said_nothing = ["", "  ", ".", "?", "-", "—", "...", "n/a", "N/A", "TBD", "todo"]
    said_nothing += ["To do", "none", "xxx", "k.A.", "offen", "à définir", "A definir", "pendiente"]
    for text in said_nothing:
        assert is_placeholder(text), text
    for text in ("38%", "0", "recording.m4a", "Q3 churn export", "none of the above were asked"):
        assert not is_placeholder(text), text
