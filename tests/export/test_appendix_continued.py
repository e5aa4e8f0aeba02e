"""The deck's evidence appendix repeats its heading where the notes go on in the next column
or on the next page ("Dana — evidence (continued)"), and the claim too when it is a claim's
notes that go on: a reader never sees a column of notes without whose and which claim.

Found in the French demo deck: the appendix's columns 3, 5 and 7 began with notes (or a
claim) under no heading at all."""

from __future__ import annotations

import io
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from dataclasses import replace

import pytest
from export_samples import workshop_snapshot

from workshop.demo import fresh_demo_copy
from workshop.domain.model import EvidenceLink, Note, WorkshopSnapshot
from workshop.export import export_deck, paper
from workshop.export.deck import _appendix, _pages, appendix_continued
from workshop.export.flow import Placed
from workshop.export.persona_content import ExportContext
from workshop.export.photos import no_assets
from workshop.export.poster import chosen_personas
from workshop.export.sentences import LRM, RLM, first_words, in_sentence, room_sentence
from workshop.export.text import has_rtl
from workshop.export.themes import theme
from workshop.i18n import _, using_language
from workshop.store import open_workshop

#: A persona's name (and the claim whose notes spill over) in each script posters print.
NAMES = {
    "latin": "Zoë",
    "hebrew": "מריה",
    "arabic": "مريم",
    "devanagari": "क्षत्रिय",
    "thai": "มาเรีย",
    "chinese": "玛丽亚",
    "japanese": "マリア",
    "korean": "마리아",
}
NOTE = "the weekly review takes too long when the bank sync breaks again on payday"


def spilling(name: str, claim: str, notes: int = 60) -> WorkshopSnapshot:
    """One persona with one claim and ``notes`` notes behind it: the appendix runs over
    several columns and pages, all of them inside that claim's notes."""
    snapshot = workshop_snapshot(1, items_per_section=1)
    persona = replace(snapshot.personas[0], name=name)
    item = replace(snapshot.items[0], text=claim)
    extra = [
        Note(id=f"x{i}", text=f"Note {i}: {NOTE}", source_id="s0", created_at="2024-03-01")
        for i in range(notes)
    ]
    return replace(
        snapshot,
        personas=[persona],
        items=[item],
        notes=snapshot.notes + extra,
        links=[link for link in snapshot.links if link.item_id == item.id]
        + [EvidenceLink(id=f"lx{i}", item_id=item.id, note_id=f"x{i}") for i in range(notes)],
    )


def appendix_columns(data: bytes, label: str = "Evidence appendix") -> list[list[str]]:
    """The appendix's columns, page after page, left then right, each its lines top down,
    from where poppler finds the words on the page (the footer left out). A word with
    right-to-left letters comes back drawn order; it is turned back to typed order."""
    if shutil.which("pdftotext") is None:
        pytest.skip("this machine has no pdftotext (poppler-utils)")
    done = subprocess.run(
        ["pdftotext", "-bbox-layout", "-enc", "UTF-8", "-", "-"],
        input=data,
        capture_output=True,
        check=True,
    )
    ns = "{http://www.w3.org/1999/xhtml}"
    columns: list[list[str]] = []
    for page in ElementTree.fromstring(done.stdout).iter(f"{ns}page"):
        width, height = float(page.get("width", 0)), float(page.get("height", 0))
        foot = height - 0.07 * min(width, height)
        lines: list[tuple[int, float, str]] = []
        footer = ""
        for line in page.iter(f"{ns}line"):
            words = line.findall(f"{ns}word")
            text = " ".join((w.text or "")[:: -1 if has_rtl(w.text or "") else 1] for w in words)
            if float(line.get("yMin", 0)) > foot:
                footer += text
                continue
            for side in (0, 1):
                mine = [w for w in words if (float(w.get("xMin", 0)) >= width / 2) == bool(side)]
                if mine:
                    text = " ".join(
                        (w.text or "")[:: -1 if has_rtl(w.text or "") else 1] for w in mine
                    )
                    lines.append((side, float(line.get("yMin", 0)), text))
        if f"{label} · page" not in footer:
            continue  # the persona pages
        for side in (0, 1):
            column = [text for s, _, text in sorted(lines, key=lambda t: t[1]) if s == side]
            if column:
                columns.append(column)
    return columns


@pytest.mark.parametrize("script", NAMES)
def test_notes_going_on_in_the_next_column_or_page_repeat_the_heading(script: str) -> None:
    name = NAMES[script]
    out = io.BytesIO()
    export_deck(spilling(name, name), out, cover=False)
    columns = appendix_columns(out.getvalue())
    assert len(columns) >= 4, "the notes must run over columns and pages"
    heading = f"{name} — evidence (continued)"
    claim = f"Goals: {name} (continued)"
    assert columns[0][0] == "Evidence appendix" and heading not in columns[0]
    for column in columns[1:]:
        # Laid out left to right in the room's direction, the name as typed, whatever
        # script it is in; then the claim whose notes go on.
        assert column[:2] == [heading, claim], column[:3]
        assert heading not in column[1:] and claim not in column[2:]
        assert column[2].startswith("– “Note ")


def test_a_long_claim_is_repeated_by_its_first_words() -> None:
    claim = "Wants a weekly review that takes under ten minutes even when the bank sync fails"
    out = io.BytesIO()
    export_deck(spilling("Dana", claim), out, cover=False)
    columns = appendix_columns(out.getvalue())
    assert len(columns) >= 2
    short = "Goals: Wants a weekly review that takes under ten minutes even when… (continued)"
    for column in columns[1:]:
        assert column[0] == "Dana — evidence (continued)"
        assert " ".join(column[1:3]) == short


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> WorkshopSnapshot:
    workshop = open_workshop(fresh_demo_copy(tmp_path_factory.mktemp("demo")))
    try:
        return workshop.snapshot()
    finally:
        workshop.close()


