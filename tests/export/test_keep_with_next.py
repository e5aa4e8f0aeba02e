"""A section heading is never the last thing in a column or on a page (keep-with-next): it
moves on with at least its first item (all of it, as items are kept whole), or the first
two lines of an item longer than a column; in posters and decks, in every language.

Found in the Spanish deck of the demo: "Jobs to be done" sat alone at the foot of a column
with its items on the next page. The heading asked only for two lines of room below it, but
the item, kept whole, moved on to the next column without it."""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Any

import pytest
from export_samples import all_text, pdf, squash, workshop_snapshot
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop.demo import fresh_demo_copy
from workshop.domain.model import Persona, Section, WorkshopSnapshot
from workshop.export import export_deck, export_posters, paper
from workshop.export.deck import _appendix, _pages
from workshop.export.flow import Box, Placed, flow
from workshop.export.output import ExportReport
from workshop.export.persona_content import ExportContext, build_content
from workshop.export.persona_page import PersonaPage, lay_out_persona
from workshop.export.photos import no_assets
from workshop.export.poster import chosen_personas, lay_out
from workshop.export.themes import theme
from workshop.i18n import _, using_language
from workshop.store import open_workshop

THEMES = ("classic", "bold", "high-contrast", "ink-saver")
FILLER = (
    "works full time and plans the household money on a Sunday evening after the children "
    "are in bed while the bank app shows only the last thirty days of spending"
)


def words(count: int) -> str:
    filler = FILLER.split()
    return " ".join(filler[i % len(filler)] for i in range(count)).capitalize() + "."


def is_heading(placed: Placed) -> bool:
    return bool(getattr(placed.flowable, "is_heading", False))


def columns_of(placed: list[Placed]) -> list[list[Placed]]:
    """The body's placements (headings and section parts) column by column, top down."""
    body = [p for p in placed if is_heading(p) or getattr(p.flowable, "section_part", False)]
    xs = sorted({round(p.x, 3) for p in body})
    return [sorted((p for p in body if round(p.x, 3) == x), key=lambda p: -p.y) for x in xs]


def headings_ending_a_column(pages: list[PersonaPage]) -> list[str]:
    """The text of every heading that is the last thing in its column (with its page)."""
    found = []
    for number, page in enumerate(pages, start=1):
        for column in columns_of(page.layout.placed):
            if column and is_heading(column[-1]):
                found.append(f"page {number}: {column[-1].flowable.text}")
    return found


def with_role_text(snapshot: WorkshopSnapshot, count: int) -> WorkshopSnapshot:
    """The sample persona with ``count`` words of role and context before its sections (so
    each heading after it lands somewhere else in its column)."""
    persona = replace(snapshot.personas[0], role_context=words(count))
    return replace(snapshot, personas=[persona])


def longer_items(snapshot: WorkshopSnapshot, extra: int) -> WorkshopSnapshot:
    """Items of several lines, so a whole item needs more room than two lines."""
    items = [
        replace(item, text=f"{item.text} {words(extra + 3 * (i % 4))}")
        for i, item in enumerate(snapshot.items)
    ]
    return replace(snapshot, items=items)


# The engine itself: a heading, then items kept whole, after a varying amount of text.


def _body(ctx: ExportContext, persona: Persona) -> list[Any]:
    return build_content(ctx, persona).body


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    before=st.integers(min_value=0, max_value=160),
    extra=st.integers(min_value=0, max_value=40),
    height=st.floats(min_value=120, max_value=420),
)
def test_flow_never_ends_a_column_with_a_heading(before: int, extra: int, height: float) -> None:
    snapshot = longer_items(
        with_role_text(workshop_snapshot(1, items_per_section=2), before), extra
    )
    ctx = ExportContext(snapshot, paper("A4"), theme("classic"), no_assets)
    body = _body(ctx, snapshot.personas[0])
    columns = [Box(i * 200.0, 0.0, 180.0, height) for i in range(3)]
    result = flow(body, columns)
    assert result.placed
    for column in columns_of(result.placed):
        assert not is_heading(column[-1]), column[-1].flowable.text
    # A heading kept back for the next column is still to come, first in what is left.
    placed = {id(p.flowable) for p in result.placed}
    waiting = [f for f in body if getattr(f, "is_heading", False) and id(f) not in placed]
    if waiting:
        assert waiting[0] in result.left


