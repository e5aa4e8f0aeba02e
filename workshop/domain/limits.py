"""Limits that several layers share: what one piece of user text or one input file may weigh.

Importers, the store, the JSON interchange and the exports all hold to these, so a note
that one of them accepts can always be saved, exported and printed by the others.
"""

from __future__ import annotations

import unicodedata

from workshop.i18n import _, grouped

#: The longest note text, in characters (a long interview answer is ~3,000). Importers
#: refuse longer text with the row or line number; the store refuses it in any operation;
#: opening refuses a file holding longer note text.
NOTE_TEXT_MAX = 20_000

#: The longest cell of an evidence table that is read at all, in characters. A cell in a
#: column that is not imported may be longer than a note (it is only shown in the
#: preview), up to this; a longer cell refuses the file with its row number, so reading
#: never holds one enormous cell.
CELL_TEXT_MAX = 10 * NOTE_TEXT_MAX

#: The longest short text (a title, a label, a persona item), in characters.
SHORT_TEXT_MAX = 2_000

#: The most dots one person may have in a voting round (a file or document holding more is
#: hostile or broken; a real round has a handful).
VOTES_EACH_MAX = 1_000

#: The largest evidence or JSON input file read, in bytes (read as a stream, never whole).
INPUT_FILE_MAX = 256 * 1024 * 1024

#: The longest note a participant may send from their phone, in characters (a sticky
#: note's worth; the facilitator can still write longer ones at the laptop).
PHONE_NOTE_TEXT_MAX = SHORT_TEXT_MAX

#: The longest participant name, in characters (a phone may add one when allowed).
PARTICIPANT_NAME_MAX = 80


def one_line_problem(text: str, what: str) -> str | None:
    """Why ``text`` cannot be a one-line text (a workshop title, a name, a label): longer
    than ``SHORT_TEXT_MAX``, or holding a line break or a control character. ``what``
    names it ("the title"). None when it can."""
    if len(text) > SHORT_TEXT_MAX:
        return _("{what} is {length} characters long; it may be at most {most}").format(
            what=what, length=grouped(len(text)), most=grouped(SHORT_TEXT_MAX)
        )
    for char in text:
        if unicodedata.category(char) in ("Cc", "Zl", "Zp"):
            return _(
                "{what} holds a line break or a control character ({code}); write it on one line"
            ).format(what=what, code=f"U+{ord(char):04X}")
    return None
