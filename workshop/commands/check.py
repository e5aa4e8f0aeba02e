"""The ``check`` verb: the evidence check on a workshop file, for people and for scripts.

    persona-workshop check FILE [--persona NAME] [--json] [--today YYYY-MM-DD]

Exit status: 0 when no persona is blocking, 1 when one is (an error, and not a
proto-persona), 2 when the check could not run (usage, a file that cannot be opened, a
persona that is not there). ``--json`` prints the document described in docs/check-json.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from workshop.domain.evidence_check import check_workshop, has_errors, to_json, to_text
from workshop.errors import WorkshopError
from workshop.i18n import _
from workshop.store import open_workshop

#: The check ran and nothing blocks / some persona is blocking / the check could not run.
PASSED, BLOCKING, NOT_CHECKED = 0, 1, 2


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    check = verbs.add_parser(
        "check",
        help=_("run the evidence check on a workshop's personas"),
        description=_(
            "Check that every claim of every persona is backed by research. Exit status: "
            "0 nothing blocks, 1 a persona has errors (proto-personas may fail), "
            "2 the check could not run."
        ),
    )
    check.add_argument("file", help=_("the workshop file (.pwshop)"))
    check.add_argument(
        "--persona", metavar="NAME", help=_("check only this persona (its name, any case)")
    )
    check.add_argument(
        "--json", action="store_true", help=_("print JSON (see docs/check-json.md) instead of text")
    )
    check.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        type=_day,
        help=_("check as on this day (freshness is counted from it); default: today"),
    )
    check.set_defaults(run=run_check)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a date like 2025-06-01").format(text=text)
        ) from None


def run_check(args: argparse.Namespace) -> int:
    try:
        workshop = open_workshop(args.file, read_only=True)
        try:
            snapshot = workshop.snapshot()
        finally:
            workshop.close()
        reports = check_workshop(
            snapshot, today=args.today or date.today(), persona_name=args.persona
        )
    except WorkshopError as error:
        print(f"persona-workshop check: {error}".replace("\n", " "), file=sys.stderr)
        return NOT_CHECKED
    if args.json:
        json.dump(to_json(reports), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(to_text(reports))
    return BLOCKING if has_errors(reports) else PASSED
