"""Long-text benchmark: one note at the cap (NOTE_TEXT_MAX, 20,000 characters) on cards and
in the deck, a persona item that long on a poster, and a 1,000,000-character note (from a
file made before the cap), against bare ReportLab.

The floor is plain ReportLab laying out the same text at the cards' smallest size (11 pt)
in frames the size of a card's text area (one ``Paragraph``, split frame by frame as
``SimpleDocTemplate`` does). Ours adds fitting the text as large as fits, cut marks, the
label and the continuation. A text past the cap is cut before it is laid out, so the
1,000,000-character note costs about what a note at the cap costs (before the cut: 67 s).

Run: ``python -m tests.benchmarks.bench_long_text`` (or ``python -m tests.benchmarks long``).
"""

from __future__ import annotations

import io
import random
import sys
import time
from pathlib import Path
from xml.sax.saxutils import escape

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate

from tests.benchmarks.bench_export import timed_pair
from tests.export.export_samples import with_item_texts, workshop_snapshot
from workshop.domain.limits import NOTE_TEXT_MAX
from workshop.domain.model import WorkshopSnapshot
from workshop.export import export_cards, export_deck, export_posters
from workshop.export.fonts import font_chain

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


def prose(length: int) -> str:
    pick = random.Random(11).choice
    return " ".join(pick(WORDS) for _ in range(length // 3))[:length]


def with_note(text: str) -> tuple[WorkshopSnapshot, str]:
    snapshot = workshop_snapshot(1)
    note_id = next(link.note_id for link in snapshot.links if link.note_id)
    assert note_id is not None
    snapshot.notes = [n._replace(text=text) if n.id == note_id else n for n in snapshot.notes]
    return snapshot, note_id


def bare_cards(text: str) -> bytes:
    """The floor: the text at 11 pt in card-sized frames, one after another."""
    chain = font_chain("Noto Sans")
    style = ParagraphStyle("floor", fontName=chain.regular, fontSize=11, leading=11 * 1.22)
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=(76 * mm, 76 * mm),
        leftMargin=4.5 * mm,
        rightMargin=4.5 * mm,
        topMargin=4.5 * mm,
        bottomMargin=16 * mm,
    )
    document.build([Paragraph(escape(text), style)])
    return out.getvalue()


def run() -> list[str]:
    lines: list[str] = []
    at_cap = prose(NOTE_TEXT_MAX)
    snapshot, note_id = with_note(at_cap)
    export_cards(snapshot, io.BytesIO(), note_ids=[note_id])  # fonts registered
    ours, floor = timed_pair(
        lambda: export_cards(snapshot, io.BytesIO(), note_ids=[note_id]),
        lambda: bare_cards(at_cap),
        3,
    )
    lines.append(
        f"long text: cards of one 20,000-character note: {ours * 1000:.0f} ms; bare ReportLab, "
        f"same text in card frames: {floor * 1000:.0f} ms; ratio {ours / floor:.2f}x"
    )

    huge, huge_id = with_note("x " + prose(1_000_000))
    start = time.perf_counter()
    report = export_cards(huge, io.BytesIO(), note_ids=[huge_id])
    spent = time.perf_counter() - start
    lines.append(
        f"long text: cards of one 1,000,000-character note (cut at 20,000, said in the "
        f"report: {any('only the first' in line for line in report.did_not_fit)}): "
        f"{spent * 1000:.0f} ms"
    )

    start = time.perf_counter()
    export_deck(snapshot, io.BytesIO())
    lines.append(
        f"long text: deck with a 20,000-character note in the appendix: "
        f"{(time.perf_counter() - start) * 1000:.0f} ms"
    )

    poster = with_item_texts(workshop_snapshot(1), [at_cap])
    start = time.perf_counter()
    export_posters(poster, io.BytesIO(), size="A2")
    lines.append(
        f"long text: A2 poster with a 20,000-character item: "
        f"{(time.perf_counter() - start) * 1000:.0f} ms"
    )
    for line in lines:
        print(line)
    return lines


if __name__ == "__main__":
    run()
