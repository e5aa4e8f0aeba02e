"""The bundled fonts, registered with ReportLab lazily, and per-character fallback.

ReportLab has no glyph fallback of its own: a character the current font lacks prints as a
box or as nothing. So every piece of user text is cut into runs, each run set in the first
font of a *chain* that has all of its characters (Latin/Greek/Cyrillic in the theme's main
family, then Noto Sans Arabic, Hebrew, Devanagari and Thai, DejaVu Sans for symbols, Droid
Sans Fallback for Chinese, Japanese and Korean, Symbola for emoji). Shaping (HarfBuzz) and
the text layer of shaped glyphs are in shaping.py. resources/fonts/README.md says which font covers
which script.

A font file is parsed and registered the first time a character needs it, once per process
(guarded by a lock, so an export on a worker thread is safe). ReportLab writes a broken
ToUnicode map for characters outside the Basic Multilingual Plane (emoji), so text
extraction and copy-paste from the PDF would lose them; :func:`_install_tounicode_fix`
replaces that one function with a correct one (UTF-16 surrogate pairs) when the first font
is registered.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts

from workshop.errors import ExportFailed
from workshop.export import shaping
from workshop.export.memo import memo
from workshop.export.unprintable import SKIN_TONES, TAGS
from workshop.i18n import _
from workshop.resources import resource_path


def fonts_folder() -> Path:
    """Where the bundled fonts are (checkout, wheel or bundle: see ``workshop.resources``)."""
    try:
        folder = resource_path("fonts")
    except FileNotFoundError:
        folder = None
    if folder is None or not (folder / "NotoSans-Regular.ttf").is_file():
        raise ExportFailed(
            _("The fonts that come with the program are missing; please reinstall it.")
        )
    return folder


@dataclass(frozen=True)
class FontFile:
    """One bundled typeface: its registered names and files (bold may fall back to regular)."""

    key: str
    regular: str
    bold: str | None
    scripts: str

    @property
    def regular_name(self) -> str:
        return f"PW-{self.key}"

    @property
    def bold_name(self) -> str:
        return f"PW-{self.key}-Bold" if self.bold else self.regular_name


NOTO_SANS = FontFile(
    "NotoSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "Latin, Greek, Cyrillic"
)
DEJAVU_SANS = FontFile(
    "DejaVuSans",
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "Latin, Greek, Cyrillic, Arabic, Hebrew, arrows, maths and other symbols",
)
NOTO_ARABIC = FontFile(
    "NotoSansArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", "Arabic"
)
NOTO_HEBREW = FontFile(
    "NotoSansHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf", "Hebrew"
)
NOTO_DEVANAGARI = FontFile(
    "NotoSansDevanagari",
    "NotoSansDevanagari-Regular.ttf",
    "NotoSansDevanagari-Bold.ttf",
    "Devanagari (Hindi, Marathi, Nepali, Sanskrit)",
)
NOTO_THAI = FontFile("NotoSansThai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf", "Thai")
DROID_FALLBACK = FontFile(
    "DroidSansFallback",
    "DroidSansFallback.ttf",
    None,
    "Chinese (simplified and traditional), Japanese kana and kanji, Korean hangul",
)
SYMBOLA = FontFile("Symbola", "Symbola.ttf", None, "emoji (black and white) and symbols")

ALL_FONTS: tuple[FontFile, ...] = (
    NOTO_SANS,
    NOTO_ARABIC,
    NOTO_HEBREW,
    NOTO_DEVANAGARI,
    NOTO_THAI,
    DEJAVU_SANS,
    DROID_FALLBACK,
    SYMBOLA,
)

#: The main text families a theme may choose; the rest of the chain is the same for all.
FAMILIES: dict[str, FontFile] = {"Noto Sans": NOTO_SANS, "DejaVu Sans": DEJAVU_SANS}

#: Characters that are never drawn: they only steer shaping or emoji presentation, have no
#: glyph of their own and would print as boxes.
INVISIBLE = (
    frozenset(
        "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u202a\u202b\u202c\u202d\u202e"
        "\u2066\u2067\u2068\u2069\ufe0e\ufe0f"
    )
    # A skin tone would print as a hatched swatch beside its emoji (the export says so).
    | SKIN_TONES
    | TAGS
)

_lock = threading.RLock()
_registered: dict[str, frozenset[int]] = {}
_chains: dict[str, FontChain] = {}
_tounicode_fixed = False


def _tounicode_cmap(fontname: str, subset: list[int]) -> str:
    """A ToUnicode CMap for one 256-glyph subset, with code points beyond U+FFFF written as
    UTF-16 surrogate pairs (ReportLab writes them as five hex digits, which readers reject)."""

    face = fontname.split("+", 1)[-1]

    def utf16(code: int) -> str:
        text = shaping.unicode_text(face, code)
        return text.encode("utf-16-be", "surrogatepass").hex().upper()

    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{utf16(code)}>" for index, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def _install_tounicode_fix() -> None:
    global _tounicode_fixed
    if not _tounicode_fixed:
        ttfonts.makeToUnicodeCMap = _tounicode_cmap  # type: ignore[attr-defined]
        shaping.install()
        _tounicode_fixed = True


def _register(font: FontFile) -> frozenset[int]:
    """Register ``font`` (regular and bold) once per process; return its code points."""
    with _lock:
        known = _registered.get(font.key)
        if known is not None:
            return known
        _install_tounicode_fix()
        folder = fonts_folder()
        try:
            regular = ttfonts.TTFont(font.regular_name, str(folder / font.regular))
            pdfmetrics.registerFont(regular)
            if font.bold:
                pdfmetrics.registerFont(ttfonts.TTFont(font.bold_name, str(folder / font.bold)))
        except (OSError, ttfonts.TTFError) as error:
            raise ExportFailed(
                _("The font {font} that comes with the program cannot be read ({reason}).").format(
                    font=font.regular, reason=error
                )
            ) from error
        codes = frozenset(regular.face.charToGlyph)
        _registered[font.key] = codes
        return codes


@dataclass(frozen=True)
class Run:
    """A stretch of text set in one font."""

    font: str
    text: str


class FontChain:
    """A main family followed by the fallback fonts, asked per character."""

    def __init__(self, family: str) -> None:
        if family not in FAMILIES:
            raise ExportFailed(f"Unknown font family {family!r}.")
        main = FAMILIES[family]
        self.family = family
        self.fonts: tuple[FontFile, ...] = (main, *tuple(f for f in ALL_FONTS if f is not main))
        self._coverage: list[frozenset[int] | None] = [None] * len(self.fonts)
        self._choice: dict[str, int] = {}
        self._main_chars: frozenset[str] | None = None

    @property
    def regular(self) -> str:
        self._covers(0)
        return self.fonts[0].regular_name

    @property
    def bold(self) -> str:
        self._covers(0)
        return self.fonts[0].bold_name

    def name(self, index: int, bold: bool) -> str:
        font = self.fonts[index]
        return font.bold_name if bold else font.regular_name

    def _covers(self, index: int) -> frozenset[int]:
        coverage = self._coverage[index]
        if coverage is None:
            coverage = _register(self.fonts[index])
            self._coverage[index] = coverage
        return coverage

    def font_index(self, char: str) -> int | None:
        """The first font of the chain that has ``char``, or None when none has it."""
        found = self._choice.get(char)
        if found is not None:
            return found if found >= 0 else None
        code = ord(char)
        for index in range(len(self.fonts)):
            if code in self._covers(index):
                self._choice[char] = index
                return index
        self._choice[char] = -1
        return None

    def runs(self, text: str, *, bold: bool = False, missing: set[str] | None = None) -> list[Run]:
        """Cut ``text`` into runs of one font each.

        Spaces, punctuation and marks stay in the run they are in when its font has them, so
        a sentence of Greek with a comma is one run. Characters no font has are set in the
        main font (they would print as boxes) and added to ``missing``.
        """
        if not text:
            return []
        if self._main_chars is None:
            self._main_chars = frozenset(map(chr, self._covers(0))) - INVISIBLE
        if self._main_chars.issuperset(text):
            return [Run(self.name(0, bold), text)]
        out: list[Run] = []
        current: int | None = None
        buffer: list[str] = []
        for char in text:
            if char in INVISIBLE:
                continue
            index = self.font_index(char)
            if index is None:
                if missing is not None:
                    missing.add(char)
                index = 0
            elif (
                current is not None
                and index != current
                and _is_neutral(char)
                and ord(char) in self._covers(current)
            ):
                index = current
            if index != current and buffer:
                assert current is not None
                out.append(Run(self.name(current, bold), "".join(buffer)))
                buffer = []
            current = index
            buffer.append(char)
        if buffer and current is not None:
            out.append(Run(self.name(current, bold), "".join(buffer)))
        return out

    def width(self, text: str, size: float, *, bold: bool = False) -> float:
        """The width of ``text`` in points at ``size``, measured run by run (shaped);
        remembered for the rest of an export (``memo``): layouts measure the same words
        at every size they try."""
        widths = memo("chain widths")
        key = (self.family, text, size, bold)
        if widths is not None:
            found = widths.get(key)
            if found is not None:
                return found  # type: ignore[no-any-return]
        measured = sum(
            shaping.width(run.text, run.font, size) for run in self.runs(text, bold=bold)
        )
        if widths is not None:
            widths[key] = measured
        return measured


def _is_neutral(char: str) -> bool:
    category = unicodedata.category(char)
    return category[0] in "ZPM" or category in ("Sm", "Sc", "Sk") or char.isdigit()


def font_chain(family: str) -> FontChain:
    """The shared chain for a family (one per process; registration happens on demand)."""
    with _lock:
        chain = _chains.get(family)
        if chain is None:
            chain = FontChain(family)
            _chains[family] = chain
        return chain


def iter_font_files() -> Iterator[Path]:
    """Every bundled font file (for packaging checks and the README)."""
    folder = fonts_folder()
    for font in ALL_FONTS:
        yield folder / font.regular
        if font.bold:
            yield folder / font.bold
