"""Export benchmark: an A2 poster and a 20-persona deck against bare ReportLab.

The floor is plain ReportLab (``SimpleDocTemplate`` and one ``Paragraph`` per string, in the
same bundled TrueType font) laying out the same text on the same paper, measured in the same
run. Our figure adds what the floor does not do: fallback fonts per run, shrink-to-fit by
bisection, balanced columns, evidence counting, decoration. Target: a poster within 2x.

Run: ``python -m tests.benchmarks.bench_export`` (or ``run()`` from the benchmark runner).
"""

from __future__ import annotations

import gc
import io
import sys
import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import ttfonts
from reportlab.platypus import Paragraph, SimpleDocTemplate
from reportlab.platypus import paragraph as rl_paragraph

from tests.export.export_samples import with_item_texts, workshop_snapshot
from workshop.domain.model import WorkshopSnapshot
from workshop.export import export_deck, export_posters, paper
from workshop.export.evidence import Evidence
from workshop.export.fonts import font_chain


def deck_texts(snapshot: WorkshopSnapshot, *, appendix: bool) -> list[str]:
    """Every string a poster (or the deck) prints, for the floor to lay out."""
    evidence = Evidence(snapshot)
    texts = [snapshot.workshop.title, snapshot.workshop.goal]
    for persona in snapshot.personas:
        texts += [persona.name, persona.archetype, persona.quote, persona.role_context]
        texts.append(f"Segment: {persona.segment_name} · size {persona.segment_size}")
        for item in snapshot.items_of(persona.id):
            texts += [item.section.label, item.text, evidence.of_item(item.id).describe_short()]
        texts.append(f"{snapshot.workshop.title} · {evidence.of_persona(persona).describe()}")
    if appendix:
        for persona in snapshot.personas:
            for item in snapshot.items_of(persona.id):
                texts.append(f"{item.section.label}: {item.text}")
                for note in evidence.notes_of_item(item.id):
                    texts += [note.text, evidence.source_line(note)]
    return [t for t in texts if t]


def bare_reportlab(texts: list[str], size: str, landscape: bool = False) -> bytes:
    """The floor: the same text as plain paragraphs, one font, one frame per page."""
    chain = font_chain("Noto Sans")
    style = ParagraphStyle("floor", fontName=chain.regular, fontSize=16, leading=20)
    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=paper(size, landscape).size)
    document.build([Paragraph(escape(text).replace("\n", "<br/>"), style) for text in texts])
    return out.getvalue()


#: Item texts in scripts HarfBuzz shapes, for the poster with shaping.
SHAPED_TEXTS = (
    "मारिया को हर रविवार एक सरल साप्ताहिक दिनचर्या चाहिए ताकि खर्च साफ़ दिखे",
    "มาเรียต้องการกิจวัตรประจำสัปดาห์ที่เรียบง่าย เพื่อดูว่าเงินไปไหน",
    "مريم تريد روتينا أسبوعيا بسيطا لتعرف أين ذهب المال",
    "מריה רוצה שגרה שבועית פשוטה כדי לדעת לאן הלך הכסף",
)


def bare_shaped_reportlab(texts: list[str], size: str) -> bytes:
    """The floor for shaped text: plain ReportLab paragraphs shaped by ReportLab's own
    HarfBuzz shaping, each in the one bundled font its script needs."""
    chain = font_chain("Noto Sans")
    paragraphs = []
    for text in texts:
        index = next((chain.font_index(c) for c in text if c.isalpha() and chain.font_index(c)), 0)
        style = ParagraphStyle(
            "floor", fontName=chain.name(index or 0, False), fontSize=16, leading=20, shaping=1
        )
        paragraphs.append(Paragraph(escape(text).replace("\n", "<br/>"), style))
    out = io.BytesIO()
    ours = rl_paragraph.shapeFragWord
    rl_paragraph.shapeFragWord = ttfonts.shapeFragWord  # ReportLab's own, not our wrapper
    try:
        SimpleDocTemplate(out, pagesize=paper(size).size).build(paragraphs)
    finally:
        rl_paragraph.shapeFragWord = ours
    return out.getvalue()


def timed_pair(
    ours: Callable[[], object], floor: Callable[[], object], repeats: int
) -> tuple[float, float]:
    """Best seconds of each, run alternately so both meet the same machine load."""
    best_ours = best_floor = float("inf")
    for _ in range(repeats):
        for action, which in ((ours, 0), (floor, 1)):
            gc.collect()
            start = time.perf_counter()
            action()
            spent = time.perf_counter() - start
            if which == 0:
                best_ours = min(best_ours, spent)
            else:
                best_floor = min(best_floor, spent)
    return best_ours, best_floor


def run() -> list[str]:
    lines: list[str] = []
    poster = workshop_snapshot(1, items_per_section=3)
    start = time.perf_counter()
    export_posters(poster, io.BytesIO(), size="A2")
    lines.append(
        f"export: first poster in the process (fonts registered): "
        f"{(time.perf_counter() - start) * 1000:.0f} ms"
    )

    texts = deck_texts(poster, appendix=False)
    ours, floor = timed_pair(
        lambda: export_posters(poster, io.BytesIO(), size="A2"),
        lambda: bare_reportlab(texts, "A2"),
        15,
    )
    lines.append(
        f"export: A2 poster, 33 items: {ours * 1000:.1f} ms; bare ReportLab, same text: "
        f"{floor * 1000:.1f} ms; ratio {ours / floor:.2f}x (target <= 2x)"
    )

    shaped = with_item_texts(poster, list(SHAPED_TEXTS) * 4)
    texts = deck_texts(shaped, appendix=False)
    ours, floor = timed_pair(
        lambda: export_posters(shaped, io.BytesIO(), size="A2"),
        lambda: bare_shaped_reportlab(texts, "A2"),
        15,
    )
    lines.append(
        f"export: A2 poster, 33 items, 12 of them Devanagari/Thai/Arabic/Hebrew (shaped): "
        f"{ours * 1000:.1f} ms; bare ReportLab shaping the same text: {floor * 1000:.1f} ms; "
        f"ratio {ours / floor:.2f}x (target <= 2x)"
    )

    deck = workshop_snapshot(20, items_per_section=3)
    texts = deck_texts(deck, appendix=True)
    ours, floor = timed_pair(
        lambda: export_deck(deck, io.BytesIO()),
        lambda: bare_reportlab(texts, "A4", landscape=True),
        5,
    )
    lines.append(
        f"export: 20-persona deck with cover and appendix: {ours * 1000:.0f} ms; "
        f"bare ReportLab, same text: {floor * 1000:.0f} ms; ratio {ours / floor:.2f}x"
    )
    for line in lines:
        print(line)
    return lines


if __name__ == "__main__":
    run()
