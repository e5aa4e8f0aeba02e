"""Printed artefacts (ReportLab): persona posters, the persona deck, evidence cards. No Qt.

The CLI verbs and the GUI's Export dialog both call these functions, so a poster is the
same whichever made it. Each takes a :class:`~workshop.domain.model.WorkshopSnapshot`, a
target (a file path, or an open binary file such as a ``BytesIO`` for a live preview) and
keyword options, and returns an :class:`ExportReport`. Anything the facilitator can get
wrong (an unknown paper size, no personas, a folder that cannot be written) raises
:class:`workshop.errors.ExportFailed` with a one-line message in their words.

Posters::

    export_posters(snapshot, "maya.pdf",
                   persona_ids=None,          # None: every persona, by position
                   size="A2",                 # one of PAPER_SIZES
                   landscape=False,
                   theme="classic",           # one of THEMES
                   tile=None,                 # "A4" / "Letter": print on office sheets
                   overlap_mm=10,             # overlap between tiled sheets
                   load_asset=store_lookup,   # asset id -> image bytes or None
                   flagged_persona_ids=(),    # personas failing the evidence check
                   fit_each=False)            # True: each persona's type as large as fits

One persona per page, all at one type scale (the largest every one fits at) unless
``fit_each``. A proto-persona carries an "ASSUMPTION-BASED" banner; a research persona whose
id is in ``flagged_persona_ids`` is "Draft: not yet validated — N open findings" (see
``labels``); the footer's status says the same. Tiling onto the poster's own paper size is
refused. With ``tile`` each poster page is
split onto sheets of that paper with crop and glue marks and "Row r, column c" labels;
``report.sheets`` says which poster area each sheet shows.

Deck::

    export_deck(snapshot, "deck.pdf", persona_ids=None, size="A4", landscape=True,
                theme="classic", cover=True, appendix=True, load_asset=...,
                flagged_persona_ids=())

Cover (workshop frame and the list of personas), one poster page per persona, and the
evidence appendix: per item, the notes behind it with their source labels.

Evidence cards::

    export_cards(snapshot, "cards.pdf",
                 note_ids=select_notes(snapshot, cluster="Time pressure"),  # None: all
                 card_size="76x76",           # one of CARD_SIZES
                 sheet="A4", load_asset=...)

Type sizes: text is never set below ``MIN_TYPE_SIZES[paper]`` (A4/Letter/Legal 9 pt,
A3/Tabloid/Ledger 12 pt, A2 16 pt, A1 22 pt, A0 32 pt; item text 1.5 times that on A2-A0,
24 pt on A2, and 1.25 times on smaller paper). It
is set as large as fits, up to twice that (never so large that a word must break). When it
does not fit at the floor, the white space and the photo shrink first; what still does not
fit continues on another page (or card) and is named in ``report.did_not_fit``; nothing is
cut silently. Cards: note text at least 11 pt (up to 30 pt), labels 7.5 pt.

A live preview of the first page: ``export_posters(snapshot, io.BytesIO(),
persona_ids=[first_id], ...)`` and show page 1 of the bytes (about 30 ms for an A2 poster).
Exports may run on a worker thread; they are serialised inside (ReportLab keeps global
state).

Every script prints: the bundled fonts (resources/fonts, see its README) cover Latin,
Greek, Cyrillic, Arabic and Hebrew (shaped, right to left), Chinese, Japanese, Korean and
emoji, chosen per run of characters. Characters no bundled font has are listed in
``report.warnings``.
"""

from workshop.export.cards import CARD_SIZES, CardReport, CardSlot, export_cards, select_notes
from workshop.export.deck import export_deck
from workshop.export.output import ExportReport, Sheet
from workshop.export.paper import MIN_TYPE_SIZES, PAPER_SIZES, Paper, paper
from workshop.export.photos import AssetLoader
from workshop.export.poster import export_posters
from workshop.export.themes import THEME_LIST, THEMES

__all__ = [
    "CARD_SIZES",
    "MIN_TYPE_SIZES",
    "PAPER_SIZES",
    "THEMES",
    "THEME_LIST",
    "AssetLoader",
    "CardReport",
    "CardSlot",
    "ExportReport",
    "Paper",
    "Sheet",
    "export_cards",
    "export_deck",
    "export_posters",
    "paper",
    "select_notes",
]
