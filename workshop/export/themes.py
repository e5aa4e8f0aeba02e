"""Poster themes: colours, font family and decoration, all readable from across a room.

Every theme keeps text contrast at WCAG AA or better (4.5:1) on its own background: a
persona's colour is darkened until it reads on white before it is used for headings, and
text on a coloured band is black or white, whichever contrasts more.

Themes: ``classic`` (tinted header in the persona's colour), ``bold`` (solid header band,
headings on colour chips), ``high-contrast`` (black and white, DejaVu Sans: the largest
x-height we ship), ``ink-saver`` (no filled areas, for office printers).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor, black, white

from workshop.errors import ExportFailed
from workshop.i18n import _


@dataclass(frozen=True)
class Theme:
    name: str
    label: str
    family: str
    ink: Color
    muted: Color
    warn: Color
    #: "tint" (light persona colour), "solid" (accent colour), "black" or "none".
    band: str
    #: "rule" (line under the heading), "chip" (white text on a filled box).
    heading: str
    #: Use the persona's own colour as the accent (else the ink colour).
    persona_accent: bool
    banner_fill: Color | None
    banner_ink: Color


THEME_LIST: tuple[Theme, ...] = (
    Theme(
        name="classic",
        label="Classic",
        family="Noto Sans",
        ink=HexColor("#1f2328"),
        muted=HexColor("#4a5059"),
        warn=HexColor("#a3260f"),
        band="tint",
        heading="rule",
        persona_accent=True,
        banner_fill=HexColor("#ffc21a"),
        banner_ink=black,
    ),
    Theme(
        name="bold",
        label="Bold",
        family="Noto Sans",
        ink=HexColor("#161616"),
        muted=HexColor("#45494f"),
        warn=HexColor("#a3260f"),
        band="solid",
        heading="chip",
        persona_accent=True,
        banner_fill=HexColor("#ffc21a"),
        banner_ink=black,
    ),
    Theme(
        name="high-contrast",
        label="High contrast",
        family="DejaVu Sans",
        ink=black,
        muted=HexColor("#1a1a1a"),
        warn=HexColor("#8c0000"),
        band="black",
        heading="rule",
        persona_accent=False,
        banner_fill=HexColor("#ffd500"),
        banner_ink=black,
    ),
    Theme(
        name="ink-saver",
        label="Ink saver",
        family="Noto Sans",
        ink=HexColor("#111111"),
        muted=HexColor("#3b3b3b"),
        warn=HexColor("#8c0000"),
        band="none",
        heading="rule",
        persona_accent=False,
        banner_fill=None,
        banner_ink=black,
    ),
)

#: Theme names, in the order a menu shows them.
THEMES: tuple[str, ...] = tuple(theme.name for theme in THEME_LIST)


def theme(name: str) -> Theme:
    wanted = name.strip().casefold().replace(" ", "-")
    for known in THEME_LIST:
        if known.name == wanted:
            return known
    raise ExportFailed(
        _("Unknown theme {name}; choose one of {themes}.").format(
            name=repr(name), themes=", ".join(THEMES)
        )
    )


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: Color) -> float:
    return (
        0.2126 * _channel(colour.red)
        + 0.7152 * _channel(colour.green)
        + 0.0722 * _channel(colour.blue)
    )


def contrast(first: Color, second: Color) -> float:
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def parse_colour(value: str, fallback: str = "#5c6bc0") -> Color:
    """A colour from user data ('#rrggbb'); anything unreadable gives ``fallback``."""
    try:
        return HexColor(value)
    except (ValueError, TypeError, AttributeError):
        return HexColor(fallback)


def mix(colour: Color, other: Color, amount: float) -> Color:
    """``amount`` of ``colour`` and the rest ``other``."""
    return Color(
        colour.red * amount + other.red * (1 - amount),
        colour.green * amount + other.green * (1 - amount),
        colour.blue * amount + other.blue * (1 - amount),
    )


def readable_on(colour: Color, background: Color = white, ratio: float = 4.5) -> Color:
    """``colour`` darkened just enough to reach ``ratio`` contrast on ``background``."""
    current = colour
    for _step in range(40):
        if contrast(current, background) >= ratio:
            return current
        current = mix(current, black, 0.9)
    return black


def text_on(fill: Color) -> Color:
    """Black or white, whichever reads better on ``fill``."""
    return black if contrast(black, fill) >= contrast(white, fill) else white


@dataclass(frozen=True)
class Palette:
    """The colours of one persona's page in one theme."""

    ink: Color
    muted: Color
    warn: Color
    accent: Color
    band_fill: Color | None
    band_ink: Color
    band_muted: Color
    chip_ink: Color


def palette(chosen: Theme, persona_colour: str) -> Palette:
    base = parse_colour(persona_colour)
    accent = readable_on(base, white, 4.8) if chosen.persona_accent else chosen.ink
    band_fill: Color | None
    if chosen.band == "tint":
        band_fill = mix(base, white, 0.2)
    elif chosen.band == "solid":
        band_fill = readable_on(base, white, 7.0)
    elif chosen.band == "black":
        band_fill = black
    else:
        band_fill = None
    if band_fill is None:
        band_ink, band_muted = chosen.ink, chosen.muted
    else:
        band_ink = text_on(band_fill) if chosen.band != "tint" else chosen.ink
        band_muted = band_ink if band_ink is white else chosen.muted
        if chosen.band == "tint":
            band_muted = readable_on(chosen.muted, band_fill, 4.5)
    return Palette(
        ink=chosen.ink,
        muted=chosen.muted,
        warn=chosen.warn,
        accent=accent,
        band_fill=band_fill,
        band_ink=band_ink,
        band_muted=band_muted,
        chip_ink=text_on(accent),
    )
