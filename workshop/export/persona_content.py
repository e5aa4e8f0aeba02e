"""What a persona page says, as flowables at the paper's floor type size.

The page layout (``persona_page``) scales all of it up together while it fits, so the
hierarchy holds at every size: the footer and evidence lines are the smallest text, at the
floor; item text is 1.25 times that; headings, quote, archetype and the name larger.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import Color, black
from reportlab.platypus import Flowable

from workshop.domain.check_report import thresholds_short
from workshop.domain.model import Persona, PersonaItem, PersonaStatus, Section, WorkshopSnapshot
from workshop.export.blocks import Boxed
from workshop.export.evidence import Evidence
from workshop.export.fonts import FontChain, font_chain
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
from workshop.export.themes import Palette, Theme, palette
from workshop.i18n import N_, _

#: Type sizes as multiples of the paper's floor.
SIZES: dict[str, float] = {
    "footer": 1.0,
    "evidence": 1.0,
    "body": BODY_RATIO,
    "heading": 1.5,
    "segment": 1.15,
    "quote": 1.6,
    "archetype": 1.75,
    "banner": 1.4,
    "continued": 2.0,
    "name": 3.4,
}

STATUS_WORDS: dict[PersonaStatus, str] = {
    PersonaStatus.DRAFT: N_("Draft"),
    PersonaStatus.VALIDATED: N_("Validated"),
    PersonaStatus.RETIRED: N_("Retired"),
}


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

    def __post_init__(self) -> None:
        self.evidence = Evidence(self.snapshot)
        self.chain = font_chain(self.theme.family)

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
        )
        if paragraph.was_cut:
            named = what or _("The text beginning “{text}”").format(text=beginning(text))
            self.cut[cut_notice(named, len(text))] = None
        return paragraph


def assumption_reason(persona: Persona, flagged: Collection[str]) -> str | None:
    """Why this persona is marked assumption-based, or None when it is not."""
    reasons = []
    if persona.is_proto:
        reasons.append(_("proto-persona drafted from the team's assumptions"))
    if persona.id in flagged:
        reasons.append(_("fails the evidence check"))
    if not reasons:
        return None
    return _("ASSUMPTION-BASED: {reasons}").format(reasons="; ".join(reasons))


@dataclass
class PersonaContent:
    banner: Boxed | None
    header: list[Flowable]
    body: list[Flowable]
    footer: list[Flowable]
    palette: Palette
    continued: Callable[[int, int], Flowable]


def tagged(flowable: Any, tag: str) -> Any:
    flowable.tag = tag
    return flowable


def build_content(ctx: ExportContext, persona: Persona, spacing: float = 1.0) -> PersonaContent:
    """The page's flowables; ``spacing`` scales the white space between them."""
    theme = ctx.theme
    colours = palette(theme, persona.colour)
    floor = ctx.floor
    gap = floor * spacing
    reason = assumption_reason(persona, ctx.flagged)
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
            )
        )
    current: Section | None = None
    for item in ctx.snapshot.items_of(persona.id):
        if not clean(item.text):
            continue
        if item.section is not current:
            current = item.section
            body.append(_heading(ctx, item.section.label, colours, gap))
        body.extend(_item_blocks(ctx, item, colours, gap, persona.name))

    footer = [
        tagged(ctx.paragraph(_footer_text(ctx, persona, reason), "footer", colours.muted), "Footer")
    ]

    def continued(page: int, pages: int) -> Flowable:
        text = _("{name} (continued, page {page} of {pages})").format(
            name=persona.name or _("Unnamed persona"), page=page, pages=pages
        )
        return ctx.paragraph(text, "continued", colours.accent, bold=True)

    return PersonaContent(banner, header, body, footer, colours, continued)


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


def _heading(ctx: ExportContext, label: str, colours: Palette, gap: float) -> Flowable:
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
    return tagged(block, label)


def _item_blocks(
    ctx: ExportContext, item: PersonaItem, colours: Palette, gap: float, persona_name: str = ""
) -> list[Flowable]:
    section = item.section.label
    indent = ctx.size("body") * 1.1
    what = item_name(persona_name, item)
    blocks: list[Flowable] = [
        tagged(
            ctx.paragraph(
                item.text, "body", colours.ink, bullet="\u2022", keep_with_next=True, what=what
            ),
            section,
        )
    ]
    metric = _metric_line(item)
    if metric:
        blocks.append(
            tagged(
                ctx.paragraph(
                    metric, "evidence", colours.ink, bold=True, indent=indent, keep_with_next=True
                ),
                section,
            )
        )
    count = ctx.evidence.of_item(item.id)
    if count.notes:
        line, colour = _("Evidence: {count}").format(count=count.describe_short()), colours.muted
    else:
        line, colour = _("No evidence linked"), colours.warn
    blocks.append(
        tagged(
            ctx.paragraph(line, "evidence", colour, indent=indent, space_after=gap * 0.55),
            section,
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
        parts.append(item.metric_kind.value.replace("_", " ").capitalize())
    baseline, target = clean(item.metric_baseline), clean(item.metric_target)
    if baseline:
        parts.append(_("baseline {value}").format(value=baseline))
    if target:
        parts.append(_("target {value}").format(value=target))
    return " · ".join(parts)


def _footer_text(ctx: ExportContext, persona: Persona, reason: str | None) -> str:
    workshop = workshop_title(ctx.snapshot.workshop.title)
    reviewed = persona.last_reviewed.isoformat() if persona.last_reviewed else _("never")
    status = _(STATUS_WORDS.get(persona.status, str(persona.status)))
    parts = [
        workshop,
        _("Status: {status}").format(status=status),
        _("Last reviewed: {date}").format(date=reviewed),
    ]
    if clean(persona.owner):
        parts.append(_("Owner: {owner}").format(owner=clean(persona.owner)))
    evidence = ctx.evidence.of_persona(persona).describe()
    parts.append(_("Evidence: {count}").format(count=evidence))
    parts.append(thresholds_short(ctx.snapshot.workshop.check_settings))
    if reason:
        parts.append(_("Assumption-based"))
    return "  ·  ".join(parts)


def initials(name: str) -> str:
    words = [w for w in clean(name).split() if w]
    letters = "".join(word[0] for word in words[:2])
    return letters.upper() or "?"
