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
        return self.inner.min_width() + 2 * self.pad_x

    def getSpaceBefore(self) -> float:
        return self.space_before

    def getSpaceAfter(self) -> float:
        return self.space_after

    def _rule_room(self) -> float:
        return self.rule[1] * 2.5 if self.rule else 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        inner_w, inner_h = self.inner.wrap(
            max(1.0, availWidth - 2 * self.pad_x), max(1.0, availHeight - 2 * self.pad_y)
        )
        self._inner_width, self._inner_height = inner_w, inner_h
        self.width = availWidth if self.full_width else inner_w + 2 * self.pad_x
        self.height = inner_h + 2 * self.pad_y + self._rule_room()
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        rule_room = self._rule_room()
        box_y = y + rule_room
        box_h = self.height - rule_room
        canvas.saveState()
        if self.fill is not None:
            canvas.setFillColor(self.fill)
            canvas.rect(x, box_y, self.width, box_h, stroke=0, fill=1)
        if self.border is not None:
            colour, line_width = self.border
            canvas.setStrokeColor(colour)
            canvas.setLineWidth(line_width)
            inset = line_width / 2
            canvas.rect(
                x + inset, box_y + inset, self.width - line_width, box_h - line_width, stroke=1
            )
        if self.rule is not None:
            colour, line_width = self.rule
            canvas.setStrokeColor(colour)
            canvas.setLineWidth(line_width)
            canvas.line(x, y + line_width, x + self.width, y + line_width)
        canvas.restoreState()
        self.inner.drawOn(canvas, x + self.pad_x, box_y + self.pad_y)