def _columns(placed: list[Placed]) -> list[list[Placed]]:
    xs = sorted({round(p.x, 3) for p in placed})
    return [sorted((p for p in placed if round(p.x, 3) == x), key=lambda p: -p.y) for x in xs]


@pytest.mark.parametrize("language", ["en", "fr", "es", "de"])
@pytest.mark.parametrize("landscape", [True, False], ids=["landscape", "portrait"])
def test_every_column_of_the_demos_appendix_says_whose_notes_it_holds(
    demo: WorkshopSnapshot, language: str, landscape: bool
) -> None:
    """A column starting inside a persona starts with the persona's heading marked as
    continued; inside a claim's notes, with that claim's line marked as continued too. A
    column starting with a persona's own heading repeats nothing, and a repeated heading is
    never anywhere but at the top of a column."""
    with using_language(language):
        ctx = ExportContext(demo, paper("A4", landscape), theme("classic"), no_assets)
        flowables = _appendix(ctx, chosen_personas(demo, None))
        pages, lost = _pages(ctx, flowables, "Evidence appendix", continued=appendix_continued(ctx))
        # What each column repeats, per what it starts inside of (a persona, a claim).
        heading = {
            p.id: _("{name} — evidence (continued)").format(name=p.name) for p in demo.personas
        }
        expected = {f"persona:{p.id}": [heading[p.id]] for p in demo.personas}
        for item in demo.items:
            claim = _("{section}: {claim} (continued)").format(
                section=item.section.label, claim=first_words(item.text)
            )
            expected[f"item:{item.id}"] = [heading[item.persona_id], claim]
    assert not lost
    repeats = {"persona:": 0, "item:": 0}
    for page in pages:
        for column in _columns(page.placed):
            top = [p.flowable for p in column]
            count = next(i for i, f in enumerate(top) if not getattr(f, "continues", False))
            assert not any(getattr(f, "continues", False) for f in top[count:])
            first = top[count]
            if count == 0:
                assert not getattr(first, "section_part", False), first
                continue
            repeats["item:" if first.tag.startswith("item:") else "persona:"] += 1
            assert [f.text for f in top[:count]] == expected[first.tag]
    # The demo's appendix has both: a column starting at a claim and one inside its notes.
    assert repeats["persona:"] and repeats["item:"], repeats


def test_a_name_in_a_right_to_left_script_is_embedded_in_the_rooms_sentence() -> None:
    assert in_sentence("Dana") == "Dana"
    assert in_sentence("מריה (Tel Aviv)") == "\u202bמריה (Tel Aviv)\u202c"
    assert in_sentence("Tel Aviv מריה") == "\u202aTel Aviv מריה\u202c"
    with using_language("fr"):
        assert room_sentence("Dana — preuves (suite)") == "Dana — preuves (suite)"
        assert room_sentence("מריה — preuves (suite)") == LRM + "מריה — preuves (suite)"
    with using_language("he"):
        assert room_sentence("מריה — evidence (continued)")[0] == RLM


def test_first_words_cut_after_a_word_or_between_clusters() -> None:
    assert first_words("Finish the  weekly\nreview") == "Finish the weekly review"
    long = "Finish the weekly review in under ten minutes even when the bank sync fails"
    cut = first_words(long)
    assert cut.endswith("…") and long[len(cut) - 1] == " " and 30 <= len(cut) <= 61
    thai = "มาเรียต้องการกิจวัตรประจำสัปดาห์ที่เรียบง่าย" * 3
    devanagari = "क्षत्रियप्रधानमन्त्रीकार्यालयसम्पर्क" * 3
    for word in (thai, devanagari):
        cut = first_words(word, 20)
        assert cut.endswith("…") and word.startswith(cut[:-1]) and len(cut) <= 21
        assert cut[-2] not in "\u094d\u0e40\u0e41\u0e42\u0e43\u0e44"  # no virama, no lead vowel
        assert word[len(cut) - 1] not in "\u0e30\u0e32\u0e33\u0e45\u093e\u093f\u0940\u094d"


def test_the_french_demo_deck_says_whose_notes_they_are_in_french(demo: WorkshopSnapshot) -> None:
    """`LANGUAGE=fr persona-workshop deck`: each appendix column starts with a persona's
    heading, its own or repeated in French; the claims' lines have French spacing."""
    out = io.BytesIO()
    with using_language("fr"):
        export_deck(demo, out)
        label = _("Evidence appendix")
        ctx = ExportContext(demo, paper("A4", True), theme("classic"), no_assets)
        lines = [getattr(f, "text", "") for f in _appendix(ctx, chosen_personas(demo, None))]
    assert label == "Annexe des preuves"
    columns = appendix_columns(out.getvalue(), label)
    heading = "Dana, the working parent — preuves (suite)"
    starts = [column[0] for column in columns[1:]]
    assert set(starts) <= {heading, "Sam, the side-hustler"} and starts.count(heading) >= 4
    assert sum(line == heading for column in columns for line in column) == starts.count(heading)
    assert any(" ".join(column[1:3]).endswith("(suite)") for column in columns)
    assert "continued" not in " ".join(line for column in columns for line in column)
    claim = "Missing or doubled transactions after the bank sync breaks"
    assert f"Points de friction et craintes\u00a0: {claim}" in lines
