"""Safety copies while a workshop is open, and File > Restore from Backup.

A copy is taken when a workshop opens, every few minutes while it is edited, and when it
closes (``workshop.store.backups``: SQLite's backup API into the user data folder; the
newest ten, one an hour for a day and one a day for 30 days are kept, see
``workshop.store.retention``). Restoring writes the chosen copy out as a new file next to
the workshop and opens it; it never overwrites anything.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.errors import WorkshopError
from workshop.store import backups
from workshop.ui.plain import label
from workshop.ui.plurals import plural

if TYPE_CHECKING:
    from workshop.ui.main_window import MainWindow
    from workshop.ui.session import WorkshopSession

#: How often a safety copy is taken while a workshop is open and has changed.
INTERVAL_MS = 5 * 60 * 1000


class SafetyCopies(QObject):
    """Takes safety copies of the open workshop (a feature: see ``features``)."""

    def __init__(self, window: MainWindow, session: WorkshopSession) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self._dirty = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.take_if_changed)
        if not session.read_only:
            session.changed.connect(self._mark_dirty)
            self.take()
            self.timer.start()

    def _mark_dirty(self, _change: object) -> None:
        self._dirty = True

    def take_if_changed(self) -> None:
        if self._dirty:
            self.take()

    def take(self) -> backups.Backup | None:
        workshop = self.session.workshop
        try:
            copy = workshop.backup_to()
        except WorkshopError as error:
            self.session.status.emit(self.window.tr("No safety copy: {0}").format(error.message))
            return None
        self._dirty = False
        return copy

    def detach(self) -> None:
        self.timer.stop()
        if not self.session.read_only and self._dirty and self.session.workshop.is_open:
            self.take()


class RestoreDialog(QDialog):
    """Lists a workshop's safety copies, newest first."""

    def __init__(self, workshop_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.copies = backups.list_backups(workshop_path)
        intro = label(
            self.tr(
                "Safety copies of {0}. The one you pick is saved as a new file next to it."
            ).format(workshop_path.name)
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Safety copies"))
        for copy in self.copies:
            item = QListWidgetItem(self.describe(copy))
            item.setData(Qt.ItemDataRole.UserRole, str(copy.path))
            self.list.addItem(item)
        empty = label(self.tr("There are no safety copies of this workshop yet."))
        empty.setVisible(not self.copies)
        self.list.setVisible(bool(self.copies))
        if self.copies:
            self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(self.copies))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        self.resize(480, 360)

    def describe(self, copy: backups.Backup) -> str:
        """One line per copy: when (local time), how big, and what it holds."""
        when = copy.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        size = self.tr("{0} KB").format(max(1, round(copy.size_bytes / 1024)))
        contents = backups.backup_contents(copy)
        if contents is None:
            held = self.tr("cannot be read")
        else:
            notes = plural("%n note", "%n notes", contents.notes)
            personas = plural("%n persona", "%n personas", contents.personas)
            held = f"{notes}, {personas}"
        return f"{when}   ·   {size}   ·   {held}"

    def chosen(self) -> backups.Backup | None:
        row = self.list.currentRow()
        return self.copies[row] if 0 <= row < len(self.copies) else None


def install_restore_action(window: MainWindow) -> QAction:
    """File > Restore from Backup…: for the open workshop, or a workshop file picked.

    The chosen copy becomes a new file beside the workshop, named after it and the copy's
    time ("Onboarding (restored 2026-03-01 10-30).pwshop"), and opens; the workshop itself
    is never written to."""
    action = QAction(window.tr("Restore from Bac&kup…"), window)
    action.setStatusTip(window.tr("Open an automatic safety copy of a workshop as a new file"))

    def restore() -> None:
        path = window.session.workshop.path if window.session else window.ask_open_path()
        if path is None:
            return
        dialog = window.make_restore_dialog(Path(path))
        if dialog.exec() != QDialog.DialogCode.Accepted or (copy := dialog.chosen()) is None:
            return
        target = backups.suggest_restore_path(Path(path), copy)
        try:
            backups.restore_backup(copy, target)
        except WorkshopError as error:
            window.show_error(window.tr("The safety copy could not be restored"), error)
            return
        if window.open_path(str(target)) and window.session is not None:
            window.session.status.emit(
                window.tr("Restored the safety copy as {0}, next to the original").format(
                    target.name
                )
            )

    action.triggered.connect(restore)
    return action
