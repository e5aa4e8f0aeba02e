"""Problems as the window says them.

The store's and readers' messages are shared with the command line, which prints them
after the file's name ("w.pwshop: this is not a workshop file…"). Shown on their own in a
message box they are sentences: ``sentence`` starts them with a capital letter and ends
them with a full stop; the file goes on a line of its own, and the technical words behind
a message (SQLite's "database disk image is malformed") go behind the box's Show Details
button, out of the sentence.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from workshop.errors import WorkshopError
from workshop.ui.plain import message_box

#: Characters that make a first word a name (a file, a path, an id) rather than a word of
#: the sentence: a name keeps its own case.
_NAME_MARKS = frozenset("./\\_@:0123456789")


#: How a sentence may end already.
_ENDS = (".", "!", "?", "…", ":")


def sentence(text: str) -> str:
    """``text`` as a sentence: a capital letter first, unless it starts with a name, and a
    full stop last, unless it ends as a sentence does already."""
    if not text.strip():
        return text
    first = text.split(maxsplit=1)[0]
    if first[0].islower() and not _NAME_MARKS.intersection(first):
        start = len(text) - len(text.lstrip())
        text = text[:start] + text[start].upper() + text[start + 1 :]
    return text if text.rstrip().endswith(_ENDS) else text.rstrip() + "."


def error_text(error: WorkshopError) -> str:
    """The error's message as a sentence, then the file or place it is about."""
    text = sentence(error.message)
    return text + (f"\n\n{error.where}" if error.where else "")


def error_box(parent: QWidget | None, title: str, error: WorkshopError) -> QMessageBox:
    """A warning saying ``error`` in words, its technical details behind Show Details."""
    box = message_box(parent, QMessageBox.Icon.Warning, title, error_text(error))
    if error.details:
        box.setDetailedText(error.details)
    return box
