"""What one export remembers (memo.py) and the parsing shortcuts (parsing.py): the same
paragraphs, widths and shaped words as without them, worked out once per export."""

from __future__ import annotations

import contextlib
import io
import threading
from typing import Any

import pytest
from export_samples import SCRIPTS, with_item_texts, workshop_snapshot
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.platypus import Paragraph
from reportlab.platypus import paraparser as rl_paraparser

from workshop.export import export_posters, memo, shaping
from workshop.export.fonts import font_chain
from workshop.export.parsing import parsed_paragraph, plain_frags
from workshop.export.text import PlainParagraph, make_style, markup

CHAIN = font_chain("Noto Sans")


def frag_dicts(frags: list[Any]) -> list[dict[str, Any]]:
    return [dict(frag.__dict__) for frag in frags]


def style(**options: Any) -> Any:
    made = make_style("test", CHAIN, 18, **options)
    return made


# Parsing shortcuts ------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(
        alphabet=st.characters(
            codec="utf-8", exclude_categories=("Cs",), exclude_characters="\x00"
        ),
        max_size=40,
    )
    | st.sampled_from(["  two  spaces ", "\ttab\tand\xa0nbsp ", "a\r\nb", " ", "x"]),
    bold=st.booleans(),
    upper=st.booleans(),
)
def test_plain_text_gets_the_fragments_reportlabs_parser_would_make(
    text: str, bold: bool, upper: bool
) -> None:
    made_style = style(bold=bold, colour=Color(0.2, 0.4, 0.6))
    if upper:
        made_style.textTransform = "uppercase"
    shortcut = plain_frags(text, made_style)
    if shortcut is None:
        return
    parsed = Paragraph(text, made_style).frags
    assert frag_dicts(shortcut) == frag_dicts(parsed)


@pytest.mark.parametrize("text", ["AT&amp;T", "a<br/>b", '<font face="X">y</font>', "", "  "])
def test_markup_entities_and_empty_text_take_the_parser(text: str) -> None:
    assert plain_frags(text, style()) is None


def count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    parsed: list[str] = []
    original = rl_paraparser.ParaParser.parse

    def counting(self: Any, text: str, style: Any) -> Any:
        parsed.append(text)
        return original(self, text, style)

    monkeypatch.setattr(rl_paraparser.ParaParser, "parse", counting)
    return parsed


def test_plain_text_is_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    parses = count_parses(monkeypatch)
    paragraph = PlainParagraph("finish the weekly review", style(), CHAIN)
    paragraph.wrap(300, 1000)
    assert parses == []


def test_markup_is_parsed_once_per_export_and_each_paragraph_gets_its_own_fragments(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parses = count_parses(monkeypatch)
    text = markup("Zoë & 玛丽亚\nsecond line", CHAIN)
    fresh = Paragraph(text, style()).frags
    parses.clear()
    with memo.scope():
        first = parsed_paragraph(text, style(space_before=4), None)
        second = parsed_paragraph(text, style(space_before=9), "•")
    assert len(parses) == 1
    assert frag_dicts(first.frags) == frag_dicts(second.frags) == frag_dicts(fresh)
    assert not {id(f) for f in first.frags} & {id(f) for f in second.frags}
    assert second.style.spaceBefore == 9 and second.bulletText == "•"
    with memo.scope():  # another export parses again
        parsed_paragraph(text, style(), None)
    assert len(parses) == 2


def test_a_style_the_parser_reads_differently_is_parsed_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parses = count_parses(monkeypatch)
    text = markup("Zoë & co", CHAIN)
    with memo.scope():
        regular = parsed_paragraph(text, style(), None)
        bold = parsed_paragraph(text, style(bold=True), None)
        red = parsed_paragraph(text, style(colour=Color(1, 0, 0)), None)
    assert len(parses) == 3
    assert regular.frags[0].fontName != bold.frags[0].fontName
    assert red.frags[0].textColor == Color(1, 0, 0)


# Widths and shaped words ------------------------------------------------------------------


def count_shaping(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shaped: list[str] = []
    original = shaping._original
    assert original is not None

    def counting(word: Any, *args: Any, **kwargs: Any) -> Any:
        shaped.append("".join(str(piece) for _, piece in word[1:]))
        return original(word, *args, **kwargs)

    monkeypatch.setattr(shaping, "_original", counting)
    return shaped


def test_a_word_is_shaped_once_per_export_and_comes_out_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = SCRIPTS["devanagari"]
    unremembered = PlainParagraph(text, style(), CHAIN).wrap(150, 1000)
    calls = count_shaping(monkeypatch)
    with memo.scope():
        paragraph = PlainParagraph(text, style(), CHAIN)
        paragraph.wrap(200, 1000)
        after_first = len(calls)
        assert paragraph.wrap(150, 1000) == unremembered
        paragraph.wrap(120, 1000)
        assert len(calls) == after_first  # wrapping at other widths shapes nothing again
    assert after_first > 0
    paragraph.wrap(200, 1000)  # outside an export: shaped again
    assert len(calls) > after_first


def test_what_is_remembered_of_a_shaped_word_is_never_changed_through_a_result(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chain_font = CHAIN.name(CHAIN.font_index("क") or 0, False)

    class Frag:
        fontName = chain_font
        fontSize = 18.0

    frag = Frag()
    with memo.scope():
        first = shaping._shape_word([0.0, (frag, "किताब")])
        first[1][1].__shapeData__.clear()
        first[1:] = []
        second = shaping._shape_word([0.0, (frag, "किताब")])
    assert second[1][0] is frag
    assert second[1][1].__shapeData__
    assert second[0] > 0


def test_widths_are_remembered_within_an_export_only(monkeypatch: pytest.MonkeyPatch) -> None:
    measured: list[str] = []
    original = shaping.width

    def counting(text: str, font: str, size: float) -> float:
        measured.append(text)
        return original(text, font, size)

    monkeypatch.setattr(shaping, "width", counting)
    plain = CHAIN.width("review", 18)
    with memo.scope():
        assert CHAIN.width("review", 18) == plain
        assert CHAIN.width("review", 18) == plain
        assert CHAIN.width("review", 18, bold=True) != plain
    assert measured == ["review", "review", "review"]
    CHAIN.width("review", 18)
    assert len(measured) == 4


def test_each_thread_has_its_own_scope() -> None:
    seen: list[object] = []
    with memo.scope():
        memo.memo("x")[1] = 2  # type: ignore[index]
        worker = threading.Thread(target=lambda: seen.append(memo.memo("x")))
        worker.start()
        worker.join()
        assert memo.memo("x") == {1: 2}
    assert seen == [None]
    assert memo.memo("x") is None


def test_posters_come_out_byte_for_byte_as_without_memos(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    snapshot = with_item_texts(
        workshop_snapshot(2, items_per_section=2), [*SCRIPTS.values(), "AT&T <b>", "a\nb"]
    )
    monkeypatch.setattr(rl_config, "invariant", 1)

    def poster() -> bytes:
        out = io.BytesIO()
        export_posters(snapshot, out, size="A3")
        return out.getvalue()

    with_memos = poster()
    monkeypatch.setattr(memo, "scope", contextlib.nullcontext)
    monkeypatch.setattr("workshop.export.parsing.plain_frags", lambda text, style: None)
    assert poster() == with_memos
