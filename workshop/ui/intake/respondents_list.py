"""The Respondents tab of the Sources panel: every research respondent (someone interviewed,
observed or surveyed — not a participant in the workshop room) with their attributes, how
many sources speak for them and how many notes those back.

Edit a respondent (pseudonym and attributes), merge two that turn out to be the same
person (Merge Into…, Ctrl+M), delete one (its sources stay), or show their notes on the
board. Each change is one undo step. The list is filled when it is first seen, and then
follows every change while it is in sight.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QMenu,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.model import Respondent
from workshop.domain.research_summary import (
    attributes_text,
    respondent_merge_plan,
    respondent_summaries,
)
from workshop.store import Change
from workshop.ui.intake.merge_dialog import MergeDialog, OpenMerge
from workshop.ui.intake.respondent_dialog import RespondentDialog
from workshop.ui.plain import tooltip
from workshop.ui.plurals import plural
from workshop.ui.session import WorkshopSession

_ID = Qt.ItemDataRole.UserRole
#: Changes to these tables change what the list shows.
_TABLES = {"respondent", "source", "study", "note"}


class RespondentsList(QWidget):
    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._merging = OpenMerge(self)
        self.edit_dialog: RespondentDialog | None = None
        self._stale = True
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Respondents"))
        self.tree.setHeaderLabels(
            [self.tr("Respondent"), self.tr("Attributes"), self.tr("Sources"), self.tr("Notes")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._update_actions)
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self.edit_respondent())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)

        self.edit_action = self._action(self.tr("&Edit Respondent…"), self.edit_respondent)
        self.merge_action = self._action(self.tr("&Merge Into…"), self.merge_respondents)
        self.merge_action.setShortcut(QKeySequence("Ctrl+M"))
        self.merge_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.merge_action)
        self.delete_action = self._action(self.tr("&Delete Respondent"), self.delete_respondents)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree.addAction(self.delete_action)
        self.show_action = self._action(self.tr("&Show Notes on Board"), self.show_notes)
        for action, tip in (
            (self.edit_action, self.tr("Edit the pseudonym and attributes of the respondent")),
            (
                self.merge_action,
                self.tr("Two respondents who are the same person become one (Ctrl+M)"),
            ),
            (
                self.delete_action,
                self.tr("Delete the selected respondents; their sources stay, with no one"),
            ),
            (self.show_action, self.tr("Select the notes of the selected respondents")),
        ):
            action.setStatusTip(tip)
            action.setToolTip(tip)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.edit_action, self.merge_action, self.delete_action):
            self.toolbar.addAction(action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.toolbar)
        session.changed.connect(self._on_change)
        self._update_actions()

    def _action(self, text: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # The list -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.tables() & _TABLES:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def refresh(self) -> None:
        self._stale = False
        selected = set(self.selected_ids())
        self.tree.clear()
        items = []
        for summary in respondent_summaries(self.session.snapshot()):
            respondent = summary.respondent
            attributes = attributes_text(respondent.attributes)
            item = QTreeWidgetItem(
                [respondent.label, attributes, str(summary.sources), str(summary.notes)]
            )
            item.setData(0, _ID, respondent.id)
            for column in (2, 3):
                item.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            studies = ", ".join(summary.studies)
            details = [respondent.label, attributes]
            if studies:
                details.append(self.tr("Heard in: {0}").format(studies))
            details.append(respondent.notes)
            item.setToolTip(0, tooltip("\n".join(t for t in details if t)))
            item.setToolTip(1, tooltip(attributes))
            items.append(item)
        self.tree.addTopLevelItems(items)
        for item in items:
            item.setSelected(item.data(0, _ID) in selected)
        self._update_actions()

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def select(self, respondent_ids: list[str]) -> None:
        self.tree.clearSelection()
        for item in self._items():
            if item.data(0, _ID) in respondent_ids:
                item.setSelected(True)

    def selected_ids(self) -> list[str]:
        return [str(item.data(0, _ID)) for item in self.tree.selectedItems()]

    def selected_respondents(self) -> list[Respondent]:
        by_id = self.session.snapshot().respondent_by_id()
        return [by_id[i] for i in self.selected_ids() if i in by_id]

    def _update_actions(self) -> None:
        writable = not self.session.read_only
        count = len(self.selected_ids())
        self.edit_action.setEnabled(writable and count == 1)
        self.merge_action.setEnabled(writable and count >= 2)
        self.delete_action.setEnabled(writable and count >= 1)
        self.show_action.setEnabled(count >= 1)

    def _context_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for action in (self.edit_action, self.merge_action, self.delete_action, None):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.addAction(self.show_action)
        menu.popup(self.tree.viewport().mapToGlobal(point))

    # Operations ---------------------------------------------------------------------
    def edit_respondent(self) -> RespondentDialog | None:
        """The edit dialog for the selected respondent; OK makes one undo step."""
        chosen = self.selected_respondents()
        if len(chosen) != 1 or self.session.read_only:
            return None
        respondent = chosen[0]
        dialog = RespondentDialog(respondent, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._edit(respondent, dialog.values()))
        dialog.destroyed.connect(lambda _o=None, d=dialog: self._dialog_gone(d))
        self.edit_dialog = dialog
        dialog.open()
        return dialog

    def _edit(self, respondent: Respondent, values: dict[str, Any]) -> None:
        changed = {name: v for name, v in values.items() if v != getattr(respondent, name)}
        if changed:
            self.session.perform(lambda wf: wf.update_respondent(respondent.id, **changed))

    def merge_respondents(self) -> MergeDialog | None:
        """Merge Into…: a dialog says what will move; Merge makes it one undo step."""
        return self.merge(self.selected_respondents())

    def merge(self, chosen: list[Respondent]) -> MergeDialog | None:
        """The Merge dialog for ``chosen`` (the first kept unless another is picked)."""
        if len(chosen) < 2 or self.session.read_only:
            return None
        snapshot = self.session.snapshot()

        def describe(keep_id: str) -> str:
            plan = respondent_merge_plan(snapshot, keep_id, [r.id for r in chosen])
            lines = []
            for folded in plan.folded:
                text = plural(
                    "%n source ({2}) moves from “{0}” to “{1}”",
                    "%n sources ({2}) move from “{0}” to “{1}”",
                    folded.sources,
                )
                notes = plural("%n note", "%n notes", folded.notes)
                moves = text.format(folded.name, plan.keep_name, notes)
                lines.append(self.tr("{0}; “{1}” is removed.").format(moves, folded.name))
            if plan.attributes_taken:
                lines.append(
                    self.tr("“{0}” takes the attributes it lacks: {1}.").format(
                        plan.keep_name, ", ".join(plan.attributes_taken)
                    )
                )
            lines.append(self.tr("Undo (Ctrl+Z) brings them back as they were."))
            return "\n".join(lines)

        return self._merging.open(
            self.tr("Merge Respondents"),
            self.tr("These are the same person. Keep:"),
            [(r.id, _with_attributes(r)) for r in chosen],
            describe,
            self._merge,
        )

    @property
    def merge_dialog(self) -> MergeDialog | None:
        """The Merge dialog while it is open."""
        return self._merging.dialog

    def _dialog_gone(self, dialog: QDialog) -> None:
        if self.edit_dialog is dialog:
            self.edit_dialog = None

    def _merge(self, keep: str, others: list[str]) -> None:
        change = self.session.perform(lambda wf: wf.merge_respondents(keep, others))
        if change is not None:
            self.select([keep])
            self.session.status.emit(
                self.tr("Merged {0} respondents into one").format(len(others) + 1)
            )

    def delete_respondents(self) -> None:
        ids = self.selected_ids()
        if ids and not self.session.read_only:
            self.session.perform(lambda wf: wf.delete_respondents(ids))

    def show_notes(self) -> None:
        wanted = set(self.selected_ids())
        snapshot = self.session.snapshot()
        sources = {s.id for s in snapshot.sources if s.respondent_id in wanted}
        notes = [n.id for n in snapshot.notes if n.source_id in sources]
        if notes:
            self.session.highlight_requested.emit(notes)


def _with_attributes(respondent: Respondent) -> str:
    """A respondent as a merge offers them: "P4 (region: South · age band: 25-34)"."""
    attributes = attributes_text(respondent.attributes)
    return f"{respondent.label} ({attributes})" if attributes else respondent.label
