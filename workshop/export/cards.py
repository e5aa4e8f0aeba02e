"""Evidence cards: notes printed as cut-out cards the size of sticky notes.

Cards are 76×76 mm or 76×127 mm (127x76 for the wide way), laid out as many per sheet as
fit (the sheet turns if that fits more), with cut marks in the gutters. The note text is
set as large as fits (at least :data:`CARD_TEXT_MIN` pt); the source label, kind, date and
cluster sit small at the bottom (:data:`CARD_LABEL_PT` pt). A note too long for one card at
the minimum continues on the next card, marked "continued 2/3", and the report says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import Color, HexColor, black
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from workshop.domain.model import Note, WorkshopSnapshot
from workshop.errors import ExportFailed
from workshop.export.evidence import Evidence
from workshop.export.flow import Box, Measurer, Placed, draw, flow
from workshop.export.fonts import font_chain
from workshop.export.output import (
    ExportReport,
    Target,
    missing_characters_warning,
    pdf_canvas,
    write_pdf,
)
from workshop.export.paper import paper
from workshop.export.photos import AssetLoader, PhotoError, no_assets, print_image
from workshop.export.text import (
    PlainParagraph,
    bounded,
    clean,
    make_style,
    note_cut_notice,
    workshop_title,
)
from workshop.export.themes import parse_colour
from workshop.i18n import _

#: Card sizes offered (width x height, millimetres).
CARD_SIZES: dict[str, tuple[float, float]] = {
    "76x76": (76 * mm, 76 * mm),
    "76x127": (76 * mm, 127 * mm),
    "127x76": (127 * mm, 76 * mm),
}
CARD_TEXT_MIN = 11.0
CARD_TEXT_MAX = 30.0
CARD_LABEL_PT = 7.5
SHEET_MARGIN = 10 * mm
GUTTER = 6 * mm
PADDING = 4.5 * mm
_STEPS = 6
#: The most cards one note continues over: enough for the longest note (NOTE_TEXT_MAX,
#: about 55 of the smallest cards at the smallest type), and a bound on the work.
MOST_CARDS_PER_NOTE = 80


@dataclass
class CardSlot:
    """Where a card sits on its sheet (points, bottom-left)."""

    page: int
    x: float
    y: float
    width: float
    height: float


@dataclass
class Card:
    note: Note
    scale: float
    placed: list[Placed]
    label: Flowable
    part: int = 1
    parts: int = 1
    image: tuple[ImageReader, float, float] | None = None


@dataclass
class CardReport(ExportReport):
    #: Every card's place, in print order.
    slots: list[CardSlot] = field(default_factory=list)


def select_notes(
    snapshot: WorkshopSnapshot,
    *,
    cluster: str | None = None,
    source: str | None = None,
    unclustered: bool = False,
) -> list[str]:
    """Ids of the notes to print: all, a cluster's, a source's, or the unclustered ones.

    ``cluster`` and ``source`` may be an id, a cluster title or a source label (any case).
    """
    notes = list(snapshot.notes)
    if cluster is not None:
        wanted = cluster.strip().casefold()
        ids = {
            c.id
            for c in snapshot.clusters
            if c.id == cluster or c.title.strip().casefold() == wanted
        }
        if not ids:
            raise ExportFailed(f"There is no cluster called {cluster!r}.")
        notes = [n for n in notes if n.cluster_id in ids]
    if source is not None:
        wanted = source.strip().casefold()
        ids = {
            s.id for s in snapshot.sources if s.id == source or s.label.strip().casefold() == wanted
        }
        if not ids:
            raise ExportFailed(f"There is no source called {source!r}.")
        notes = [n for n in notes if n.source_id in ids]
    if unclustered:
        notes = [n for n in notes if n.cluster_id is None]
    return [n.id for n in notes]


def card_grid(card: str, sheet: str) -> tuple[tuple[float, float], list[tuple[float, float]]]:
    """The sheet size and the card origins on it (the orientation that holds more)."""
    if card not in CARD_SIZES:
        raise ExportFailed(f"Unknown card size {card!r}; choose one of {', '.join(CARD_SIZES)}.")
    card_w, card_h = CARD_SIZES[card]
    best: tuple[int, tuple[float, float], list[tuple[float, float]]] | None = None
    for landscape in (False, True):
        chosen = paper(sheet, landscape)
        columns = int((chosen.width - 2 * SHEET_MARGIN + GUTTER) // (card_w + GUTTER))
        rows = int((chosen.height - 2 * SHEET_MARGIN + GUTTER) // (card_h + GUTTER))
        if columns < 1 or rows < 1:
            continue
        used_w = columns * card_w + (columns - 1) * GUTTER
        used_h = rows * card_h + (rows - 1) * GUTTER
        left = (chosen.width - used_w) / 2
        top = (chosen.height + used_h) / 2
        origins = [
            (left + c * (card_w + GUTTER), top - (r + 1) * card_h - r * GUTTER)
            for r in range(rows)
            for c in range(columns)
        ]
        if best is None or len(origins) > best[0]:
            best = (len(origins), chosen.size, origins)
    if best is None:
        raise ExportFailed(f"{card} mm cards do not fit on {sheet} paper.")
    return best[1], best[2]


def export_cards(
    snapshot: WorkshopSnapshot,
    out: Target,
    *,
    note_ids: Sequence[str] | None = None,
    card_size: str = "76x76",
    sheet: str = "A4",
    load_asset: AssetLoader = no_assets,
) -> CardReport:
    """Print evidence cards (see the package docstring)."""
    by_id = snapshot.note_by_id()
    notes = list(snapshot.notes) if note_ids is None else [by_id[i] for i in note_ids if i in by_id]
    if not notes:
        raise ExportFailed("No notes to print: the chosen notes are empty or no longer there.")
    size, origins = card_grid(card_size, sheet)
    card_w, card_h = CARD_SIZES[card_size]
    maker = _CardMaker(snapshot, card_w, card_h, load_asset)
    cards: list[Card] = []
    for note in notes:
        cards += maker.cards(note)
    report = CardReport(min_type_size=CARD_LABEL_PT)
    per_sheet = len(origins)
    title = f"{workshop_title(snapshot.workshop.title)} – evidence cards"
    with pdf_canvas(title, "Evidence cards") as (canvas, buffer):
        for start in range(0, len(cards), per_sheet):
            canvas.setPageSize(size)
            page = start // per_sheet + 1
            for card, (x, y) in zip(cards[start : start + per_sheet], origins, strict=False):
                _draw_card(canvas, card, x, y, card_w, card_h)
                report.slots.append(CardSlot(page, x, y, card_w, card_h))
            for x, y in origins[: min(per_sheet, len(cards) - start)]:
                _cut_marks(canvas, x, y, card_w, card_h)
            canvas.showPage()
            report.pages = page
        canvas.save()
        data = buffer.getvalue()
    report.did_not_fit = maker.did_not_fit
    report.warnings = maker.warnings
    warning = missing_characters_warning(maker.missing)
    if warning:
        report.warnings.append(warning)
    report.path = write_pdf(data, out)
    return report


class _CardMaker:
    def __init__(
        self, snapshot: WorkshopSnapshot, width: float, height: float, load_asset: AssetLoader
    ) -> None:
        self.snapshot = snapshot
        self.width = width
        self.height = height
        self.load_asset = load_asset
        self.evidence = Evidence(snapshot)
        self.clusters = {c.id: c for c in snapshot.clusters}
        self.chain = font_chain("Noto Sans")
        self.missing: set[str] = set()
        self.did_not_fit: list[str] = []
        self.warnings: list[str] = []
        ink = HexColor("#1f2328")
        self.text_style = make_style(
            "card-text", self.chain, CARD_TEXT_MIN, colour=ink, leading=1.22
        )
        self.label_style = make_style(
            "card-label", self.chain, CARD_LABEL_PT, colour=HexColor("#30353b"), leading=1.2
        )

    def _label(self, note: Note, part: int, parts: int) -> PlainParagraph:
        text = self.evidence.source_line(note)
        asked = " ".join(clean(note.question).split())
        if asked:  # the question the note answers: "Han" means little on its own
            asked = asked if len(asked) <= 160 else asked[:159] + "…"
            text += "\n" + _("Question: {question}").format(question=asked)
        cluster = self.clusters.get(note.cluster_id or "")
        if cluster is not None and clean(cluster.title):
            text += f"\nCluster: {clean(cluster.title)}"
        if parts > 1:
            text += f"\ncontinued {part}/{parts}" if part > 1 else f"\n{part}/{parts}, continues"
        return PlainParagraph(text, self.label_style, self.chain, missing=self.missing)

    def _image(
        self, note: Note, room_w: float, room_h: float
    ) -> tuple[ImageReader, float, float] | None:
        if not note.asset_id:
            return None
        try:
            data = self.load_asset(note.asset_id)
        except Exception:  # the store's problem, but the card should still print
            data = None
        if data is None:
            self.warnings.append(
                f"The photo of note {_short(note)} is missing; only its text is printed."
            )
            return None
        try:
            return print_image(data, room_w, room_h, crop=False)
        except PhotoError:
            self.warnings.append(
                f"The photo of note {_short(note)} cannot be read; only its text is printed."
            )
            return None

    def cards(self, note: Note) -> list[Card]:
        inner_w = self.width - 2 * PADDING
        label = self._label(note, 1, 1)
        _, label_h = label.wrap(inner_w, self.height)
        text_h = self.height - 2 * PADDING - label_h - 2 * mm
        shown, cut = bounded(note.text)
        if cut:
            self.did_not_fit.append(note_cut_notice(note.text))
        text = clean(shown)
        image = self._image(note, inner_w, text_h * (0.6 if text else 1.0))
        if image is not None:
            text_h -= image[2] + 2 * mm
        if not text:
            return [Card(note, 1.0, [], label, image=image)]
        measurer = Measurer()
        paragraph = PlainParagraph(text, self.text_style, self.chain, missing=self.missing)

        def attempt(scale: float) -> Any:
            box = Box(0, 0, inner_w / scale, text_h / scale)
            return flow([paragraph], [box], measurer)

        # As large as fits, but never so large that a word has to break in the middle.
        top = max(1.0, min(CARD_TEXT_MAX / CARD_TEXT_MIN, inner_w / paragraph.min_width()))
        result = attempt(top)
        if result.fits:
            return [Card(note, top, result.placed, label, image=image)]
        result = attempt(1.0)
        if result.fits:
            low, high, best = 1.0, top, (1.0, result)
            for _ in range(_STEPS):
                middle = (low + high) / 2
                trial = attempt(middle)
                if trial.fits:
                    low, best = middle, (middle, trial)
                else:
                    high = middle
            return [Card(note, best[0], best[1].placed, label, image=image)]
        return self._continued(note, paragraph, inner_w, text_h, image)

    def _continued(
        self,
        note: Note,
        paragraph: PlainParagraph,
        inner_w: float,
        first_h: float,
        image: tuple[ImageReader, float, float] | None,
    ) -> list[Card]:
        # The label grows by a line ("continued"), so measure with that.
        inner_label = self._label(note, 2, 2)
        _, label_h = inner_label.wrap(inner_w, self.height)
        later_h = self.height - 2 * PADDING - label_h - 2 * mm
        first_h = min(first_h, later_h - (image[2] + 2 * mm if image else 0.0))
        chunks: list[list[Placed]] = []
        queue: list[Flowable] = [paragraph]
        measurer = Measurer()
        while queue and len(chunks) < MOST_CARDS_PER_NOTE:
            height = first_h if not chunks else later_h
            result = flow(queue, [Box(0, 0, inner_w, height)], measurer)
            chunks.append(result.placed)
            queue = result.left
            if not result.placed:
                break
        parts = len(chunks)
        self.did_not_fit.append(
            f"Note {_short(note)} is too long for one card at {CARD_TEXT_MIN:g} pt; "
            f"it continues over {parts} cards."
        )
        if queue:
            self.did_not_fit.append(
                f"Note {_short(note)}: the rest after {parts} cards is not printed."
            )
        return [
            Card(
                note,
                1.0,
                placed,
                self._label(note, index, parts),
                index,
                parts,
                image if index == 1 else None,
            )
            for index, placed in enumerate(chunks, start=1)
        ]


def _short(note: Note) -> str:
    text = " ".join(clean(note.text[:400]).split())
    return repr(text[:40] + ("…" if len(text) > 40 or len(note.text) > 400 else ""))


def _draw_card(canvas: Any, card: Card, x: float, y: float, width: float, height: float) -> None:
    """The card: its colour, the photo, the note text, then the label under a thin rule."""
    fill = parse_colour(card.note.colour, "#fff59d")
    canvas.saveState()
    canvas.setFillColor(fill)
    canvas.rect(x, y, width, height, stroke=0, fill=1)
    inner_w = width - 2 * PADDING
    top = y + height - PADDING
    if card.image is not None:
        image, shown_w, shown_h = card.image
        canvas.drawImage(
            image, x + PADDING + (inner_w - shown_w) / 2, top - shown_h, shown_w, shown_h
        )
        top -= shown_h + 2 * mm
    if card.placed:
        canvas.saveState()
        canvas.translate(x + PADDING, top)
        canvas.scale(card.scale, card.scale)
        # Placements hang from the top of their box: move that top to ``top``.
        canvas.translate(0, -max(p.y + p.height for p in card.placed))
        draw(canvas, card.placed)
        canvas.restoreState()
    _, label_h = card.label.wrap(inner_w, height)
    canvas.setStrokeColor(_rule_colour(fill))
    canvas.setLineWidth(0.5)
    rule_y = y + PADDING + label_h + 1 * mm
    canvas.line(x + PADDING, rule_y, x + width - PADDING, rule_y)
    card.label.drawOn(canvas, x + PADDING, y + PADDING)
    canvas.restoreState()


def _rule_colour(fill: Color) -> Color:
    return Color(fill.red * 0.6, fill.green * 0.6, fill.blue * 0.6)


def _cut_marks(canvas: Any, x: float, y: float, width: float, height: float) -> None:
    gap = 0.6 * mm
    length = GUTTER / 2 - gap
    canvas.saveState()
    canvas.setStrokeColor(black)
    canvas.setLineWidth(0.35)
    for cx, cy, dx, dy in (
        (x, y, -1, -1),
        (x + width, y, 1, -1),
        (x, y + height, -1, 1),
        (x + width, y + height, 1, 1),
    ):
        canvas.line(cx + dx * gap, cy, cx + dx * (gap + length), cy)
        canvas.line(cx, cy + dy * gap, cx, cy + dy * (gap + length))
    canvas.restoreState()
