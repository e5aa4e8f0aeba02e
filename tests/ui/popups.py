"""Menus as the facilitator gets them: a real click (or right-click, or key) brings one up,
its entries are read while it is up, and it is closed with Esc.

``seen_popup(qtbot, gesture)`` does the gesture and returns what came up (None when nothing
did); ``key_clashes`` lists the &-keys that lead to more than one entry of a menu.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.exceptions import TimeoutError as QtTimeout


@dataclass
class Entry:
    """One entry of a menu: its text as Qt has it ("Cu&t"), whether it can be chosen, and
    the entries of its submenu (read as the submenu would open)."""

    text: str
    enabled: bool
    submenu: list[Entry] = field(default_factory=list)

    @property
    def plain(self) -> str:
        return self.text.replace("&&", "\0").replace("&", "").replace("\0", "&").split("\t")[0]


def entries_of(menu: QMenu) -> list[Entry]:
    menu.aboutToShow.emit()  # what a submenu does as it opens (lists filled then)
    found = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        sub = action.menu()
        inner = entries_of(sub) if isinstance(sub, QMenu) else []
        found.append(Entry(action.text(), action.isEnabled(), inner))
    return found


def accelerator(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def key_clashes(entries: list[Entry], where: str) -> list[str]:
    """'Board: c in &Cluster Selected Notes, &Copy' for each &-key two entries share (each
    submenu on its own)."""
    by_key: dict[str, list[str]] = {}
    clashes: list[str] = []
    for entry in entries:
        key = accelerator(entry.text)
        if key:
            by_key.setdefault(key, []).append(entry.text)
        if entry.submenu:
            clashes += key_clashes(entry.submenu, f"{where} › {entry.plain}")
    clashes += [f"{where}: {k} in {', '.join(v)}" for k, v in by_key.items() if len(v) > 1]
    return clashes


def seen_popup(qtbot, gesture: Callable[[], object], choose: str = "") -> list[Entry] | None:  # type: ignore[no-untyped-def]
    """Do ``gesture`` (a real click or key); the menu that came up, read and closed with
    Esc (or with a click on the entry named ``choose``), or None when none came up within
    a second."""
    seen: list[list[Entry]] = []
    polls = QTimer()
    polls.setInterval(10)

    def read_when_up() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu) and popup.isVisible():
            polls.stop()
            seen.append(entries_of(popup))
            chosen = [
                a
                for a in popup.actions()
                if choose and Entry(a.text(), a.isEnabled()).plain == choose
            ]
            if chosen:
                at = popup.actionGeometry(chosen[0]).center()
                qtbot.mouseMove(popup, at)
                qtbot.mouseClick(popup, Qt.MouseButton.LeftButton, pos=at)
            else:
                qtbot.keyClick(popup, Qt.Key.Key_Escape)

    polls.timeout.connect(read_when_up)
    polls.start()
    try:
        gesture()
        try:
            qtbot.waitUntil(lambda: bool(seen), timeout=1000)
        except QtTimeout:
            pass
    finally:
        polls.stop()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    return seen[0] if seen else None


def right_click(qtbot, widget: QWidget, pos: QPoint, choose: str = "") -> list[Entry] | None:  # type: ignore[no-untyped-def]
    """A right-click at ``pos`` of ``widget``, sent to its window as the system sends it
    (so Qt makes the context menu event itself); the menu that came up (and the entry
    ``choose`` clicked in it)."""
    top = widget.window()
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top)
    handle = top.windowHandle()
    at = widget.mapTo(top, pos)

    def click() -> None:
        qtbot.mouseMove(handle, at)
        qtbot.mouseClick(handle, Qt.MouseButton.RightButton, pos=at)

    return seen_popup(qtbot, click, choose)


def enabled_texts(entries: list[Entry]) -> set[str]:
    return {e.plain for e in entries if e.enabled}
