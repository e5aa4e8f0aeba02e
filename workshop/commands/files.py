"""Verbs on whole workshop files: new, info, export-json, import-json."""

from __future__ import annotations

import argparse
import sys


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    new = verbs.add_parser("new", help="create an empty workshop file")
    new.add_argument("file", help="the workshop file to create (.pwshop)")
    new.add_argument("--title", required=True, help="the workshop's title")
    new.set_defaults(run=run_new)

    info = verbs.add_parser("info", help="show a workshop's title and what it holds")
    info.add_argument("file")
    info.set_defaults(run=run_info)

    export = verbs.add_parser("export-json", help="write a workshop as a JSON document")
    export.add_argument("file")
    export.add_argument("-o", "--output", required=True, help="the JSON file to write")
    export.set_defaults(run=run_export_json)

    imp = verbs.add_parser("import-json", help="make a workshop file from a JSON document")
    imp.add_argument("input", help="the JSON document")
    imp.add_argument("-o", "--output", required=True, help="the workshop file to create")
    imp.add_argument("--force", action="store_true", help="replace the output file if it exists")
    imp.set_defaults(run=run_import_json)


def run_new(args: argparse.Namespace) -> int:
    from workshop.store import create_workshop

    create_workshop(args.file, args.title).close()
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
    from workshop.store import open_workshop

    with open_workshop(args.file, read_only=True) as workshop:
        interchange.export_json(workshop, args.output)  # type: ignore[arg-type]
    print(f"Wrote {args.output}")
    return 0


def run_import_json(args: argparse.Namespace) -> int:
    from workshop.io import interchange

    interchange.import_json(args.input, args.output, overwrite=args.force).close()
    print(f"Created {args.output}")
    return 0
