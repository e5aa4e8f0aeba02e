"""Evidence cards: sticky-note sizes, several per sheet, cut marks, long notes continue."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest
from export_samples import all_text, page_sizes, pdf, squash, type_sizes, workshop_snapshot
from pypdf.generic import ContentStream

from workshop.errors import ExportFailed
from workshop.export import CARD_SIZES, export_cards, paper, select_notes
from workshop.export.cards import CARD_LABEL_PT, CARD_TEXT_MIN

MM = 72 / 25.4


def cards(snapshot: object, **options: object) -> tuple[object, object, bytes]:
    out = io.BytesIO()
    report = export_cards(snapshot, out, **options)  # type: ignore[arg-type]
    return pdf(out.getvalue()), report, out.getvalue()


@pytest.mark.parametrize(
    ("card_size", "sheet", "per_sheet"),
    [
        ("76x76", "A4", 6),
        ("76x127", "A4", 4),
        ("76x76", "Letter", 6),
        ("127x76", "A3", 8),
        ("76x76", "A3", 12),
    ],
)
def test_cards_fit_the_sheet_several_per_sheet(card_size: str, sheet: str, per_sheet: int) -> None:
    snapshot = workshop_snapshot(1)
    reader, report, _ = cards(snapshot, card_size=card_size, sheet=sheet)
    slots = report.slots  # type: ignore[attr-defined]
    assert len(slots) == len(snapshot.notes)
    assert report.pages == len(reader.pages) == -(-len(slots) // per_sheet)  # type: ignore[attr-defined]
    width, height = CARD_SIZES[card_size]
    sheet_sizes = page_sizes(reader)  # type: ignore[arg-type]
    for slot in slots:
        sheet_w, sheet_h = sheet_sizes[slot.page - 1]
        assert sorted((sheet_w, sheet_h)) == pytest.approx(sorted(paper(sheet).size), abs=0.5)
        assert (slot.width, slot.height) == pytest.approx((width, height))
        assert slot.x >= 5 * MM and slot.y >= 5 * MM
        assert slot.x + slot.width <= sheet_w - 5 * MM and slot.y + slot.height <= sheet_h - 5 * MM
    for page in {s.page for s in slots}:
        placed = [s for s in slots if s.page == page]
        for a in placed:
            for b in placed:
                if a is not b:
                    apart = (
                        a.x + a.width <= b.x
                        or b.x + b.width <= a.x
                        or a.y + a.height <= b.y
                        or b.y + b.height <= a.y
                    )
                    assert apart, "cards never overlap"


def test_every_card_is_drawn_at_its_place_inside_the_sheet() -> None:
    snapshot = workshop_snapshot(1)
    reader, report, _ = cards(snapshot)
    card_w, card_h = CARD_SIZES["76x76"]
    for index, page in enumerate(reader.pages):  # type: ignore[attr-defined]
        operations = ContentStream(page.get_contents(), reader).operations
        rects = [
            tuple(float(v) for v in operands)
            for operands, name in operations
            if name == b"re"
            and abs(float(operands[2]) - card_w) < 0.01
            and abs(float(operands[3]) - card_h) < 0.01
        ]
        expected = [(s.x, s.y, s.width, s.height) for s in report.slots if s.page == index + 1]  # type: ignore[attr-defined]
        assert len(rects) == len(expected)
        for rect, slot in zip(rects, expected, strict=True):
            assert rect == pytest.approx(slot, abs=0.01)
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        lines = [
            [float(v) for v in operands] for operands, name in operations if name in (b"m", b"l")
        ]
        assert len(lines) >= 16 * len(expected), "two cut marks per corner"
        assert all(0 <= x <= width and 0 <= y <= height for x, y in lines)


def test_note_text_is_large_and_the_source_label_small() -> None:
    snapshot = workshop_snapshot(1)
    reader, report, _ = cards(snapshot, note_ids=["n0", "n7"])
    text = squash(all_text(reader))
    assert squash("Note 0: the weekly review takes too long") in text
    assert squash("Interview 0 · Interview · 2024-03-01") in text
    assert squash("Cluster: Time pressure") in text
    assert squash("No source (an assumption)") in text
    sizes: dict[str, float] = {}
    for page in reader.pages:  # type: ignore[attr-defined]
        page.extract_text(
            visitor_text=lambda t, cm, tm, f, s: (
                sizes.setdefault(t.strip()[:4], s * cm[0]) if t.strip() else None
            )
        )
    assert sizes["Note"] > 2 * CARD_TEXT_MIN
    assert sizes["Inte"] == pytest.approx(CARD_LABEL_PT)
    assert report.min_type_size == CARD_LABEL_PT  # type: ignore[attr-defined]


def test_a_long_note_continues_on_more_cards_and_the_report_says_so() -> None:
    snapshot = workshop_snapshot(1)
    long_text = " ".join(f"word{i}" for i in range(700))
    snapshot = replace(
        snapshot, notes=[snapshot.notes[0]._replace(text=long_text), *snapshot.notes[1:3]]
    )
    reader, report, _ = cards(snapshot)
    (note,) = report.did_not_fit  # type: ignore[attr-defined]
    assert "too long for one card" in note and "continues over" in note
    text = all_text(reader)
    assert "continued 2/" in text
    labels = (
        r"Interview 0 · Interview · 2024-03-01\nCluster: Time pressure\n"
        r"(1/\d+, continues|continued \d+/\d+)"
    )
    assert squash(long_text) in squash(re.sub(labels, "", text))
    assert len(report.slots) > 3  # type: ignore[attr-defined]


def test_notes_are_chosen_by_cluster_source_or_unclustered() -> None:
    snapshot = workshop_snapshot(1)
    assert select_notes(snapshot) == [n.id for n in snapshot.notes]
    assert select_notes(snapshot, cluster="TIME PRESSURE") == ["n0", "n3", "n6", "n9"]
    assert select_notes(snapshot, source="Survey 2") == ["n2"]
    assert "n0" not in select_notes(snapshot, unclustered=True)
    with pytest.raises(ExportFailed, match="no cluster called 'Nope'"):
        select_notes(snapshot, cluster="Nope")
    with pytest.raises(ExportFailed, match="No notes to print"):
        cards(snapshot, note_ids=[])
    with pytest.raises(ExportFailed, match="Unknown card size"):
        cards(snapshot, card_size="10x10")


def test_text_is_set_as_large_as_fits_without_breaking_a_word() -> None:
    snapshot = workshop_snapshot(1)
    notes = [snapshot.notes[0]._replace(text="Spreadsheets make me feel stupid")]
    reader, _report, _ = cards(replace(snapshot, notes=notes))
    text = all_text(reader)
    assert "Spreadsheets" in text.split()
    sizes = [size for size, _ in type_sizes(reader)]  # type: ignore[arg-type]
    assert min(sizes) == pytest.approx(CARD_LABEL_PT)
    assert max(sizes) > 2 * CARD_TEXT_MIN


def test_a_card_shows_the_question_its_note_answers() -> None:
    snapshot = workshop_snapshot(1)
    asked = "Why did you cancel?"
    snapshot.notes = [n._replace(question=asked) if n.id == "n0" else n for n in snapshot.notes]
    reader, _report, _ = cards(snapshot, note_ids=["n0", "n7"])
    text = squash(all_text(reader))
    assert squash("Note 0: the weekly review takes too long") in text
    assert squash(f"Question: {asked}") in text
    assert text.count(squash("Question:")) == 1  # the other note answers none
