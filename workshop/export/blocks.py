"""Decorated blocks of text: section headings, the assumption-based banner, and a thin
rule; each wraps a :class:`PlainParagraph` and measures itself like any flowable."""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from workshop.export.text import PlainParagraph


class Boxed(Flowable):
    """A paragraph with padding, on an optional fill, with an optional border or a rule
    under it. It does not split: headings and banners are short."""

    def __init__(
        self,
        inner: PlainParagraph,
        *,
        pad_x: float = 0.0,
        pad_y: float = 0.0,
        fill: Color | None = None,
        border: tuple[Color, float] | None = None,
        rule: tuple[Color, float] | None = None,
        space_before: float = 0.0,
        space_after: float = 0.0,
        keep_with_next: bool = False,
        full_width: bool = True,
        indent: float = 0.0,
    ) -> None:
        super().__init__()
        self.inner = inner
        self.pad_x = pad_x
        self.pad_y = pad_y
        self.fill = fill
        self.border = border
        self.rule = rule
        self.space_before = space_before
        self.space_after = space_after
        self.keepWithNext = keep_with_next
        self.full_width = full_width
        #: Room left of the box (a badge under an indented item).
        self.indent = indent
        self.tag: Any = None
        self._inner_width = 0.0
        self._inner_height = 0.0

    def __repr__(self) -> str:
        return f"Boxed({self.inner.text[:30]!r})"

    @property
    def text(self) -> str:
        return self.inner.text

    def min_width(self) -> float:
        """The narrowest width that sets the text without breaking a word."""
        return self.inner.min_width() + 2 * self.pad_x + self.indent

    def _natural_width(self) -> float:
        """The width of the text set on one line (a badge is no wider than its words)."""
        inner = self.inner
        size = float(inner.style.fontSize)
        widest = max(
            (inner.chain.width(line, size, bold=inner.bold) for line in inner.text.split("\n")),
            default=0.0,
        )
        return widest + float(inner.style.leftIndent) + float(inner.style.rightIndent) + 1.0

    def getSpaceBefore(self) -> float:
        return self.space_before

    def getSpaceAfter(self) -> float:
        return self.space_after

    def _rule_room(self) -> float:
        return self.rule[1] * 2.5 if self.rule else 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        inner_w, inner_h = self.inner.wrap(
            max(1.0, availWidth - 2 * self.pad_x - self.indent),
            max(1.0, availHeight - 2 * self.pad_y),
        )
        self._inner_width, self._inner_height = inner_w, inner_h
        box_w = availWidth - self.indent
        if not self.full_width:
            box_w = min(box_w, self._natural_width() + 2 * self.pad_x)
        self.width = box_w + self.indent
        self.height = inner_h + 2 * self.pad_y + self._rule_room()
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        x += self.indent
        width = self.width - self.indent
        rule_room = self._rule_room()
        box_y = y + rule_room
        box_h = self.height - rule_room
        canvas.saveState()
        if self.fill is not None:
            canvas.setFillColor(self.fill)
            canvas.rect(x, box_y, width, box_h, stroke=0, fill=1)
        if self.border is not None:
            colour, line_width = self.border
            canvas.setStrokeColor(colour)
            canvas.setLineWidth(line_width)
            inset = line_width / 2
            canvas.rect(x + inset, box_y + inset, width - line_width, box_h - line_width, stroke=1)
        if self.rule is not None:
            colour, line_width = self.rule
            canvas.setStrokeColor(colour)
            canvas.setLineWidth(line_width)
            canvas.line(x, y + line_width, x + width, y + line_width)
        canvas.restoreState()
        self.inner.drawOn(canvas, x + self.pad_x, box_y + self.pad_y)


class BadgedItem(Flowable):
    """An item with its evidence badge where a bullet would be: a square holding the count
    of distinct respondents (or studies, for analytics) behind it, filled when the evidence is
    strong, outlined when thin, in the warning colour when there is none or only assumptions.
    The badge replaces a line of evidence under every item (the notes are in the deck's
    appendix)."""

    def __init__(
        self,
        inner: Flowable,
        *,
        label: str,
        colour: Color,
        filled: bool,
        label_ink: Color,
        font: str,
        side: float,
        min_text: float = 0.0,
        badge: bool = True,
    ) -> None:
        super().__init__()
        self.inner = inner
        self.label = label
        self.colour = colour
        self.filled = filled
        self.label_ink = label_ink
        self.font = font
        self.side = side
        #: The badge's number is never smaller than this (the paper's floor).
        self.min_text = min_text
        self.badge = badge
        self.tag: Any = None
        self.keepWithNext = getattr(inner, "keepWithNext", False)

    def __repr__(self) -> str:
        return f"BadgedItem({self.text[:30]!r})"

    @property
    def text(self) -> str:
        return str(getattr(self.inner, "text", ""))

    @property
    def style(self) -> Any:
        return getattr(self.inner, "style", None)

    def min_width(self) -> float:
        narrowest = getattr(self.inner, "min_width", None)
        return float(narrowest()) if narrowest is not None else 1.0

    def getSpaceBefore(self) -> float:
        return float(self.inner.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.inner.getSpaceAfter())

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def _part(self, inner: Flowable, badge: bool) -> BadgedItem:
        part = BadgedItem(
            inner,
            label=self.label,
            colour=self.colour,
            filled=self.filled,
            label_ink=self.label_ink,
            font=self.font,
            side=self.side,
            min_text=self.min_text,
            badge=badge,
        )
        part.keepWithNext = self.keepWithNext
        return part

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = self.inner.split(availWidth, availHeight)
        if len(parts) < 2:
            return []
        return [self._part(part, self.badge and i == 0) for i, part in enumerate(parts)]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        self.inner.drawOn(canvas, x, y, _sW)
        if not self.badge:
            return
        style = self.style
        leading = float(style.leading) if style is not None else self.side
        size = float(style.fontSize) if style is not None else self.side
        side = self.side
        top = y + self.height
        # Centred on the first line's x-height.
        box_y = top - leading + (leading - size) / 2 + size * 0.5 - side / 2
        canvas.saveState()
        line_width = side * 0.09
        canvas.setLineWidth(line_width)
        canvas.setStrokeColor(self.colour)
        canvas.setFillColor(self.colour)
        if self.filled:
            canvas.roundRect(x, box_y, side, side, side * 0.18, stroke=0, fill=1)
        else:
            inset = line_width / 2
            canvas.roundRect(
                x + inset, box_y + inset, side - line_width, side - line_width, side * 0.18, 1, 0
            )
        text_size = max(self.min_text, side * (0.68 if len(self.label) < 2 else 0.5))
        canvas.setFillColor(self.label_ink)
        canvas.setFont(self.font, text_size)
        canvas.drawCentredString(x + side / 2, box_y + side / 2 - text_size * 0.36, self.label)
        canvas.restoreState()
