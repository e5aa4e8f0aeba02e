"""ReportLab paragraphs made from our markup with as little parsing as it takes.

``Paragraph(markup, style)`` runs ReportLab's HTML-based markup parser, the costliest part
of making a paragraph; a poster makes about sixty of them, twice when it nearly fits (the
second time with less white space). Two shortcuts give ReportLab the fragments it would
have parsed:

* Plain text in the style's own font, with no line break and nothing escaped (most items
  and headings), is one fragment, made here as the parser makes it (``plain_frags``;
  ``tests/export/test_export_parsing.py`` compares the two for many texts).
* Within one export (``memo``), markup already parsed in a style that the parser reads
  alike is not parsed again: the paragraph gets copies of the fragments made the first
  time.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaFrag

from workshop.export.memo import memo

#: What ReportLab's markup parser reads of a style (``ParaParser._initial_frag``,
#: ``textTransformFrags``): two styles alike in these parse the same markup alike.
_PARSED_STYLE = (
    "fontName",
    "fontSize",
    "textColor",
    "bulletFontName",
    "bulletFontSize",
    "bulletColor",
    "textTransform",
    "underlineWidth",
    "underlineColor",
    "underlineOffset",
    "underlineGap",
    "strikeWidth",
    "strikeColor",
    "strikeOffset",
    "strikeGap",
)


def plain_frags(text: str, style: ParagraphStyle) -> list[Any] | None:
    """The fragments ReportLab's parser makes of ``text`` in ``style``, when ``text`` is
    plain (no tag, no entity, no line break); None otherwise."""
    if "<" in text or "&" in text or ">" in text:
        return None
    cleaned = cleanBlockQuotedText(text)
    if not cleaned:
        return None
    frag = ParaFrag()
    frag.rise = 0
    frag.greek = 0
    frag.link = []
    family, frag.bold, frag.italic = ps2tt(style.fontName)
    frag.fontName = tt2ps(family, frag.bold, frag.italic)
    frag.fontSize = style.fontSize
    frag.textColor = style.textColor
    frag.us_lines = []
    frag.__tag__ = "para"
    frag.text = cleaned
    frags = [frag]
    textTransformFrags(frags, style)
    return frags


def parsed_paragraph(text: str, style: ParagraphStyle, bullet: str | None) -> Paragraph:
    """``Paragraph(text, style, bulletText=bullet)`` with the parsing shortcuts above."""
    frags = plain_frags(text, style)
    if frags is not None:
        return Paragraph(text, style, bulletText=bullet, frags=frags)
    parsed = memo("parsed markup")
    if parsed is None:
        return Paragraph(text, style, bulletText=bullet)
    key = (text, *(getattr(style, name, "") for name in _PARSED_STYLE))
    known = parsed.get(key)
    if known is None:
        made = Paragraph(text, style, bulletText=bullet)
        parsed[key] = [frag.clone() for frag in made.frags]
        return made
    return Paragraph(text, style, bulletText=bullet, frags=[frag.clone() for frag in known])
