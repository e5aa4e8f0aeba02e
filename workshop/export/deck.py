"""The persona deck: an optional cover, one poster page per persona (more when a persona
does not fit), and an optional evidence appendix listing, per item, the notes behind it
with their source labels: the traceable trail from every claim to the research.

Where the appendix's notes go on in the next column or on the next page, the persona's
heading is repeated there, marked as continued ("Dana — evidence (continued)"), and so is
the claim when its notes are what goes on: no column of notes without whose and which
claim they are."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from reportlab.platypus import Flowable

from workshop.domain.check_report import thresholds_line
from workshop.domain.model import Decision, Persona, WorkshopSnapshot
from workshop.export.blocks import Boxed
from workshop.export.document import DocumentPage, flow_pages, one_page
from workshop.export.output import (
    ExportReport,
    Page,
    Target,
    missing_characters_warning,
    pdf_canvas,
    write_pdf,
)
from workshop.export.paper import paper
from workshop.export.persona_content import ExportContext, item_name
from workshop.export.photos import AssetLoader, no_assets
from workshop.export.poster import chosen_personas, lay_out
from workshop.export.sentences import first_words, in_sentence, room_sentence
from workshop.export.text import clean, note_name, workshop_title
from workshop.export.themes import palette
from workshop.export.themes import theme as find_theme
from workshop.i18n import N_, _

_DECISION_WORDS: dict[str, str] = {
    Decision.ONBOARDING_UX.value: N_("Onboarding and UX"),
    Decision.MESSAGING.value: N_("Messaging"),
    Decision.CONTENT_STRATEGY.value: N_("Content strategy"),
    Decision.OTHER.value: N_("Other"),
}


def export_deck(
    snapshot: WorkshopSnapshot,
    out: Target,
    *,
    persona_ids: Sequence[str] | None = None,
    size: str = "A4",
    landscape: bool = True,
    theme: str = "classic",
    cover: bool = True,
    appendix: bool = True,
    load_asset: AssetLoader = no_assets,
    flagged_persona_ids: Collection[str] = (),
    fit_each: bool = False,
) -> ExportReport:
    """Print the persona deck (see the package docstring)."""
    ctx = ExportContext(
        snapshot, paper(size, landscape), find_theme(theme), load_asset, flagged_persona_ids
    )
    personas = chosen_personas(snapshot, persona_ids)
    report = ExportReport(min_type_size=ctx.floor)
    title = workshop_title(snapshot.workshop.title)
    deck_title = _("{title} – persona deck").format(title=title)
    with pdf_canvas(deck_title, _("Persona deck")) as (canvas, buffer):
        pages: list[Page] = []
        if cover:
            cover_pages, lost = _pages(ctx, _cover(ctx, personas), N_("Cover"))
            pages += cover_pages
            report.did_not_fit += _lost(lost, _("the cover"))
        pages += lay_out(ctx, personas, report, fit_each=fit_each)
        if appendix:
            appendix_pages, lost = _pages(
                ctx,
                _appendix(ctx, personas),
                N_("Evidence appendix"),
                continued=appendix_continued(ctx),
            )
            pages += appendix_pages
            report.did_not_fit += _lost(lost, _("the evidence appendix"))
        for page in pages:
            canvas.setPageSize((page.width, page.height))
            page.draw(canvas)
            canvas.showPage()
        report.pages = len(pages)
        canvas.save()
        data = buffer.getvalue()
    report.did_not_fit += list(ctx.cut)
    report.warnings += ctx.warnings
    warning = missing_characters_warning(ctx.missing)
    if warning:
        report.warnings.append(warning)
    report.path = write_pdf(data, out)
    return report


def _lost(flowables: list[Flowable], where: str) -> list[str]:
    return [
        _("{text} in {where} is too large for the page and is not printed.").format(
            text=repr(getattr(f, "text", "")[:60]), where=where
        )
        for f in flowables
    ]


def _pages(
    ctx: ExportContext,
    flowables: list[Flowable],
    label: str,
    *,
    continued: Callable[[str], list[Flowable]] | None = None,
) -> tuple[list[DocumentPage], list[Flowable]]:
    width, height = ctx.paper.size
    short = min(width, height)
    colours = palette(ctx.theme, "#607d8b")
    title = workshop_title(ctx.snapshot.workshop.title)

    def footer(number: int) -> Flowable:
        page = _("page {number}").format(number=number)
        return ctx.paragraph(f"{title}  ·  {_(label)}  ·  {page}", "footer", colours.muted)

    if label == "Cover":
        page = one_page(
            flowables,
            ctx.paper.size,
            margin=short * 0.07,
            gap=short * 0.04,
            footer=footer(1),
            rule_colour=colours.muted,
            max_scale=2.0,
        )
        if page is not None:
            return [page], []
    return flow_pages(
        flowables,
        ctx.paper.size,
        margin=short * 0.07,
        gap=short * 0.04,
        columns=2 if width > height and label != "Cover" else 1,
        footer=footer,
        rule_colour=colours.muted,
        continued=continued,
    )


def _cover(ctx: ExportContext, personas: list[Persona]) -> list[Flowable]:
    workshop = ctx.snapshot.workshop
    theme = ctx.theme
    floor = ctx.floor
    ink, muted = theme.ink, theme.muted
    accent = palette(theme, "#3949ab").accent
    out: list[Flowable] = [
        ctx.paragraph(workshop_title(workshop.title), "name", ink, bold=True, leading=1.1),
        ctx.paragraph(_("Persona deck"), "archetype", accent, bold=True, space_before=floor * 0.4),
    ]

    def field(label: str, value: str) -> None:
        if clean(value):
            out.append(ctx.paragraph(label, "evidence", muted, bold=True, space_before=floor))
            out.append(ctx.paragraph(value, "body", ink))

    field(_("Goal"), workshop.goal)
    field(_("Product"), workshop.product)
    field(_("Target segments"), workshop.target_segments)
    field(
        _("Decisions these personas inform"),
        ", ".join(_(_DECISION_WORDS[d]) if d in _DECISION_WORDS else d for d in workshop.decisions),
    )
    field(_("Metrics that matter"), ", ".join(workshop.metrics))
    field(_("Evidence check"), thresholds_line(workshop.check_settings))
    out.append(
        ctx.paragraph(
            _("Personas in this deck"), "heading", accent, bold=True, space_before=floor * 1.8
        )
    )
    for persona in personas:
        line = persona.name or _("Unnamed persona")
        if clean(persona.archetype):
            line += f" — {clean(persona.archetype)}"
        details = [ctx.label(persona).short]
        out.append(ctx.paragraph(line, "body", ink, bullet="\u2022", space_before=floor * 0.4))
        out.append(
            ctx.paragraph(", ".join(details), "evidence", muted, indent=ctx.size("body") * 1.1)
        )
    return out


#: What an appendix flowable below a heading belongs to (its ``tag``, see ``_part``).
_PERSONA, _ITEM = "persona:", "item:"


def _part(flowable: Flowable, tag: str) -> Flowable:
    """``flowable`` marked as going on under the heading above it: a column it starts
    begins with the headings repeated (:func:`appendix_continued`)."""
    flowable.tag = tag
    flowable.section_part = True
    return flowable


def _persona_heading(ctx: ExportContext, persona: Persona, text: str) -> Boxed:
    colours = palette(ctx.theme, persona.colour)
    floor = ctx.floor
    return Boxed(
        ctx.paragraph(text, "heading", colours.accent, bold=True),
        rule=(colours.accent, floor * 0.12),
        space_before=floor * 1.4,
        space_after=floor * 0.5,
        keep_with_next=True,
    )


def _claim_line(ctx: ExportContext, text: str) -> Flowable:
    return ctx.paragraph(
        text, "body", ctx.theme.ink, bold=True, space_before=ctx.floor * 0.7, keep_with_next=True
    )


def _claim(section: str, text: str) -> str:
    """An item's line in the appendix: "Goals: Finish the weekly review…"."""
    return room_sentence(_("{section}: {claim}").format(section=section, claim=in_sentence(text)))


