"""Paper sizes and the smallest type each one guarantees.

Every text on a poster or deck page is at least the paper's *floor*: the footer and the
evidence lines are set exactly at the floor when space is tight, item text at 1.25 times it,
headings and names larger still. Nothing shrinks below it; what does not fit flows onto a
continuation page and the export says so.

=========  ===================  ==============================
Paper      smallest text (pt)   item text at the tightest (pt)
=========  ===================  ==============================
A4         9                    11.25
Letter     9                    11.25
Legal      9                    11.25
A3         12                   15
Tabloid    12                   15
Ledger     12                   15
A2         16                   20
A1         22                   27.5
A0         32                   40
=========  ===================  ==============================
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import inch, mm

from workshop.errors import ExportFailed
from workshop.i18n import _

#: The paper sizes offered, in the order a menu shows them.
PAPER_SIZES: tuple[str, ...] = (
    "A4",
    "A3",
    "A2",
    "A1",
    "A0",
    "Letter",
    "Legal",
    "Tabloid",
    "Ledger",
)

#: Portrait width and height in points (1/72 inch).
_DIMENSIONS: dict[str, tuple[float, float]] = {
    "A4": (210 * mm, 297 * mm),
    "A3": (297 * mm, 420 * mm),
    "A2": (420 * mm, 594 * mm),
    "A1": (594 * mm, 841 * mm),
    "A0": (841 * mm, 1189 * mm),
    "Letter": (8.5 * inch, 11 * inch),
    "Legal": (8.5 * inch, 14 * inch),
    "Tabloid": (11 * inch, 17 * inch),
    "Ledger": (11 * inch, 17 * inch),
}

#: The smallest type size (points) anything is printed at, per paper size.
MIN_TYPE_SIZES: dict[str, float] = {
    "A4": 9.0,
    "Letter": 9.0,
    "Legal": 9.0,
    "A3": 12.0,
    "Tabloid": 12.0,
    "Ledger": 12.0,
    "A2": 16.0,
    "A1": 22.0,
    "A0": 32.0,
}

#: Item text is set at this multiple of the floor at the tightest.
BODY_RATIO = 1.25


@dataclass(frozen=True)
class Paper:
    """A paper size in a given orientation."""

    name: str
    width: float
    height: float
    landscape: bool

    @property
    def size(self) -> tuple[float, float]:
        return (self.width, self.height)

    @property
    def min_type(self) -> float:
        """The smallest type size anything on this paper is printed at."""
        return MIN_TYPE_SIZES[self.name]

    @property
    def label(self) -> str:
        said = _("{paper} landscape") if self.landscape else _("{paper} portrait")
        return said.format(paper=self.name)


def paper_name(name: str) -> str:
    """The canonical spelling of a paper size, case-insensitively; US names too."""
    wanted = name.strip().casefold().replace(" ", "")
    aliases = {"usletter": "Letter", "uslegal": "Legal", "11x17": "Tabloid"}
    if wanted in aliases:
        return aliases[wanted]
    for known in PAPER_SIZES:
        if known.casefold() == wanted:
            return known
    raise ExportFailed(
        _("Unknown paper size {name}; choose one of {sizes}.").format(
            name=repr(name), sizes=", ".join(PAPER_SIZES)
        )
    )


def paper(name: str, landscape: bool = False) -> Paper:
    """The paper ``name`` (A4, A3, A2, A1, A0, Letter, Legal, Tabloid, Ledger), portrait or
    landscape. Ledger is Tabloid turned sideways, so it is always landscape."""
    canonical = paper_name(name)
    short, long = _DIMENSIONS[canonical]
    if canonical == "Ledger":
        landscape = True
    width, height = (long, short) if landscape else (short, long)
    return Paper(canonical, width, height, landscape)
