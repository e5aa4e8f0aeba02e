"""How the board looks: sizes in board units, fonts, colours and the source-kind markers.

Board units are scene units: at 100% zoom one unit is one pixel.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen

from workshop.domain.board_geometry import CLUSTER_TITLE_BAND, IMAGE_CAPTION
from workshop.domain.model import SourceKind

#: Below this zoom (screen pixels per board unit) a note is a coloured rectangle and
#: nothing else; from it on, a note shows its text, marker and author.
DETAIL_ZOOM = 0.4
#: From this zoom up to DETAIL_ZOOM (the overview), notes on screen show their first words,
#: in the first of GLANCE_SIZES (board units) that is at most GLANCE_MAX_PX on screen: from
#: 10 to 13 px between 20% and 40% (three layouts per note, ever; most zoom steps none).
GLANCE_ZOOM = 0.2
GLANCE_SIZES = (52.0, 40.0, 32.0)
GLANCE_MAX_PX = 13.0
#: More notes than this on screen at a glance zoom: no words (the frame-time budget: the
#: first frame at a new zoom draws every face once).
GLANCE_MAX_NOTES = 300
#: Below this zoom notes have no outline: a mosaic of colours reads better than a grid.
OUTLINE_ZOOM = 0.15
#: The board's background.
BACKGROUND = QColor("#eeeeea")

PAD = 8.0
HEADER = 22.0
FOOTER = 18.0
#: A note's text sizes, largest first: long text shrinks to fit, down to the last (the
#: smallest that reads at 100%), and only then is cut with "…".
TEXT_SIZES = (13.0, 12.0, 11.0, 10.0, 9.0)
SMALL_SIZE = 9.5
#: The corner of a selected note or cluster that resizes it.
GRIP = 12.0
#: Smallest note and cluster frame a resize can make.
MIN_NOTE = (60.0, 50.0)
MIN_CLUSTER = (120.0, 90.0)
#: Below the picture of an image note: its caption.
CAPTION = IMAGE_CAPTION
CAPTION_SIZE = 11.0

#: A cluster's title band (the board geometry's) and its title font.
CLUSTER_BAND = CLUSTER_TITLE_BAND
CLUSTER_TITLE_SIZE = 18.0
#: A cluster's title stays at least this many screen pixels high when zoomed out.
CLUSTER_TITLE_MIN_PX = 13.0
#: ...and at most this many, where its frame is wide enough on screen (the overview).
CLUSTER_TITLE_MAX_PX = 30.0
#: Clusters always lie under notes, whatever z values the file holds.
CLUSTER_LAYER = -2_000_000.0

SELECTION = QColor("#1e88e5")
DROP_TARGET = QColor("#43a047")
TEXT = QColor("#212121")
MUTED_TEXT = QColor("#5f5f5f")

_KIND_COLOURS: dict[SourceKind, str] = {
    SourceKind.INTERVIEW: "#1565c0",
    SourceKind.SURVEY: "#6a1b9a",
    SourceKind.SUPPORT_TICKET: "#c62828",
    SourceKind.OBSERVATION: "#2e7d32",
    SourceKind.ANALYTICS: "#e65100",
    SourceKind.OTHER: "#455a64",
    SourceKind.ASSUMPTION: "#9e9e9e",
}
ASSUMPTION_COLOUR = QColor("#757575")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Board", text)


def kind_marker(kind: SourceKind) -> str:
    """The short marker a note shows for its source's kind."""
    return {
        SourceKind.INTERVIEW: _tr("INT"),
        SourceKind.SURVEY: _tr("SURV"),
        SourceKind.SUPPORT_TICKET: _tr("TICKET"),
        SourceKind.OBSERVATION: _tr("OBS"),
        SourceKind.ANALYTICS: _tr("DATA"),
        SourceKind.OTHER: _tr("OTHER"),
        SourceKind.ASSUMPTION: _tr("OPINION"),
    }[kind]


def kind_name(kind: SourceKind) -> str:
    return {
        SourceKind.INTERVIEW: _tr("Interview"),
        SourceKind.SURVEY: _tr("Survey"),
        SourceKind.SUPPORT_TICKET: _tr("Support ticket"),
        SourceKind.OBSERVATION: _tr("Observation"),
        SourceKind.ANALYTICS: _tr("Analytics"),
        SourceKind.OTHER: _tr("Other"),
        SourceKind.ASSUMPTION: _tr("Assumption / team opinion"),
    }[kind]


def assumption_marker() -> str:
    return _tr("assumption")


def kind_colour(kind: SourceKind | None) -> QColor:
    return QColor(_KIND_COLOURS[kind]) if kind is not None else ASSUMPTION_COLOUR


@cache
def brush(colour: str, dimmed: bool = False) -> QBrush:
    """One brush per colour, shared by every note of that colour."""
    return QBrush(paper(colour, dimmed))


def paper(colour: str, dimmed: bool = False) -> QColor:
    base = QColor(colour)
    if not base.isValid():
        base = QColor("#fff59d")
    if dimmed:
        return QColor(
            (base.red() + 3 * 238) // 4, (base.green() + 3 * 238) // 4, (base.blue() + 3 * 234) // 4
        )
    return base


@cache
def edge_pen(
    colour: str, assumption: bool, selected: bool, dimmed: bool, outline: bool = True
) -> QPen:
    """The outline a note has when zoomed out (drawn by Qt, no Python per frame); none at
    all when notes are tiny (``outline`` False), unless selected."""
    if selected:
        pen = QPen(SELECTION, 3)
    elif not outline:
        return QPen(Qt.PenStyle.NoPen)
    else:
        edge = paper(colour, dimmed).darker(150 if not dimmed else 115)
        pen = QPen(edge, 1)
        if assumption:
            pen.setStyle(Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


@cache
def font(pixel_size: float, bold: bool = False, italic: bool = False) -> QFont:
    """Board fonts are sized in board units and not hinted, so text wraps the same way
    at every zoom."""
    result = QFont()
    result.setPixelSize(max(1, round(pixel_size)))
    result.setBold(bold)
    result.setItalic(italic)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return result
