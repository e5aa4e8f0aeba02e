"""The choices of the Export dialog: what to print, on which paper, how it looks.

Posters and the deck print chosen personas; evidence cards print a filtered set of notes.
Each kind remembers its own paper and orientation (posters start on A2 portrait, the deck
on A4 landscape, cards on A4). Every change emits ``changed`` (the dialog then previews).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.model import PersonaStatus, WorkshopSnapshot
from workshop.export import CARD_SIZES, MIN_TYPE_SIZES, PAPER_SIZES, THEMES, paper
from workshop.export.cards import CARD_TEXT_MIN
from workshop.export.job import ExportChoices, Kind
from workshop.export.tiling import OVERLAP_MM
from workshop.ui.plain import label

MM_PER_POINT = 25.4 / 72
#: Paper and orientation each kind starts with.
DEFAULT_PAPER: dict[Kind, tuple[str, bool]] = {
    Kind.POSTERS: ("A2", False),
    Kind.DECK: ("A4", True),
    Kind.CARDS: ("A4", False),
}
ID_ROLE = Qt.ItemDataRole.UserRole
#: What the notes list offers for cards (its item data: "cluster:<id>", "source:<id>").
ALL_NOTES, UNCLUSTERED, IN_CLUSTER, FROM_SOURCE = "all", "unclustered", "cluster", "source"


class ExportForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self._paper = dict(DEFAULT_PAPER)
        self._kind = Kind.POSTERS

        self.kinds = QButtonGroup(self)
        kinds_row = QHBoxLayout()
        self.kind_buttons: dict[Kind, QRadioButton] = {}
        for kind, text in (
            (Kind.POSTERS, self.tr("&Posters")),
            (Kind.DECK, self.tr("Persona &deck")),
            (Kind.CARDS, self.tr("Evidence &cards")),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"{kind.value}Choice")
            self.kinds.addButton(button)
            self.kind_buttons[kind] = button
            kinds_row.addWidget(button)
        kinds_row.addStretch(1)
        self.kind_buttons[Kind.POSTERS].setChecked(True)

        self.personas = QListWidget()
        self.personas.setObjectName("exportPersonas")
        self.personas.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.personas.setMaximumHeight(130)
        self.personas.setAccessibleName(self.tr("Personas to print"))
        self.cover = QCheckBox(self.tr("Co&ver page"))
        self.cover.setChecked(True)
        self.appendix = QCheckBox(self.tr("Evidence &appendix (the notes behind each item)"))
        self.appendix.setChecked(True)
        self.notes = QComboBox()
        self.notes.setObjectName("exportNotes")

        self.paper_size = QComboBox()
        self.paper_size.setObjectName("exportSize")
        for name in PAPER_SIZES:
            portrait = paper(name, False)
            width, height = portrait.width * MM_PER_POINT, portrait.height * MM_PER_POINT
            self.paper_size.addItem(
                self.tr("{0} ({1:.0f} × {2:.0f} mm)").format(name, width, height), name
            )
        self.type_hint = label()
        self.type_hint.setWordWrap(True)
        self.orientation = QComboBox()
        self.orientation.setObjectName("exportOrientation")
        self.orientation.addItem(self.tr("Portrait"), False)
        self.orientation.addItem(self.tr("Landscape"), True)
        self.theme = QComboBox()
        self.theme.setObjectName("exportTheme")
        theme_names = {
            "classic": self.tr("Classic"),
            "bold": self.tr("Bold"),
            "high-contrast": self.tr("High contrast"),
            "ink-saver": self.tr("Ink saver"),
        }
        for name in THEMES:
            self.theme.addItem(theme_names.get(name, name.replace("-", " ").capitalize()), name)
        self.tile = QComboBox()
        self.tile.setObjectName("exportTiling")
        self.tile.addItem(self.tr("None: one sheet per poster"), None)
        self.tile.addItem(self.tr("On A4 sheets"), "A4")
        self.tile.addItem(self.tr("On Letter sheets"), "Letter")
        self.overlap = QSpinBox()
        self.overlap.setObjectName("exportOverlap")
        self.overlap.setRange(0, 50)
        self.overlap.setSuffix(self.tr(" mm"))
        self.overlap.setValue(round(OVERLAP_MM))
        self.card_size = QComboBox()
        self.card_size.setObjectName("exportCardSize")
        card_names = {
            "76x76": self.tr("76 × 76 mm (square sticky note)"),
            "76x127": self.tr("76 × 127 mm (tall sticky note)"),
            "127x76": self.tr("127 × 76 mm (wide sticky note)"),
        }
        for name in CARD_SIZES:
            self.card_size.addItem(card_names.get(name, name), name)

        form = QFormLayout()
        form.addRow(self.tr("Personas:"), self.personas)
        form.addRow("", self.cover)
        form.addRow("", self.appendix)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(self.tr("Pa&per:"), self.paper_size)
        form.addRow("", self.type_hint)
        form.addRow(self.tr("&Orientation:"), self.orientation)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("T&iling:"), self.tile)
        form.addRow(self.tr("Over&lap:"), self.overlap)
        form.addRow(self.tr("Card si&ze:"), self.card_size)
        self.form = form
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(kinds_row)
        layout.addLayout(form)
        layout.addStretch(1)

        self._select_paper(*self._paper[self._kind])
        self._show_rows()
        self.kinds.buttonToggled.connect(self._kind_toggled)
        self.personas.itemChanged.connect(lambda _item: self._emit())
        for box in (
            self.notes,
            self.paper_size,
            self.orientation,
            self.theme,
            self.tile,
            self.card_size,
        ):
            box.currentIndexChanged.connect(lambda _index: self._on_edit())
        for check in (self.cover, self.appendix):
            check.toggled.connect(lambda _on: self._emit())
        self.overlap.valueChanged.connect(lambda _value: self._emit())

    # What is chosen ---------------------------------------------------------------------
    @property
    def kind(self) -> Kind:
        return self._kind

    def set_kind(self, kind: Kind) -> None:
        self.kind_buttons[kind].setChecked(True)

    def choices(self) -> ExportChoices:
        persona_ids = tuple(
            str(item.data(ID_ROLE))
            for item in (self.personas.item(row) for row in range(self.personas.count()))
            if item is not None and item.checkState() == Qt.CheckState.Checked
        )
        note_filter, _, filter_id = str(self.notes.currentData() or ALL_NOTES).partition(":")
        return ExportChoices(
            kind=self._kind,
            persona_ids=persona_ids,
            size=str(self.paper_size.currentData()),
            landscape=bool(self.orientation.currentData()) and self._kind is not Kind.CARDS,
            theme=str(self.theme.currentData()),
            tile=self.tile.currentData() if self._kind is Kind.POSTERS else None,
            overlap_mm=float(self.overlap.value()),
            cover=self.cover.isChecked(),
            appendix=self.appendix.isChecked(),
            card_size=str(self.card_size.currentData()),
            cluster=filter_id if note_filter == IN_CLUSTER else None,
            source=filter_id if note_filter == FROM_SOURCE else None,
            unclustered=note_filter == UNCLUSTERED,
        )

    def select_paper(self, name: str, landscape: bool | None = None) -> None:
        self._select_paper(name, landscape)

    # Filling from the workshop ------------------------------------------------------------
    def refresh(self, snapshot: WorkshopSnapshot, flagged: frozenset[str]) -> None:
        """Show the workshop's personas, clusters and sources; keep what was chosen."""
        self._filling = True
        try:
            self._fill_personas(snapshot, flagged)
            self._fill_notes(snapshot)
        finally:
            self._filling = False

    def _fill_personas(self, snapshot: WorkshopSnapshot, flagged: frozenset[str]) -> None:
        was: dict[str, bool] = {}
        for row in range(self.personas.count()):
            item = self.personas.item(row)
            was[str(item.data(ID_ROLE))] = item.checkState() == Qt.CheckState.Checked
        self.personas.clear()
        for persona in sorted(snapshot.personas, key=lambda p: (p.position, p.name.casefold())):
            text = persona.name or self.tr("Unnamed persona")
            if persona.is_proto:
                text += self.tr(" (proto-persona: marked assumption-based)")
            elif persona.id in flagged:
                text += self.tr(" (fails the evidence check: printed as not yet validated)")
            if persona.status is PersonaStatus.RETIRED:
                text += self.tr(" (retired)")
            item = QListWidgetItem(text)  # list items show plain text
            item.setData(ID_ROLE, persona.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = was.get(persona.id, persona.status is not PersonaStatus.RETIRED)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.personas.addItem(item)
        if not snapshot.personas:
            self.personas.addItem(QListWidgetItem(self.tr("No personas yet")))
            self.personas.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    def _fill_notes(self, snapshot: WorkshopSnapshot) -> None:
        current = self.notes.currentData()
        self.notes.clear()
        unclustered = sum(1 for n in snapshot.notes if n.cluster_id is None)
        self.notes.addItem(self.tr("All notes ({0})").format(len(snapshot.notes)), ALL_NOTES)
        self.notes.addItem(
            self.tr("Notes in no cluster ({0})").format(unclustered),
            UNCLUSTERED,
        )
        in_cluster: dict[str, int] = {}
        from_source: dict[str, int] = {}
        for note in snapshot.notes:
            if note.cluster_id:
                in_cluster[note.cluster_id] = in_cluster.get(note.cluster_id, 0) + 1
            if note.source_id:
                from_source[note.source_id] = from_source.get(note.source_id, 0) + 1
        for cluster in snapshot.clusters:
            self.notes.addItem(
                self.tr("Cluster: {0} ({1})").format(cluster.title, in_cluster.get(cluster.id, 0)),
                f"{IN_CLUSTER}:{cluster.id}",
            )
        for source in snapshot.sources:
            self.notes.addItem(
                self.tr("Source: {0} ({1})").format(source.label, from_source.get(source.id, 0)),
                f"{FROM_SOURCE}:{source.id}",
            )
        index = self.notes.findData(current) if current is not None else -1
        self.notes.setCurrentIndex(max(index, 0))

    # Keeping the form consistent ------------------------------------------------------------
    def _kind_toggled(self, button: QRadioButton, on: bool) -> None:
        if not on:
            return
        kind = next(k for k, b in self.kind_buttons.items() if b is button)
        self._paper[self._kind] = (
            str(self.paper_size.currentData()),
            bool(self.orientation.currentData()),
        )
        self._kind = kind
        self._filling = True
        try:
            self._select_paper(*self._paper[kind])
        finally:
            self._filling = False
        self._show_rows()
        self._emit()

    def _select_paper(self, name: str, landscape: bool | None = None) -> None:
        self.paper_size.setCurrentIndex(max(self.paper_size.findData(name), 0))
        if landscape is not None:
            self.orientation.setCurrentIndex(1 if landscape else 0)
        self._update_hints()

    def _show_rows(self) -> None:
        kind = self._kind
        people = kind is not Kind.CARDS
        for widget, visible in (
            (self.personas, people),
            (self.cover, kind is Kind.DECK),
            (self.appendix, kind is Kind.DECK),
            (self.notes, kind is Kind.CARDS),
            (self.orientation, people),
            (self.theme, people),
            (self.tile, kind is Kind.POSTERS),
            (self.overlap, kind is Kind.POSTERS),
            (self.card_size, kind is Kind.CARDS),
        ):
            self.form.setRowVisible(widget, visible)
        self._update_hints()

    def _update_hints(self) -> None:
        name = str(self.paper_size.currentData())
        if self._kind is Kind.CARDS:
            text = self.tr("Cards on {0} sheets, with cut marks; note text at least {1:g} pt.")
            self.type_hint.setText(text.format(name, CARD_TEXT_MIN))
        else:
            text = self.tr("No text on {0} is smaller than {1:g} pt.")
            self.type_hint.setText(text.format(name, MIN_TYPE_SIZES.get(name, 0)))
        self.overlap.setEnabled(self.tile.currentData() is not None)

    def _on_edit(self) -> None:
        self._update_hints()
        self._emit()

    def _emit(self) -> None:
        if not self._filling:
            self.changed.emit()
