"""What a persona page says, as flowables at the paper's floor type size.

The page layout (``persona_page``) scales all of it up together while it fits, so the
hierarchy holds at every size: the footer and evidence lines are the smallest text, at the
floor; item text is 1.25 times that; headings, quote, archetype and the name larger.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib.colors import Color, black
from reportlab.platypus import Flowable

from workshop.domain.check_report import thresholds_short
from workshop.domain.initials import initials
from workshop.domain.model import CheckSettings, Persona, PersonaItem, Section, WorkshopSnapshot
from workshop.export.blocks import BadgedItem, Boxed
from workshop.export.evidence import Evidence
from workshop.export.fonts import FontChain, font_chain
from workshop.export.labels import STATUS_WORDS, PersonaLabel, open_findings, strength
from workshop.export.labels import persona_label as _persona_label
from workshop.export.paper import BODY_RATIO, Paper
from workshop.export.photos import AssetLoader
from workshop.export.text import (
    PlainParagraph,
    beginning,
    bounded,
    clean,
    cut_notice,
    make_style,
    workshop_title,
)
from workshop.export.themes import Palette, Theme, palette, text_on
from workshop.i18n import _

#: Item text as a multiple of the floor on wall sizes (A2, A1, A0): 24 pt on A2, legible
#: from about 2 m (see the README's Printing section). Smaller paper is read from a step
#: away, at BODY_RATIO (A3 and Tabloid 15 pt, A4 and Letter 11.25 pt).
WALL_BODY_RATIO = 1.5
WALL_SIZES = frozenset({"A2", "A1", "A0"})

#: Type sizes as multiples of the paper's floor.
SIZES: dict[str, float] = {
    "footer": 1.0,
    "evidence": 1.0,
    "body": BODY_RATIO,
    "heading": 1.5,
    "segment": 1.15,
    "quote": 2.0,
    "archetype": 1.5,
    "banner": 1.4,
    "continued": 2.0,
    "name": 3.4,
}

__all__ = ["STATUS_WORDS", "initials"]

#: URLs longer than this print as their host and a short path (the rest of the text keeps
#: its size; the full address stays in the workshop and the deck's appendix).
URL_PRINT_MAX = 40
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)


#: Quote marks a facilitator may have typed around a quote (the poster adds its own).
QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb\u300c\u300d"


def unquoted(text: str) -> str:
    """The quote without the marks around it, if it was typed with them."""
    stripped = text.strip()
    if len(stripped) >= 2 and stripped[0] in QUOTE_MARKS and stripped[-1] in QUOTE_MARKS:
        return stripped[1:-1].strip()
    return stripped


@dataclass
class ExportContext:
    """What every page of one export shares."""

    snapshot: WorkshopSnapshot
    paper: Paper
    theme: Theme
    load_asset: AssetLoader
    flagged: Collection[str] = ()
    evidence: Evidence = field(init=False)
    chain: FontChain = field(init=False)
    missing: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)
    #: Texts too long to print whole, one sentence each naming the text (in order, once).
    cut: dict[str, None] = field(default_factory=dict)
    #: The day the evidence check runs for the labels (today unless a test says otherwise).
    today: date = field(default_factory=date.today)
    _labels: dict[str, PersonaLabel] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.evidence = Evidence(self.snapshot)
        self.chain = font_chain(self.theme.family)

    def label(self, persona: Persona) -> PersonaLabel:
        """The persona's honest label (``labels``), worked out once per export."""
        found = self._labels.get(persona.id)
        if found is None:
            found = _persona_label(
                persona, self.flagged, lambda p: open_findings(self.snapshot, p, self.today)
            )
            self._labels[persona.id] = found
        return found

    @functools.cached_property
    def check_settings(self) -> CheckSettings:
        """The workshop's evidence check thresholds (read once per export)."""
        return self.snapshot.workshop.check_settings

    def warn(self, sentence: str) -> None:
        """Add ``sentence`` to the export's warnings once."""
        if sentence not in self.warnings:
            self.warnings.append(sentence)

    def bounded(self, text: str, what: str) -> str:
        """``text`` cut to what an export prints of one text (``PRINT_TEXT_MAX``); when it
        is cut, the export will say so, naming it by ``what``."""
        shown, cut = bounded(text)
        if cut:
            self.cut[cut_notice(what, len(text))] = None
        return shown

    @property
    def floor(self) -> float:
        return self.paper.min_type

    def size(self, role: str) -> float:
        if role == "body" and self.paper.name in WALL_SIZES:
            return WALL_BODY_RATIO * self.floor
        return SIZES[role] * self.floor

    def paragraph(
        self,
        text: str,
        role: str,
        colour: Color,
        *,
        bold: bool = False,
        bullet: str | None = None,
        indent: float = 0.0,
        space_before: float = 0.0,
        space_after: float = 0.0,
        leading: float = 1.25,
        keep_with_next: bool = False,
        what: str | None = None,
    ) -> PlainParagraph:
        """A paragraph of user text; ``what`` names it (“Maya: the Goals item …”) should
        it be too long to print whole (the export then says it was cut)."""
        if what is not None:
            text = self.bounded(text, what)
        size = self.size(role)
        bullet_room = size * 1.1 if bullet else 0.0
        style = make_style(
            f"{role}-{'b' if bold else 'r'}",
            self.chain,
            size,
            bold=bold,
            colour=colour,
            leading=leading,
            left_indent=indent + bullet_room,
            bullet_indent=indent,
            space_before=space_before,
            space_after=space_after,
        )
        paragraph = PlainParagraph(
            text,
            style,
            self.chain,
            bold=bold,
            bullet=bullet,
            missing=self.missing,
            keep_with_next=keep_with_next,
            where=what,
        )
        if paragraph.was_cut:
            named = what or _("The text beginning “{text}”").format(text=beginning(text))
            self.cut[cut_notice(named, len(text))] = None
        return paragraph


