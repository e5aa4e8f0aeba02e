"""User text as ReportLab paragraphs: escaped, line breaks kept, every script printable.

ReportLab's ``Paragraph`` reads its text as markup, so raw user text such as ``<b>``,
``<font size=500>``, ``AT&T`` or ``<img src=...>`` would crash the export, restyle the page
or embed a local file. Here user text is only ever *plain text*: :func:`markup` escapes
each run and adds nothing but ``<font face>`` tags for fallback fonts and ``<br/>`` for the
line breaks the user typed.

Text is normalised to NFC first (a typed "e" + combining diaeresis prints as one "ë").
HarfBuzz shapes every script that needs it (see shaping.py). Right-to-left text (Arabic,
Hebrew) is put in display order with python-bidi: display order depends on where lines
break, so a paragraph with right-to-left characters is broken into lines here (by
measuring words run by run) and each line reordered on its own; ReportLab then sets those
lines as they are, and shaping.py shapes each right-to-left word back in typed order.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from xml.sax.saxutils import escape

from bidi.algorithm import get_display  # the pure-Python one mirrors brackets
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from workshop.domain.limits import NOTE_TEXT_MAX
from workshop.export.fonts import INVISIBLE, FontChain
from workshop.export.parsing import parsed_paragraph
from workshop.export.shaping import needs_shaping
from workshop.export.unprintable import PrintProblem, problems
from workshop.i18n import _, grouped

#: A word, for "can this be set without breaking a word": CJK characters break anywhere.
_WIDE = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff"
_WORDS = re.compile(f"[{_WIDE}]|[^\\s{_WIDE}]+")


#: Control characters (but the line break), surrogates and private-use characters.
_UNPRINTABLE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff"
    "\U000f0000-\U000fffff\U00100000-\U0010ffff]"
)
#: Blocks holding right-to-left letters (a quick test before asking unicodedata).
_RTL_BLOCKS = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


#: The longest single text an export lays out, in characters: what a note may hold. A
#: longer text (a workshop made before the cap, a persona item pasted from a transcript)
#: is cut here, so no export spends unbounded time on one text; the export says so.
PRINT_TEXT_MAX = NOTE_TEXT_MAX
#: What ends a text cut for print.
CUT_MARK = " […]"
#: Room for what an export adds around a text (quote marks, "Goals: "): a paragraph
#: longer than PRINT_TEXT_MAX and this is cut even when the caller did not cut the text.
FRAME_ROOM = 200


def bounded(text: str, limit: int = PRINT_TEXT_MAX) -> tuple[str, bool]:
    """``text`` cut to at most ``limit`` characters (at a space near the end when there
    is one, then marked with :data:`CUT_MARK`), and whether it was cut."""
    if len(text) <= limit:
        return text, False
    cut = text[: limit - len(CUT_MARK)]
    space = cut.rfind(" ", len(cut) - 200)
    if space > 0:
        cut = cut[:space]
    return cut.rstrip() + CUT_MARK, True


def beginning(text: str, length: int = 40) -> str:
    """The first words of a text, on one line, for naming it in a message."""
    words = " ".join(text[: length * 4].split())
    return words[:length] + ("…" if len(words) > length or len(text) > length * 4 else "")


def cut_notice(what: str, length: int) -> str:
    """What an export says about a text too long to print whole (``what`` names it)."""
    return _("{what} is {length} characters long; only the first {limit} are printed.").format(
        what=what, length=grouped(length), limit=grouped(PRINT_TEXT_MAX)
    )


def note_name(text: str) -> str:
    """“Note “We budget on Sundays…”” for messages about a note."""
    return _("Note “{text}”").format(text=beginning(text))


def note_cut_notice(text: str) -> str:
    """What an export says about a note too long to print whole."""
    return cut_notice(note_name(text), len(text))


def clean(text: str) -> str:
    """Plain text ready to print: composed (NFC), one kind of line break, no control
    characters, tabs as spaces, no blank lines at either end."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\t", "    ")
    return _UNPRINTABLE.sub("", text).strip("\n ")


def workshop_title(title: str) -> str:
    """A workshop's title as every printed artefact shows it (headings, footers, the PDF's
    title): cleaned like any printed text, never blank."""
    return clean(title) or _("Untitled workshop")


def has_rtl(text: str) -> bool:
    """True when ``text`` has a right-to-left letter (Hebrew, Arabic, Syriac, Thaana...)."""
    return _RTL_BLOCKS.search(text) is not None and any(
        unicodedata.bidirectional(char) in ("R", "AL") for char in text
    )


def display_order(line: str, direction: str) -> str:
    """``line`` in display order. python-bidi refuses a character Unicode has not assigned
    (it has no bidi class); no font draws one either, and the notice names it, so it is laid
    out as the replacement character (a neutral) rather than stopping the export."""
    if any(not unicodedata.bidirectional(char) for char in line):
        line = "".join(char if unicodedata.bidirectional(char) else "\ufffd" for char in line)
    return str(get_display(line, base_dir=direction))


