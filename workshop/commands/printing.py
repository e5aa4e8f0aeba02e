"""Printing verbs: persona posters, the persona deck and evidence cards as PDF.

    persona-workshop poster FILE [--persona NAME ... | --all] [--size A2] [--landscape]
                                 [--theme NAME] [--tile A4 [--overlap MM]] [--fit-each]
                                 -o OUT.pdf
    persona-workshop deck FILE [--persona NAME ...] [--size A4] [--portrait] [--theme NAME]
                               [--no-cover] [--no-appendix] [--fit-each] -o OUT.pdf
    persona-workshop cards FILE [--cluster NAME] [--source NAME] [--unclustered]
                                [--size 76x76|76x127|127x76] [--sheet A4] -o OUT.pdf
    (each also takes --force: replace OUT.pdf if it exists)

The workshop is opened read-only. The PDF is the same one the Export dialog makes (one
export job, ``export.job``). What did not fit where it belongs is said plainly (it
continues on an extra page; nothing is cut). OUT.pdf follows the output rule
(``store.outputs``): never the workshop or any workshop file; an existing file is replaced
only with ``--force``; written beside it and renamed when whole.

Exit status: 0 written, 1 a problem with the input (one line on stderr: a persona, cluster
or source that is not there, nothing to print, an output that may not be written or cannot
be), 2 usage (an unknown paper size, theme or card size).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from workshop.domain.model import WorkshopSnapshot
from workshop.errors import WorkshopError
from workshop.export import CARD_SIZES, MIN_TYPE_SIZES, PAPER_SIZES, THEMES
from workshop.export.job import (
    ExportChoices,
    Kind,
    failing_persona_ids,
    make_pdf,
    persona_ids_named,
    report_lines,
)
from workshop.export.tiling import OVERLAP_MM
from workshop.i18n import _, shipped_languages
from workshop.store import open_workshop, outputs

PROG = "persona-workshop"
TILE_SIZES = ("A4", "Letter")


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    poster = verbs.add_parser(
        "poster",
        help=_("print persona posters as PDF (one persona per page)"),
        description=_(
            "Print persona posters, one persona per page. Smallest text per paper size: {sizes}."
        ).format(sizes=", ".join(f"{name} {MIN_TYPE_SIZES[name]:g} pt" for name in PAPER_SIZES)),
    )
    _common(poster, default_size="A2")
    which = poster.add_mutually_exclusive_group()
    which.add_argument(
        "--persona",
        metavar="NAME",
        action="append",
        help=_("print this persona (its name, any case); repeat for more"),
    )
    which.add_argument("--all", action="store_true", help=_("print every persona (the default)"))
    poster.add_argument(
        "--landscape", action="store_true", help=_("turn the paper sideways (default: portrait)")
    )
    poster.add_argument(
        "--tile",
        metavar="PAPER",
        type=_choice(TILE_SIZES, _("unknown tiling paper '{text}'; choose one of {names}")),
        help=_("split each poster onto A4 or Letter sheets with glue and trim marks"),
    )
    poster.add_argument(
        "--overlap",
        metavar="MM",
        type=_overlap,
        default=OVERLAP_MM,
        help=_("overlap between tiled sheets in millimetres (default {overlap})").format(
            overlap=f"{OVERLAP_MM:g}"
        ),
    )
    _fit_each(poster)
    poster.set_defaults(run=run_poster)

    deck = verbs.add_parser(
        "deck",
        help=_("print the persona deck as one PDF (cover, personas, evidence appendix)"),
        description=_(
            "Print every persona (or the ones named) in one PDF, with a cover and "
            "an appendix listing the notes behind each item."
        ),
    )
    _common(deck, default_size="A4")
    deck.add_argument(
        "--persona",
        metavar="NAME",
        action="append",
        help=_("put this persona in the deck (its name, any case); repeat for more; default all"),
    )
    deck.add_argument(
        "--portrait", action="store_true", help=_("upright pages (default: landscape)")
    )
    deck.add_argument("--no-cover", action="store_true", help=_("leave out the cover page"))
    deck.add_argument(
        "--no-appendix", action="store_true", help=_("leave out the evidence appendix")
    )
    _fit_each(deck)
    deck.set_defaults(run=run_deck)

    cards = verbs.add_parser(
        "cards",
        help=_("print notes as cut-out evidence cards the size of sticky notes"),
        description=_(
            "Print notes as evidence cards, several per sheet, with cut marks. "
            "Without a filter every note is printed; filters combine."
        ),
    )
    cards.add_argument("file", help=_("the workshop file (.pwshop)"))
    cards.add_argument(
        "-o", "--output", required=True, metavar="OUT.pdf", help=_("the PDF to write")
    )
    _force(cards)
    cards.add_argument("--cluster", metavar="NAME", help=_("only the notes of this cluster"))
    cards.add_argument("--source", metavar="NAME", help=_("only the notes from this source"))
    cards.add_argument(
        "--unclustered", action="store_true", help=_("only the notes in no cluster yet")
    )
    cards.add_argument(
        "--size",
        metavar="SIZE",
        type=_choice(tuple(CARD_SIZES), _("unknown card size '{text}'; choose one of {names}")),
        default="76x76",
        help=_("card size in millimetres: {sizes} (default {default})").format(
            sizes=", ".join(CARD_SIZES), default="76x76"
        ),
    )
    cards.add_argument(
        "--sheet",
        metavar="PAPER",
        type=_choice(PAPER_SIZES, _("unknown paper size '{text}'; choose one of {names}")),
        default="A4",
        help=_("the paper the cards are printed on: {sizes} (default {default})").format(
            sizes=", ".join(PAPER_SIZES), default="A4"
        ),
    )
    _language(cards)
    cards.set_defaults(run=run_cards)


def _common(parser: argparse.ArgumentParser, *, default_size: str) -> None:
    parser.add_argument("file", help=_("the workshop file (.pwshop)"))
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT.pdf", help=_("the PDF to write")
    )
    _force(parser)
    parser.add_argument(
        "--size",
        metavar="PAPER",
        type=_choice(PAPER_SIZES, _("unknown paper size '{text}'; choose one of {names}")),
        default=default_size,
        help=_("paper size: {sizes} (default {default})").format(
            sizes=", ".join(PAPER_SIZES), default=default_size
        ),
    )
    parser.add_argument(
        "--theme",
        metavar="NAME",
        type=_choice(THEMES, _("unknown theme '{text}'; choose one of {names}")),
        default=THEMES[0],
        help=_("look of the page: {themes} (default {default})").format(
            themes=", ".join(THEMES), default=THEMES[0]
        ),
    )
    _language(parser)


def _language(parser: argparse.ArgumentParser) -> None:
    languages = shipped_languages()
    parser.add_argument(
        "--language",
        metavar="CODE",
        type=_choice(languages, _("unknown language '{text}'; choose one of {names}")),
        help=_(
            "language of the headings: {languages} (default: the workshop's language "
            "setting, else the program's)"
        ).format(languages=", ".join(languages)),
    )


def _force(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--force",
        action="store_true",
        help=_("replace OUT.pdf if it exists (never the workshop, never any workshop file)"),
    )


def _choice(names: Sequence[str], unknown: str) -> Callable[[str], str]:
    """An argparse type accepting any case ("a2", "letter") and giving the proper name;
    ``unknown`` says what a name not among them is ({text}: it; {names}: the choices)."""
    by_key = {name.casefold(): name for name in names}

    def pick(text: str) -> str:
        found = by_key.get(text.strip().casefold())
        if found is None:
            raise argparse.ArgumentTypeError(unknown.format(text=text, names=", ".join(names)))
        return found

    return pick


def _overlap(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a number of millimetres").format(text=text)
        ) from None
    if not 0 <= value <= 50:
        raise argparse.ArgumentTypeError(_("the overlap must be between 0 and 50 mm"))
    return value


def _print(
    verb: str, args: argparse.Namespace, choose: Callable[[WorkshopSnapshot], ExportChoices]
) -> int:
    """Check the output (see ``store.outputs``), open the workshop read-only, print the
    job ``choose`` makes from it into a file beside OUT, and put it in place when whole."""
    try:
        with outputs.writing(
            args.output, inputs=[args.file], force=args.force, makes="pdf"
        ) as partial:
            workshop = open_workshop(args.file, read_only=True)
            try:
                snapshot = workshop.snapshot()
                choices = choose(snapshot)
                with partial.open("wb") as stream:
                    report = make_pdf(snapshot, stream, choices, load_asset=workshop.load_asset)
            finally:
                workshop.close()
    except WorkshopError as error:
        print(f"{PROG} {verb}: {error}".replace("\n", " "), file=sys.stderr)
        return 1
    report.path = Path(args.output)
    for line in report_lines(report):
        print(line)
    return 0


def _fit_each(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--fit-each",
        action="store_true",
        help=_(
            "set each persona's type as large as it fits (default: one type scale for all, "
            "so the posters look equal side by side)"
        ),
    )


def run_poster(args: argparse.Namespace) -> int:
    def choose(snapshot: WorkshopSnapshot) -> ExportChoices:
        return ExportChoices(
            kind=Kind.POSTERS,
            persona_ids=persona_ids_named(snapshot, args.persona),
            size=args.size,
            landscape=args.landscape,
            theme=args.theme,
            tile=args.tile,
            overlap_mm=args.overlap,
            flagged_persona_ids=failing_persona_ids(snapshot),
            language=args.language,
            fit_each=args.fit_each,
        )

    return _print("poster", args, choose)


def run_deck(args: argparse.Namespace) -> int:
    def choose(snapshot: WorkshopSnapshot) -> ExportChoices:
        return ExportChoices(
            kind=Kind.DECK,
            persona_ids=persona_ids_named(snapshot, args.persona),
            size=args.size,
            landscape=not args.portrait,
            theme=args.theme,
            cover=not args.no_cover,
            appendix=not args.no_appendix,
            flagged_persona_ids=failing_persona_ids(snapshot),
            language=args.language,
            fit_each=args.fit_each,
        )

    return _print("deck", args, choose)


def run_cards(args: argparse.Namespace) -> int:
    def choose(snapshot: WorkshopSnapshot) -> ExportChoices:
        return ExportChoices(
            kind=Kind.CARDS,
            size=args.sheet,
            card_size=args.size,
            cluster=args.cluster,
            source=args.source,
            unclustered=args.unclustered,
            language=args.language,
        )

    return _print("cards", args, choose)
