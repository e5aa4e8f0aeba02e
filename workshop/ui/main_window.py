"""The main window: the start screen, or an open workshop with its features around it.

The window owns the menus that exist with or without a workshop (File, Edit, View,
Help), the one undo group, the recent-files list and window state (QSettings). What a
workshop brings (the board, panels, their menus) comes from ``features``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from workshop import APP_NAME, FILE_SUFFIX
from workshop.domain.limits import one_line_problem
from workshop.errors import ReadOnlyWorkshopFile, WorkshopError
from workshop.i18n import _ as gettext_
from workshop.store import WorkshopFile, create_workshop, open_workshop, outputs
from workshop.ui import dock_layout, output_choice
from workshop.ui.error_text import error_box, sentence
from workshop.ui.features import Feature, feature_factories
from workshop.ui.language_menu import install_language_menu
from workshop.ui.merge_action import MergeReportDialog, ask_breakout_files, install_merge_action
from workshop.ui.panel_on_demand import PanelOnDemand
from workshop.ui.plain import message_box
from workshop.ui.recent_files import RecentFiles
from workshop.ui.safety import RestoreDialog, install_restore_action
from workshop.ui.session import WorkshopSession
from workshop.ui.start_screen import StartScreen
from workshop.ui.status_hint import install_status_hint
from workshop.ui.window_fit import fit_to_screen

if TYPE_CHECKING:
    from PySide6.QtWidgets import QUndoView

    from workshop.io.merge_report import MergeReport

MENU_ORDER = ("file", "edit", "view", "board", "persona", "workshop", "help")


def standard_keys(key: QKeySequence.StandardKey, *also: str) -> list[QKeySequence]:
    """Every key the platform has for a standard action (``setShortcut`` would take only
    the first: Ctrl+F4 but not Ctrl+W for Close), then ``also`` where missing. No key
    twice: Qt takes an action's repeated key as ambiguous and does nothing."""
    keys = list(QKeySequence.keyBindings(key))
    for text in also:
        extra = QKeySequence(text)
        if extra not in keys:
            keys.append(extra)
    return keys


def undo_history_keys(platform: str = sys.platform) -> str:
    """The shortcut of View > Undo History: Ctrl+H, but not on macOS, where Qt's Ctrl is
    the Command key, Command+H hides the application and Command+Option+H hides the
    others (both in the application menu macOS gives every app); there Command+Shift+H."""
    return "Ctrl+Shift+H" if platform == "darwin" else "Ctrl+H"