def short_urls(text: str) -> str:
    """``text`` with each long URL as its host and a short path ("example.org/guides/…")."""

    def shorten(match: re.Match[str]) -> str:
        url = match.group(0)
        if len(url) <= URL_PRINT_MAX:
            return url
        bare = re.sub(r"^(?:https?://)?(?:www\.)?", "", url, flags=re.IGNORECASE)
        host, _, path = bare.partition("/")
        first = re.split(r"[/?#]", path, maxsplit=1)[0] if path else ""
        if len(first) > 16:
            first = first[:15]
        if not path:
            return host
        more = len(path) > len(first)
        return f"{host}/{first}/\u2026" if more else f"{host}/{first}\u2026"

    return _URL.sub(shorten, text)


@dataclass
class PersonaContent:
    banner: Boxed | None
    header: list[Flowable]
    body: list[Flowable]
    footer: list[Flowable]
    palette: Palette
    continued: Callable[[int, int], Flowable]
    #: The heading a section repeats at the top of a column it continues in.
    section_continued: Callable[[str], Flowable] | None = None


def tagged(flowable: Any, tag: str, *, section_part: bool = False) -> Any:
    """``flowable`` marked with what it belongs to; a ``section_part`` (an item, its badge)
    continuing at the top of a column gets the section's heading repeated there, and is
    never split across columns unless it is longer than a column."""
    flowable.tag = tag
    flowable.section_part = section_part
    flowable.keep_whole = section_part
    style = getattr(flowable, "style", None)
    if style is not None:
        style.allowWidows = 0  # no lone last line at the top of a column
    return flowable


