"""The ``merge`` verb: bring breakout groups' copies of a workshop together."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workshop.i18n import _
from workshop.io import merge
from workshop.store import outputs


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    merge = verbs.add_parser(
        "merge",
        help=_("merge breakout copies of a workshop into a new file"),
        description=_(
            "Bring breakout groups' copies of a workshop together into a new file. "
            "BASE and the OTHER files are not changed."
        ),
    )
    merge.add_argument(
        "base",
        help=_(
            "the workshop the breakout copies were made from: each field is decided by what "
            "changed since (if you kept working in it, give your copy as one more OTHER)"
        ),
    )
    merge.add_argument("others", nargs="+", metavar="OTHER", help=_("breakout copies to merge in"))
    merge.add_argument("-o", "--output", required=True, help=_("the merged workshop file to write"))
    merge.add_argument(
        "--force",
        action="store_true",
        help=_(
            "replace OUTPUT if it exists (never BASE or an OTHER, never a workshop open "
            "for editing)"
        ),
    )
    merge.set_defaults(run=run_merge)


def run_merge(args: argparse.Namespace) -> int:
    """``persona-workshop merge BASE OTHER... -o OUT``: prints the merge report.

    The merged workshop is built aside (see ``store.outputs``) and put at OUT only when
    every file has been merged in; OUT is never an input nor a workshop open for editing,
    and an existing OUT is replaced only with ``--force``."""
    inputs = [args.base, *args.others]
    outputs.check_output(
        args.output, inputs=inputs, force=args.force, replaces_workshop=True, makes="workshop"
    )
    output = Path(args.output)
    with outputs.writing(
        output,
        inputs=[args.base, *args.others],
        force=args.force,
        replaces_workshop=True,
        makes="workshop",
    ) as partial:
        report = merge.merge_workshops(args.base, args.others, partial, overwrite=True)
    report.output = output
    sys.stdout.write("\n".join(report.lines()) + "\n")
    return 0
