"""The Sources panel: every source of evidence with how many notes it backs, the study it
belongs to and the respondent it speaks for; and, on its second tab, the respondents.

Add, edit, merge and delete sources; assign a source to the notes selected on the board,
or take it away (the notes become assumptions). Two sources that turn out to be the same
are merged with Merge Into… (Ctrl+M): a dialog says which notes move where before it is
done; the respondents of sources that turn out to be one person are merged with Merge
Respondents Into… (here, or on the Respondents tab). Notes with no source are listed as
"Assumptions": research-free claims the evidence check warns about. Every change is one
undo step; the list follows every change to the workshop.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTabWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.model import Respondent, Source
from workshop.domain.research_summary import source_merge_plan
from workshop.store import Change
from workshop.ui.intake.merge_dialog import MergeDialog, OpenMerge
from workshop.ui.intake.respondents_list import RespondentsList
from workshop.ui.intake.source_dialog import SourceDialog
from workshop.ui.plain import tooltip
from workshop.ui.plurals import plural
from workshop.ui.session import WorkshopSession

#: The data of the "Assumptions" row (notes with no source).
ASSUMPTIONS = ""
_ID = Qt.ItemDataRole.UserRole
#: Changes to these tables rename a source's study or respondent.
_RESEARCH_TABLES = {"source", "study", "respondent"}


#: Below this width of the list (pixels) the respondent and study columns are hidden
#: (both are named in the source's tooltip).
NARROW = 400


class SourcesPanel(QWidget):
    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._merging = OpenMerge(self)
        self.sources_page = QWidget()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter sources"))
        self.filter.setAccessibleName(self.tr("Filter sources"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Sources"))
        self.tree.setColumnCount(6)
        self.tree.setHeaderLabels(
            [
                self.tr("Source"),
                self.tr("Kind"),
                self.tr("Date"),
                self.tr("Notes"),
                self.tr("Respondent"),
                self.tr("Study"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The kind, the respondent and the study take what they need only while the
        # source's name keeps most of the row (see _fit_columns); the date and the count are
        # short and always whole; the date goes last.
        for column in (1, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.moveSection(header.visualIndex(2), 5)
        self.tree.viewport().installEventFilter(self)
        self.tree.itemSelectionChanged.connect(self._update_actions)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)

        # Not Ctrl+Shift+N: that is New Persona, everywhere in the window.
        self.add_action = self._action(self.tr("&Add Source…"), self.add_source, "Ctrl+Shift+A")
        self.edit_action = self._action(self.tr("&Edit Source…"), self.edit_source)
        self.merge_action = self._action(self.tr("&Merge Into…"), self.merge_sources)
        # On the sources' tab only: the respondents' tab has a Ctrl+M of its own.
        self.merge_action.setShortcut(QKeySequence("Ctrl+M"))
        self.merge_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.sources_page.addAction(self.merge_action)
        self.merge_respondents_action = self._action(
            self.tr("Merge &Respondents Into…"), self.merge_respondents
        )
        self.delete_action = self._action(self.tr("&Delete Source"), self.delete_sources)
        # Delete only in the list: in the filter field it deletes text.
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree.addAction(self.delete_action)
        self.assign_action = self._action(
            self.tr("Assign &to Selected Notes"), self.assign_to_selection
        )
        self.unassign_action = self._action(
            self.tr("Ma&ke Selected Notes Assumptions"), self.unassign_selection
        )
        self.show_action = self._action(self.tr("&Show Notes on Board"), self.show_notes)
        # What each needs, for the status bar (and so why it is greyed out).
        for action, tip in (
            (self.add_action, self.tr("Add an interview, survey or other source notes can cite")),
            (self.edit_action, self.tr("Edit the source selected in this list")),
            (
                self.merge_action,
                self.tr("Two or more sources selected in this list that are the same become one"),
            ),
            (
                self.merge_respondents_action,
                self.tr(
                    "The respondents of the sources selected in this list are one person: "
                    "merge them into one"
                ),
            ),
            (
                self.delete_action,
                self.tr("Delete the sources selected in this list; their notes become assumptions"),
            ),
            (
                self.assign_action,
                self.tr("Give the notes selected on the board the source selected in this list"),
            ),
            (
                self.unassign_action,
                self.tr("Make the notes selected on the board assumptions (no source)"),
            ),
            (self.show_action, self.tr("Select the notes of the selected sources on the board")),
        ):
            action.setStatusTip(tip)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.add_action, self.edit_action, self.merge_action, self.delete_action):
            self.toolbar.addAction(action)
        self.assign_bar = QToolBar()
        self.assign_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.assign_bar.addAction(self.assign_action)
        self.assign_bar.addAction(self.unassign_action)

        page = QVBoxLayout(self.sources_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.filter)
        page.addWidget(self.tree, 1)
        page.addWidget(self.toolbar)
        page.addWidget(self.assign_bar)
        self.respondents = RespondentsList(session)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.sources_page, self.tr("&Sources"))
        self.tabs.addTab(self.respondents, self.tr("&Respondents"))
        self.tabs.setTabToolTip(
            1, self.tr("The people interviewed or surveyed, with their attributes")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)

        session.changed.connect(self._on_change)
        session.selection_changed.connect(lambda _ids: self._update_actions())
        self.refresh()

    def _action(self, text: str, slot: Any, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        return action

    # The list -----------------------------------------------------------------------
    def refresh(self) -> None:
        selected = set(self.selected_ids())
        counts = self.session.workshop.notes_per_source()
        snapshot = self.session.snapshot()
        studies = {s.id: s.name for s in snapshot.studies}
        respondents = snapshot.respondent_by_id()
        self.tree.clear()
        assumptions = QTreeWidgetItem(
            [self.tr("Assumptions (no source)"), "", "", str(counts.get(None, 0)), "", ""]
        )
        assumptions.setData(0, _ID, ASSUMPTIONS)
        italic = QFont(self.tree.font())
        italic.setItalic(True)
        assumptions.setFont(0, italic)
        assumptions.setToolTip(
            0, self.tr("Notes with no source: claims without research behind them")
        )
        items = [assumptions]
        for source in snapshot.sources:
            person = respondents.get(source.respondent_id or "")
            item = QTreeWidgetItem(
                [
                    source.label,
                    self.tr(source.kind.label),
                    source.date.isoformat() if source.date else "",
                    str(counts.get(source.id, 0)),
                    person.label if person is not None else "",
                    studies.get(source.study_id or "", ""),
                ]
            )
            item.setData(0, _ID, source.id)
            item.setToolTip(1, self.tr(source.kind.label))  # when the column cuts it
            heard = [
                self.tr("Respondent: {0}").format(person.label) if person is not None else "",
                self.tr("Study: {0}").format(studies[source.study_id])
                if source.study_id in studies
                else "",
            ]
            details = "\n".join(
                t for t in (source.label, *heard, source.reference, source.notes) if t
            )
            item.setToolTip(0, tooltip(details))
            if person is not None:
                described = [person.label, *(f"{k}: {v}" for k, v in person.attributes.items())]
                item.setToolTip(4, tooltip("\n".join(described)))
            items.append(item)
        for item in items:
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.tree.addTopLevelItems(items)
        for item in items:
            if item.data(0, _ID) in selected:
                item.setSelected(True)
        self._apply_filter()
        self._update_actions()
        self._fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # only the list's viewport is watched
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """The kind as wide as its longest text ("Assumption / team opinion"), but at most
        a fifth of the list, so in a narrow panel the source's name keeps the room (a cut
        kind shows in full on hover). The respondent and the study likewise."""
        header = self.tree.header()
        # In a narrow panel the respondent and study columns give their room to the name (the
        # tooltip names both).
        narrow = self.tree.viewport().width() < NARROW
        for column in (4, 5):
            self.tree.setColumnHidden(column, narrow)
        fifth = max(self.tree.viewport().width() // 5, 1)
        for column in (1, 4, 5):
            wanted = max(self.tree.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(wanted, fifth))

    def _apply_filter(self) -> None:
        wanted = self.filter.text().strip().casefold()
        for item in self._items():
            text = " ".join(item.text(c) for c in (0, 1, 2, 4, 5)).casefold()
            item.setHidden(bool(wanted) and wanted not in text)

    def _on_change(self, change: Change) -> None:
        if change.tables() & _RESEARCH_TABLES or _moves_notes_between_sources(change):
            self.refresh()

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def item_for(self, source_id: str) -> QTreeWidgetItem | None:
        for item in self._items():
            if item.data(0, _ID) == source_id:
                return item
        return None

    def select(self, source_ids: Sequence[str]) -> None:
        self.tree.clearSelection()
        for source_id in source_ids:
            item = self.item_for(source_id)
            if item is not None:
                item.setSelected(True)

    def selected_ids(self) -> list[str]:
        return [str(item.data(0, _ID)) for item in self.tree.selectedItems()]

    def selected_sources(self) -> list[Source]:
        wanted = [i for i in self.selected_ids() if i != ASSUMPTIONS]
        by_id = self.session.snapshot().source_by_id()
        return [by_id[i] for i in wanted if i in by_id]

    def selected_respondents(self) -> list[Respondent]:
        """The distinct respondents of the selected sources, in the list's order."""
        by_id = self.session.snapshot().respondent_by_id()
        ids = dict.fromkeys(s.respondent_id for s in self.selected_sources() if s.respondent_id)
        return [by_id[i] for i in ids if i in by_id]

    def _update_actions(self) -> None:
        writable = not self.session.read_only
        sources = self.selected_sources()
        notes = bool(self.session.selected_note_ids)
        self.add_action.setEnabled(writable)
        self.edit_action.setEnabled(writable and len(sources) == 1)
        self.merge_action.setEnabled(writable and len(sources) >= 2)
        self.merge_respondents_action.setEnabled(writable and len(self.selected_respondents()) >= 2)
        self.delete_action.setEnabled(writable and bool(sources))
        self.assign_action.setEnabled(writable and len(sources) == 1 and notes)
        self.unassign_action.setEnabled(writable and notes)
        self.show_action.setEnabled(bool(self.selected_ids()))

    def _context_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per right-click
        for action in (
            self.add_action,
            self.edit_action,
            self.merge_action,
            self.merge_respondents_action,
            self.delete_action,
            None,
            self.assign_action,
            self.unassign_action,
            self.show_action,
        ):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.tree.viewport().mapToGlobal(point))

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, _ID) == ASSUMPTIONS:
            self.show_notes()
        else:
            self.edit_source()

    # Dialogs (tests replace these) ----------------------------------------------------
    def ask_source(self, source: Source | None) -> dict[str, Any] | None:
        dialog = SourceDialog(source, today=self.session.today(), parent=self)
        if dialog.exec() != SourceDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    # Operations ---------------------------------------------------------------------
    def add_source(self) -> None:
        values = self.ask_source(None)
        if values is None:
            return
        label = values.pop("label")
        kind = values.pop("kind")
        change = self.session.perform(lambda wf: wf.add_source(label, kind, **values))
        if change is not None and change.created:
            self.select([change.created[0]])

    def edit_source(self) -> None:
        sources = self.selected_sources()
        if len(sources) != 1:
            return
        source = sources[0]
        values = self.ask_source(source)
        if values is not None:
            self.session.perform(lambda wf: wf.update_source(source.id, **values))

    def source_name(self, source: Source) -> str:
        """How a merge names a source: its label and kind ("P4 (Survey)")."""
        return self.tr("{0} ({1})").format(
            " ".join(source.label.split()), self.tr(source.kind.label)
        )

    def merge_sources(self) -> MergeDialog | None:
        """Merge Into…: a dialog says which notes move where; Merge makes it one undo step."""
        sources = self.selected_sources()
        if len(sources) < 2 or self.session.read_only:
            return None
        snapshot = self.session.snapshot()

        def describe(keep_id: str) -> str:
            plan = source_merge_plan(snapshot, keep_id, [s.id for s in sources], self.source_name)
            lines = []
            for folded in plan.folded:
                if folded.notes == 0:
                    text = self.tr("“{0}” has no notes; it is removed.")
                else:
                    text = plural(
                        "%n note moves from “{0}” to “{1}”; “{0}” is removed.",
                        "%n notes move from “{0}” to “{1}”; “{0}” is removed.",
                        folded.notes,
                    )
                lines.append(text.format(folded.name, plan.keep_name))
            lines.append(self.tr("Undo (Ctrl+Z) brings them back as they were."))
            return "\n".join(lines)

        return self._merging.open(
            self.tr("Merge Sources"),
            self.tr("These are the same source. Keep:"),
            [(s.id, self.source_name(s)) for s in sources],
            describe,
            self._merge,
        )

    @property
    def merge_dialog(self) -> MergeDialog | None:
        """The Merge dialog while it is open."""
        return self._merging.dialog

    def _merge(self, keep: str, others: list[str]) -> None:
        if self.session.perform(lambda wf: wf.merge_sources(keep, others)) is not None:
            self.select([keep])
            self.session.status.emit(self.tr("Merged {0} sources into one").format(len(others) + 1))

    def merge_respondents(self) -> MergeDialog | None:
        """The respondents of the selected sources are one person: the same Merge dialog as
        on the Respondents tab (it says what moves), one undo step."""
        return self.respondents.merge(self.selected_respondents())

    def delete_sources(self) -> None:
        ids = [s.id for s in self.selected_sources()]
        if not ids:
            return
        counts = self.session.workshop.notes_per_source()
        orphaned = sum(counts.get(i, 0) for i in ids)
        if self.session.perform(lambda wf: wf.delete_sources(ids)) is not None and orphaned:
            self.session.status.emit(
                plural(
                    "%n note is now an assumption (Undo brings the source back)",
                    "%n notes are now assumptions (Undo brings the source back)",
                    orphaned,
                )
            )

    def assign_to_selection(self) -> None:
        sources = self.selected_sources()
        notes = list(self.session.selected_note_ids)
        if len(sources) != 1 or not notes:
            return
        source_id = sources[0].id
        assign = self.tr("Assign source")
        self.session.perform(lambda wf: wf.update_notes(notes, label=assign, source_id=source_id))

    def unassign_selection(self) -> None:
        notes = list(self.session.selected_note_ids)
        if notes:
            remove = self.tr("Remove source")
            self.session.perform(lambda wf: wf.update_notes(notes, label=remove, source_id=None))

    def show_notes(self) -> None:
        """Ask the board to show the notes of the selected sources (or the assumptions)."""
        wanted = set(self.selected_ids())
        if not wanted:
            return
        notes = [
            n.id for n in self.session.snapshot().notes if (n.source_id or ASSUMPTIONS) in wanted
        ]
        if notes:
            self.session.highlight_requested.emit(notes)


def _moves_notes_between_sources(change: Change) -> bool:
    """Whether a change adds or removes notes, or moves one to another source."""
    for row in change.rows:
        if row.table != "note":
            continue
        if row.before is None or row.after is None:
            return True
        if row.before.get("source_id") != row.after.get("source_id"):
            return True
    return False
