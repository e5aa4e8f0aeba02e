"""Printed artefacts and their reports speak the workshop's language: a German room gets
German card labels, tile labels, captions, notices and errors (English stays as before)."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest
from export_samples import all_text, pdf, squash, workshop_snapshot

from workshop.domain.item_evidence import RESPONDENT, STUDY, EvidenceUnit
from workshop.domain.model import SourceKind
from workshop.errors import ExportFailed
from workshop.export import export_cards, export_posters, paper
from workshop.export.evidence import EvidenceCount
from workshop.export.job import ExportChoices, Kind, make_pdf, suggested_file_name
from workshop.export.labels import strength
from workshop.export.photos import no_assets
from workshop.export.unprintable import PrintProblem, warning
from workshop.i18n import using_language


def long_note_snapshot() -> object:
    snapshot = workshop_snapshot(1)
    long_text = " ".join(f"word{i}" for i in range(700))
    return replace(
        snapshot, notes=[snapshot.notes[0]._replace(text=long_text), *snapshot.notes[1:3]]
    )


def test_cards_continue_in_german() -> None:
    out = io.BytesIO()
    with using_language("de"):
        report = export_cards(long_note_snapshot(), out)  # type: ignore[arg-type]
        lines = report.lines()
    (note,) = report.did_not_fit
    assert note.startswith("Notiz 'word0 word1")
    assert (
        "ist zu lang für eine Karte in 11 pt; sie verteilt sich auf" in note and "Karten." in note
    )
    text = all_text(pdf(out.getvalue()))
    assert "Fortsetzung 2/" in text and ", geht weiter" in text
    assert "continued" not in text and "continues" not in text
    assert re.match(r"\d+ Seiten? geschrieben\.", lines[0])
    assert pdf(out.getvalue()).metadata.title == "Budget app discovery – Belegkarten"


def test_cards_stay_english_without_a_language() -> None:
    out = io.BytesIO()
    report = export_cards(long_note_snapshot(), out)  # type: ignore[arg-type]
    assert "continued 2/" in all_text(pdf(out.getvalue()))
    assert "continues over" in report.did_not_fit[0]
    assert report.lines()[0].endswith("pages written.")


def test_card_errors_in_german() -> None:
    snapshot = workshop_snapshot(1)
    with using_language("de"), pytest.raises(ExportFailed, match="Es gibt keinen Cluster namens"):
        make_pdf(
            snapshot,
            io.BytesIO(),
            ExportChoices(kind=Kind.CARDS, size="A4", cluster="Nowhere", language="de"),
            load_asset=no_assets,
        )
    with using_language("de"), pytest.raises(ExportFailed, match="Unbekanntes Papierformat"):
        paper("B7")


def test_tiled_posters_are_labelled_in_german() -> None:
    out = io.BytesIO()
    snapshot = workshop_snapshot(1, items_per_section=1)
    with using_language("de"):
        export_posters(snapshot, out, size="A2", tile="A4")
    pages = [page.extract_text() for page in pdf(out.getvalue()).pages]
    assert all(re.search(r"Zeile \d+, Spalte \d+\s+·\s+Blatt \d+ von \d+", p) for p in pages)
    assert "Planner 0 – Poster A2 Hochformat" in pages[0]
    later = pages[-1]
    assert "Rand an den Marken abschneiden, über das Nachbarblatt kleben" in later
    assert "kleben" in later and "Row " not in " ".join(pages) and "glue" not in later


def test_a_poster_that_flows_on_says_so_in_german() -> None:
    snapshot = workshop_snapshot(1, items_per_section=5, item_text="a claim " * 12)
    out = io.BytesIO()
    with using_language("de"):
        report = export_posters(snapshot, out, size="A4")
    (note,) = report.did_not_fit
    assert note.startswith(
        "Planner 0: Nicht auf eine Seite A4 Hochformat in der kleinsten Schriftgröße"
    )
    assert "(9 pt) gepasst: " in note and "Verknüpfte Kennzahlen" in note
    assert re.search(r"auf \d+ weiteren Seiten? weiter\.$", note)
    assert squash("Planner 0 (Fortsetzung, Seite 2 von") in squash(all_text(pdf(out.getvalue())))


def test_evidence_strength_and_source_kinds_in_german() -> None:
    with using_language("de"):
        # distinct evidence is counted as the check counts it: respondents, studies
        one = (EvidenceUnit(RESPONDENT, "Priya", ()),)
        assert strength(EvidenceCount(3, 2, (), 0, units=one), 2) == (
            "Dünn · 1 befragte Person",
            "thin",
        )
        three = (
            EvidenceUnit(RESPONDENT, "Priya", ()),
            EvidenceUnit(RESPONDENT, "Tom", ()),
            EvidenceUnit(STUDY, "Analytics", ()),
        )
        assert strength(EvidenceCount(3, 3, (), 0, units=three), 2) == (
            "Stark · 2 befragte Personen, 1 Studie",
            "strong",
        )
        assert strength(EvidenceCount(0, 0, (), 0), 2)[0] == "Keine Belege"
        assert SourceKind.SUPPORT_TICKET.label == "Support-Ticket"
        assert SourceKind.ASSUMPTION.label == "Annahme / Meinung des Teams"
        assert SourceKind.SURVEY.label == "Umfrage"
    # the stored value never changes; English stays the default
    assert SourceKind.SURVEY.value == "survey" and SourceKind.SURVEY.label == "Survey"


def test_what_cannot_print_is_said_in_german() -> None:
    problems = [
        PrintProblem("script", "Ethiopic", "Notiz „x“"),
        PrintProblem("emoji", "emoji", "A"),
    ]
    with using_language("de"):
        said = warning(problems)
    assert said is not None
    assert said.startswith("Ethiopic kann nicht gedruckt werden: Keine mitgelieferte Schriftart")
    assert "Emoji mit Hautton" in said and "in A." in said


def test_the_suggested_file_name_in_german() -> None:
    with using_language("de"):
        name = suggested_file_name("Budget", ExportChoices(kind=Kind.DECK))
    assert name == "Budget – Persona-Deck.pdf"
    assert suggested_file_name("Budget", ExportChoices(kind=Kind.DECK)) == (
        "Budget – persona deck.pdf"
    )


def test_a_linked_metric_prints_its_kind_in_german() -> None:
    out = io.BytesIO()
    with using_language("de"):
        export_posters(workshop_snapshot(1, items_per_section=1), out, size="A2")
    text = squash(all_text(pdf(out.getvalue())))
    assert squash("Aktivierung · Ausgangswert 25 min · Zielwert 10 min") in text
    assert "Activation" not in text
