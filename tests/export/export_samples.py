"""Workshop snapshots to print, built directly (no store), and PDF reading helpers."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop.domain.model import (
    Cluster,
    EvidenceLink,
    MetricKind,
    Note,
    Persona,
    PersonaItem,
    PersonaTemplate,
    Section,
    Source,
    SourceKind,
    Workshop,
    WorkshopSnapshot,
)

KINDS = (
    SourceKind.INTERVIEW,
    SourceKind.INTERVIEW,
    SourceKind.SURVEY,
    SourceKind.SUPPORT_TICKET,
    SourceKind.ANALYTICS,
)

SECTIONS = (
    Section.GOAL,
    Section.MOTIVATION,
    Section.PAIN_POINT,
    Section.CONSTRAINT,
    Section.CONTEXT_OF_USE,
    Section.TRIGGER,
    Section.DECISION_CRITERION,
    Section.OBJECTION,
    Section.JOB_TO_BE_DONE,
    Section.SUCCESS_METRIC,
    Section.METRIC_LINK,
)

#: One sentence per covered script, as a facilitator might type it.
SCRIPTS: dict[str, str] = {
    "latin": "Zoë wants a café-style weekly review, naïve but quick",
    "greek": "Η Μαρία θέλει απλή εβδομαδιαία ρουτίνα",
    "cyrillic": "Мария хочет простую еженедельную рутину",
    "hebrew": "מריה רוצה שגרה שבועית פשוטה וקלה",
    "arabic": "مريم تريد روتينا أسبوعيا بسيطا",
    "chinese": "玛丽亚想要一个简单的每周例行程序",
    "japanese": "マリアは簡単な週間ルーティンが欲しい",
    "korean": "마리아는 간단한 주간 루틴을 원합니다",
    "devanagari": "मारिया को एक सरल साप्ताहिक दिनचर्या चाहिए क्षत्रिय किताब",
    "thai": "มาเรียต้องการกิจวัตรประจำสัปดาห์ที่เรียบง่าย",
    "emoji": "Happy 😀 party 🎉 thumbs 👍 coffee ☕",
}

HOSTILE = (
    "<b>bold</b>",
    "<font size=500>huge</font>",
    "AT&T",
    "<img src=/etc/passwd>",
    "&amp; &lt; &#60; <br/> <para>",
)


def workshop_snapshot(
    personas: int = 1,
    *,
    items_per_section: int = 2,
    item_text: str = "finish the weekly review in under ten minutes",
    proto: bool = False,
) -> WorkshopSnapshot:
    """A workshop with sourced notes, a cluster, and personas with items in every section."""
    sources = [
        Source(id=f"s{i}", kind=kind, label=f"{kind.label} {i}", date=date(2024, 3, i + 1))
        for i, kind in enumerate(KINDS)
    ]
    notes = [
        Note(
            id=f"n{i}",
            text=f"Note {i}: the weekly review takes too long",
            source_id=f"s{i % len(sources)}" if i != 7 else None,
            cluster_id="c1" if i % 3 == 0 else None,
            created_at=f"2024-03-{i + 1:02d}",
        )
        for i in range(12)
    ]
    cluster = Cluster(id="c1", title="Time pressure")
    people: list[Persona] = []
    items: list[PersonaItem] = []
    links: list[EvidenceLink] = []
    for p in range(personas):
        pid = f"p{p}"
        people.append(
            Persona(
                id=pid,
                name=f"Planner {p}",
                archetype="Time-poor working parent",
                quote="I just want to know where the money went.",
                role_context="Works full time, two kids.\nPlans money on Sunday evenings.",
                template=PersonaTemplate.PROTO if proto else PersonaTemplate.USER,
                last_reviewed=date(2024, 4, 2),
                owner="Dana",
                segment_name="Young families",
                segment_size="1.2M households",
                segment_size_source="statistics office",
                position=p,
            )
        )
        count = 0
        for section in SECTIONS:
            for j in range(items_per_section):
                item_id = f"{pid}-{section.value}-{j}"
                metric = section is Section.SUCCESS_METRIC
                items.append(
                    PersonaItem(
                        id=item_id,
                        persona_id=pid,
                        section=section,
                        text=f"{section.label} {p}.{j}: {item_text}",
                        position=j,
                        metric_kind=MetricKind.ACTIVATION if metric else None,
                        metric_baseline="25 min" if metric else "",
                        metric_target="10 min" if metric else "",
                    )
                )
                count += 1
                if j == 0:
                    links.append(
                        EvidenceLink(id=f"l-{item_id}", item_id=item_id, note_id=f"n{count % 12}")
                    )
                    links.append(EvidenceLink(id=f"k-{item_id}", item_id=item_id, cluster_id="c1"))
    return WorkshopSnapshot(
        workshop=Workshop(id="w1", title="Budget app discovery", goal="Simplify onboarding"),
        sources=sources,
        notes=notes,
        clusters=[cluster],
        personas=people,
        items=items,
        links=links,
    )


def with_item_texts(snapshot: WorkshopSnapshot, texts: list[str]) -> WorkshopSnapshot:
    """The snapshot with its first items' texts replaced by ``texts``."""
    items = list(snapshot.items)
    for index, text in enumerate(texts):
        items[index] = replace(items[index], text=text)
    return replace(snapshot, items=items)


def pdf(source: Path | bytes) -> PdfReader:
    return PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)


def squash(text: str) -> str:
    """Text compared without whitespace or list bullets (a right-to-left item's bullet sits
    at its start, which is the right end of the line), Arabic presentation forms folded back,
    without the bidi embedding marks pdftotext puts round right-to-left text."""
    folded = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s\u2022\u202a-\u202e]+", "", folded)


def exact(text: str) -> str:
    """Text compared without whitespace, bullets or bidi marks, but not folded: typed
    Arabic must come back as typed letters, not as presentation forms."""
    return re.sub(r"[\s\u2022\u202a-\u202e]+", "", text)


def pdftotext(data: bytes) -> str:
    """The PDF's text layer as poppler's pdftotext reads it (what a reader copies)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("this machine has no pdftotext (poppler-utils)")
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def all_text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def page_sizes(reader: PdfReader) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]


def type_sizes(reader: PdfReader) -> list[tuple[float, str]]:
    """(size in points, text) of every piece of text drawn, with all scaling applied."""
    found: list[tuple[float, str]] = []
    for page in reader.pages:

        def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
            if text.strip():
                scale = abs(cm[0] * cm[3] - cm[1] * cm[2]) ** 0.5
                text_scale = abs(tm[0] * tm[3] - tm[1] * tm[2]) ** 0.5
                found.append((size * scale * text_scale, text))

        page.extract_text(visitor_text=visit)
    return found