class MainWindow(QMainWindow):
    #: Emitted after a workshop is opened (with the session) and after it closes (None).
    session_changed = Signal(object)

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or QSettings()
        self.recent = RecentFiles(self.settings)
        self.session: WorkshopSession | None = None
        self._features: list[Feature] = []
        self._feature_docks: list[QDockWidget] = []
        self._feature_status_widgets: list[QWidget] = []
        self._feature_menus: dict[str, QMenu] = {}
        self._feature_actions: list[QAction] = []
        self.undo_group = QUndoGroup(self)

        self.pages = QStackedWidget()
        self.start_screen = StartScreen()
        self.workspace = QWidget()
        self.workspace.setObjectName("workspace")
        self.workspace_layout = QVBoxLayout(self.workspace)
        self.workspace_layout.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self.start_screen)
        self.pages.addWidget(self.workspace)
        self.setCentralWidget(self.pages)
        self.toolbar = QToolBar(self.tr("Workshop"))
        self.toolbar.setObjectName("mainToolbar")
        self.addToolBar(self.toolbar)
        self.toolbar.hide()

        self._menus: dict[str, QMenu] = {}
        self._build_menus()
        self._build_undo_history()
        self.start_screen.new_requested.connect(self.new_workshop)
        self.start_screen.open_requested.connect(self.open_dialog)
        self.start_screen.demo_requested.connect(self.open_demo)
        self.start_screen.recent_requested.connect(self.open_path)
        self._refresh_recent()
        self._update_title()
        self.resize(1280, 800)
        self._restore_window_state()
        # The status bar's hint line (status tips, messages), shortened to fit its room.
        self.status_hint = install_status_hint(self.statusBar())

    # Menus --------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "view": self.tr("&View"),
            "help": self.tr("&Help"),
        }
        for key in ("file", "edit", "view", "help"):
            self._menus[key] = bar.addMenu(titles[key])

        file_menu = self._menus["file"]
        self.new_action = self._action(
            file_menu, self.tr("&New Workshop…"), self.new_workshop, QKeySequence.StandardKey.New
        )
        self.open_action = self._action(
            file_menu, self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.demo_action = self._action(
            file_menu, self.tr("Open the &Demo Workshop"), self.open_demo
        )
        file_menu.addSeparator()
        self.save_copy_action = self._action(
            file_menu, self.tr("Save &a Copy…"), self.save_copy, QKeySequence.StandardKey.SaveAs
        )
        self.merge_action = install_merge_action(self)
        file_menu.addAction(self.merge_action)
        self.restore_action = install_restore_action(self)
        file_menu.addAction(self.restore_action)
        #: Import and export (from the features) go above this line, Close and Quit below.
        self._file_features_end = file_menu.addSeparator()
        self.close_action = self._action(
            file_menu,
            self.tr("&Close Workshop"),
            self.close_workshop,
            QKeySequence.StandardKey.Close,
        )
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, self.tr("&Quit"), self.close)
        self.quit_action.setShortcuts(standard_keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"))

        edit_menu = self._menus["edit"]
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(standard_keys(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(
            standard_keys(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y")
        )
        self.undo_action.setStatusTip(self.tr("Take back the last change to the workshop"))
        self.redo_action.setStatusTip(self.tr("Make again the change just taken back"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        help_menu = self._menus["help"]
        self.shortcuts_action = self._action(
            help_menu, self.tr("&Keyboard Shortcuts"), self.show_shortcuts
        )
        self.shortcuts_action.setObjectName("keyboardShortcutsAction")
        self.shortcuts_action.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+/")])
        self.shortcuts_action.setStatusTip(self.tr("Every key of every command, in one list"))
        self._action(help_menu, self.tr("&About Persona Workshop"), self.show_about)
        self._set_workshop_actions_enabled(False)

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(standard_keys(shortcut))
        elif shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_undo_history(self) -> None:
        self.history_dock = QDockWidget(self.tr("Undo History"), self)
        self.history_dock.setObjectName("undoHistoryDock")
        # The list is made when the dock is first shown (View › Undo History).
        self._history = PanelOnDemand(self.history_dock, self._make_history_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        toggle = self.history_dock.toggleViewAction()
        toggle.setShortcut(QKeySequence(undo_history_keys()))
        self._menus["view"].addAction(toggle)
        #: The panels' toggles go above this line, the features' view actions below.
        self._view_panels_end = self._menus["view"].addSeparator()
        self.language_menu = install_language_menu(self, self._menus["view"])

    @property
    def history_view(self) -> QUndoView:
        return self._history.panel

    def _make_history_view(self) -> QUndoView:
        from PySide6.QtWidgets import QUndoView  # its types load with the first look

        view = QUndoView(self.undo_group)
        view.setEmptyLabel(self.tr("<opened>"))
        view.setAccessibleName(self.tr("Undo history"))
        return view

    def menu(self, key: str, title: str = "") -> QMenu:
        """The menu ``key`` (file, edit, view, board, persona, workshop, help); menus a
        feature asks for are made on demand and removed when the workshop closes."""
        if key in self._menus:
            return self._menus[key]
        if key not in self._feature_menus:
            menu = QMenu(title or key.title(), self)
            later = (
                [
                    k
                    for k in MENU_ORDER[MENU_ORDER.index(key) + 1 :]
                    if k in self._menus or k in self._feature_menus
                ]
                if key in MENU_ORDER
                else ["help"]
            )
            before = (
                (self._feature_menus.get(later[0]) or self._menus[later[0]])
                if later
                else self._menus["help"]
            )
            self.menuBar().insertMenu(before.menuAction(), menu)
            self._feature_menus[key] = menu
        return self._feature_menus[key]

    def add_feature_action(self, menu_key: str, action: QAction) -> None:
        """An action a feature puts in one of the window's own menus (File, Edit, View);
        in the File menu above Close and Quit."""
        if menu_key == "file":
            self.menu(menu_key).insertAction(self._file_features_end, action)
        else:
            self.menu(menu_key).addAction(action)
        self._feature_actions.append(action)

    def add_toolbar_action(self, action: QAction) -> None:
        self.toolbar.addAction(action)
        self.toolbar.show()
        self._feature_actions.append(action)

    def add_status_widget(self, widget: QWidget) -> None:
        """A feature's widget at the right of the status bar (gone when the workshop closes)."""
        self.statusBar().addPermanentWidget(widget)
        self._feature_status_widgets.append(widget)

    def add_dock(
        self, dock: QDockWidget, area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea
    ) -> None:
        if not dock.objectName():
            dock.setObjectName(dock.windowTitle().replace(" ", "") + "Dock")
        # Out of sight until ``dock_layout.arrange`` places every panel at once: shown here,
        # each panel would be laid out in a place of its own first and then moved.
        dock.hide()
        self.addDockWidget(area, dock)
        self._menus["view"].insertAction(self._view_panels_end, dock.toggleViewAction())
        self._feature_docks.append(dock)

    def set_board(self, widget: QWidget) -> None:
        """The widget at the centre of an open workshop (the evidence board)."""
        self.workspace_layout.addWidget(widget)

    # Opening and closing --------------------------------------------------------------
    def new_workshop(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New workshop"), self.tr("Workshop title:"))
        if not ok or not title.strip():
            return
        problem = one_line_problem(title.strip(), gettext_("the title"))  # as `new --title`
        if problem:
            self.show_error(self.tr("The workshop could not be created"), WorkshopError(problem))
            return
        path = self.ask_save_path(self.tr("Create workshop file"), title.strip() + FILE_SUFFIX)
        if path is None:
            return
        inputs = [self.session.workshop.path] if self.session else []
        refused = output_choice.refusal(
            path, inputs=inputs, replaces_workshop=True, makes="workshop"
        )
        if refused is None and not output_choice.may_replace(self, path):
            return
        try:
            if refused is not None:
                raise refused
            with outputs.writing(
                path, inputs=inputs, force=True, replaces_workshop=True, makes="workshop"
            ) as part:
                create_workshop(part, title.strip(), overwrite=True).close()
            workshop = open_workshop(path)
        except WorkshopError as error:
            self.show_error(self.tr("The workshop could not be created"), error)
            return
        self.attach(workshop)

    def open_dialog(self) -> None:
        path = self.ask_open_path()
        if path is not None:
            self.open_path(str(path))

    def open_demo(self) -> None:
        from workshop.demo import fresh_demo_copy

        try:
            path = fresh_demo_copy()
        except WorkshopError as error:
            self.show_error(self.tr("The demo could not be opened"), error)
            return
        self.open_path(str(path), remember=False)

    def open_path(self, path: str, *, remember: bool = True) -> bool:
        if (
            self.session is not None
            and Path(path).resolve() == self.session.workshop.path.resolve()
        ):
            return True
        try:
            workshop = open_workshop(path)
        except ReadOnlyWorkshopFile as error:
            answer = message_box(
                self,
                QMessageBox.Icon.Question,
                self.tr("Open read-only?"),
                self.tr("{0}\n\nOpen it read-only to look at it?").format(sentence(error.message)),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            ).exec()
            if answer != QMessageBox.StandardButton.Open:
                return False
            try:
                workshop = open_workshop(path, read_only=True)
            except WorkshopError as second:
                self.show_error(self.tr("The workshop could not be opened"), second)
                return False
        except WorkshopError as error:
            self.show_error(self.tr("The workshop could not be opened"), error)
            self._forget_missing(path)
            return False
        self.attach(workshop, remember=remember)
        return True

    def attach(self, workshop: WorkshopFile, *, remember: bool = True) -> None:
        """Show an opened workshop (closing the one before)."""
        self.close_workshop()
        self.session = WorkshopSession(workshop, self)
        self.session.undo.failed.connect(
            lambda message: self.show_message(self.tr("Not saved"), sentence(message))
        )
        self.session.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.session.changed.connect(lambda _change: self._update_title())
        self.undo_group.addStack(self.session.undo.stack)
        self.undo_group.setActiveStack(self.session.undo.stack)
        self.pages.setCurrentWidget(self.workspace)
        for factory in feature_factories():
            self._features.append(factory(self, self.session))
        dock_layout.arrange(self, self._feature_docks, self.settings)
        if remember:
            self._remember(str(workshop.path))
        self._set_workshop_actions_enabled(True)
        self._update_title()
        self.session_changed.emit(self.session)
        if workshop.notices:
            self._tell_notices(workshop.notices)

    def _tell_notices(self, notices: tuple[str, ...]) -> None:
        """What opening found and did (a stale change log kept aside, a file brought up to
        date): in the status bar, and in a box that does not block the room."""
        text = "\n\n".join(notices)
        self.statusBar().showMessage(notices[0], 15000)
        box = message_box(self, QMessageBox.Icon.Information, self.tr("Opened with a note"), text)
        box.setObjectName("openingNotices")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def close_workshop(self) -> None:
        if self.session is None:
            return
        dock_layout.remember(self, self.settings)
        for feature in reversed(self._features):
            feature.detach()
        self._features.clear()
        for dock in self._feature_docks:
            self.removeDockWidget(dock)
            self._menus["view"].removeAction(dock.toggleViewAction())
            dock.deleteLater()
        self._feature_docks.clear()
        for widget in self._feature_status_widgets:
            self.statusBar().removeWidget(widget)
            widget.deleteLater()
        self._feature_status_widgets.clear()
        for action in self._feature_actions:
            for owner in action.associatedObjects():
                if isinstance(owner, QMenu | QToolBar):
                    owner.removeAction(action)
        self._feature_actions.clear()
        self.toolbar.hide()
        for menu in self._feature_menus.values():
            self.menuBar().removeAction(menu.menuAction())
            menu.deleteLater()
        self._feature_menus.clear()
        while self.workspace_layout.count():
            item = self.workspace_layout.takeAt(0)
            child = item.widget() if item is not None else None
            if child is not None:
                child.deleteLater()
        self.undo_group.removeStack(self.session.undo.stack)
        session, self.session = self.session, None
        session.close()
        session.deleteLater()
        self.pages.setCurrentWidget(self.start_screen)
        self._refresh_recent()
        self._set_workshop_actions_enabled(False)
        self._update_title()
        self.session_changed.emit(None)

    def save_copy(self) -> None:
        if self.session is None:
            return
        suggested = self.session.workshop.path.with_name(
            self.tr("{0} copy").format(self.session.workshop.path.stem) + FILE_SUFFIX
        )
        path = self.ask_save_path(self.tr("Save a copy of the workshop"), str(suggested))
        if path is None:
            return
        refused = output_choice.refusal(
            path, inputs=[self.session.workshop.path], replaces_workshop=True, makes="workshop"
        )
        if refused is None and not output_choice.may_replace(self, path):
            return
        try:
            if refused is not None:
                raise refused
            self.session.workshop.save_copy(path, force=True)
        except WorkshopError as error:
            self.show_error(self.tr("The copy could not be saved"), error)
            return
        self.statusBar().showMessage(self.tr("Saved a copy as {0}").format(path), 5000)

    # Dialogs (tests replace these) ------------------------------------------------------
    def ask_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open workshop"), str(self._last_folder()), self._file_filter()
        )
        return Path(name) if name else None

    def ask_save_path(self, title: str, suggested: str) -> Path | None:
        start = suggested if Path(suggested).is_absolute() else str(self._last_folder() / suggested)
        name, _ = QFileDialog.getSaveFileName(
            self, title, start, self._file_filter(), options=QFileDialog.Option.DontConfirmOverwrite
        )  # the program asks, by the output rule (``ui.output_choice``)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(FILE_SUFFIX)

    def ask_breakout_files(self) -> list[Path]:
        return ask_breakout_files(self)

    def make_merge_report_dialog(self, report: MergeReport) -> MergeReportDialog:
        return MergeReportDialog(report, self)

    def make_restore_dialog(self, workshop_path: Path) -> RestoreDialog:
        return RestoreDialog(workshop_path, self)

    def show_error(self, title: str, error: WorkshopError) -> None:
        error_box(self, title, error).exec()

    def show_message(self, title: str, text: str) -> None:
        message_box(self, QMessageBox.Icon.Warning, title, text).exec()

    def show_shortcuts(self) -> None:
        """Help › Keyboard Shortcuts (F1, Ctrl+/); the list loads when first asked for."""
        from workshop.ui.help_shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.filter_edit.setFocus()

    def show_about(self) -> None:
        from workshop.ui.about import about_text

        message_box(
            self, QMessageBox.Icon.Information, self.tr("About {0}").format(APP_NAME), about_text()
        ).exec()

    # Recent files, title, window state ---------------------------------------------------
    def recent_files(self) -> list[str]:
        return self.recent.paths()

    def _remember(self, path: str) -> None:
        self.recent.remember(path)
        self._refresh_recent()

    def _forget_missing(self, path: str) -> None:
        if self.recent.forget_if_missing(path):
            self._refresh_recent()

    def _file_filter(self) -> str:
        return self.tr("Persona workshops (*.pwshop);;All files (*)")

    def _last_folder(self) -> Path:
        return self.recent.last_folder()

    def _refresh_recent(self) -> None:
        recent = self.recent_files()
        self.start_screen.set_recent(recent)
        self.recent_menu.clear()
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(recent))
        self.recent_menu.menuAction().setStatusTip(
            self.tr("Workshops opened lately")
            if recent
            else self.tr("Workshops you open are listed here")
        )

    def _set_workshop_actions_enabled(self, enabled: bool) -> None:
        self.save_copy_action.setEnabled(enabled)
        self.merge_action.setEnabled(enabled and not (self.session and self.session.read_only))
        self.close_action.setEnabled(enabled)

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle(APP_NAME)
            self.setWindowFilePath("")
            return
        workshop = self.session.workshop
        suffix = self.tr(" [read-only]") if workshop.read_only else ""
        self.setWindowTitle(f"{workshop.title} — {workshop.path.name}{suffix} — {APP_NAME}")
        self.setWindowFilePath(str(workshop.path))

    def _restore_window_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
            fit_to_screen(self)  # it may have been left on a bigger screen
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.close_workshop()
        super().closeEvent(event)
