"""Verbs on whole workshop files: new, info, export-json, import-json."""

from __future__ import annotations

import argparse
import sys

from workshop.i18n import _

# Each verb imports what it needs when it runs: `--help` and `--version` load no store.


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    new = verbs.add_parser("new", help=_("create an empty workshop file"))
    new.add_argument("file", help=_("the workshop file to create (.pwshop)"))
    new.add_argument("--title", required=True, help=_("the workshop's title"))
    _force(new, "FILE")
    new.set_defaults(run=run_new)

    info = verbs.add_parser("info", help=_("show a workshop's title and what it holds"))
    info.add_argument("file", help=_("the workshop file (.pwshop)"))
    info.set_defaults(run=run_info)

    export = verbs.add_parser("export-json", help=_("write a workshop as a JSON document"))
    export.add_argument("file", help=_("the workshop file (.pwshop)"))
    export.add_argument("-o", "--output", required=True, help=_("the JSON file to write"))
    _force(export, "OUTPUT")
    export.set_defaults(run=run_export_json)

    imp = verbs.add_parser("import-json", help=_("make a workshop file from a JSON document"))
    imp.add_argument("input", help=_("the JSON document"))
    imp.add_argument("-o", "--output", required=True, help=_("the workshop file to create"))
    _force(imp, "OUTPUT")
    imp.set_defaults(run=run_import_json)


def _force(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--force",
        action="store_true",
        help=_(
            "replace {what} if it exists (never an input, never a workshop open for editing)"
        ).format(what=what),
    )


def run_new(args: argparse.Namespace) -> int:
    from workshop.domain.limits import one_line_problem
    from workshop.errors import WorkshopError
    from workshop.store import create_workshop, outputs

    if not args.title.strip():
        raise WorkshopError(_("a workshop needs a title"), where=args.file)
    problem = one_line_problem(args.title, _("the title"))
    if problem:
        raise WorkshopError(problem, where=args.file)
    with outputs.writing(
        args.file, force=args.force, replaces_workshop=True, makes="workshop"
    ) as partial:
        create_workshop(partial, args.title, overwrite=True).close()
    print(_("Created {file}").format(file=args.file))
    return 0


def run_info(args: argparse.Namespace) -> int:
    from workshop.store import open_workshop

    with open_workshop(args.file, read_only=True) as workshop:
        assert hasattr(workshop, "counts")
        counts = workshop.counts()  # type: ignore[attr-defined]
        title = workshop.title  # type: ignore[attr-defined]
    rows = [
        (_("Title:"), title),
        (_("Sources:"), counts["source"]),
        (_("Notes:"), counts["note"]),
        (_("Clusters:"), counts["cluster"]),
        (_("Personas:"), counts["persona"]),
        (_("Votes:"), counts["vote"]),
        (_("Participants:"), counts["participant"]),
    ]
    width = max(13, *(len(label) for label, _value in rows))
    for label, value in rows:
        sys.stdout.write(f"{label:<{width}} {value}\n")
    return 0


def run_export_json(args: argparse.Namespace) -> int:
    from workshop.io import interchange
    from workshop.store import open_workshop, outputs

    outputs.check_output(args.output, inputs=[args.file], force=args.force, makes="json")
    workshop = open_workshop(args.file, read_only=True)
    try:
        interchange.export_json(workshop, args.output, force=args.force, inputs=[args.file])
    finally:
        workshop.close()
    print(_("Wrote {file}").format(file=args.output))
    return 0


def run_import_json(args: argparse.Namespace) -> int:
    from workshop.io import interchange

    interchange.import_json(args.input, args.output, overwrite=args.force).close()
    print(_("Created {file}").format(file=args.output))
    return 0
