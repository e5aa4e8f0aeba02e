"""One persona on one page (or more): the poster layout and its fit.

Layout, top to bottom: the label banner when it applies (``labels``); a header band with
the photo and the name, archetype, a large pull-quote and segment beside it; the sections
in two columns (three in landscape), each item with its evidence badge (``BadgedItem``); a
footer. A section continued in another column repeats its heading; items move on whole.

Fitting: all text is built at the paper's floor size and drawn at ``scale`` times that.
The largest scale between 1 and :data:`MAX_SCALE` at which everything fits on one page is
found by bisection; then the columns are balanced. When even scale 1 (the floor) does not
fit, the rest flows onto continuation pages and the export names the sections that moved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import Color, white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from workshop.domain.initials import initials
from workshop.domain.model import Persona
from workshop.export.flow import Box, FlowResult, Measurer, Placed, draw, flow
from workshop.export.persona_content import ExportContext, PersonaContent, build_content
from workshop.export.photos import PhotoError, print_image
from workshop.export.text import beginning
from workshop.export.themes import mix, parse_colour, text_on
from workshop.i18n import _, ngettext

#: Text is drawn at most this many times its floor size (a sparse persona on a big page).
MAX_SCALE = 2.0
#: The header (name, archetype, quote, segment) takes at most this share of the page height.
MAX_HEADER_SHARE = 0.4
#: A column is at least this many times the item text size wide (about 30 characters).
MIN_COLUMN_EMS = 14
_BISECT_STEPS = 6
_BALANCE_STEPS = 7
_MAX_PAGES = 40


@dataclass
class Geometry:
    """Fixed parts of the page, in points."""

    width: float
    height: float
    margin: float
    gap: float
    photo: float
    columns: int


def geometry(ctx: ExportContext, *, tight: bool = False, extra_column: bool = False) -> Geometry:
    """The page's fixed parts; ``tight`` trades white space and photo size for text room,
    ``extra_column`` sets the sections in one column more (short items fill lines better)."""
    width, height = ctx.paper.size
    short = min(width, height)
    photo = 0.17 if width > height else 0.2
    return Geometry(
        width=width,
        height=height,
        margin=short * (0.04 if tight else 0.045),
        gap=short * (0.02 if tight else 0.028),
        photo=short * (photo * 0.75 if tight else photo),
        columns=(3 if width > height else 2) + extra_column,
    )


@dataclass
class PageLayout:
    """Everything placed on one page at one scale (layout units = points / scale)."""

    scale: float
    margin: float = 0.0
    band_bottom: float | None = None
    photo_box: tuple[float, float, float] | None = None
    placed: list[Placed] = field(default_factory=list)
    footer_rule: float | None = None
    left: list[Flowable] = field(default_factory=list)
    unplaceable: list[Flowable] = field(default_factory=list)

    @property
    def fits(self) -> bool:
        return not self.left and not self.unplaceable


class PersonaPage:
    """A laid-out page that can draw itself on any canvas (a whole page or a tile)."""

    def __init__(
        self, ctx: ExportContext, persona: Persona, content: PersonaContent, layout: PageLayout
    ) -> None:
        self.ctx = ctx
        self.persona = persona
        self.content = content
        self.layout = layout
        self.width, self.height = ctx.paper.size
        self._photo: Any = None
        self._photo_ready = False

    def draw(self, canvas: Any) -> None:
        layout = self.layout
        colours = self.content.palette
        if layout.band_bottom is not None and colours.band_fill is not None:
            canvas.saveState()
            canvas.setFillColor(colours.band_fill)
            canvas.rect(0, layout.band_bottom, self.width, self.height - layout.band_bottom, 0, 1)
            canvas.restoreState()
        if layout.photo_box is not None:
            self._draw_photo(canvas, *layout.photo_box)
        if layout.footer_rule is not None:
            canvas.saveState()
            canvas.setStrokeColor(colours.muted)
            canvas.setLineWidth(self.ctx.floor * 0.08 * layout.scale)
            margin = layout.margin
            canvas.line(margin, layout.footer_rule, self.width - margin, layout.footer_rule)
            canvas.restoreState()
        canvas.saveState()
        canvas.scale(layout.scale, layout.scale)
        draw(canvas, layout.placed)
        canvas.restoreState()

    def _draw_photo(self, canvas: Any, x: float, y: float, side: float) -> None:
        if not self._photo_ready:
            self._photo_ready = True
            self._photo = self._load_photo(side)
        if self._photo is not None:
            canvas.drawImage(self._photo, x, y, side, side, mask="auto")
            return
        colours = self.content.palette
        canvas.saveState()
        fill: Color = colours.accent
        if self.ctx.theme.band in ("solid", "black"):
            fill = mix(parse_colour(self.persona.colour), white, 0.3)
        if self.ctx.theme.band == "none":
            canvas.setStrokeColor(colours.ink)
            canvas.setLineWidth(side * 0.012)
            canvas.rect(x, y, side, side, stroke=1, fill=0)
            ink = colours.ink
        else:
            canvas.setFillColor(fill)
            canvas.rect(x, y, side, side, stroke=0, fill=1)
            ink = text_on(fill)
        letters = initials(self.persona.name)
        size = side * 0.36
        runs = self.ctx.chain.runs(letters, bold=True, missing=self.ctx.missing)
        total = sum(stringWidth(run.text, run.font, size) for run in runs)
        cursor = x + (side - total) / 2
        canvas.setFillColor(ink)
        for run in runs:
            canvas.setFont(run.font, size)
            canvas.drawString(cursor, y + side / 2 - size * 0.36, run.text)
            cursor += stringWidth(run.text, run.font, size)
        canvas.restoreState()

    def _load_photo(self, side: float) -> Any:
        asset_id = self.persona.photo_asset_id
        if not asset_id:
            return None
        try:
            data = self.ctx.load_asset(asset_id)
        except Exception as error:  # the store's problem, but the poster should still print
            self.ctx.warnings.append(
                _(
                    "The photo of {name} could not be loaded ({reason}); initials are printed "
                    "instead."
                ).format(name=self.persona.name, reason=error)
            )
            return None
        if data is None:
            self.ctx.warnings.append(
                _("The photo of {name} is missing; initials are printed instead.").format(
                    name=self.persona.name
                )
            )
            return None
        try:
            image, _width, _height = print_image(
                data, side, side, crop=True, keep_transparency=True
            )
        except PhotoError:
            self.ctx.warnings.append(
                _(
                    "The photo of {name} is not an image that can be read; initials are "
                    "printed instead."
                ).format(name=self.persona.name)
            )
            return None
        return image


def _attempt(
    ctx: ExportContext,
    content: PersonaContent,
    geo: Geometry,
    scale: float,
    measurer: Measurer,
    column_height: float | None = None,
) -> PageLayout:
    """Lay the first page out at ``scale``; ``column_height`` (points) shortens the columns."""
    s = scale
    layout = PageLayout(scale=s, margin=geo.margin)
    inner_w = geo.width - 2 * geo.margin
    top = geo.height - geo.margin
    if content.banner is not None:
        _, banner_h = measurer.wrap(content.banner, inner_w / s, geo.height / s)
        layout.placed.append(
            Placed(
                content.banner,
                geo.margin / s,
                top / s - banner_h,
                inner_w / s,
                banner_h,
                inner_w / s,
            )
        )
        top -= banner_h * s + geo.gap * 0.6
    # The header is as tall as the photo, or as its text needs up to a cap; beyond the cap
    # the rest of the header text flows on into the columns.
    header_w = (inner_w - geo.photo - geo.gap) / s
    needed = _stack_height(content.header, header_w, measurer) * s
    header_h = max(geo.photo, min(needed, geo.height * MAX_HEADER_SHARE))
    header_box = Box(
        (geo.margin + geo.photo + geo.gap) / s, (top - header_h) / s, header_w, header_h / s
    )
    header = flow(content.header, [header_box], measurer)
    layout.placed += header.placed
    layout.photo_box = (geo.margin, top - geo.photo, geo.photo)
    header_bottom = top - header_h
    layout.band_bottom = header_bottom - geo.gap * 0.6
    footer_h = sum(measurer.wrap(f, inner_w / s, geo.height / s)[1] for f in content.footer) * s
    footer = flow(
        content.footer,
        [Box(geo.margin / s, geo.margin / s, inner_w / s, footer_h / s + 1)],
        measurer,
    )
    layout.placed += footer.placed
    layout.footer_rule = geo.margin + footer_h + geo.gap * 0.35
    body_top = header_bottom - geo.gap * 1.1
    body_bottom = layout.footer_rule + geo.gap * 0.5
    body = flow(
        header.left + content.body,
        _columns(geo, body_top, body_bottom, s, column_height),
        measurer,
        content.section_continued,
    )
    layout.placed += body.placed
    layout.left = body.left
    layout.unplaceable = header.unplaceable + footer.unplaceable + body.unplaceable
    return layout


def _stack_height(flowables: list[Flowable], width: float, measurer: Measurer) -> float:
    """Height of ``flowables`` stacked in one column of ``width`` (layout units)."""
    total = 0.0
    for index, flowable in enumerate(flowables):
        total += measurer.wrap(flowable, width, 1e9)[1]
        if index:
            total += float(flowable.getSpaceBefore())
    return total + 0.5


def _columns(
    geo: Geometry, top: float, bottom: float, s: float, column_height: float | None = None
) -> list[Box]:
    inner_w = geo.width - 2 * geo.margin
    width = (inner_w - geo.gap * (geo.columns - 1)) / geo.columns
    full = max(0.0, top - bottom)
    height = full if column_height is None else min(full, column_height)
    return [
        Box(
            (geo.margin + i * (width + geo.gap)) / s,
            (top - height) / s,
            width / s,
            height / s,
            full / s,
        )
        for i in range(geo.columns)
    ]


def _continuation(
    ctx: ExportContext,
    content: PersonaContent,
    geo: Geometry,
    queue: list[Flowable],
    page: int,
    pages: int,
    measurer: Measurer,
    column_height: float | None = None,
) -> tuple[PageLayout, FlowResult]:
    layout = PageLayout(scale=1.0, margin=geo.margin)
    inner_w = geo.width - 2 * geo.margin
    top = geo.height - geo.margin
    title = content.continued(page, pages)
    _, title_h = title.wrap(inner_w, geo.height)
    layout.placed.append(Placed(title, geo.margin, top - title_h, inner_w, title_h, inner_w))
    footer_h = sum(measurer.wrap(f, inner_w, geo.height)[1] for f in content.footer)
    footer = flow(content.footer, [Box(geo.margin, geo.margin, inner_w, footer_h + 1)], measurer)
    layout.placed += footer.placed
    layout.footer_rule = geo.margin + footer_h + geo.gap * 0.35
    result = flow(
        queue,
        _columns(
            geo, top - title_h - geo.gap, layout.footer_rule + geo.gap * 0.5, 1.0, column_height
        ),
        measurer,
        content.section_continued,
    )
    layout.placed += result.placed
    layout.left = result.left
    layout.unplaceable = result.unplaceable
    return layout, result


def lay_out_persona(
    ctx: ExportContext, persona: Persona, scale: float | None = None
) -> tuple[list[PersonaPage], list[str]]:
    """The pages for ``persona`` and sentences naming anything that did not fit one page;
    ``scale`` (at least 1) caps the type scale, so a set of posters can share one."""
    content = build_content(ctx, persona)
    geo = geometry(ctx)
    measurer = Measurer()
    top = max(1.0, min(MAX_SCALE, _word_cap(content, geo)))
    if scale is not None:
        top = max(1.0, min(top, scale))
    best = _attempt(ctx, content, geo, top, measurer)
    if not best.fits:
        floor = _attempt(ctx, content, geo, 1.0, measurer)
        if not floor.fits and _nearly_fits(geo, floor, measurer):
            # Before flowing on: less white space and a smaller photo, type unchanged.
            content = build_content(ctx, persona, spacing=0.55)
            geo = geometry(ctx, tight=True)
            floor = _attempt(ctx, content, geo, 1.0, measurer)
        wider = geometry(ctx, tight=True, extra_column=True)
        if (
            not floor.fits
            and not floor.unplaceable
            and _column_width(wider) >= MIN_COLUMN_EMS * ctx.size("body")
            # What is left over would fill about one more column at most.
            and _stack_height(floor.left, _column_width(geo), measurer) <= 0.6 * geo.height
        ):
            # Still before flowing on: one column more, if a line still holds a phrase.
            tight = build_content(ctx, persona, spacing=0.55)
            trial = _attempt(ctx, tight, wider, 1.0, measurer)
            if trial.fits:
                content, geo, floor = tight, wider, trial
        if floor.fits:
            low, high = 1.0, top
            best = floor
            for _ in range(_BISECT_STEPS):
                middle = (low + high) / 2
                trial = _attempt(ctx, content, geo, middle, measurer)
                if trial.fits:
                    low, best = middle, trial
                else:
                    high = middle
        else:
            best = floor
    if best.fits:
        best = _balance(ctx, content, geo, best, measurer)
        return [PersonaPage(ctx, persona, content, best)], _unplaceable_notes(persona, best)
    return _flow_on(ctx, persona, content, geo, best, measurer)


def _column_width(geo: Geometry) -> float:
    inner_w = geo.width - 2 * geo.margin
    return (inner_w - geo.gap * (geo.columns - 1)) / geo.columns


def _nearly_fits(geo: Geometry, layout: PageLayout, measurer: Measurer) -> bool:
    """True when what is left over is small enough (a fifth of the columns) for the tight
    layout to have a chance; otherwise trying it only costs time."""
    if layout.unplaceable:
        return False
    inner_w = geo.width - 2 * geo.margin
    column_w = (inner_w - geo.gap * (geo.columns - 1)) / geo.columns
    left = _stack_height(layout.left, column_w, measurer)
    return left <= 0.2 * geo.columns * geo.height * 0.6


def _word_cap(content: PersonaContent, geo: Geometry) -> float:
    """The largest scale at which no word is wider than the space it is set in (above it,
    ReportLab would break words in the middle). A word wider than half its space at the
    floor (a long URL, a chemical name) does not cap the scale: it is broken at the column's
    edge instead, so one such word never shrinks the whole poster."""
    inner_w = geo.width - 2 * geo.margin
    column_w = (inner_w - geo.gap * (geo.columns - 1)) / geo.columns
    header_w = inner_w - geo.photo - geo.gap
    cap = MAX_SCALE
    groups = [(content.header, header_w), (content.body, column_w), (content.footer, inner_w)]
    if content.banner is not None:
        groups.append(([content.banner], inner_w))
    for flowables, width in groups:
        for flowable in flowables:
            narrowest = getattr(flowable, "min_width", None)
            if narrowest is not None:
                least = max(narrowest(), 1.0)
                if least <= width / 2:
                    cap = min(cap, width / least)
    return cap


def _balance(
    ctx: ExportContext,
    content: PersonaContent,
    geo: Geometry,
    layout: PageLayout,
    measurer: Measurer,
) -> PageLayout:
    """The same scale with the shortest columns that still hold everything."""
    if geo.columns < 2:
        return layout
    low, high = 0.0, geo.height
    best = layout
    for _step in range(_BALANCE_STEPS):
        middle = (low + high) / 2
        trial = _attempt(ctx, content, geo, layout.scale, measurer, column_height=middle)
        if trial.fits:
            high, best = middle, trial
        else:
            low = middle
    return best


def _flow_on(
    ctx: ExportContext,
    persona: Persona,
    content: PersonaContent,
    geo: Geometry,
    first: PageLayout,
    measurer: Measurer,
) -> tuple[list[PersonaPage], list[str]]:
    layouts = [first]
    queue = list(first.left)
    moved: list[str] = []
    for flowable in queue:
        tag = getattr(flowable, "tag", None)
        if tag and tag not in moved:
            moved.append(tag)
    unplaceable = list(first.unplaceable)
    while queue and len(layouts) < _MAX_PAGES:
        start = list(queue)
        layout, result = _continuation(ctx, content, geo, start, len(layouts) + 1, 0, measurer)
        queue = list(result.left)
        if not queue and geo.columns > 1:
            layout, result = _balance_last(
                ctx, content, geo, start, len(layouts) + 1, measurer, layout, result
            )
        unplaceable += result.unplaceable
        layouts.append(layout)
    pages = [PersonaPage(ctx, persona, content, layout) for layout in layouts]
    # Page numbers in the "continued" titles are known only now.
    for number, layout in enumerate(layouts[1:], start=2):
        title = content.continued(number, len(layouts))
        old = layout.placed[0]
        _width, height = title.wrap(old.avail, geo.height)
        layout.placed[0] = Placed(
            title, old.x, old.y + old.height - height, old.width, height, old.avail
        )
    name = persona.name or _("Unnamed persona")
    notes = [
        ngettext(
            "{name}: {sections} did not fit on one {paper} page at the smallest type size "
            "({size} pt), so the poster continues on {count} more page.",
            "{name}: {sections} did not fit on one {paper} page at the smallest type size "
            "({size} pt), so the poster continues on {count} more pages.",
            len(layouts) - 1,
        ).format(
            name=name,
            sections=", ".join(moved) or _("the last sections"),
            paper=ctx.paper.label,
            size=f"{ctx.floor:g}",
            count=len(layouts) - 1,
        )
    ]
    if queue:
        notes.append(
            ngettext(
                "{name}: the text is too long for {count} page; what is left is not printed.",
                "{name}: the text is too long for {count} pages; what is left is not printed.",
                _MAX_PAGES,
            ).format(name=name, count=_MAX_PAGES)
        )
    notes += _unplaceable_notes(persona, PageLayout(1.0, unplaceable=unplaceable))
    return pages, notes


def _balance_last(
    ctx: ExportContext,
    content: PersonaContent,
    geo: Geometry,
    queue: list[Flowable],
    page: int,
    measurer: Measurer,
    layout: PageLayout,
    result: FlowResult,
) -> tuple[PageLayout, FlowResult]:
    low, high = 0.0, geo.height
    for _step in range(_BALANCE_STEPS):
        middle = (low + high) / 2
        trial, outcome = _continuation(ctx, content, geo, list(queue), page, 0, measurer, middle)
        if outcome.fits:
            high, layout, result = middle, trial, outcome
        else:
            low = middle
    return layout, result


def _unplaceable_notes(persona: Persona, layout: PageLayout) -> list[str]:
    out = []
    for flowable in layout.unplaceable:
        out.append(
            _("{name}: {text} is too large for the page and is not printed.").format(
                name=beginning(persona.name, 60), text=repr(_printed_text(flowable)[:60])
            )
        )
    return out


def _printed_text(flowable: Flowable) -> str:
    """The text of a flowable, also of a piece ReportLab split off a paragraph (whose
    ``text`` is None: its words are only in its fragments)."""
    text = getattr(flowable, "text", None)
    if isinstance(text, str):
        return text
    words = []
    for frag in getattr(flowable, "frags", None) or []:
        piece = getattr(frag, "text", None)
        if not isinstance(piece, str):
            piece = " ".join(str(word) for word in getattr(frag, "words", None) or [])
        words.append(piece)
    return "".join(words)
