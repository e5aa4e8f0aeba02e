"""Complex scripts shaped with HarfBuzz, and a text layer that still reads as typed.

ReportLab shapes a paragraph's words with HarfBuzz (through ``uharfbuzz``) when its style
has ``shaping`` set: Devanagari conjuncts and vowel signs, Thai tone marks and combining
accents then sit where they belong. Two things in ReportLab's shaping are not good enough
for us, and :func:`install` wraps its ``shapeFragWord`` to fix them:

* It shapes a whole word with the *first* piece's font, so a word that mixes fonts (an
  opening bracket in Noto Sans before Devanagari letters) would be drawn with another
  font's glyph numbers. Here each stretch of one font is shaped on its own.
* A glyph with no character of its own (a conjunct, a half form, a ligature) gets a
  private-use code, and a vowel sign drawn before its consonant comes first in the
  content, so the text copied from the PDF would be private-use garbage or in the wrong
  order. Here every group of glyphs HarfBuzz made from one cluster of characters gets
  codes of its own that read as the cluster's characters in typed order (:func:`_share`).
  :func:`unicode_text` gives the fonts' ToUnicode maps that text.
* ReportLab does not reorder right-to-left text in paragraphs of several fonts, so
  text.PlainParagraph hands over lines already in display order (python-bidi). A
  right-to-left word is turned back to typed order here, shaped (HarfBuzz returns the
  glyphs in display order), and its glyphs read as the word backwards, which is how
  pdftotext and pypdf expect a right-to-left word to be drawn: they give back the typed
  text (letters, not presentation forms).

Words of plain Latin, Greek and Cyrillic letters are left unshaped (as before), which keeps
shaping off the common path.
"""

from __future__ import annotations

import re
import threading
from typing import Any

import uharfbuzz  # noqa: F401  (ReportLab shapes only when it can import it)
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.platypus import paragraph as rl_paragraph

from workshop.export.memo import memo

#: Characters whose drawing depends on their neighbours: combining marks, the complex
#: scripts (Arabic, Indic, Thai, Lao, Tibetan, Myanmar...) and emoji modifiers.
_NEEDS_SHAPING = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff"
    "\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u1ab0-\u1aff\u1dc0-\u1dff"
    "\u20d0-\u20ff\ufe20-\ufe2f\U0001f3fb-\U0001f3ff]|[\u0590-\u08ff]"
)
#: Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko...).
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
#: Where the codes for shaped glyphs are taken from (Supplementary Private Use Area-A, so
#: they never clash with ReportLab's own private codes in U+E000–U+F8FF).
_FIRST_ALIAS = 0xF0000

_lock = threading.RLock()
#: Per font face name: the text each alias code stands for.
_texts: dict[str, dict[int, str]] = {}
#: Per font face name: (glyph id, text) -> alias code.
_aliases: dict[str, dict[tuple[int, str], int]] = {}
_original: Any = None


def needs_shaping(text: str) -> bool:
    """True when ``text`` has a character that HarfBuzz must place."""
    return _NEEDS_SHAPING.search(text) is not None


def unicode_text(face_name: str, code: int) -> str:
    """What the character code ``code`` of the font face ``face_name`` reads as."""
    known = _texts.get(face_name)
    if known is not None and code in known:
        return known[code]
    return chr(code)


def width(text: str, font_name: str, size: float) -> float:
    """The width of ``text`` (typed order, one font) in points once shaped."""
    plain = pdfmetrics.stringWidth(text, font_name, size)
    if not needs_shaping(text) or _original is None:
        return plain
    shaped = _original([plain, (_Frag(font_name, size), text)])
    return float(shaped[0])


class _Frag:
    """The least of a paragraph fragment that ReportLab's shaping reads."""

    def __init__(self, font_name: str, size: float) -> None:
        self.fontName = font_name
        self.fontSize = size


def install() -> None:
    """Wrap ReportLab's word shaping (once per process)."""
    global _original
    with _lock:
        if _original is None:
            _original = ttfonts.shapeFragWord
            rl_paragraph.shapeFragWord = _shape_word  # type: ignore[attr-defined]