def test_a_heading_that_lands_at_a_columns_foot_moves_on_with_its_item() -> None:
    """The case found: the heading and two lines of its item fit, the whole item does not."""
    snapshot = workshop_snapshot(1, items_per_section=1)
    persona = replace(snapshot.personas[0], role_context="")
    goal = next(i for i in snapshot.items if i.section is Section.GOAL)
    snapshot = replace(snapshot, personas=[persona], items=[replace(goal, text=words(60))])
    ctx = ExportContext(snapshot, paper("A4"), theme("classic"), no_assets)
    heading, item = _body(ctx, persona)[:2]
    width = 180.0
    heading_h = heading.wrap(width, 1e9)[1]
    item_h = item.wrap(width, 1e9)[1]
    leading = float(item.style.leading)
    assert item_h > 4 * leading
    filler = ctx.paragraph(words(70), "body", theme("classic").ink)
    filler_h = filler.wrap(width, 1e9)[1]
    # Room for the filler, the heading and three lines of the item: not the whole item.
    first_h = filler_h + heading.getSpaceBefore() + heading_h + heading.getSpaceAfter()
    first_h += 3 * leading + 0.5
    assert first_h > item_h  # the item would fit the column whole: it is not split
    columns = [Box(0.0, 0.0, width, first_h), Box(200.0, 0.0, width, item_h + heading_h + 40)]
    result = flow([filler, heading, item], columns)
    assert result.fits
    assert [p.flowable for p in result.placed] == [filler, heading, item]
    assert result.placed[1].x == result.placed[2].x == 200.0


def test_a_heading_moves_on_when_the_paragraph_under_it_will_not_split() -> None:
    """Two lines fit under the heading, but a paragraph of three does not split there (it
    would leave a lone line at the top of the next column): the heading goes on with it."""
    snapshot = workshop_snapshot(1, items_per_section=1)
    ctx = ExportContext(snapshot, paper("A4"), theme("classic"), no_assets)
    ink = theme("classic").ink
    heading = _body(ctx, snapshot.personas[0])[0]
    assert heading.keepWithNext
    width = 180.0
    filler = ctx.paragraph(words(40), "body", ink)
    paragraph = ctx.paragraph(words(3), "body", ink)
    leading = float(paragraph.style.leading)
    for count in range(3, 40):  # a paragraph of exactly three lines
        paragraph = ctx.paragraph(words(count), "body", ink)
        if round(paragraph.wrap(width, 1e9)[1] / leading) == 3:
            break
    heading_h = heading.wrap(width, 1e9)[1]
    first_h = filler.wrap(width, 1e9)[1] + heading.getSpaceBefore() + heading_h
    first_h += heading.getSpaceAfter() + 2 * leading + 0.5
    columns = [Box(0.0, 0.0, width, first_h), Box(200.0, 0.0, width, 400.0)]
    result = flow([filler, heading, paragraph], columns)
    assert result.fits
    assert [(p.flowable, p.x) for p in result.placed] == [
        (filler, 0.0),
        (heading, 200.0),
        (paragraph, 200.0),
    ]


@pytest.mark.parametrize("lines", [4, 5, 9])
def test_a_paragraph_split_at_a_columns_foot_leaves_no_lone_line(lines: int) -> None:
    """The lone last words ("yourself.") at the top of the next column, in the deck's
    appendix and on cards as well as on posters: at least two lines go on."""
    snapshot = workshop_snapshot(1, items_per_section=1)
    ctx = ExportContext(snapshot, paper("A4"), theme("classic"), no_assets)
    ink = theme("classic").ink
    width = 180.0
    count = 1
    paragraph = ctx.paragraph(words(count), "evidence", ink)
    leading = float(paragraph.style.leading)
    while round(paragraph.wrap(width, 1e9)[1] / leading) < lines:
        count += 1
        paragraph = ctx.paragraph(words(count), "evidence", ink)
    room = (lines - 1) * leading + 0.5  # all but the last line
    result = flow([paragraph], [Box(0.0, 0.0, width, room), Box(200.0, 0.0, width, 400.0)])
    assert result.fits
    heights = [round(p.height / leading) for p in result.placed]
    assert len(heights) == 2 and sum(heights) == lines
    assert min(heights) >= 2, heights


