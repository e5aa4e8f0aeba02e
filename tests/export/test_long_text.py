"""Exports bound their work on one huge text: a text longer than a note may be (from a
workshop made before the cap, or a persona item pasted from a transcript) is cut, the
PDF is made, and the report names what was cut. A note at the cap prints whole."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from export_samples import all_text, pdf, squash, with_item_texts, workshop_snapshot

from workshop.cli import main
from workshop.domain.limits import NOTE_TEXT_MAX
from workshop.domain.model import WorkshopSnapshot
from workshop.export import export_cards, export_deck, export_posters
from workshop.export.cards import MOST_CARDS_PER_NOTE
from workshop.export.text import CUT_MARK, PRINT_TEXT_MAX, bounded
from workshop.store import create_workshop

WORDS = [
    "we",
    "budget",
    "on",
    "sunday",
    "evenings",
    "but",
    "the",
    "spreadsheet",
    "always",
    "wins",
    "and",
    "we",
    "give",
    "up",
]


def prose(length: int, seed: int = 7) -> str:
    pick = random.Random(seed).choice
    text = " ".join(pick(WORDS) for _ in range(length // 3))
    return text[:length]


HUGE = "Opening words of a transcript. " + prose(1_000_000)


def said_cut(lines: list[str]) -> list[str]:
    """What the report says about the huge note being cut (the note named by its start)."""
    start = "Note “Opening words of a transcript. "
    return [line.split("” ", 1)[1] for line in lines if line.startswith(start) and "”" in line]


def with_note_text(snapshot: WorkshopSnapshot, text: str) -> tuple[WorkshopSnapshot, str]:
    """The snapshot with the text of the first note behind its first item replaced."""
    note_id = next(link.note_id for link in snapshot.links if link.note_id)
    assert note_id is not None
    snapshot.notes = [n._replace(text=text) if n.id == note_id else n for n in snapshot.notes]
    return snapshot, note_id


def test_bounded_cuts_at_a_space_and_marks_the_cut() -> None:
    text, cut = bounded(HUGE)

    assert cut
    assert len(text) <= PRINT_TEXT_MAX
    assert text.endswith(CUT_MARK)
    assert HUGE.startswith(text.removesuffix(CUT_MARK))
    assert HUGE[len(text.removesuffix(CUT_MARK))] == " "  # not in the middle of a word
    assert bounded("short") == ("short", False)
    assert bounded("x" * PRINT_TEXT_MAX) == ("x" * PRINT_TEXT_MAX, False)
    one_word, cut = bounded("x" * (PRINT_TEXT_MAX + 1))
    assert cut and len(one_word) == PRINT_TEXT_MAX


def test_cards_cut_a_huge_note_and_say_so(tmp_path: Path) -> None:
    snapshot, note_id = with_note_text(workshop_snapshot(1), HUGE)

    report = export_cards(snapshot, tmp_path / "cards.pdf", note_ids=[note_id])

    assert report.path is not None and report.path.exists()
    assert said_cut(report.did_not_fit) == [
        "is 1,000,031 characters long; only the first 20,000 are printed."
    ]
    assert 1 < len(report.slots) <= MOST_CARDS_PER_NOTE
    text = squash(all_text(pdf(report.path)))
    assert squash("Opening words of a transcript.") in text
    assert squash(CUT_MARK) in text


def test_a_note_at_the_cap_prints_whole_on_cards(tmp_path: Path) -> None:
    at_cap = prose(NOTE_TEXT_MAX, seed=3)
    snapshot, note_id = with_note_text(workshop_snapshot(1), at_cap)

    report = export_cards(snapshot, tmp_path / "cards.pdf", note_ids=[note_id])

    assert not any("are printed" in line for line in report.did_not_fit), report.did_not_fit
    assert not any("not printed" in line for line in report.did_not_fit), report.did_not_fit
    assert any("continues over" in line for line in report.did_not_fit)
    assert report.path is not None
    assert squash(at_cap[-60:]) in squash(all_text(pdf(report.path)))


def test_a_poster_cuts_a_huge_item_and_names_it(tmp_path: Path) -> None:
    snapshot = with_item_texts(workshop_snapshot(1), ["Finish the review. " + prose(300_000)])
    persona = snapshot.personas[0].name

    report = export_posters(snapshot, tmp_path / "poster.pdf")

    assert report.path is not None and report.path.exists() and report.pages >= 1
    cut = [line for line in report.did_not_fit if "only the first 20,000" in line]
    assert len(cut) == 1, report.did_not_fit
    assert cut[0].startswith(f"{persona}: the Goals item “Finish the review.")
    assert "is 300,019 characters long" in cut[0]


def test_a_poster_cuts_a_huge_quote_and_role(tmp_path: Path) -> None:
    snapshot = workshop_snapshot(1)
    persona = snapshot.personas[0]
    snapshot.personas = [
        replace(persona, quote=prose(50_000, seed=1), role_context=prose(40_000, seed=2))
    ]

    report = export_posters(snapshot, tmp_path / "poster.pdf")

    assert report.path is not None and report.path.exists()
    said = " ".join(report.did_not_fit)
    assert f"{persona.name}: the quote is 50,000 characters long" in said
    assert f"{persona.name}: the role and context is 40,000 characters long" in said


def test_the_deck_cuts_a_huge_note_in_the_appendix(tmp_path: Path) -> None:
    snapshot, _ = with_note_text(workshop_snapshot(1), HUGE)

    report = export_deck(snapshot, tmp_path / "deck.pdf")

    assert report.path is not None and report.path.exists()
    assert said_cut(report.did_not_fit) == [
        "is 1,000,031 characters long; only the first 20,000 are printed."
    ]


def test_the_deck_prints_a_note_at_the_cap_whole(tmp_path: Path) -> None:
    snapshot, _ = with_note_text(workshop_snapshot(1), prose(NOTE_TEXT_MAX, seed=5))

    report = export_deck(snapshot, tmp_path / "deck.pdf")

    assert not any("are printed" in line for line in report.did_not_fit), report.did_not_fit


@pytest.mark.parametrize("verb", ["cards", "poster"])
def test_the_verbs_print_a_workshop_holding_a_note_at_the_cap(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], verb: str
) -> None:
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budgeting") as workshop:
        wf: Any = workshop
        note = wf.add_note(prose(NOTE_TEXT_MAX)).created[0]
        persona = wf.add_persona("Dana").created[0]
        item = wf.add_item(persona, "goal", prose(NOTE_TEXT_MAX, seed=9)).created[0]
        wf.link_evidence(item, note_ids=[note])
    out = tmp_path / f"{verb}.pdf"
    extra = ["--all"] if verb == "poster" else []

    code = main([verb, str(path), *extra, "-o", str(out)])

    err = capsys.readouterr().err
    assert (code, err) == (0, "")
    assert out.exists() and len(pdf(out).pages) >= 1


@pytest.mark.parametrize("verb", ["poster", "deck"])
def test_a_name_of_one_thousand_wide_letters_is_reported_not_a_traceback(
    tmp_path: Path, verb: str
) -> None:
    """A 1,000-character name with no space (import-json accepts it) is split by ReportLab
    into pieces that carry no ``text``; the export reports the piece that cannot be placed
    by its letters and the name by its beginning."""
    snapshot = workshop_snapshot(1)
    snapshot.personas = [replace(snapshot.personas[0], name="W" * 1000)]
    out = tmp_path / f"{verb}.pdf"

    if verb == "poster":
        report = export_posters(snapshot, out, size="A4")
    else:
        report = export_deck(snapshot, out)

    assert report.path is not None and report.path.exists()
    not_printed = [line for line in report.did_not_fit if "not printed" in line]
    assert not_printed, report.did_not_fit
    assert all(len(line) < 300 for line in not_printed), not_printed
    assert any(line.startswith("W" * 60 + "…: 'WWW") for line in not_printed), not_printed
