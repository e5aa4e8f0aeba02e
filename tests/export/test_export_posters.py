"""Persona posters: paper sizes, every item printed, type never below the floor, fitting."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from export_samples import all_text, page_sizes, pdf, squash, type_sizes, workshop_snapshot

from workshop.domain.model import WorkshopSnapshot
from workshop.errors import ExportFailed
from workshop.export import MIN_TYPE_SIZES, PAPER_SIZES, THEMES, export_posters, paper

MM = 72 / 25.4

#: Paper sizes in millimetres (portrait), as printers know them.
EXPECTED_MM = {
    "A4": (210, 297),
    "A3": (297, 420),
    "A2": (420, 594),
    "A1": (594, 841),
    "A0": (841, 1189),
    "Letter": (215.9, 279.4),
    "Legal": (215.9, 355.6),
    "Tabloid": (279.4, 431.8),
    "Ledger": (279.4, 431.8),
}


def render(snapshot: WorkshopSnapshot, **options: object) -> tuple[bytes, object]:
    out = io.BytesIO()
    report = export_posters(snapshot, out, **options)  # type: ignore[arg-type]
    return out.getvalue(), report


@pytest.mark.parametrize("landscape", [False, True], ids=["portrait", "landscape"])
@pytest.mark.parametrize("size", PAPER_SIZES)
def test_every_paper_size_gives_pages_of_that_size_with_type_at_or_above_its_floor(
    size: str, landscape: bool
) -> None:
    snapshot = workshop_snapshot(2, items_per_section=1)
    data, report = render(snapshot, size=size, landscape=landscape)
    reader = pdf(data)
    short, long = (v * MM for v in EXPECTED_MM[size])
    expected = (long, short) if landscape or size == "Ledger" else (short, long)
    assert report.pages == len(reader.pages) >= 2  # type: ignore[attr-defined]
    for width, height in page_sizes(reader):
        assert width == pytest.approx(expected[0], abs=0.5)
        assert height == pytest.approx(expected[1], abs=0.5)
    smallest = min(s for s, _ in type_sizes(reader))
    assert smallest >= MIN_TYPE_SIZES[size] - 0.01
    assert report.min_type_size == MIN_TYPE_SIZES[size]  # type: ignore[attr-defined]


def test_every_item_and_the_persona_frame_are_printed(snapshot: WorkshopSnapshot) -> None:
    data, _report = render(snapshot, size="A3")
    text = squash(all_text(pdf(data)))
    persona = snapshot.personas[0]
    for value in (
        persona.name,
        persona.archetype,
        persona.quote,
        "Plans money on Sunday evenings.",
    ):
        assert squash(value) in text
    for item in snapshot.items:
        assert squash(item.text) in text, item.text
    assert squash("Activation · baseline 25 min · target 10 min") in text
    # Evidence compactly: the badge's count of distinct sources after the item (0: none).
    assert squash(f"{snapshot.items[0].text}4") in text
    unlinked = snapshot.items[1]  # the second item of a section has no evidence linked
    assert squash(f"{unlinked.text}0") in text
    footer = (
        "Evidence: 8 notes from 4 sources "
        "(2 interviews, 1 support ticket, 1 analytics source; 1 without a source)"
    )
    assert squash(footer) in text
    for part in ("Budget app discovery", "Status: Draft", "Last reviewed: 2024-04-02"):
        assert squash(part) in text


def test_a_sparse_persona_is_printed_larger_than_the_floor() -> None:
    snapshot = workshop_snapshot(1, items_per_section=0)
    data, report = render(snapshot, size="A2")
    assert report.pages == 1  # type: ignore[attr-defined]
    assert not report.did_not_fit  # type: ignore[attr-defined]
    smallest = min(s for s, _ in type_sizes(pdf(data)))
    assert smallest >= MIN_TYPE_SIZES["A2"] * 1.5


def test_too_much_text_flows_onto_a_continuation_page_and_the_report_names_it() -> None:
    snapshot = workshop_snapshot(1, items_per_section=5, item_text="a claim " * 12)
    data, report = render(snapshot, size="A4")
    reader = pdf(data)
    assert report.pages == len(reader.pages) > 1  # type: ignore[attr-defined]
    (note,) = report.did_not_fit  # type: ignore[attr-defined]
    assert note.startswith("Planner 0: ")
    assert "Linked metrics" in note and "9 pt" in note and "continues on" in note
    text = squash(all_text(reader))
    for item in snapshot.items:
        assert squash(item.text) in text
    assert squash("Planner 0 (continued, page 2 of") in text
    assert min(s for s, _ in type_sizes(reader)) >= 9 - 0.01


def test_one_page_per_persona_in_the_order_asked(snapshot: WorkshopSnapshot) -> None:
    snapshot = workshop_snapshot(3, items_per_section=1)
    data, _report = render(snapshot, size="A3", persona_ids=["p2", "p0"])
    reader = pdf(data)
    assert len(reader.pages) == 2
    assert "Planner 2" in reader.pages[0].extract_text()
    assert "Planner 0" in reader.pages[1].extract_text()


@pytest.mark.parametrize("theme", THEMES)
def test_a_proto_persona_carries_the_assumption_based_mark_in_every_theme(theme: str) -> None:
    data, _ = render(workshop_snapshot(1, items_per_section=1, proto=True), size="A4", theme=theme)
    text = all_text(pdf(data))
    assert "ASSUMPTION-BASED: proto-persona" in text
    assert "Status: Proto-persona (assumption-based)" in text


def test_a_persona_failing_the_evidence_check_is_marked_and_others_are_not() -> None:
    snapshot = workshop_snapshot(2, items_per_section=1)
    data, _ = render(snapshot, size="A4", flagged_persona_ids={"p1"})
    first, second = (page.extract_text() for page in pdf(data).pages)
    assert "ASSUMPTION-BASED" not in first
    assert "ASSUMPTION-BASED" not in second  # a research persona: a draft, not assumptions
    assert "Draft: not yet validated \u2014 1 open finding" in second


def test_user_choices_that_make_no_sense_fail_with_a_plain_message(
    snapshot: WorkshopSnapshot, tmp_path: object
) -> None:
    with pytest.raises(ExportFailed, match="Unknown paper size 'B5'"):
        render(snapshot, size="B5")
    with pytest.raises(ExportFailed, match="Unknown theme 'neon'"):
        render(snapshot, theme="neon")
    with pytest.raises(ExportFailed, match="no personas"):
        render(replace(snapshot, personas=[], items=[]))
    with pytest.raises(ExportFailed, match="no longer in the workshop"):
        render(snapshot, persona_ids=["gone"])


def test_a_pdf_written_to_a_path_replaces_the_file_whole(
    snapshot: WorkshopSnapshot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "poster.pdf"
    target.write_bytes(b"old")
    report = export_posters(snapshot, target, size="A4")
    assert report.path == target
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["poster.pdf"]
    with pytest.raises(ExportFailed, match="does not exist"):
        export_posters(snapshot, tmp_path / "missing" / "poster.pdf", size="A4")
    with pytest.raises(ExportFailed, match="is a folder"):
        export_posters(snapshot, tmp_path, size="A4")


def test_paper_names_are_forgiving_and_ledger_is_tabloid_sideways() -> None:
    assert paper("a4").name == "A4"
    assert paper("US Letter").size == (612, 792)
    assert paper("ledger").size == (1224, 792)
    assert paper("Tabloid", landscape=True).size == (1224, 792)


def test_the_report_reads_as_sentences_for_the_dialog_and_the_command_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    snapshot = workshop_snapshot(1, items_per_section=5, item_text="a claim " * 12)
    report = export_posters(snapshot, tmp_path / "p.pdf", size="A4")
    first, *rest = report.lines()
    assert first == f"{report.pages} pages written to {tmp_path / 'p.pdf'}."
    assert rest == [f"Did not fit: {entry}" for entry in report.did_not_fit]
    assert not report.everything_fitted