#: Double quote marks a note may have been typed between (the appendix adds its own).
_DOUBLE_QUOTES = '"\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d'


def _quoted(text: str) -> str:
    """A note in the appendix's quote marks, without those it was typed between
    (“"I gave up."” would print them twice); a note holding more than one quotation
    (“"A" and "B"”) keeps its own."""
    inner = text[1:-1].strip()
    if (
        len(text) > 2
        and text[0] in _DOUBLE_QUOTES
        and text[-1] in _DOUBLE_QUOTES
        and inner
        and not any(mark in inner for mark in _DOUBLE_QUOTES)
    ):
        text = inner
    return f"\u201c{text}\u201d"


def appendix_continued(ctx: ExportContext) -> Callable[[str], list[Flowable]]:
    """What a column of the appendix repeats when it starts below a heading: the persona's
    heading marked as continued, and the item's line too when its notes go on there."""
    personas = {persona.id: persona for persona in ctx.snapshot.personas}
    items = {item.id: item for item in ctx.snapshot.items}

    def continued(tag: str) -> list[Flowable]:
        item = items.get(tag.removeprefix(_ITEM)) if tag.startswith(_ITEM) else None
        persona = personas.get(item.persona_id if item else tag.removeprefix(_PERSONA))
        if persona is None:
            return []
        name = in_sentence(clean(persona.name) or _("Unnamed persona"))
        text = room_sentence(_("{name} — evidence (continued)").format(name=name))
        repeated: list[Flowable] = [_persona_heading(ctx, persona, text)]
        if item is not None:
            claim = in_sentence(first_words(clean(item.text)))
            line = _("{section}: {claim} (continued)").format(
                section=item.section.label, claim=claim
            )
            repeated.append(_claim_line(ctx, room_sentence(line)))
        for flowable in repeated:
            flowable.continues = True
        return repeated

    return continued