# Whole posters and decks, in several languages.


@pytest.mark.parametrize("language", ["en", "es", "de"])
@pytest.mark.parametrize(("size", "landscape"), [("A4", False), ("A4", True), ("A3", False)])
def test_no_poster_column_ends_with_a_heading(language: str, size: str, landscape: bool) -> None:
    base = workshop_snapshot(1, items_per_section=2)
    found: list[str] = []
    with using_language(language):
        for before in range(0, 200, 9):
            for extra in (0, 14):
                snapshot = longer_items(with_role_text(base, before), extra)
                look = theme(THEMES[before % len(THEMES)])  # chip and ruled headings
                ctx = ExportContext(snapshot, paper(size, landscape), look, no_assets)
                pages, _notes = lay_out_persona(ctx, snapshot.personas[0])
                found += [f"{before} words, +{extra}: {h}" for h in headings_ending_a_column(pages)]
    assert not found, found


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> WorkshopSnapshot:
    workshop = open_workshop(fresh_demo_copy(tmp_path_factory.mktemp("demo")))
    try:
        return workshop.snapshot()
    finally:
        workshop.close()


@pytest.mark.parametrize("language", ["en", "es", "fr", "de"])
@pytest.mark.parametrize(
    ("size", "landscape"), [("A4", True), ("A4", False), ("A3", False), ("A2", False)]
)
def test_the_demo_has_no_heading_alone_at_a_columns_foot(
    demo: WorkshopSnapshot, language: str, size: str, landscape: bool
) -> None:
    """The deck's persona pages (A4 landscape, one scale for the set) and posters."""
    with using_language(language):
        ctx = ExportContext(demo, paper(size, landscape), theme("classic"), no_assets)
        pages = lay_out(ctx, chosen_personas(demo, None), ExportReport(min_type_size=ctx.floor))
    assert not headings_ending_a_column(pages)


@pytest.mark.parametrize("language", ["en", "es", "de"])
def test_the_evidence_appendix_ends_no_column_with_a_heading(
    demo: WorkshopSnapshot, language: str
) -> None:
    """The deck's appendix: a persona's name and an item's line (each kept with what
    follows) never end a column; the demo's appendix has eight columns to test it."""
    with using_language(language):
        ctx = ExportContext(demo, paper("A4", True), theme("classic"), no_assets)
        flowables = _appendix(ctx, chosen_personas(demo, None))
        pages, lost = _pages(ctx, flowables, "Evidence appendix")
    assert not lost and len(pages) > 1
    last = flowables[-1]
    for page in pages:
        xs = sorted({round(p.x, 3) for p in page.placed})
        for x in xs:
            column = sorted((p for p in page.placed if round(p.x, 3) == x), key=lambda p: -p.y)
            end = column[-1].flowable
            assert end is last or not getattr(end, "keepWithNext", False), end


def test_the_spanish_demo_deck_keeps_jobs_to_be_done_with_its_items(
    demo: WorkshopSnapshot,
) -> None:
    """From the PDF: wherever the heading is printed (not its repeat, "…, continued"),
    its first item is printed after it on the same page."""
    out = io.BytesIO()
    with using_language("es"):
        export_deck(demo, out)
        heading = squash(Section.JOB_TO_BE_DONE.label)
        repeated = squash(_("{section}, continued").format(section=Section.JOB_TO_BE_DONE.label))
    first_item = squash("When I get paid, help me spread the money")
    seen = 0
    for page in pdf(out.getvalue()).pages:
        text = squash(page.extract_text()).replace(repeated, "")
        at = text.find(heading)
        while at >= 0:
            if not text.startswith(":", at + len(heading)):  # not the appendix's item lines
                seen += 1
                assert first_item in text[at:], text[at : at + 80]
            at = text.find(heading, at + 1)
    assert seen  # the heading was printed and found


def test_a_spanish_poster_still_prints_every_item() -> None:
    snapshot = longer_items(with_role_text(workshop_snapshot(1, items_per_section=2), 55), 14)
    out = io.BytesIO()
    with using_language("es"):
        export_posters(snapshot, out, size="A4")
    text = squash(all_text(pdf(out.getvalue())))
    for item in snapshot.items:
        assert squash(item.text) in text
