"""Headless command-line verbs. None of these modules imports Qt.

Each module has ``register(subparsers)``, which adds its verbs with ``set_defaults(run=...)``;
a verb's ``run(args) -> int`` returns the exit code (0 ok; a ``WorkshopError`` raised
from it becomes exit 1 with its message on one line).

``VERBS`` lists every verb with the module that registers it, so the command line imports
only the module of the verb asked for: ``--version``, ``--help`` and a typo import none of
them (no SQLAlchemy, no ReportLab). ``tests/test_cli_start.py`` checks the list against what
the modules register.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from workshop.i18n import N_, _


@dataclass(frozen=True)
class Verb:
    name: str
    #: The module under ``workshop.commands`` whose ``register`` adds it.
    module: str
    #: The verb's one line in ``persona-workshop --help`` (the same as its ``help=``), in
    #: English (marked for the catalogue; ``_(summary)`` where shown).
    summary: str
    #: Its ``--help`` description, for verbs whose module gives none (English, as above).
    description: str = ""


VERBS: tuple[Verb, ...] = (
    Verb(
        "new",
        "files",
        N_("create an empty workshop file"),
        N_(
            "Create an empty workshop file with a title, ready to open in the app or to import "
            "evidence into. An existing file is never replaced."
        ),
    ),
    Verb(
        "info",
        "files",
        N_("show a workshop's title and what it holds"),
        N_(
            "Show a workshop's title and how many sources, notes, clusters, personas, votes and "
            "participants it holds. The file is only read."
        ),
    ),
    Verb(
        "export-json",
        "files",
        N_("write a workshop as a JSON document"),
        N_(
            "Write the whole workshop as one JSON document (see docs/interchange-format.md), "
            "for version control, scripts or another program; import-json turns it back into "
            "a workshop. The workshop is only read."
        ),
    ),
    Verb(
        "import-json",
        "files",
        N_("make a workshop file from a JSON document"),
        N_(
            "Make a new workshop file from a JSON document written by export-json (or by "
            "another program, see docs/interchange-format.md). The document is checked whole "
            "first: one that is refused leaves no file behind."
        ),
    ),
    Verb("check", "check", N_("run the evidence check on a workshop's personas")),
    Verb(
        "import-evidence",
        "evidence",
        N_("import notes from a CSV/TSV/XLSX export, a text or Markdown file, or photos"),
    ),
    Verb("poster", "printing", N_("print persona posters as PDF (one persona per page)")),
    Verb(
        "deck",
        "printing",
        N_("print the persona deck as one PDF (cover, personas, evidence appendix)"),
    ),
    Verb("cards", "printing", N_("print notes as cut-out evidence cards the size of sticky notes")),
    Verb("merge", "merge", N_("merge breakout copies of a workshop into a new file")),
    Verb(
        "desktop-integration",
        "desktop",
        N_("add Persona Workshop to the desktop's menu and file types (Linux)"),
    ),
)
VERB_NAMES: tuple[str, ...] = tuple(verb.name for verb in VERBS)


def find(name: str) -> Verb | None:
    return next((verb for verb in VERBS if verb.name == name), None)


def module_of(verb: Verb) -> ModuleType:
    """The verb's module, imported now (this is where a verb's own imports happen)."""
    return _IMPORTS[verb.module]()


# Written out rather than importlib.import_module(name), so that the bundle builder
# (PyInstaller, packaging/) sees each verb module and puts it in the bundle.
def _files() -> ModuleType:
    from workshop.commands import files

    return files


def _check() -> ModuleType:
    from workshop.commands import check

    return check


def _evidence() -> ModuleType:
    from workshop.commands import evidence

    return evidence


def _printing() -> ModuleType:
    from workshop.commands import printing

    return printing


def _merge() -> ModuleType:
    from workshop.commands import merge

    return merge


def _desktop() -> ModuleType:
    from workshop.commands import desktop

    return desktop


_IMPORTS: dict[str, Callable[[], ModuleType]] = {
    "files": _files,
    "check": _check,
    "evidence": _evidence,
    "printing": _printing,
    "merge": _merge,
    "desktop": _desktop,
}


def add_verbs(verbs: argparse._SubParsersAction, modules: list[ModuleType]) -> None:  # type: ignore[type-arg]
    """Register the verbs of ``modules``, giving a description to those without one."""
    for module in modules:
        module.register(verbs)
    for name, parser in verbs.choices.items():
        verb = find(name)
        if verb is not None and verb.description and not parser.description:
            parser.description = _(verb.description)