def _appendix(ctx: ExportContext, personas: list[Persona]) -> list[Flowable]:
    theme = ctx.theme
    floor = ctx.floor
    ink, muted = theme.ink, theme.muted
    out: list[Flowable] = [
        ctx.paragraph(_("Evidence appendix"), "continued", ink, bold=True),
        ctx.paragraph(
            _(
                "Every claim on the personas, with the notes behind it and where each note "
                "came from."
            ),
            "body",
            muted,
            space_after=floor,
        ),
    ]
    evidence = ctx.evidence
    for persona in personas:
        out.append(_persona_heading(ctx, persona, persona.name or _("Unnamed persona")))
        whose = _PERSONA + persona.id
        items = [item for item in ctx.snapshot.items_of(persona.id) if clean(item.text)]
        if not items:
            out.append(
                _part(ctx.paragraph(_("This persona has no items yet."), "body", muted), whose)
            )
        for item in items:
            item_text = ctx.bounded(item.text, item_name(persona.name, item))
            out.append(_part(_claim_line(ctx, _claim(item.section.label, clean(item_text))), whose))
            which = _ITEM + item.id
            notes = evidence.notes_of_item(item.id)
            if not notes:
                out.append(
                    _part(
                        ctx.paragraph(
                            _("No evidence linked."), "evidence", theme.warn, indent=floor
                        ),
                        which,
                    )
                )
            indent = ctx.size("evidence") * 1.1
            for note in notes:
                shown = ctx.bounded(note.text, note_name(note.text))
                empty = _("(a photo note)") if note.is_image else _("(an empty note)")
                text = clean(shown) or empty
                quoted = ctx.paragraph(
                    _quoted(text),
                    "evidence",
                    ink,
                    bullet="\u2013",
                    indent=floor * 0.5,
                    keep_with_next=True,
                )
                source = ctx.paragraph(
                    evidence.source_line(note),
                    "evidence",
                    muted,
                    indent=floor * 0.5 + indent,
                    space_after=floor * 0.3,
                )
                out += [_part(quoted, which), _part(source, which)]
    return out
