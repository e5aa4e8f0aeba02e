"""The board's actions: the Board menu, the context menu, zoom in the View menu, and their
keys. Keys that mean something while typing (N, Enter, Del, Ctrl+A, Ctrl+C...) only act
when the board itself has the keyboard focus; find also works from the find bar, and zoom
from anywhere in the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QMenu, QWidget

from workshop.domain.model import NOTE_COLOURS
from workshop.ui.board import style

if TYPE_CHECKING:
    from workshop.ui.board.feature import BoardFeature

#: The names of the note colours (``NOTE_COLOURS``), marked for the window's catalogue
#: (context "Colours").
NOTE_COLOUR_NAMES = (
    QT_TRANSLATE_NOOP("Colours", "Yellow"),
    QT_TRANSLATE_NOOP("Colours", "Orange"),
    QT_TRANSLATE_NOOP("Colours", "Pink"),
    QT_TRANSLATE_NOOP("Colours", "Green"),
    QT_TRANSLATE_NOOP("Colours", "Blue"),
    QT_TRANSLATE_NOOP("Colours", "Purple"),
    QT_TRANSLATE_NOOP("Colours", "White"),
)

Keys = QKeySequence.StandardKey | str | list[QKeySequence]


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


#: Whether the overview map is shown (View menu), remembered across workshops and runs.
MINIMAP_KEY = "board/show_minimap"


class BoardActions(QObject):
    def __init__(self, feature: BoardFeature) -> None:
        super().__init__(feature.container)
        self.feature = feature
        view, container = feature.view, feature.container
        tr = self.tr
        f = feature
        editing_only: list[QAction] = []
        self.editing_actions = editing_only

        def on_view(
            text: str, slot: Callable[[], object], keys: Keys | None, tip: str, edits: bool = True
        ) -> QAction:
            action = self._make(text, slot, keys, tip, view, Qt.ShortcutContext.WidgetShortcut)
            if edits:
                editing_only.append(action)
            return action

        def on_board(text: str, slot: Callable[[], object], keys: Keys | None, tip: str) -> QAction:
            return self._make(
                text, slot, keys, tip, container, Qt.ShortcutContext.WidgetWithChildrenShortcut
            )

        def on_window(text: str, slot: Callable[[], object], keys: Keys, tip: str) -> QAction:
            # Zoom keys work wherever the focus is in the window (a side panel, a text
            # field: none of them uses Ctrl with =, -, 0 or 1).
            return self._make(text, slot, keys, tip, container, Qt.ShortcutContext.WindowShortcut)

        self.new_note = on_view(
            tr("&New Note"),
            f.new_note,
            "N",
            tr("Add a note and type into it (or double-click the board)"),
        )
        self.edit = on_view(
            tr("&Edit Note"),
            f.edit_selected,
            [QKeySequence("Return"), QKeySequence("Enter"), QKeySequence("F2")],
            tr("Edit the selected note's text or the selected cluster's title"),
        )
        self.delete = on_view(
            tr("&Delete"),
            f.delete_selected,
            QKeySequence.StandardKey.Delete,
            tr("Delete the selected notes; selected cluster frames are removed, their notes stay"),
        )
        self.select_all = on_view(
            tr("Select &All Notes"),
            f.select_all,
            QKeySequence.StandardKey.SelectAll,
            tr("Select every note"),
            edits=False,
        )
        self.copy = on_view(
            tr("&Copy"),
            f.copy,
            QKeySequence.StandardKey.Copy,
            tr("Copy the selected notes and clusters"),
            edits=False,
        )
        self.cut = on_view(
            tr("Cu&t"),
            f.cut,
            QKeySequence.StandardKey.Cut,
            tr("Cut the selected notes and clusters"),
        )
        self.paste = on_view(
            tr("&Paste"),
            f.paste,
            QKeySequence.StandardKey.Paste,
            tr("Paste notes, pictures or text as notes"),
        )
        self.cluster = on_view(
            tr("Cluste&r Selected Notes"),
            f.cluster_selected,
            "Ctrl+G",
            tr("Put the selected notes into a new cluster"),
        )
        self.ungroup = on_view(
            tr("&Ungroup"),
            f.ungroup_selected,
            "Ctrl+Shift+G",
            tr("Remove the selected clusters' frames; their notes stay"),
        )
        self.tidy = on_view(
            tr("T&idy Cluster"),
            f.tidy_selected,
            None,
            tr("Arrange the notes of the selected clusters in a grid"),
        )
        self.new_cluster = on_view(
            tr("New Empty C&luster"),
            f.new_cluster,
            None,
            tr("Add an empty cluster frame to drag notes into"),
        )
        self.front = on_view(
            tr("&Bring to Front"),
            f.bring_to_front,
            "Ctrl+Shift+]",
            tr("Put the selected notes on top of the others"),
        )
        self.find = on_board(
            tr("&Find Notes…"),
            f.find,
            QKeySequence.StandardKey.Find,
            tr("Find notes by their text; filter by source, author or cluster"),
        )
        self.zoom_in = on_window(
            tr("Zoom &In"),
            view.zoom_in,
            [QKeySequence("Ctrl+="), QKeySequence("Ctrl++")],
            tr("Zoom in (or Ctrl+wheel, or pinch)"),
        )
        self.zoom_out = on_window(tr("Zoom &Out"), view.zoom_out, "Ctrl+-", tr("Zoom out"))
        self.fit = on_window(
            tr("Zoom to &Fit"), view.zoom_to_fit, "Ctrl+0", tr("Show the whole board")
        )
        self.actual = on_window(tr("&Actual Size"), view.actual_size, "Ctrl+1", tr("Zoom to 100%"))
        self.minimap = QAction(tr("Show Overview &Map"), self)
        self.minimap.setCheckable(True)
        settings = feature.window.settings
        shown = settings.value(MINIMAP_KEY, True, type=bool)
        self.minimap.setChecked(bool(shown))
        feature.minimap.set_enabled_by_user(bool(shown))
        self.minimap.setStatusTip(tr("Show a map of the whole board in its corner"))
        self.minimap.toggled.connect(feature.minimap.set_enabled_by_user)
        self.minimap.toggled.connect(lambda on: settings.setValue(MINIMAP_KEY, on))

        # The Board menu's submenus live as long as the board. A context menu gets submenus
        # of its own (see context_menu): one added there with addMenu would be handed to
        # the context menu, which deletes itself on close and takes their actions with it.
        self.colour_actions: list[QAction] = []
        for name, colour in NOTE_COLOURS:
            action = QAction(swatch(colour), QCoreApplication.translate("Colours", name), self)
            action.triggered.connect(lambda _checked=False, c=colour: f.recolour(c))
            self.colour_actions.append(action)
        self.colour_menu = self._submenu(QMenu(container), "colour")
        self.source_menu = self._submenu(QMenu(container), "source")
        self.cluster_menu = self._submenu(QMenu(container), "cluster")
        for menu in (self.colour_menu, self.source_menu, self.cluster_menu):
            editing_only.append(menu.menuAction())

    def _submenu(self, menu: QMenu, which: str) -> QMenu:
        """Make ``menu`` the colour, source or cluster submenu (filled as it opens)."""
        tr = self.tr
        title, tip = {
            "colour": (tr("C&olour"), tr("Colour the selected notes and clusters")),
            "source": (
                tr("Assign &Source"),
                tr("Say which source the selected notes come from, or make them assumptions"),
            ),
            "cluster": (tr("&Move to Cluster"), tr("Put the selected notes into a cluster")),
        }[which]
        menu.setTitle(title)
        menu.menuAction().setStatusTip(tip)
        if which == "colour":
            menu.addActions(self.colour_actions)
        elif which == "source":
            menu.aboutToShow.connect(lambda: self._fill_sources(menu))
        else:
            menu.aboutToShow.connect(lambda: self._fill_clusters(menu))
        return menu

    def _make(
        self,
        text: str,
        slot: Callable[[], object],
        keys: Keys | None,
        tip: str,
        owner: QWidget,
        context: Qt.ShortcutContext,
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(keys, list):
            action.setShortcuts(keys)
        elif keys is not None:
            action.setShortcut(keys)
        action.setShortcutContext(context)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        owner.addAction(action)
        return action

    def fill_board_menu(self, menu: QMenu) -> None:
        for action in (self.new_note, self.edit, self.delete):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.cluster, self.ungroup, self.tidy, self.new_cluster):
            menu.addAction(action)
        menu.addSeparator()
        menu.addMenu(self.colour_menu)
        menu.addMenu(self.source_menu)
        menu.addMenu(self.cluster_menu)
        menu.addAction(self.front)
        menu.addSeparator()
        for action in (self.cut, self.copy, self.paste, self.select_all):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.find)

    def view_actions(self) -> list[QAction]:
        return [self.zoom_in, self.zoom_out, self.fit, self.actual, self.minimap]

    def context_menu(self) -> QMenu:
        """A menu for one right-click: it deletes itself when closed, with the submenus it
        owns; the actions it shows belong to the board and stay."""
        self.update_enabled()
        menu = QMenu(self.feature.view)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        selected = bool(self.feature.scene.selectedItems())
        if selected:
            for action in (self.edit, self.delete):
                menu.addAction(action)
            menu.addSeparator()
            for which, board_menu in (
                ("colour", self.colour_menu),
                ("source", self.source_menu),
                ("cluster", self.cluster_menu),
            ):
                own = self._submenu(QMenu(menu), which)
                own.menuAction().setEnabled(board_menu.menuAction().isEnabled())
                menu.addAction(own.menuAction())
            for action in (self.cluster, self.ungroup, self.tidy, self.front):
                menu.addAction(action)
            menu.addSeparator()
            for action in (self.cut, self.copy):
                menu.addAction(action)
        else:
            for action in (self.new_note, self.new_cluster):
                menu.addAction(action)
        menu.addAction(self.paste)
        menu.addSeparator()
        menu.addAction(self.fit)
        return menu

    def update_enabled(self) -> None:
        scene = self.feature.scene
        read_only = self.feature.session.read_only
        notes = bool(scene.selected_notes())
        anything = bool(scene.selectedItems())
        for action in self.editing_actions:
            action.setEnabled(not read_only)
        if read_only:
            return
        self.delete.setEnabled(anything)
        self.cut.setEnabled(anything)
        self.edit.setEnabled(len(scene.selectedItems()) == 1)
        # The menu names what a right-click on a cluster does to it: its title is edited,
        # and only its frame goes (its notes stay on the board).
        only_clusters = anything and not notes
        tr = self.tr
        self.edit.setText(tr("R&ename Cluster") if only_clusters else tr("&Edit Note"))
        self.delete.setText(tr("Remo&ve Cluster Frame") if only_clusters else tr("&Delete"))
        self.cluster.setEnabled(notes)
        self.front.setEnabled(notes)
        for menu in (self.colour_menu, self.source_menu, self.cluster_menu):
            menu.menuAction().setEnabled(anything if menu is self.colour_menu else notes)
        self.copy.setEnabled(anything)

    def _fill_sources(self, menu: QMenu) -> None:
        menu.clear()
        none = menu.addAction(self.tr("No Source (an Assumption)"))
        none.triggered.connect(lambda _checked=False: self.feature.assign_source(None))
        menu.addSeparator()
        for source in self.feature.scene.sources.values():
            text = f"{style.kind_name(source.kind)}: {' '.join(source.label.split())}"
            action = menu.addAction(text.replace("&", "&&"))
            action.triggered.connect(
                lambda _checked=False, s=source.id: self.feature.assign_source(s)
            )
        if not self.feature.scene.sources:
            empty = menu.addAction(self.tr("(no sources yet)"))
            empty.setEnabled(False)

    def _fill_clusters(self, menu: QMenu) -> None:
        menu.clear()
        none = menu.addAction(self.tr("No Cluster"))
        none.triggered.connect(lambda _checked=False: self.feature.assign_cluster(None))
        menu.addSeparator()
        clusters = sorted(
            self.feature.scene.clusters.values(), key=lambda c: c.cluster.title.casefold()
        )
        for item in clusters:
            title = " ".join(item.cluster.title.split()) or self.tr("Untitled cluster")
            action = menu.addAction(title.replace("&", "&&"))
            action.triggered.connect(
                lambda _checked=False, c=item.cluster_id: self.feature.assign_cluster(c)
            )
