"""``persona-workshop``: the app by default, headless verbs for everything else.

    persona-workshop [FILE] [--demo] [--read-only]     open the app
    persona-workshop VERB ...                           run a headless verb (see --help)

Exit codes: 0 ok, 1 a problem with the user's input (one line on stderr that says what
and where), 2 usage, 130 stopped with Ctrl+C, 141 the output was closed early (``| head``).
The verbs never import Qt, and only the verb asked for is imported: ``--version`` and
``--help`` start as fast as Python does.
"""

from __future__ import annotations

import os
import signal
import sys

if os.environ.get("PERSONA_WORKSHOP_PAUSE_LOADING"):  # for the tests: Ctrl+C while loading
    import time

    os.write(2, b"loading\n")
    time.sleep(60)

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import workshop
from workshop import APP_NAME, FILE_SUFFIX, __version__
from workshop.commands import VERB_NAMES, VERBS, add_verbs, find, module_of
from workshop.i18n import _
from workshop.i18n.command_line import speak_the_language_in_argparse

PROG = "persona-workshop"
#: Exit status after Ctrl+C, and when whoever read our output stopped reading (as a shell
#: reports a program stopped by SIGINT or SIGPIPE).
INTERRUPTED, PIPE_CLOSED = 130, 141


class Parser(argparse.ArgumentParser):
    """An argparse parser that takes options only as written: never an abbreviation
    (``--date`` silently read as ``--date-column``), and an option it does not know is an
    error naming the options it does know. The verbs' parsers are made of this class too
    (``add_subparsers`` makes its parsers of the class of their parent)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            parser = self._verb_parser(parsed)
            unknown = [a.split("=", 1)[0] for a in extras if a.startswith("-") and a != "-"]
            if not unknown:
                parser.error(_("unrecognized arguments: %s") % " ".join(extras))
            parser.error(
                _("unknown option {option}; the options are: {options}").format(
                    option=unknown[0], options=", ".join(parser.long_options())
                )
            )
        return parsed

    def long_options(self) -> list[str]:
        """Every option this parser knows, by its (first) long name ("--dry-run")."""
        names = []
        for action in self._actions:
            long = [o for o in action.option_strings if o.startswith("--")]
            if long:
                names.append(long[0])
        return names

    def _verb_parser(self, parsed: argparse.Namespace) -> Parser:
        """The parser of the verb given (``self`` when there are no verbs)."""
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction):
                chosen = action.choices.get(getattr(parsed, "verb", None) or "")
                if isinstance(chosen, Parser):
                    return chosen
        return self


def verb_parser(names: Sequence[str] = VERB_NAMES) -> argparse.ArgumentParser:
    """The parser of the verbs named (their modules are imported for it)."""
    parser = Parser(prog=PROG, description=_("{app}: headless verbs.").format(app=APP_NAME))
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)
    modules = []
    for name in names:
        verb = find(name)
        assert verb is not None, name
        module = module_of(verb)
        if module not in modules:
            modules.append(module)
    add_verbs(verbs, modules)
    return parser


def gui_parser() -> argparse.ArgumentParser:
    width = max(len(name) for name in VERB_NAMES) + 2
    listing = "\n".join(f"  {verb.name:<{width}}{_(verb.summary)}" for verb in VERBS)
    heading = _("headless verbs (each has --help, e.g. {example}):").format(
        example=f"{PROG} info --help"
    )
    parser = Parser(
        prog=PROG,
        description=_("{app}: turn research evidence into customer personas.").format(app=APP_NAME),
        epilog=f"{heading}\n{listing}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", help=_("a workshop file to open"))
    parser.add_argument(
        "--demo", action="store_true", help=_("open a fresh copy of the demo workshop")
    )
    parser.add_argument(
        "--read-only", action="store_true", help=_("open the file for viewing only")
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=_("show the program's version number and exit"),
    )
    return parser


def mistyped_verb(args: Sequence[str]) -> str | None:
    """Why ``args`` look like a verb typed wrong rather than a file to open, or None.

    A first word that is not an existing file, nor named like a workshop, is a verb typed
    wrong when it is close to one (``inof``) or when more words follow it (the app takes
    one file)."""
    first = args[0]
    if first.startswith("-") or first.endswith(FILE_SUFFIX) or Path(first).exists():
        return None
    import difflib

    close = difflib.get_close_matches(first.casefold(), VERB_NAMES, n=1, cutoff=0.6)
    if close:
        return _("there is no verb '{word}'; did you mean '{verb}'?").format(
            word=first, verb=close[0]
        )
    if any(not arg.startswith("-") for arg in args[1:]):
        return _("there is no verb '{word}' (verbs: {verbs})").format(
            word=first, verbs=", ".join(VERB_NAMES)
        )
    return None


def main(argv: Sequence[str] | None = None) -> int:
    try:
        if signal.getsignal(signal.SIGINT) is workshop._stop_while_loading:
            signal.signal(signal.SIGINT, signal.default_int_handler)  # caught below from now
        status = _main(list(sys.argv[1:] if argv is None else argv))
        sys.stdout.flush()  # a closed pipe shows here, not at exit after a traceback
        return status
    except KeyboardInterrupt:
        print(file=sys.stderr)  # end the line the ^C was echoed on
        return INTERRUPTED
    except BrokenPipeError:
        # Nobody reads the rest: say nothing more (Python would try to flush at exit).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return PIPE_CLOSED


def _main(args: list[str]) -> int:
    speak_the_language_in_argparse()
    if args and find(args[0]) is not None:
        parsed = verb_parser([args[0]]).parse_args(args)
        from workshop.errors import WorkshopError

        try:
            return int(parsed.run(parsed))
        except WorkshopError as error:
            print(f"{PROG}: {error}".replace("\n", " "), file=sys.stderr)
            return 1
    gui = gui_parser()
    if args:
        wrong = mistyped_verb(args)
        if wrong is not None:
            gui.error(wrong)
    parsed = gui.parse_args(args)
    if parsed.demo and parsed.file:
        gui.error(_("give a FILE or --demo, not both"))
    from workshop.app import run_app  # the only path that imports Qt

    status = run_app(file=parsed.file, demo=parsed.demo, read_only=parsed.read_only)
    leave_quickly()
    return status


def leave_quickly() -> None:
    """The window has closed: collect its garbage now, then spare Python's exit from
    going through everything again. Python's exit runs the garbage collector over what
    the program made (Qt's wrappers, the store, the domain) as it takes the modules
    apart: about 30 ms of CPU of a start and quit (``tests/benchmarks/bench_startup.py``).
    One collection here frees what is garbage at this point (its finalizers run as they
    would have); what lives on until the process ends is set aside (``gc.freeze``).
    Files are closed and settings written before this (the window's close)."""
    import gc

    gc.collect()
    gc.freeze()


if __name__ == "__main__":
    raise SystemExit(main())
