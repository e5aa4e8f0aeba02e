"""User text on paper: never markup, every script, typed line breaks kept."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
import uharfbuzz
from export_samples import (
    HOSTILE,
    SCRIPTS,
    all_text,
    exact,
    pdf,
    pdftotext,
    squash,
    with_item_texts,
    workshop_snapshot,
)
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from workshop.export import export_cards, export_deck, export_posters
from workshop.export.fonts import font_chain
from workshop.export.text import PlainParagraph, clean, make_style, markup
from workshop.export.unprintable import script_name


def poster_text(snapshot: object, **options: object) -> tuple[str, object]:
    out = io.BytesIO()
    report = export_posters(snapshot, out, size="A3", **options)  # type: ignore[arg-type]
    reader = pdf(out.getvalue())
    return all_text(reader), (report, reader)


def test_hostile_text_comes_back_literally_and_embeds_nothing() -> None:
    snapshot = with_item_texts(workshop_snapshot(1), list(HOSTILE))
    snapshot.personas[0] = replace(snapshot.personas[0], name="<b>Ann</b> & <i>co</i>")
    text, (_report, reader) = poster_text(snapshot)
    for hostile in HOSTILE:
        assert squash(hostile) in squash(text), hostile
    assert squash("<b>Ann</b> & <i>co</i>") in squash(text)
    for page in reader.pages:  # type: ignore[attr-defined]
        objects = page["/Resources"].get("/XObject", {})
        assert not objects, "no image may be embedded from text"
    sizes = {round(float(size)) for size in _font_sizes(reader)}
    assert max(sizes) < 200, "a <font size=500> tag must not take effect"


def _font_sizes(reader: object) -> list[float]:
    found: list[float] = []
    for page in reader.pages:  # type: ignore[attr-defined]
        page.extract_text(
            visitor_text=lambda t, cm, tm, f, s: found.append(s) if t.strip() else None
        )
    return found


@pytest.mark.parametrize("script", SCRIPTS)
def test_each_script_round_trips_through_the_pdf(script: str) -> None:
    """What pdftotext reads back is what was typed, letter for letter (Arabic too: typed
    letters, not presentation forms), and nothing is reported as unprintable."""
    sentence = SCRIPTS[script]
    snapshot = with_item_texts(workshop_snapshot(1, items_per_section=1), [sentence])
    out = io.BytesIO()
    report = export_posters(snapshot, out, size="A3")
    assert exact(sentence) in exact(pdftotext(out.getvalue()))
    assert not report.warnings


@pytest.mark.parametrize("script", SCRIPTS)
def test_each_script_is_drawn_with_glyphs_the_font_has(script: str) -> None:
    """No .notdef: every run, shaped with HarfBuzz in the font the chain picks, uses only
    real glyphs of that font."""
    chain = font_chain("Noto Sans")
    missing: set[str] = set()
    runs = chain.runs(clean(SCRIPTS[script]), missing=missing)
    assert not missing
    for run in runs:
        face = pdfmetrics.getFont(run.font).face
        buffer = uharfbuzz.Buffer()
        buffer.add_str(run.text)
        buffer.guess_segment_properties()
        uharfbuzz.shape(uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(face._ttf_data))), buffer)
        assert all(info.codepoint != 0 for info in buffer.glyph_infos), run


def test_devanagari_is_shaped_into_conjuncts() -> None:
    """क्ष is one conjunct glyph and the vowel sign of कि is drawn before its consonant,
    yet the text layer reads them in typed order."""
    chain = font_chain("Noto Sans")
    style = make_style("t", chain, 20)
    unshaped = sum(
        pdfmetrics.stringWidth(run.text, run.font, 20) for run in chain.runs("क्षत्रिय किताब")
    )
    assert chain.width("क्षत्रिय किताब", 20) < unshaped * 0.9
    out = io.BytesIO()
    canvas = Canvas(out)
    paragraph = PlainParagraph("क्षत्रिय किताब", style, chain)
    paragraph.wrap(400, 100)
    paragraph.drawOn(canvas, 50, 700)
    canvas.save()
    data = out.getvalue()
    assert "क्षत्रिय किताब" in pdftotext(data)
    maps = _tounicode_maps(data)
    assert "<0915094D0937>" in maps, "क्ष is drawn as one conjunct glyph"


def test_arabic_on_a_poster_is_joined_by_harfbuzz() -> None:
    """Joined (shaped) Arabic letters: beh in the middle and at the end of حبيب are two
    different glyphs (medial and final forms), both read back as the typed letter ب
    (U+0628); unshaped text would have one glyph for it, and presentation forms would
    read back as U+FExx."""
    arabic = "حبيب تريد روتينا"
    snapshot = with_item_texts(workshop_snapshot(1, items_per_section=1), [arabic])
    out = io.BytesIO()
    export_posters(snapshot, out, size="A3")
    data = out.getvalue()
    assert exact(arabic) in exact(pdftotext(data))
    arabic_maps = [m for m in _tounicode_maps(data).split("endcmap") if "NotoSansArabic" in m]
    (arabic_map,) = arabic_maps
    assert arabic_map.count("> <0628>") >= 2, "medial and final beh"
    assert "<FE" not in arabic_map, "typed letters, not presentation forms"


def _tounicode_maps(data: bytes) -> str:
    found = []
    for page in pdf(data).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if "/ToUnicode" in font:
                found.append(font["/ToUnicode"].get_object().get_data().decode("latin-1"))
    return "\n".join(found)


def test_right_to_left_text_wrapped_over_lines_keeps_reading_order() -> None:
    hebrew = " ".join(["שלום עולם"] * 12)
    arabic = " ".join(["مرحبا بالعالم"] * 10)
    snapshot = with_item_texts(workshop_snapshot(1, items_per_section=1), [hebrew, arabic])
    out = io.BytesIO()
    export_posters(snapshot, out, size="A3")
    text = exact(pdftotext(out.getvalue()))
    assert exact(hebrew) in text
    assert exact(arabic) in text


def test_a_decomposed_letter_prints_as_one() -> None:
    """ "e" + combining diaeresis is composed before layout: the PDF holds "ë"."""
    snapshot = with_item_texts(workshop_snapshot(1, items_per_section=1), ["Zoe\u0308 plans"])
    out = io.BytesIO()
    export_posters(snapshot, out, size="A3")
    assert "Zoë plans" in pdftotext(out.getvalue())
    assert clean("Zoe\u0308") == "Zoë"


def test_every_script_on_cards_and_in_the_deck() -> None:
    snapshot = workshop_snapshot(1, items_per_section=1)
    notes = [n._replace(text=t) for n, t in zip(snapshot.notes, SCRIPTS.values(), strict=False)]
    snapshot = replace(snapshot, notes=notes + snapshot.notes[len(notes) :])
    cards, deck = io.BytesIO(), io.BytesIO()
    export_cards(snapshot, cards)
    export_deck(snapshot, deck)
    for data in (cards.getvalue(), deck.getvalue()):
        text = exact(pdftotext(data))
        for sentence in SCRIPTS.values():
            assert exact(sentence) in text


def test_typed_line_breaks_are_kept() -> None:
    snapshot = with_item_texts(
        workshop_snapshot(1, items_per_section=1), ["first line\nsecond line\r\nthird"]
    )
    text, _ = poster_text(snapshot)
    assert "first line\nsecond line\nthird" in text


def test_characters_no_bundled_font_has_are_reported_by_script_and_text() -> None:
    snapshot = with_item_texts(
        workshop_snapshot(1, items_per_section=2),
        ["Linear B: \U00010000 here", "ሰላም ለሁሉም and ሀ", "plain text"],
    )
    _, (report, _) = poster_text(snapshot)
    (warning,) = report.warnings  # type: ignore[attr-defined]
    assert warning.startswith("Ethiopic and Linear B cannot be printed")
    assert "“Linear B: 𐀀 here”" in warning and "“ሰላም ለሁሉም and ሀ”" in warning
    assert "plain text" not in warning and "more" not in warning


def test_emoji_needing_colour_are_named_and_print_without_swatches() -> None:
    texts = ["Thumbs 👍🏽 up", "Family 👩\u200d👩\u200d👧 day", "Off to 🇩🇪 soon", "Simple 😀 joy"]
    snapshot = with_item_texts(workshop_snapshot(1, items_per_section=2), texts)
    out = io.BytesIO()
    report = export_posters(snapshot, out, size="A3")
    (warning,) = report.warnings
    assert warning.startswith("Emoji with skin tones, joined emoji and flags print")
    for named in texts[:3]:
        assert f"“{named}”" in warning
    assert "Simple" not in warning
    text = pdftotext(out.getvalue())
    assert "Thumbs 👍 up" in text, "the skin tone is left out, not drawn as a swatch"
    assert "Simple 😀 joy" in text


def test_script_names() -> None:
    assert script_name("\U00010000") == "Linear B"
    assert script_name("ሀ") == "Ethiopic"
    assert script_name("\U00010300") == "Old Italic"
    assert script_name("அ") == "Tamil"


def test_markup_escapes_and_marks_fallback_runs() -> None:
    chain = font_chain("Noto Sans")
    assert markup("a<b>&c", chain) == "a&lt;b&gt;&amp;c"
    assert markup("x\ny", chain) == "x<br/>y"
    assert markup("hi 你好", chain) == 'hi <font face="PW-DroidSansFallback">你好</font>'
    assert clean("\x00a\tb\r\n\x1bc  \n") == "a    b\nc"


def test_an_unassigned_character_beside_arabic_still_prints() -> None:
    """python-bidi asserts on a character with no bidi class (found by Hypothesis)."""
    chain = font_chain("Noto Sans")
    paragraph = PlainParagraph(
        "\U00018d09\u0627 text", make_style("t", chain, 10), chain, missing=set()
    )
    width, _height = paragraph.wrap(120, 10_000)
    assert width <= 120


@given(st.text(max_size=80))
def test_any_text_makes_a_paragraph_that_wraps(text: str) -> None:
    chain = font_chain("Noto Sans")
    style = make_style("t", chain, 10)
    paragraph = PlainParagraph(text, style, chain, missing=set())
    width, height = paragraph.wrap(120, 10_000)
    assert width <= 120
    assert height >= 0


TYPED = st.text(
    alphabet=st.characters(
        codec="utf-8",
        categories=("Lu", "Ll", "Nd", "Po", "Ps", "Pe", "Sm", "Sc", "Zs"),
        max_codepoint=0x24F,
    )
    | st.sampled_from(["<", ">", "&", ";", "/", "=", '"', "\n"]),
    max_size=60,
)


@settings(max_examples=20)
@given(name=TYPED, quote=TYPED, items=st.lists(TYPED, min_size=1, max_size=4))
def test_whatever_is_typed_prints_and_comes_back(name: str, quote: str, items: list[str]) -> None:
    snapshot = with_item_texts(workshop_snapshot(1, items_per_section=1), items)
    snapshot.personas[0] = replace(snapshot.personas[0], name=name, quote=quote)
    out = io.BytesIO()
    export_posters(snapshot, out, size="A4")
    text = squash(all_text(pdf(out.getvalue())))
    for typed in [name, quote, *items]:
        assert squash(typed) in text


LAZY_FONTS = """
import io
import unicodedata
from reportlab.pdfbase import pdfmetrics
from export_samples import with_item_texts, workshop_snapshot
import workshop.export
from workshop.export import export_posters