def base_direction(text: str) -> str:
    """'R' or 'L', from the first strong letter (the Unicode bidi rule for paragraphs)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return "L"


def line_markup(line: str, chain: FontChain, *, bold: bool, missing: set[str] | None) -> str:
    """One line of plain text as escaped markup, with a font tag per fallback run."""
    base = chain.name(0, bold)
    parts = []
    for run in chain.runs(line, bold=bold, missing=missing):
        escaped = escape(run.text)
        parts.append(escaped if run.font == base else f'<font face="{run.font}">{escaped}</font>')
    return "".join(parts)


def markup(
    text: str, chain: FontChain, *, bold: bool = False, missing: set[str] | None = None
) -> str:
    """Plain ``text`` as Paragraph markup: escaped, fallback fonts per run, typed line
    breaks kept as ``<br/>``."""
    return "<br/>".join(
        line_markup(line, chain, bold=bold, missing=missing) for line in clean(text).split("\n")
    )


def make_style(
    name: str,
    chain: FontChain,
    size: float,
    *,
    bold: bool = False,
    colour: Any = None,
    leading: float = 1.25,
    alignment: int = TA_LEFT,
    space_before: float = 0.0,
    space_after: float = 0.0,
    left_indent: float = 0.0,
    bullet_indent: float = 0.0,
) -> ParagraphStyle:
    """A paragraph style in the chain's main font; ``leading`` is a multiple of ``size``."""
    font = chain.bold if bold else chain.regular
    style = ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=size * leading,
        alignment=alignment,
        spaceBefore=space_before,
        spaceAfter=space_after,
        leftIndent=left_indent,
        bulletIndent=bullet_indent,
        bulletFontName=font,
        bulletFontSize=size,
        splitLongWords=1,
    )
    if colour is not None:
        style.textColor = colour
    return style


_SHAPED_STYLES: dict[int, tuple[ParagraphStyle, ParagraphStyle]] = {}