def build_content(ctx: ExportContext, persona: Persona, spacing: float = 1.0) -> PersonaContent:
    """The page's flowables; ``spacing`` scales the white space between them."""
    theme = ctx.theme
    colours = palette(theme, persona.colour)
    floor = ctx.floor
    gap = floor * spacing
    reason = ctx.label(persona).banner
    banner = None
    if reason:
        banner = Boxed(
            ctx.paragraph(reason, "banner", theme.banner_ink, bold=True),
            pad_x=floor * 0.8,
            pad_y=floor * 0.45,
            fill=theme.banner_fill,
            border=(black, floor * 0.25) if theme.banner_fill is None else None,
        )

    header: list[Flowable] = [
        tagged(
            ctx.paragraph(
                persona.name or _("Unnamed persona"),
                "name",
                colours.band_ink,
                bold=True,
                leading=1.1,
            ),
            "Name",
        )
    ]
    if clean(persona.archetype):
        header.append(
            tagged(
                ctx.paragraph(
                    persona.archetype,
                    "archetype",
                    colours.band_ink,
                    space_before=gap * 0.2,
                    what=_("{name}: the archetype").format(name=_who(persona)),
                ),
                "Archetype",
            )
        )
    if clean(persona.quote):
        quote = unquoted(
            clean(ctx.bounded(persona.quote, _("{name}: the quote").format(name=_who(persona))))
        )
        header.append(
            tagged(
                ctx.paragraph(
                    f"\u201c{quote}\u201d",
                    "quote",
                    colours.band_ink,
                    space_before=gap * 0.6,
                ),
                "Quote",
            )
        )
    segment = _segment_line(persona)
    if segment:
        header.append(
            tagged(
                ctx.paragraph(segment, "segment", colours.band_muted, space_before=gap * 0.5),
                "Segment",
            )
        )

    body: list[Flowable] = []
    if clean(persona.role_context):
        body.append(_heading(ctx, _("Role and context"), colours, gap))
        body.append(
            tagged(
                ctx.paragraph(
                    persona.role_context,
                    "body",
                    colours.ink,
                    space_after=gap * 0.4,
                    what=_("{name}: the role and context").format(name=_who(persona)),
                ),
                "Role and context",
                section_part=True,
            )
        )
    current: Section | None = None
    for item in ctx.snapshot.items_of(persona.id):
        if not clean(item.text):
            continue
        if item.section is not current:
            current = item.section
            body.append(_heading(ctx, item.section.label, colours, gap))
        body.extend(_item_blocks(ctx, item, colours, gap, persona))
    if not body:
        who = _who(persona)
        body.append(
            tagged(
                ctx.paragraph(
                    _("This persona is empty: it has no role, context or items yet."),
                    "heading",
                    colours.warn,
                    bold=True,
                ),
                "Empty",
            )
        )
        ctx.warn(
            _("{name} is empty (no role, context or items): its poster says so.").format(name=who)
        )

    footer = [
        tagged(ctx.paragraph(_footer_text(ctx, persona, reason), "footer", colours.muted), "Footer")
    ]

    def continued(page: int, pages: int) -> Flowable:
        text = _("{name} (continued, page {page} of {pages})").format(
            name=persona.name or _("Unnamed persona"), page=page, pages=pages
        )
        return ctx.paragraph(text, "continued", colours.accent, bold=True)

    repeated: dict[str, Flowable] = {}

    def section_continued(label: str) -> Flowable:
        """The repeated heading (made once per section: layout tries many sizes)."""
        if label not in repeated:
            heading = _("{section}, continued").format(section=label)
            repeated[label] = _heading(ctx, heading, colours, gap, tag=label)
        return repeated[label]

    return PersonaContent(banner, header, body, footer, colours, continued, section_continued)


def _who(persona: Persona) -> str:
    return clean(persona.name[:200]) or _("Unnamed persona")


def _segment_line(persona: Persona) -> str:
    name = clean(persona.segment_name)
    size = clean(persona.segment_size)
    source = clean(persona.segment_size_source)
    if not (name or size):
        return ""
    text = _("Segment: {name}").format(name=name) if name else _("Segment")
    if size:
        text += _(" · size {size}").format(size=size)
        if source:
            text += _(" (source: {source})").format(source=source)
    return text


def _heading(
    ctx: ExportContext, label: str, colours: Palette, gap: float, tag: str | None = None
) -> Flowable:
    floor = ctx.floor
    if ctx.theme.heading == "chip":
        block = Boxed(
            ctx.paragraph(label, "heading", colours.chip_ink, bold=True, leading=1.15),
            pad_x=floor * 0.5,
            pad_y=floor * 0.25,
            fill=colours.accent,
            space_before=gap * 1.1,
            space_after=gap * 0.4,
            keep_with_next=True,
        )
    else:
        heavy = ctx.theme.name == "high-contrast"
        block = Boxed(
            ctx.paragraph(label, "heading", colours.accent, bold=True, leading=1.15),
            rule=(colours.accent, floor * (0.22 if heavy else 0.12)),
            space_before=gap * 1.1,
            space_after=gap * 0.4,
            keep_with_next=True,
        )
    block.is_heading = True
    return tagged(block, tag or label)