def ours():
    return sorted(f for f in pdfmetrics.getRegisteredFontNames() if f.startswith("PW-"))

print(ours())
export_posters(workshop_snapshot(1, items_per_section=1), io.BytesIO(), size="A4")
print(ours())
cjk = with_item_texts(workshop_snapshot(1, items_per_section=1), ["你好"])
export_posters(cjk, io.BytesIO(), size="A4")
print("PW-DroidSansFallback" in ours(), "PW-Symbola" in ours())
"""


def test_fonts_are_registered_only_when_first_needed() -> None:
    here = Path(__file__).resolve().parent
    done = subprocess.run(
        [sys.executable, "-c", LAZY_FONTS],
        cwd=here,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(here), str(here.parents[1])])},
        capture_output=True,
        text=True,
        check=True,
    )
    before, latin, cjk = done.stdout.splitlines()
    assert before == "[]"
    assert latin == "['PW-NotoSans', 'PW-NotoSans-Bold']"
    assert cjk == "True False"


def test_brackets_in_right_to_left_text_face_the_right_way() -> None:
    """In a right-to-left line, "(2024)" is drawn as "(2024)", not ")2024(": brackets
    are mirrored at right-to-left levels (the bidi algorithm's rule L4)."""
    snapshot = with_item_texts(
        workshop_snapshot(1, items_per_section=1), ["مريم تريد روتينا (2024)"]
    )
    out = io.BytesIO()
    export_posters(snapshot, out, size="A3")
    text = pdftotext(out.getvalue())
    assert "(2024)" in text and ")2024(" not in text


def test_a_word_wider_than_its_column_is_cut_between_clusters_only() -> None:
    """Thai and Devanagari write long runs without spaces: cut to fit a column, a piece
    never ends inside a cluster (a vowel from its consonant, a virama from the next
    consonant, a mark from its letter), so each piece shapes and reads back as typed."""
    from workshop.export.text import _cut_between_clusters

    thai = "มาเรียต้องการกิจวัตรประจำสัปดาห์ที่เรียบง่าย" * 3
    devanagari = "क्षत्रियप्रधानमन्त्रीकार्यालयसम्पर्क" * 3
    for word in (thai, devanagari):
        pieces = _cut_between_clusters(word, room=40.0, measure=lambda s: 4.0 * len(s))
        assert "".join(pieces) == word
        assert len(pieces) > 3
        for piece in pieces[1:]:
            assert unicodedata.category(piece[0]) not in ("Mn", "Mc")
            assert piece[0] not in "\u0e30\u0e32\u0e33\u0e45"
        for piece in pieces[:-1]:
            assert piece[-1] not in "\u094d\u0e40\u0e41\u0e42\u0e43\u0e44"


def test_a_long_thai_word_in_a_narrow_column_reads_back_as_typed() -> None:
    sentence = "มาเรียต้องการกิจวัตรประจำสัปดาห์ที่เรียบง่าย" * 2
    snapshot = with_item_texts(workshop_snapshot(1, items_per_section=1), [sentence])
    out = io.BytesIO()
    export_posters(snapshot, out, size="A4")
    assert exact(sentence) in exact(pdftotext(out.getvalue()))


def test_the_notice_names_the_persona_and_the_item_that_cannot_print() -> None:
    snapshot = with_item_texts(workshop_snapshot(1, items_per_section=1), ["ሰላም ለዓለም"])
    report = export_posters(snapshot, io.BytesIO(), size="A3")
    (warning,) = report.warnings
    assert warning.startswith("Ethiopic cannot be printed")
    assert "in Planner 0: the Goals item “ሰላም ለዓለም”" in warning
