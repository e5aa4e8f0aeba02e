"""Errors a facilitator can cause, each with a message in their words.

Everything the user can get wrong (a file that is not a workshop, a CSV we cannot read, a
photo that is not an image) raises a ``WorkshopError``; the CLI prints its message on one
line and exits 1, the GUI shows it in a message box. Anything else is a bug.
"""

from __future__ import annotations


class WorkshopError(Exception):
    """A problem with the user's input or situation, said in plain words.

    ``message`` is the plain words (the window shows them as a sentence); ``where`` the
    file or place; ``details`` the technical words behind them when they help someone
    who knows (SQLite's "database disk image is malformed"): the window keeps them out of
    the sentence. ``str(error)`` is the command line's one line: where, message, details.
    """

    def __init__(self, message: str, *, where: str = "", details: str = "") -> None:
        self.message = message
        self.where = where
        self.details = details
        line = f"{where}: {message}" if where else message
        super().__init__(f"{line} ({details})" if details else line)


class NotAWorkshopFile(WorkshopError):
    """The file is not SQLite, or is SQLite but not a workshop."""


class DamagedWorkshopFile(WorkshopError):
    """The file is a workshop but fails the integrity check."""


class NewerWorkshopFile(WorkshopError):
    """The file was written by a newer version of the program."""


class UntrustedWorkshopFile(WorkshopError):
    """The file holds triggers, views or indexes we did not create."""


class ReadOnlyWorkshopFile(WorkshopError):
    """The file (or its folder) cannot be written; it can still be viewed read-only."""


class WorkshopInUse(WorkshopError):
    """Another running copy of the program has the file open."""


class WorkshopWriteFailed(WorkshopError):
    """A change could not be saved (disk full, media removed); the last good state is kept."""


class ImportFailed(WorkshopError):
    """An evidence file, image or JSON document could not be read."""


class ExportFailed(WorkshopError):
    """A poster, deck or card sheet could not be made."""


class OperationRefused(WorkshopError):
    """A change that the rules do not allow (e.g. a participant out of votes)."""
