"""Who is in the room: participants with a name and a colour, and "writing as".

Notes record who wrote them. When the facilitator types for whoever is speaking, the
"writing as" switch says whose notes they are (``session.set_writing_as``); the board
reads ``session.writing_as`` when it makes a note.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.model import Participant
from workshop.store import Change
from workshop.ui.session import WorkshopSession

# How soon the notes column follows new notes: a burst of them (the room's phones) is
# counted once.
RECOUNT_MS = 100

#: Colours given to new participants in turn: distinct, and dark enough for white text.
PARTICIPANT_COLOURS = (
    "#d32f2f",
    "#1976d2",
    "#388e3c",
    "#f57c00",
    "#7b1fa2",
    "#00796b",
    "#5d4037",
    "#c2185b",
    "#303f9f",
    "#689f38",
)
ID_ROLE = Qt.ItemDataRole.UserRole


def swatch(colour: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour) if QColor.isValidColorName(colour) else QColor("#607d8b"))
    return QIcon(pixmap)


def next_colour(participants: list[Participant]) -> str:
    """The palette colour used least so far (the first of those on a tie)."""
    used = Counter(p.colour.lower() for p in participants)
    return min(PARTICIPANT_COLOURS, key=lambda c: (used[c], PARTICIPANT_COLOURS.index(c)))


class WritingAsCombo(QComboBox):
    """ "Writing as: …" — whose notes the facilitator is typing."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(self.tr("Writing notes as"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(self._chosen)
        session.writing_as_changed.connect(lambda _id: self.reload())
        session.changed.connect(self._on_change)
        self.reload()

    def reload(self) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Nobody in particular"), None)
        for person in self.session.snapshot().participants:
            self.addItem(swatch(person.colour), person.name, person.id)
        index = self.findData(self.session.writing_as) if self.session.writing_as else 0
        self.setCurrentIndex(max(0, index))
        self.blockSignals(False)

    def _chosen(self, index: int) -> None:
        value = self.itemData(index)
        self.session.set_writing_as(value if isinstance(value, str) else None)

    def _on_change(self, change: Change) -> None:
        if "participant" not in change.tables():
            return
        known = {p.id for p in self.session.snapshot().participants}
        if self.session.writing_as is not None and self.session.writing_as not in known:
            self.session.set_writing_as(None)  # reloads through writing_as_changed
        else:
            self.reload()


class ParticipantsPanel(QWidget):
    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Notes")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Participants"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemChanged.connect(self._renamed)
        self.tree.itemSelectionChanged.connect(self._update_buttons)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Name of a participant"))
        self.name_edit.setAccessibleName(self.tr("New participant's name"))
        self.name_edit.returnPressed.connect(self.add_from_field)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self.add_from_field)
        self.colour_button = QPushButton(self.tr("&Colour…"))
        self.colour_button.setAccessibleName(self.tr("Change the participant's colour"))
        self.colour_button.clicked.connect(self.change_colour)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the participant"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.writing_as = WritingAsCombo(session)
        writing_label = QLabel(self.tr("&Writing as:"))
        writing_label.setBuddy(self.writing_as)

        add_row = QHBoxLayout()
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.add_button)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.colour_button)
        edit_row.addWidget(self.remove_button)
        edit_row.addStretch(1)
        writing_row = QHBoxLayout()
        writing_row.addWidget(writing_label)
        writing_row.addWidget(self.writing_as, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(writing_row)
        layout.addWidget(self.tree, 1)
        layout.addLayout(edit_row)
        layout.addLayout(add_row)

        for widget in (self.name_edit, self.add_button, self.colour_button, self.remove_button):
            widget.setVisible(not session.read_only)
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(RECOUNT_MS)
        self._recount.timeout.connect(self.reload)
        session.changed.connect(self._on_change)
        self.reload()

    # Showing --------------------------------------------------------------------------
    def reload(self) -> None:
        """Patch the list in place (a rename arrives while its item is being edited)."""
        self._recount.stop()
        snapshot = self.session.snapshot()
        written = Counter(n.author_id for n in snapshot.notes if n.author_id)
        self.tree.blockSignals(True)
        items = {
            self._id_of(self.tree.topLevelItem(i)): i for i in range(self.tree.topLevelItemCount())
        }
        wanted = [p.id for p in snapshot.participants]
        for index in sorted((i for pid, i in items.items() if pid not in wanted), reverse=True):
            self.tree.takeTopLevelItem(index)
        for row, person in enumerate(snapshot.participants):
            item = self._item_at(row, person.id)
            if item.text(0) != person.name:
                item.setText(0, person.name)
            item.setText(1, str(written[person.id]))
            item.setIcon(0, swatch(person.colour))
        self.tree.blockSignals(False)
        self._update_buttons()

    def _item_at(self, row: int, participant_id: str) -> QTreeWidgetItem:
        """The item of a participant, moved to ``row`` (made if new)."""
        for index in range(row, self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and self._id_of(item) == participant_id:
                if index != row:
                    self.tree.takeTopLevelItem(index)
                    self.tree.insertTopLevelItem(row, item)
                return item
        item = QTreeWidgetItem()
        item.setData(0, ID_ROLE, participant_id)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not self.session.read_only:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.tree.insertTopLevelItem(row, item)
        return item

    @staticmethod
    def _id_of(item: QTreeWidgetItem | None) -> str | None:
        value = item.data(0, ID_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def selected_id(self) -> str | None:
        items = self.tree.selectedItems()
        value = items[0].data(0, ID_ROLE) if items else None
        return value if isinstance(value, str) else None

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.colour_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _on_change(self, change: Change) -> None:
        """Participants are shown at once; their notes are counted again a moment after
        a change to the notes (``RECOUNT_MS``), once for a burst of them."""
        if "participant" in change.tables():
            self.reload()
        elif (
            "note" in change.tables()
            and self.tree.topLevelItemCount()
            and not self._recount.isActive()
        ):
            self._recount.start()

    # Acting -----------------------------------------------------------------------------
    def add_from_field(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if not name:
            self.session.status.emit(self.tr("Type the participant's name first."))
            return
        colour = next_colour(self.session.snapshot().participants)
        if self.session.perform(lambda wf: wf.add_participant(name, colour)) is not None:
            self.name_edit.clear()

    def _renamed(self, item: QTreeWidgetItem, column: int) -> None:
        participant_id = item.data(0, ID_ROLE)
        if column != 0:
            self.reload()  # the notes count is not for editing: put it back
            return
        if not isinstance(participant_id, str):
            return
        name = " ".join(item.text(0).split())
        stored = {p.id: p.name for p in self.session.snapshot().participants}
        if not name:
            self.session.status.emit(self.tr("A participant needs a name; the old one is kept."))
            self.reload()
            return
        if name != stored.get(participant_id):
            self.session.perform(lambda wf: wf.update_participant(participant_id, name=name))

    def ask_colour(self, current: str) -> str | None:
        """The colour dialog (tests replace this)."""
        colour = QColorDialog.getColor(QColor(current), self, self.tr("Participant colour"))
        return colour.name() if colour.isValid() else None

    def change_colour(self) -> None:
        participant_id = self.selected_id()
        people = {p.id: p for p in self.session.snapshot().participants}
        if participant_id not in people:
            return
        colour = self.ask_colour(people[participant_id].colour)
        if colour and colour != people[participant_id].colour:
            self.session.perform(lambda wf: wf.update_participant(participant_id, colour=colour))

    def remove_selected(self) -> None:
        participant_id = self.selected_id()
        if participant_id is not None:
            self.session.perform(lambda wf: wf.delete_participant(participant_id))
