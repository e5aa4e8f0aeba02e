"""Help › Keyboard Shortcuts (F1, Ctrl+/): every key the window's actions have, read from
the actions themselves each time it opens, so the list is never out of date. The window
makes the menu entry and loads this module when the list is first asked for.

The actions are grouped by the menu they are in (File, Edit, Board, …); actions that are
in no menu (a panel's own keys) are listed under "Other". An action that opens a window
with keys of its own lists them on its ``keyHelp`` property ("what\tkeys" lines): they are
shown in a group under it ("Workshop › Presenter View"). A filter box narrows the list
by action or key. Names and keys are shown as plain text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

OTHER = "Other"


@dataclass(frozen=True)
class ShortcutRow:
    group: str
    action: str
    keys: str


def plain_text(text: str) -> str:
    """An action's or menu's text without its mnemonic marks ("&Open…" → "Open…")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _menu_path(menu: QMenu) -> str:
    """ "Workshop › Go to Stage" for a submenu."""
    names = [plain_text(menu.title())]
    parent = menu.parentWidget()
    seen = {id(menu)}
    while isinstance(parent, QMenu) and id(parent) not in seen:
        seen.add(id(parent))
        names.insert(0, plain_text(parent.title()))
        parent = parent.parentWidget()
    return " › ".join(n for n in names if n)


def _menu_of(action: QAction, window: QMainWindow) -> str:
    menus = [o for o in action.associatedObjects() if isinstance(o, QMenu)]
    bar_menus = {a.menu() for a in window.menuBar().actions() if a.menu() is not None}
    # A menu of the menu bar (or a submenu of one) names the group; a context menu does not.
    for menu in menus:
        top: QWidget | None = menu
        while isinstance(top, QMenu) and top not in bar_menus:
            top = top.parentWidget()
        if isinstance(top, QMenu):
            return _menu_path(menu)
    return OTHER


def _typed(sequence: QKeySequence) -> bool:
    """A key on an ordinary keyboard (not a dedicated Undo, Open or media key)."""
    combinations = [sequence[i] for i in range(sequence.count())]  # type: ignore[index]
    return all(c.key().value < Qt.Key.Key_Back.value for c in combinations)


def keys_text(action: QAction) -> str:
    keys = [
        k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if _typed(k)
    ]
    return ", ".join(k for k in dict.fromkeys(keys) if k)


def shortcut_rows(window: QMainWindow) -> list[ShortcutRow]:
    """Every action of the window with a key, by menu, in menu-bar order, then by name."""
    order = [plain_text(a.text()) for a in window.menuBar().actions()]
    rows: dict[tuple[str, str], ShortcutRow] = {}
    for action in window.findChildren(QAction):
        keys = keys_text(action)
        name = plain_text(action.text()) or plain_text(action.toolTip())
        if not keys or not name:
            continue
        group = _menu_of(action, window)
        rows.setdefault((name, keys), ShortcutRow(group, name, keys))
        # Keys a window or view the action opens has of its own ("what\tkeys" lines).
        more = action.property("keyHelp")
        for line in more if isinstance(more, list) else []:
            what, _tab, its_keys = str(line).partition("\t")
            if what and its_keys:
                rows.setdefault((what, its_keys), ShortcutRow(f"{group} › {name}", what, its_keys))

    def place(row: ShortcutRow) -> tuple[int, str, str]:
        top = row.group.split(" › ")[0]
        index = order.index(top) if top in order else len(order)
        return (index, row.group.casefold(), row.action.casefold())

    return sorted(rows.values(), key=place)


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.setObjectName("keyboardShortcutsDialog")
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by action or key"))
        self.filter_edit.setAccessibleName(self.tr("Filter the shortcuts"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.rows = shortcut_rows(window)
        self._fill()
        self.resize(560, 640)

    def _fill(self) -> None:
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for row in self.rows:
            parent = groups.get(row.group)
            if parent is None:
                parent = QTreeWidgetItem([row.group])
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(parent)
                groups[row.group] = parent
            item = QTreeWidgetItem([row.action, row.keys])
            parent.addChild(item)
        self.tree.expandAll()

    def apply_filter(self, text: str) -> None:
        wanted = text.casefold().strip()
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if group is None:
                continue
            shown = 0
            for child_index in range(group.childCount()):
                child = group.child(child_index)
                if child is None:
                    continue
                match = not wanted or any(wanted in child.text(c).casefold() for c in range(2))
                child.setHidden(not match)
                shown += match
            group.setHidden(shown == 0)

    def visible_rows(self) -> list[tuple[str, str, str]]:
        """(group, action, keys) of every line the dialog shows now."""
        found = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if group is None or group.isHidden():
                continue
            for child_index in range(group.childCount()):
                child = group.child(child_index)
                if child is not None and not child.isHidden():
                    found.append((group.text(0), child.text(0), child.text(1)))
        return found