def _face_name(font: Any) -> str:
    name = font.face.name
    return name.decode("latin-1") if isinstance(name, bytes) else str(name)


def _alias(font: Any, glyph_char: str, text: str) -> str:
    """A code of its own for the glyph drawn as ``glyph_char``, reading as ``text``."""
    face = font.face
    name = _face_name(font)
    glyph = face.charToGlyph[ord(glyph_char)]
    key = (glyph, text)
    with _lock:
        aliases = _aliases.setdefault(name, {})
        code = aliases.get(key)
        if code is None:
            code = _FIRST_ALIAS + len(aliases)
            while code in face.charToGlyph:
                code += 1
            face.charToGlyph[code] = glyph
            face.glyphToChar.setdefault(glyph, []).append(code)
            face.charWidths[code] = face.charWidths.get(ord(glyph_char), 0)
            aliases[key] = code
            _texts.setdefault(name, {})[code] = text
    return chr(code)


def _share(text: str, glyphs: int) -> list[str]:
    """``text`` shared out over ``glyphs`` glyphs in drawing order, one character each and
    the rest on the last; so a text extractor that reads glyph by glyph gets ``text`` in
    typed order, with no gap (a glyph reading as nothing makes extractors add a space)."""
    if glyphs <= 1:
        return [text]
    if len(text) >= glyphs:
        return [*text[: glyphs - 1], text[glyphs - 1 :]]
    return [*text[:-1], *([""] * (glyphs - len(text))), text[-1:]]


def _readable(piece: Any, source: str, ends: dict[int, int], font_name: str) -> Any:
    """``piece`` (a shaped string) with alias codes wherever its glyphs would not read back
    as the characters of ``source`` they were shaped from (``ends``: where each cluster
    of characters ends)."""
    data = piece.__shapeData__
    font = pdfmetrics.getFont(font_name)
    groups: dict[int, list[int]] = {}
    for index, entry in enumerate(data):
        groups.setdefault(entry.cluster, []).append(index)
    chars = list(str(piece))
    changed = False
    for cluster, indexes in groups.items():
        text = source[cluster : ends[cluster]]
        if "".join(chars[i] for i in indexes) == text:
            continue
        changed = True
        for index, reads in zip(indexes, _share(text, len(indexes)), strict=True):
            chars[index] = _alias(font, chars[index], reads)
    if not changed:
        return piece
    return ttfonts.ShapedStr("".join(chars), shapeData=list(data))


def _shape_stretch(frags: list[tuple[Any, str]]) -> list[tuple[Any, Any]]:
    """Shape frags that share one font; return them shaped (or as they were)."""
    text = "".join(piece for _, piece in frags)
    if not needs_shaping(text):
        return frags
    right_to_left = _RTL.search(text) is not None
    if right_to_left:
        # The line is already in display order (text.PlainParagraph puts it so); HarfBuzz
        # wants the typed order and gives the glyphs back in display order.
        text = text[::-1]
        frags = [(frags[0][0], text)]
    width = sum(pdfmetrics.stringWidth(piece, f.fontName, f.fontSize) for f, piece in frags)
    shaped = _original([width, *frags], force=right_to_left)
    if shaped is None or len(shaped) < 2 or not isinstance(shaped[0], (int, float)):
        return frags
    pieces = [tuple(entry) for entry in shaped[1:]]
    clusters = sorted(
        {e.cluster for _, piece in pieces for e in getattr(piece, "__shapeData__", None) or ()}
    )
    if not clusters:
        return pieces
    ends = dict(zip(clusters, [*clusters[1:], len(text)], strict=True))
    out: list[tuple[Any, Any]] = []
    for frag, piece in pieces:
        data = getattr(piece, "__shapeData__", None)
        if data and len(data) == len(piece):
            if right_to_left:
                piece = _read_in_typed_order(piece, text, frag.fontName)
            else:
                piece = _readable(piece, text, ends, frag.fontName)
        out.append((frag, piece))
    return out


