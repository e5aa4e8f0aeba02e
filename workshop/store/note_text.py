"""The one rule every note operation holds to: a note's text (and its question) is at most
NOTE_TEXT_MAX.

Called once per operation, before anything is written, so a refused operation changes
nothing (and the board, the exports and the JSON interchange never meet a longer text).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from workshop.domain.limits import NOTE_TEXT_MAX
from workshop.errors import OperationRefused
from workshop.i18n import _, grouped


def check_note_texts(notes: Iterable[Mapping[str, Any]]) -> None:
    """Refuse (OperationRefused, in words) when any of the notes' ``text`` is too long."""
    for fields in notes:
        text = fields.get("text")
        if isinstance(text, str) and len(text) > NOTE_TEXT_MAX:
            start = " ".join(text[:40].split())
            raise OperationRefused(
                _(
                    "the note beginning “{start}…” is {count} characters long; a note holds at "
                    "most {limit} — split it into several notes"
                ).format(start=start, count=grouped(len(text)), limit=grouped(NOTE_TEXT_MAX))
            )
        question = fields.get("question")
        if isinstance(question, str) and len(question) > NOTE_TEXT_MAX:
            start = " ".join(question[:40].split())
            raise OperationRefused(
                _(
                    "the question beginning “{start}…” is {count} characters long; a note's "
                    "question holds at most {limit}"
                ).format(start=start, count=grouped(len(question)), limit=grouped(NOTE_TEXT_MAX))
            )
