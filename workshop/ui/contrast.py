"""Text that stays readable on whatever palette the system gives: a light one, or a dark
one. WCAG's contrast ratio decides (``MIN_CONTRAST`` for body text); a colour that says
something (red for an error, amber for a warning) is kept in hue and lightened on a dark
background, darkened on a light one, until it reads."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

#: WCAG AA for body text.
MIN_CONTRAST = 4.5


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    return (
        0.2126 * _linear(colour.redF())
        + 0.7152 * _linear(colour.greenF())
        + 0.0722 * _linear(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 (the same) to 21 (black on white)."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(background: QColor) -> bool:
    return luminance(background) < 0.18


def readable(colour: QColor, background: QColor, minimum: float = MIN_CONTRAST) -> QColor:
    """``colour`` itself when it reads on ``background``; else the same colour mixed with
    white (on a dark background) or black (on a light one), just enough to read."""
    if contrast_ratio(colour, background) >= minimum:
        return QColor(colour)
    target = QColor("#ffffff") if is_dark(background) else QColor("#000000")
    for step in range(1, 21):
        share = step / 20
        mixed = QColor.fromRgbF(
            colour.redF() + (target.redF() - colour.redF()) * share,
            colour.greenF() + (target.greenF() - colour.greenF()) * share,
            colour.blueF() + (target.blueF() - colour.blueF()) * share,
        )
        if contrast_ratio(mixed, background) >= minimum:
            return mixed
    return target


def muted_text(palette: QPalette | None = None) -> QColor:
    """Secondary text (counts, hints): between the palette's text and its background,
    never so faint it cannot be read (``palette(mid)`` is, on light and dark palettes)."""
    palette = palette or QApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    mixed = QColor.fromRgbF(
        text.redF() * 0.6 + window.redF() * 0.4,
        text.greenF() * 0.6 + window.greenF() * 0.4,
        text.blueF() * 0.6 + window.blueF() * 0.4,
    )
    return readable(mixed, window)


def set_text_colour(widget: QWidget, colour: QColor) -> None:
    """``widget``'s text in ``colour``, made readable on the widget's background."""
    palette = QPalette(widget.palette())
    background = palette.color(widget.backgroundRole())
    palette.setColor(widget.foregroundRole(), readable(colour, background))
    widget.setPalette(palette)
