"""argparse's own words ("usage:", "error:", "the following arguments are required") in the
chosen language.

argparse looks its messages up through its module-level ``_`` and ``ngettext`` (gettext's
global domain, where no catalogue of ours is), so ``speak_the_language_in_argparse`` points
those two at our catalogue. Its message ids are listed here, marked with ``N_``, so that
the catalogues carry them (the words of Python 3.11-3.13; one that a later Python changes
stays English until it is added here). Left out: argparse's errors about its own
configuration (a programming error, never a user's) and "expected %s arguments" (no
option of ours takes a fixed number of values above one).
"""

from __future__ import annotations

import argparse

from workshop.i18n.catalog import N_, translation
from workshop.i18n.catalog import current_language as _current_language

#: What argparse says, as it says it (its placeholders are %-style: keep them).
ARGPARSE_MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("ignored explicit argument %r"),
    N_("unexpected option string: %s"),
    N_("can't open '%(filename)s': %(error)s"),
)


def _argparse_gettext(message: str) -> str:
    if not message:  # argparse asks for a missing description too (None)
        return message
    return translation(_current_language()).gettext(message)


def _argparse_ngettext(singular: str, plural: str, count: int) -> str:
    return translation(_current_language()).ngettext(singular, plural, count)


def speak_the_language_in_argparse() -> None:
    """From now on argparse's usage lines and errors are in the current language."""
    argparse._ = _argparse_gettext  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_ngettext  # type: ignore[attr-defined]