def _item_blocks(
    ctx: ExportContext,
    item: PersonaItem,
    colours: Palette,
    gap: float,
    persona: Persona | None = None,
) -> list[Flowable]:
    """The item with its evidence badge (its distinct respondents, or studies for analytics,
    as the evidence check counts them; filled when strong: :class:`BadgedItem`), its metric
    line, and for a research persona a word when the item rests on assumptions only or on
    nothing. The notes are in the deck's appendix."""
    section = item.section.label
    side = ctx.size("body")
    indent = side * 1.45
    what = item_name(persona.name if persona else "", item)
    count = ctx.evidence.of_item(item.id)
    _words, kind = strength(count, ctx.check_settings.min_sources)
    colour = colours.accent if kind in ("strong", "thin") else colours.warn
    # No evidence at all: the badge's 0 says it (the footer explains the badge).
    extra: list[str] = []
    if kind == "assumption":
        extra = [_("Assumption-based (no research behind it)")]
    if persona is not None and persona.is_proto:
        extra = []  # the banner says the whole persona is assumption-based
    metric = _metric_line(item)
    paragraph = ctx.paragraph(
        short_urls(item.text),
        "body",
        colours.ink,
        indent=indent,
        keep_with_next=bool(metric or extra),
        space_after=0.0 if (metric or extra) else gap * 0.6,
        what=what,
    )
    tagged(paragraph, section, section_part=True)
    badged = BadgedItem(
        paragraph,
        label=str(count.distinct),
        colour=colour,
        filled=kind == "strong",
        label_ink=text_on(colour) if kind == "strong" else colour,
        font=ctx.chain.bold,
        side=side,
        min_text=ctx.floor,
    )
    badged.strength = kind
    blocks: list[Flowable] = [tagged(badged, section, section_part=True)]
    lines = ([(metric, colours.ink, True)] if metric else []) + [
        (line, colours.warn, False) for line in extra
    ]
    for index, (line, ink, bold) in enumerate(lines):
        last = index == len(lines) - 1
        blocks.append(
            tagged(
                ctx.paragraph(
                    line,
                    "evidence",
                    ink,
                    bold=bold,
                    indent=indent,
                    keep_with_next=not last,
                    space_after=gap * 0.6 if last else 0.0,
                ),
                section,
                section_part=True,
            )
        )
    return blocks


def item_name(persona_name: str, item: PersonaItem) -> str:
    """“Maya: the Goals item “Finish the weekly…”” for messages about an item."""
    who = clean(persona_name[:200]) or _("Unnamed persona")
    return _("{name}: the {section} item “{text}”").format(
        name=who, section=item.section.label, text=beginning(item.text)
    )


def _metric_line(item: PersonaItem) -> str:
    parts = []
    if item.metric_kind is not None:
        parts.append(item.metric_kind.label)
    baseline, target = clean(item.metric_baseline), clean(item.metric_target)
    if baseline:
        parts.append(_("baseline {value}").format(value=baseline))
    if target:
        parts.append(_("target {value}").format(value=target))
    return " · ".join(parts)


def _footer_text(ctx: ExportContext, persona: Persona, reason: str | None) -> str:
    workshop = workshop_title(ctx.snapshot.workshop.title)
    reviewed = persona.last_reviewed.isoformat() if persona.last_reviewed else _("never")
    parts = [
        workshop,
        _("Status: {status}").format(status=ctx.label(persona).status),
        _("Last reviewed: {date}").format(date=reviewed),
    ]
    if clean(persona.owner):
        parts.append(_("Owner: {owner}").format(owner=clean(persona.owner)))
    evidence = ctx.evidence.of_persona(persona).describe()
    parts.append(_("Evidence: {count}").format(count=evidence))
    parts.append(thresholds_short(ctx.check_settings))
    parts.append(
        _(
            "The number beside each item: its distinct respondents (or studies, for "
            "analytics; filled: at least {count}; 0: no research behind it; the notes are in "
            "the deck)"
        ).format(count=ctx.check_settings.min_sources)
    )
    return "  \u00b7  ".join(parts)
