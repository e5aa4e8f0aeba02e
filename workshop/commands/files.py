"""Verbs on whole workshop files: new, info, export-json, import-json."""

from __future__ import annotations

import argparse
import sys

# Each verb imports what it needs when it runs: `--help` and `--version` load no store.


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    new = verbs.add_parser("new", help="create an empty workshop file")
    new.add_argument("file", help="the workshop file to create (.pwshop)")
    new.add_argument("--title", required=True, help="the workshop's title")
    _force(new, "FILE")
    new.set_defaults(run=run_new)

    info = verbs.add_parser("info", help="show a workshop's title and what it holds")
    info.add_argument("file")
    info.set_defaults(run=run_info)

    export = verbs.add_parser("export-json", help="write a workshop as a JSON document")
    export.add_argument("file")
    export.add_argument("-o", "--output", required=True, help="the JSON file to write")
    _force(export, "OUTPUT")
    export.set_defaults(run=run_export_json)

    imp = verbs.add_parser("import-json", help="make a workshop file from a JSON document")
    imp.add_argument("input", help="the JSON document")
    imp.add_argument("-o", "--output", required=True, help="the workshop file to create")
    _force(imp, "OUTPUT")
    imp.set_defaults(run=run_import_json)


def _force(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--force",
        action="store_true",
        help=f"replace {what} if it exists (never an input, never a workshop open for editing)",
    )


def run_new(args: argparse.Namespace) -> int:
    from workshop.errors import WorkshopError
    from workshop.store import create_workshop, outputs

    if not args.title.strip():
        raise WorkshopError("a workshop needs a title", where=args.file)
    with outputs.writing(args.file, force=args.force, replaces_workshop=True) as partial:
        create_workshop(partial, args.title, overwrite=True).close()
    print(f"Created {args.file}")
    return 0


def run_info(args: argparse.Namespace) -> int:
    from workshop.store import open_workshop

    with open_workshop(args.file, read_only=True) as workshop:
        assert hasattr(workshop, "counts")
        counts = workshop.counts()  # type: ignore[attr-defined]
        title = workshop.title  # type: ignore[attr-defined]
    out = sys.stdout
    out.write(f"Title:        {title}\n")
    for label, key in (
        ("Sources", "source"),
        ("Notes", "note"),
        ("Clusters", "cluster"),
        ("Personas", "persona"),
        ("Votes", "vote"),
        ("Participants", "participant"),
    ):
        out.write(f"{label + ':':<13} {counts[key]}\n")
    return 0


def run_export_json(args: argparse.Namespace) -> int:
    from workshop.io import interchange
    from workshop.store import open_workshop, outputs

    outputs.check_output(args.output, inputs=[args.file], force=args.force)
    workshop = open_workshop(args.file, read_only=True)
    try:
        interchange.export_json(workshop, args.output, force=args.force, inputs=[args.file])
    finally:
        workshop.close()
    print(f"Wrote {args.output}")
    return 0


def run_import_json(args: argparse.Namespace) -> int:
    from workshop.io import interchange

    interchange.import_json(args.input, args.output, overwrite=args.force).close()
    print(f"Created {args.output}")
    return 0
