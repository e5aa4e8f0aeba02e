"""The find and filter bar over the board (Ctrl+F): notes that do not match are dimmed.

Type words to find notes that contain them all; choose a filter (source kind, source,
author, cluster, not yet in a cluster, not linked to any persona). Enter shows the next
match, Shift+Enter the previous one, Esc closes the bar and undims the board.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from workshop.domain import note_filters as filters
from workshop.domain.model import SourceKind
from workshop.store import Change
from workshop.ui.board import style
from workshop.ui.plain import label
from workshop.ui.plurals import plural
from workshop.ui.session import WorkshopSession

_REFRESH_TABLES = {
    "note",
    "source",
    "participant",
    "cluster",
    "evidence_link",
    "study",
    "respondent",
}
#: Changes to these rename or add filter entries (a respondent's new attribute value too).
_FILTER_TABLES = {"source", "participant", "cluster", "study", "respondent"}
_SEP = "\x1f"


def _key(kind: str, value: str = "") -> str:
    """A filter as combo box data (plain text compares reliably)."""
    return f"{kind}{_SEP}{value}"


class FindBar(QWidget):
    #: The ids of matching notes, or None when nothing is being looked for.
    matches_changed = Signal(object)
    #: Show this note (the next or previous match).
    show_note = Signal(str)
    closed = Signal()

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("findBar")
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Find notes…"))
        self.query.setAccessibleName(self.tr("Find notes containing"))
        self.query.setClearButtonEnabled(True)
        self.query.installEventFilter(self)
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Filter notes"))
        self.filter.setMinimumContentsLength(18)
        self.count = label()
        self.count.setAccessibleName(self.tr("Matching notes"))
        self.previous_button = self._button("‹", self.tr("Previous match (Shift+Enter)"))
        self.next_button = self._button("›", self.tr("Next match (Enter)"))
        self.close_button = self._button("✕", self.tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.query, 3)
        layout.addWidget(self.filter, 2)
        layout.addWidget(self.count)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self.matches: list[str] = []
        self._current = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.filter.currentIndexChanged.connect(lambda _index: self.refresh())
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.close_button.clicked.connect(self.close_bar)
        session.changed.connect(self._on_change)
        self.hide()

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button

    # Opening and closing ------------------------------------------------------------------
    def open_bar(self) -> None:
        self.fill_filters()
        self.show()
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        self._timer.stop()
        self.hide()
        self.matches = []
        self.matches_changed.emit(None)
        self.closed.emit()

    # Filters --------------------------------------------------------------------------------
    def fill_filters(self) -> None:
        snapshot = self.session.snapshot()
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All notes"), _key(filters.ALL))
        self.filter.addItem(self.tr("Assumptions (no source)"), _key(filters.ASSUMPTIONS))
        self.filter.addItem(self.tr("Not yet in a cluster"), _key(filters.UNCLUSTERED))
        self.filter.addItem(self.tr("Not linked to any persona"), _key(filters.UNLINKED))
        self.filter.insertSeparator(self.filter.count())
        for kind in SourceKind:
            self.filter.addItem(
                self.tr("Kind: {0}").format(style.kind_name(kind)), _key(filters.KIND, kind.value)
            )
        entries = [
            (filters.SOURCE, self.tr("Source: {0}"), [(s.id, s.label) for s in snapshot.sources]),
            (
                filters.AUTHOR,
                self.tr("Author: {0}"),
                [(p.id, p.name) for p in snapshot.participants],
            ),
            (
                filters.CLUSTER,
                self.tr("Cluster: {0}"),
                [(c.id, c.title) for c in snapshot.clusters],
            ),
            (filters.STUDY, self.tr("Study: {0}"), [(s.id, s.name) for s in snapshot.studies]),
            (
                filters.RESPONDENT,
                self.tr("Respondent: {0}"),
                [(r.id, r.label) for r in snapshot.respondents],
            ),
            (
                filters.ATTRIBUTE,
                self.tr("Respondents with {0}"),
                [
                    (filters.attribute_value(name, value), f"{name}: {value}")
                    for name, value in filters.respondent_attributes(snapshot)
                ],
            ),
        ]
        for kind_name, template, values in entries:
            if values:
                self.filter.insertSeparator(self.filter.count())
            for value, text in values:
                self.filter.addItem(template.format(" ".join(text.split())), _key(kind_name, value))
        index = self.filter.findData(current) if current is not None else 0
        self.filter.setCurrentIndex(max(0, index))
        self.filter.blockSignals(False)

    def choose_filter(self, kind: str, value: str = "") -> None:
        index = self.filter.findData(_key(kind, value))
        if index >= 0:
            self.filter.setCurrentIndex(index)

    def wanted(self) -> filters.NoteFilter:
        data = self.filter.currentData()
        kind, _sep, value = (data if isinstance(data, str) else filters.ALL).partition(_SEP)
        return filters.NoteFilter(self.query.text(), kind, value)

    def refresh(self) -> None:
        if self.isHidden():
            return
        wanted = self.wanted()
        if not wanted.active:
            self.matches = []
            self.count.setText("")
            self.matches_changed.emit(None)
            return
        snapshot = self.session.snapshot()
        found = filters.matching_notes(snapshot, wanted)
        found.sort(key=lambda n: (round(n.y / 40), n.x, n.id))
        self.matches = [n.id for n in found]
        self._current = -1
        self.count.setText(
            plural("{0} of %n note", "{0} of %n notes", len(snapshot.notes)).format(
                len(self.matches)
            )
        )
        self.matches_changed.emit(set(self.matches))

    def step(self, direction: int) -> None:
        if not self.matches:
            return
        self._current = (self._current + direction) % len(self.matches)
        self.show_note.emit(self.matches[self._current])

    def _on_change(self, change: Change) -> None:
        if self.isVisible() and change.tables() & _REFRESH_TABLES:
            if change.tables() & _FILTER_TABLES:
                self.fill_filters()
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and isinstance(event, QKeyEvent):
            keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)
            if event.type() == QEvent.Type.ShortcutOverride and event.key() in keys:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                if event.key() == Qt.Key.Key_Escape:
                    self.close_bar()
                    return True
                if event.key() in keys:
                    if self._timer.isActive():
                        self._timer.stop()
                        self.refresh()
                    back = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                    self.step(-1 if back else 1)
                    return True
        return super().eventFilter(watched, event)
