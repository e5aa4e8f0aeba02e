"""Laying flowables into columns, measured first and drawn later.

ReportLab's frames draw while they lay out and silently drop what does not fit. Posters
need to try several type sizes before drawing anything, draw the same layout again on each
tiled sheet, and *know* what did not fit; so this small engine places flowables into
columns and returns the placements plus whatever is left over, without a canvas.

Coordinates are in layout units; a page may draw them scaled (a poster lays out at the
floor type size and draws at ``scale`` times that).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import Flowable


@dataclass(frozen=True)
class Box:
    """A rectangle, bottom-left origin, in layout units."""

    x: float
    y: float
    width: float
    height: float
    #: The column's natural height when ``height`` is shortened to balance columns: a
    #: heading kept with its first item may move on to the next column if the two fit in
    #: that height together.
    full_height: float | None = None

    @property
    def top(self) -> float:
        return self.y + self.height


@dataclass(frozen=True)
class Placed:
    flowable: Flowable
    x: float
    y: float
    width: float
    height: float
    #: The width it was laid out in (drawing wraps it again at this width).
    avail: float


@dataclass
class FlowResult:
    placed: list[Placed] = field(default_factory=list)
    left: list[Flowable] = field(default_factory=list)
    #: Flowables too big for an empty column, that can not be split: never placeable.
    unplaceable: list[Flowable] = field(default_factory=list)

    @property
    def fits(self) -> bool:
        return not self.left and not self.unplaceable

    def used_height(self, column: Box) -> float:
        inside = [p for p in self.placed if column.x <= p.x < column.x + column.width]
        if not inside:
            return 0.0
        return column.top - min(p.y for p in inside)


def wrap(flowable: Flowable, width: float, height: float) -> tuple[float, float]:
    """``flowable.wrap``, remembering the width: a paragraph draws from the state of its
    last wrap, so drawing must know whether that was at the width it is placed in."""
    size: tuple[float, float] = flowable.wrap(width, height)
    flowable._wrapped_width = width
    return size


class Measurer:
    """Caches ``wrap`` results of flowables by width (wrapping is the costly part).

    It keeps each measured flowable alive, so an id is never reused for another one."""

    def __init__(self) -> None:
        self._sizes: dict[tuple[int, float], tuple[Flowable, tuple[float, float]]] = {}

    def wrap(self, flowable: Flowable, width: float, height: float) -> tuple[float, float]:
        key = (id(flowable), round(width, 3))
        entry = self._sizes.get(key)
        if entry is not None and entry[0] is flowable:
            return entry[1]
        size = wrap(flowable, width, height)
        self._sizes[key] = (flowable, size)
        return size


def _least_start(measurer: Measurer, flowable: Flowable, width: float, column: float) -> float:
    """The least of ``flowable`` that can start at a column's foot: two lines of a paragraph
    (a single first line is an orphan), or all of anything shorter, unsplittable, or kept
    whole (``keep_whole``) that fits a ``column`` of that height."""
    height = measurer.wrap(flowable, width, 1e9)[1]
    if getattr(flowable, "keep_whole", False) and height <= column + 1e-6:
        return height
    style: Any = getattr(flowable, "style", None)
    leading = getattr(style, "leading", None)
    return min(height, 2 * float(leading)) if leading else height


def _kept_with(measurer: Measurer, queue: list[Flowable], width: float, column: float) -> float:
    """What must fit below ``queue[0]`` (marked keepWithNext): the flowables it is chained to
    whole, and the start of the first one that is not chained on."""
    total = float(queue[0].getSpaceAfter())
    for follower in queue[1:12]:
        total += float(follower.getSpaceBefore())
        if getattr(follower, "keepWithNext", False):
            total += measurer.wrap(follower, width, 1e9)[1] + float(follower.getSpaceAfter())
        else:
            return total + _least_start(measurer, follower, width, column)
    return total


def _kept_back(placed: list[Placed], first: int) -> list[Flowable]:
    """The flowables marked keepWithNext (a heading, an item with its metric line) that end
    a column whose next flowable did not fit, taken off ``placed`` to start the next column
    instead: a heading is never the last thing in a column. ``first`` is the column's first
    placement; when the whole column is such a chain it stays (a column holding nothing
    would stop the flow from moving on)."""
    start = len(placed)
    while start > first and getattr(placed[start - 1].flowable, "keepWithNext", False):
        start -= 1
    if start <= first:
        return []
    back = [p.flowable for p in placed[start:]]
    del placed[start:]
    return back


def _all_kept(placed: list[Placed], first: int) -> bool:
    """Whether a column (its placements from ``first`` on) holds only flowables kept with
    the next one: a heading that starts the column."""
    return len(placed) > first and all(
        getattr(p.flowable, "keepWithNext", False) for p in placed[first:]
    )


def flow(
    flowables: list[Flowable],
    columns: list[Box],
    measurer: Measurer | None = None,
    continued: Callable[[str], Flowable | list[Flowable]] | None = None,
) -> FlowResult:
    """Place ``flowables`` top to bottom, column after column; split paragraphs at column
    ends; keep a flowable marked ``keepWithNext`` (a heading) with the start of the next
    one: its first two lines, or all of it when it is kept whole. Should the next one still
    not fit (a split refused to leave an orphan or a widow), the heading moves on to the
    next column too: no column ends with a heading.

    A flowable marked ``keep_whole`` moves on whole to the next column rather than split,
    unless it is taller than a column. When a column would start inside a section (its
    first flowable is marked ``section_part``), ``continued(tag)`` makes the heading
    repeated there ("Pain points, continued"); it may give several flowables (the deck's
    appendix repeats the persona's heading and the claim whose notes continue)."""
    measurer = measurer or Measurer()
    result = FlowResult()
    queue = list(flowables)
    fresh_ids = {id(f) for f in flowables}
    for column in columns:
        cursor = column.top
        empty = True
        first = len(result.placed)
        ended_in_split = False
        if continued is not None and queue and getattr(queue[0], "section_part", False):
            repeated = continued(str(getattr(queue[0], "tag", "")))
            headings = repeated if isinstance(repeated, list) else [repeated]
            queue[0:0] = headings
            fresh_ids.update(id(heading) for heading in headings)
        while queue:
            item = queue[0]
            before = 0.0 if empty else float(item.getSpaceBefore())
            room = cursor - before - column.y
            if id(item) in fresh_ids:
                width, height = measurer.wrap(item, column.width, room)
            else:
                width, height = wrap(item, column.width, room)
            needed = height
            full = column.full_height or column.height
            if getattr(item, "keepWithNext", False) and len(queue) > 1:
                group = height + _kept_with(measurer, queue, column.width, full)
                if not empty or group <= full + 1e-6:
                    needed = group
            if needed <= room + 1e-6:
                result.placed.append(
                    Placed(item, column.x, cursor - before - height, width, height, column.width)
                )
                cursor -= before + height + float(item.getSpaceAfter())
                queue.pop(0)
                empty = False
                continue
            # Kept whole when it fits a column; below a heading that starts the column,
            # when it fits the room the heading leaves (else it splits to stay with it).
            under = column.top - cursor if _all_kept(result.placed, first) else 0.0
            whole = getattr(item, "keep_whole", False) and height <= full - under
            if height > room + 1e-6 and room > 0 and not (whole and not empty):
                parts = item.split(column.width, room)
                item._wrapped_width = None  # splitting may drop a paragraph's line state
                if len(parts) >= 2:
                    head = parts[0]
                    head_width, head_height = wrap(head, column.width, room)
                    if head_height <= room + 1e-6:
                        y = cursor - before - head_height
                        result.placed.append(
                            Placed(head, column.x, y, head_width, head_height, column.width)
                        )
                        tag = getattr(item, "tag", None)
                        for part in parts:
                            part.tag = tag
                            part.section_part = getattr(item, "section_part", False)
                        queue[0:1] = parts[1:]
                        ended_in_split = True
                        break
            if empty and height > room + 1e-6:
                # Not even an empty column holds it, and it cannot be split: it never fits.
                result.unplaceable.append(queue.pop(0))
                continue
            break
        if queue and not ended_in_split:
            queue[0:0] = _kept_back(result.placed, first)
    result.left = queue
    return result


def draw(canvas: Any, placed: list[Placed]) -> None:
    """Draw placements on ``canvas`` in layout units (the caller sets any scale).

    A flowable last wrapped at another width (by a later layout attempt) is wrapped again
    at its own first: a paragraph draws from the state of its last ``wrap``."""
    for item in placed:
        if getattr(item.flowable, "_wrapped_width", None) != item.avail:
            wrap(item.flowable, item.avail, item.height + 1.0)
        item.flowable.drawOn(canvas, item.x, item.y)
