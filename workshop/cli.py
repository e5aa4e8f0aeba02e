"""``persona-workshop``: the app by default, headless verbs for everything else.

    persona-workshop [FILE] [--demo] [--read-only]     open the app
    persona-workshop VERB ...                           run a headless verb (see --help)

Exit codes: 0 ok, 1 a problem with the user's input (one line on stderr that says what
and where), 2 usage. The verbs never import Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from workshop import APP_NAME, __version__
from workshop.commands import check, evidence, files, merge, printing
from workshop.errors import WorkshopError

PROG = "persona-workshop"
VERB_MODULES = [files, check, evidence, printing, merge]


def verb_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description=f"{APP_NAME}: headless verbs.")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)
    for module in VERB_MODULES:
        module.register(verbs)
    return parser


def gui_parser(verb_names: Sequence[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=f"{APP_NAME}: turn research evidence into customer personas.",
        epilog="Headless verbs (each has --help): " + ", ".join(verb_names),
    )
    parser.add_argument("file", nargs="?", help="a workshop file to open")
    parser.add_argument(
        "--demo", action="store_true", help="open a fresh copy of the demo workshop"
    )
    parser.add_argument("--read-only", action="store_true", help="open the file for viewing only")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser


def _verb_names(parser: argparse.ArgumentParser) -> list[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    verbs = verb_parser()
    names = _verb_names(verbs)
    if args and args[0] in names:
        parsed = verbs.parse_args(args)
        try:
            return int(parsed.run(parsed))
        except WorkshopError as error:
            print(f"{PROG}: {error}".replace("\n", " "), file=sys.stderr)
            return 1
    parsed = gui_parser(names).parse_args(args)
    if parsed.demo and parsed.file:
        gui_parser(names).error("give a FILE or --demo, not both")
    from workshop.app import run_app  # the only path that imports Qt

    return run_app(file=parsed.file, demo=parsed.demo, read_only=parsed.read_only)


if __name__ == "__main__":
    raise SystemExit(main())