def _read_in_typed_order(piece: Any, text: str, font_name: str) -> Any:
    """A right-to-left word's glyphs (in display order) reading as its typed text backwards
    when read from left to right: text extractors (pdftotext, pypdf) take a right-to-left
    word as drawn in display order and turn it round, so they give back the typed text."""
    font = pdfmetrics.getFont(font_name)
    readings = _share(text[::-1], len(piece))
    chars = [_alias(font, char, reads) for char, reads in zip(str(piece), readings, strict=True)]
    return ttfonts.ShapedStr("".join(chars), shapeData=list(piece.__shapeData__))


def _shape_word(word: Any, *args: Any, **kwargs: Any) -> Any:
    """ReportLab's ``shapeFragWord`` per stretch of one font, with a readable text layer."""
    if isinstance(word, ttfonts.ShapedFragWord) or len(word) < 2:
        return word
    frags = list(word[1:])
    if any(hasattr(frag, "cbDefn") for frag, _ in frags):
        return _original(word, *args, **kwargs)
    if not needs_shaping("".join(piece for _, piece in frags)):
        return word
    shaped = memo("shaped words")
    if shaped is None:
        return _shaped_word(word, frags)
    # A layout wraps the same paragraphs at every size it tries, and ReportLab shapes each
    # word again at each wrap: within an export, a word already shaped in the same fonts is
    # made again from what was remembered (shaping depends only on fonts, sizes and text).
    key = tuple((frag.fontName, frag.fontSize, piece) for frag, piece in frags)
    found = shaped.get(key)
    if found is None:
        result = _shaped_word(word, frags)
        found = shaped[key] = _remembered(result, word, frags)
    return _made_again(found, word, frags)


#: What is remembered of a shaped word: None when shaping left it as it was, else its
#: width and, per piece, the index of the frag it is set in and its glyphs.
_Remembered = tuple[float, tuple[tuple[int, str, tuple[Any, ...] | None], ...]] | None


def _remembered(result: Any, word: Any, frags: list[tuple[Any, str]]) -> _Remembered:
    if result is word:
        return None
    pieces = []
    for frag, piece in result[1:]:
        index = next(i for i, (f, _) in enumerate(frags) if f is frag)
        data = getattr(piece, "__shapeData__", None)
        pieces.append((index, str(piece), None if data is None else tuple(data)))
    return float(result[0]), tuple(pieces)


def _made_again(found: _Remembered, word: Any, frags: list[tuple[Any, str]]) -> Any:
    """A new shaped word (new lists, so nothing remembered is ever changed in place)."""
    if found is None:
        return word
    width, pieces = found
    out: list[Any] = [width]
    for index, text, data in pieces:
        piece = text if data is None else ttfonts.ShapedStr(text, shapeData=list(data))
        out.append((frags[index][0], piece))
    return ttfonts.makeShapedFragWord(word)(out)


def _shaped_word(word: Any, frags: list[tuple[Any, str]]) -> Any:
    """``word`` shaped stretch by stretch of one font (see :func:`_shape_word`)."""
    stretches: list[list[tuple[Any, str]]] = []
    for frag, piece in frags:
        last = stretches[-1][-1][0] if stretches else None
        if last is not None and (last.fontName, last.fontSize) == (frag.fontName, frag.fontSize):
            stretches[-1].append((frag, piece))
        else:
            stretches.append([(frag, piece)])
    out: list[tuple[Any, Any]] = []
    for stretch in stretches:
        out.extend(_shape_stretch(stretch))
    if all(a is b for a, b in zip(out, frags, strict=False)) and len(out) == len(frags):
        return word
    width = 0.0
    for frag, piece in out:
        data = getattr(piece, "__shapeData__", None)
        if data is not None:
            width += sum(entry.x_advance for entry in data) * frag.fontSize / 1000
        else:
            width += pdfmetrics.stringWidth(piece, frag.fontName, frag.fontSize)
    result = ttfonts.makeShapedFragWord(word)([width, *out])
    return result
