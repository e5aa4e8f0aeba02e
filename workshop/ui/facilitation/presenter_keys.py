"""The presenter view's keys in one list: the view acts on these, its hint line names them,
and Help › Keyboard Shortcuts lists them under Workshop › Presenter View (the list hangs on
that action as its ``keyHelp``). No widgets: it loads with the Workshop menu.

→ ← step through the clusters or personas; ↓ PgDown / ↑ PgUp page through the notes or
items of the one shown (past its last page to the next one, as a presentation clicker's
PgDown expects; back past its first page to the previous one's last).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

NEXT_KEYS = {Qt.Key.Key_Right}
PREVIOUS_KEYS = {Qt.Key.Key_Left}
PAGE_DOWN_KEYS = {Qt.Key.Key_Down, Qt.Key.Key_PageDown}
PAGE_UP_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_PageUp}
#: A list of "what\tkeys" lines on an action: more keys it stands for (see help_shortcuts).
KEY_HELP_PROPERTY = "keyHelp"


def _tr(text: str) -> str:
    return QCoreApplication.translate("PresenterKeys", text)


def key_help() -> list[tuple[str, str]]:
    """(what, keys) for each key of the presenter view, in the window's language."""
    return [
        (_tr("Next, previous cluster or persona"), "→, ←"),
        (_tr("Page through its notes or items"), "PgDown, ↓ / PgUp, ↑"),
        (_tr("First, last cluster or persona"), "Home, End"),
        (_tr("Bigger, smaller, normal type"), "Ctrl+=, Ctrl+-, Ctrl+0"),
        (_tr("Start or pause the timer"), "Space"),
        (_tr("Full screen on and off"), "F11"),
        (_tr("Close the presenter view"), "Esc"),
    ]


def key_help_lines() -> list[str]:
    return [f"{what}\t{keys}" for what, keys in key_help()]