def _shaped_style(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` with HarfBuzz shaping on (one copy per style)."""
    known = _SHAPED_STYLES.get(id(style))
    if known is not None and known[0] is style:
        return known[1]
    shaped = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
    if len(_SHAPED_STYLES) > 256:
        _SHAPED_STYLES.clear()
    _SHAPED_STYLES[id(style)] = (style, shaped)
    return shaped


class PlainParagraph(Flowable):
    """A paragraph of user text (plain text, never markup) in any script."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        chain: FontChain,
        *,
        bold: bool = False,
        bullet: str | None = None,
        missing: set[str] | None = None,
        keep_with_next: bool = False,
        where: str | None = None,
    ) -> None:
        """``missing`` collects what cannot print as typed (see unprintable.py), naming
        this text as ``where`` ("Ann's pain point “…”"; by default its first words)."""
        super().__init__()
        text, self.was_cut = bounded(text, PRINT_TEXT_MAX + FRAME_ROOM)
        self.text = clean(text)
        if needs_shaping(self.text) and not style.shaping:
            # HarfBuzz places Devanagari, Thai, Arabic and combining marks (shaping.py);
            # only where needed, as ReportLab's shaped layout is slower.
            style = _shaped_style(style)
        self.style = style
        self.chain = chain
        self.bold = bold
        self.bullet = bullet
        self.keepWithNext = keep_with_next
        self._rtl = has_rtl(self.text)
        #: Shaped left-to-right text is laid out per width too: a word wider than the
        #: column is broken between clusters here, never inside one by ReportLab.
        self._per_width = self._rtl or needs_shaping(self.text)
        self._made_by_text: dict[str, Paragraph] = {}
        self._para: Paragraph | None = None
        self._para_width: float | None = None
        self._min_width: float | None = None
        if missing is not None:
            missing.update(self._problems(where))
        if not self._per_width:
            self._para = parsed_paragraph(markup(self.text, chain, bold=bold), style, bullet)

    def _problems(self, where: str | None) -> set[PrintProblem]:
        lacking = {
            char
            for char in set(self.text) - INVISIBLE - {"\n"}
            if self.chain.font_index(char) is None
        }
        named = where or _("the text “{text}”").format(text=beginning(self.text))
        return problems(self.text, lacking, named)

    def __repr__(self) -> str:
        return f"PlainParagraph({self.text[:30]!r})"

    def min_width(self) -> float:
        """The narrowest width that sets this paragraph without breaking a word."""
        if self._min_width is None:
            size = float(self.style.fontSize)
            widest = max(
                (
                    self.chain.width(word, size, bold=self.bold)
                    for word in _WORDS.findall(self.text)
                ),
                default=0.0,
            )
            indent = float(self.style.leftIndent) + float(self.style.rightIndent)
            self._min_width = widest + indent + 1.0
        return self._min_width

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def _paragraph(self, width: float) -> Paragraph:
        if not self._per_width:
            assert self._para is not None
            return self._para
        if self._para is None or self._para_width != width:
            if self._rtl:
                self._para = self._rtl_paragraph(width)
            else:
                self._para = self._shaped_paragraph(width)
            self._para_width = width
        return self._para

    def _shaped_paragraph(self, width: float) -> Paragraph:
        """Left-to-right shaped text (Thai, Devanagari...) with any word wider than the
        column cut between clusters: ReportLab would cut it between characters, splitting
        a cluster's glyphs and losing what they read as in the PDF's text layer."""
        style = self.style
        room = (width - style.leftIndent - style.rightIndent) * 0.97
        size = float(style.fontSize)

        def measure(piece: str) -> float:
            return self.chain.width(piece, size, bold=self.bold)

        text = "\n".join(
            " ".join(
                part
                for word in line.split(" ")
                for part in (_cut_between_clusters(word, room, measure) if word else [word])
            )
            for line in self.text.split("\n")
        )
        made = self._made_by_text.get(text)
        if made is None:  # shaping is slow: a layout trying many widths reuses each text's
            made = parsed_paragraph(markup(text, self.chain, bold=self.bold), style, self.bullet)
            self._made_by_text[text] = made
        return made

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        para = self._paragraph(availWidth)
        self.width, self.height = para.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        para = self._paragraph(availWidth)
        para.wrap(availWidth, availHeight)
        parts: list[Flowable] = para.split(availWidth, availHeight)
        return parts

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        assert self._para is not None
        self._para.drawOn(canvas, x, y, _sW)

    def _rtl_paragraph(self, width: float) -> Paragraph:
        style = self.style
        direction = base_direction(self.text)
        if direction == "R" and style.alignment == TA_LEFT:
            style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        text = self.text
        bullet = self.bullet
        if bullet and direction == "R":
            text, bullet = f"{bullet} {text}", None
        room = width - style.leftIndent - style.rightIndent - 0.5
        lines: list[str] = []
        for typed in text.split("\n"):
            line_direction = base_direction(typed) if has_rtl(typed) else direction
            for line in self._break(typed, room, style):
                visual = display_order(line, line_direction) if has_rtl(line) else line
                lines.append(line_markup(visual, self.chain, bold=self.bold, missing=None))
        made_text = "<br/>".join(lines)
        made = self._made_by_text.get(made_text)
        if made is None:  # many of the widths a layout tries break the lines alike
            made = parsed_paragraph(made_text, style, bullet)
            self._made_by_text[made_text] = made
        return made

    def _break(self, text: str, room: float, style: ParagraphStyle) -> list[str]:
        """Greedy line breaking in logical order, measuring run by run."""
        size = float(style.fontSize)

        def measure(piece: str) -> float:
            return self.chain.width(piece, size, bold=self.bold)

        lines: list[str] = []
        current = ""
        for word in text.split(" "):
            candidate = f"{current} {word}" if current else word
            if measure(candidate) <= room:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = ""
            while word and measure(word) > room:
                cut = _longest_prefix(word, room, measure)
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
        return lines


#: Thai vowels that follow the consonant they belong to, and those written before it.
_THAI_FOLLOWING = frozenset("\u0e30\u0e32\u0e33\u0e45")
_THAI_LEADING = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")


def _breaks_before(word: str, index: int) -> bool:
    """Whether a line may break before ``word[index]`` without splitting a cluster (a
    letter and its marks, a conjunct joined by a virama, an emoji sequence, a Thai
    syllable's vowel and its consonant)."""
    char, previous = word[index], word[index - 1]
    return not (
        unicodedata.category(char) in ("Mn", "Mc", "Me")
        or unicodedata.combining(previous) == 9  # a virama joins the next consonant
        or "\u200d" in (char, previous)
        or char in _THAI_FOLLOWING
        or previous in _THAI_LEADING
        or "\U0001f3fb" <= char <= "\U0001f3ff"  # skin tones
    )


def _cut_between_clusters(word: str, room: float, measure: Any) -> list[str]:
    """``word`` as pieces no wider than ``room`` (a piece is at least one cluster), cut
    only between clusters; a word that fits is one piece. Widths are summed cluster by
    cluster, so a 20,000-character word is cut in linear time."""
    if measure(word) <= room or len(word) < 2:
        return [word]
    clusters: list[str] = []
    start = 0
    for index in range(1, len(word)):
        if _breaks_before(word, index):
            clusters.append(word[start:index])
            start = index
    clusters.append(word[start:])
    pieces: list[str] = []
    current, current_width = "", 0.0
    for cluster in clusters:
        width = measure(cluster)
        if current and current_width + width > room:
            pieces.append(current)
            current, current_width = "", 0.0
        current += cluster
        current_width += width
    pieces.append(current)
    return pieces


def _longest_prefix(word: str, room: float, measure: Any) -> int:
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(word[:middle]) <= room:
            low = middle
        else:
            high = middle - 1
    return max(low, 1)
