"""The evidence picker: a searchable list of the workshop's notes, with their sources, to
tick the ones that back a persona item (the keyboard way to link evidence)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.model import Persona, PersonaItem, WorkshopSnapshot
from workshop.ui.personas.wording import source_kind_label
from workshop.ui.plain import label as plain_label
from workshop.ui.plain import tooltip
from workshop.ui.plurals import plural

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
IN_POOL_ROLE = Qt.ItemDataRole.UserRole + 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvidencePicker", text)


def _one_line(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class _NoteFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.pool_only = False

    def set_search(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "words", text.casefold().split()))

    def set_pool_only(self, on: bool) -> None:
        self._refilter(lambda: setattr(self, "pool_only", on))

    def _refilter(self, change: Callable[[], None]) -> None:
        begin = getattr(self, "beginFilterChange", None)  # Qt 6.10 and later
        if begin is None:
            change()
            self.invalidateFilter()
            return
        begin()
        change()
        self.endFilterChange()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self.pool_only and not index.data(IN_POOL_ROLE):
            return False
        haystack = str(index.data(SEARCH_ROLE) or "")
        return all(word in haystack for word in self.words)


class EvidencePicker(QDialog):
    def __init__(
        self,
        snapshot: WorkshopSnapshot,
        persona: Persona,
        item: PersonaItem,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Link evidence"))
        self.item = item
        linked = {
            link.note_id for link in snapshot.links if link.item_id == item.id and link.note_id
        }
        linked_clusters = {
            link.cluster_id
            for link in snapshot.links
            if link.item_id == item.id and link.cluster_id
        }
        pool = set(persona.evidence_pool)
        sources = snapshot.source_by_id()

        self._chosen: dict[str, None] = {}
        self._rows: dict[str, QStandardItem] = {}
        self.model = QStandardItemModel(self)
        for note in sorted(snapshot.notes, key=lambda n: (n.created_at, n.id)):
            source = sources.get(note.source_id or "")
            if source is not None:
                origin = f"{source.label} · {source_kind_label(source.kind)}"
            else:
                origin = _tr("no source: an assumption")
            text = _one_line(note.text) or _tr("(image note)")
            row = QStandardItem(f"{text}\n    {origin}")
            row.setEditable(False)
            row.setData(note.id, NOTE_ID_ROLE)
            row.setData(f"{note.text} {origin}".casefold(), SEARCH_ROLE)
            row.setData(note.cluster_id in pool, IN_POOL_ROLE)
            row.setToolTip(tooltip(note.text))
            self._rows[note.id] = row
            if note.id in linked or (note.cluster_id and note.cluster_id in linked_clusters):
                row.setCheckable(False)
                row.setEnabled(False)
                row.setText(f"{text}\n    {origin} · {_tr('linked already')}")
            else:
                row.setCheckable(True)
                row.setCheckState(Qt.CheckState.Unchecked)
            self.model.appendRow(row)
        self.filter = _NoteFilter(self)
        self.filter.setSourceModel(self.model)

        about = plain_label(_tr("Tick the notes that back: {0}").format(item.text), self)
        about.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(_tr("Search notes and sources"))
        self.search.setAccessibleName(_tr("Search notes and sources"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter.set_search)
        self.pool_box = QCheckBox(
            _tr("Only notes from the clusters this persona was drafted from"), self
        )
        self.pool_box.setVisible(bool(pool))
        self.pool_box.toggled.connect(self.filter.set_pool_only)
        self.pool_box.setChecked(bool(pool))
        self.list = QListView(self)
        self.list.setModel(self.filter)
        self.list.setAccessibleName(_tr("Notes"))
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.activated.connect(self._toggle)
        self.chosen_label = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.link_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.link_button.setText(_tr("Link"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.model.itemChanged.connect(self._item_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.search)
        layout.addWidget(self.pool_box)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.chosen_label)
        layout.addWidget(self.buttons)
        self.resize(520, 560)
        self._update_chosen()
        self.search.setFocus()

    def visible_note_ids(self) -> list[str]:
        return [
            str(self.filter.index(row, 0).data(NOTE_ID_ROLE))
            for row in range(self.filter.rowCount())
        ]

    def set_chosen(self, note_id: str, chosen: bool = True) -> None:
        item = self._rows.get(note_id)
        if item is not None and item.isCheckable():
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def chosen_note_ids(self) -> list[str]:
        return list(self._chosen)

    def _item_changed(self, item: QStandardItem) -> None:
        note_id = str(item.data(NOTE_ID_ROLE))
        if item.isCheckable() and item.checkState() == Qt.CheckState.Checked:
            self._chosen[note_id] = None
        else:
            self._chosen.pop(note_id, None)
        self._update_chosen()

    def _toggle(self, index: QModelIndex) -> None:
        item = self.model.itemFromIndex(self.filter.mapToSource(index))
        if item is not None and item.isCheckable():
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _update_chosen(self) -> None:
        count = len(self._chosen)
        self.chosen_label.setText(plural("%n note chosen", "%n notes chosen", count))
        self.link_button.setEnabled(count > 0)
