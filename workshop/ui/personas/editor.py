"""The persona editor: one persona, structured (not a free-text page), every edit saved at
once as one undoable step.

It composes the persona's fields (name, archetype, photo, quote, role), one ``SectionList``
per section, and the segment and review details, and it is what they all call to change
the workshop (the ``*Host`` protocols). What the evidence check says shows beside each
item (its badge) and under each section.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.model import LIST_SECTIONS, Persona, PersonaItem, Section
from workshop.domain.note_filters import respondent_attributes
from workshop.errors import WorkshopError
from workshop.io.avatar import AvatarShape, make_avatar
from workshop.io.images import PreparedImage, prepare_image
from workshop.store import Change, WorkshopFile
from workshop.ui.contrast import muted_text, set_text_colour
from workshop.ui.personas.check_runner import CheckRunner
from workshop.ui.personas.persona_details import PersonaDetails
from workshop.ui.personas.persona_fields import PersonaFields
from workshop.ui.personas.section_list import SectionList
from workshop.ui.plain import label as plain_label
from workshop.ui.plain import message_box
from workshop.ui.plurals import plural
from workshop.ui.session import WorkshopSession

if TYPE_CHECKING:
    from workshop.ui.personas.crop_dialog import CropDialog
    from workshop.ui.personas.evidence_picker import EvidencePicker

#: The editor's sections, top to bottom: the list sections, then the metrics, then "other".
EDITOR_SECTIONS: tuple[Section, ...] = (
    *LIST_SECTIONS[:-1],
    Section.SUCCESS_METRIC,
    Section.METRIC_LINK,
    Section.OTHER,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonaEditor", text)


def _one_line(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class PersonaEditor(QWidget):
    #: The persona shown changed (id, or "" for none).
    persona_shown = Signal(str)

    def __init__(
        self, session: WorkshopSession, runner: CheckRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.read_only = session.read_only
        self.persona_id = ""
        self.picker: EvidencePicker | None = None
        self.crop_dialog: CropDialog | None = None
        self._photos: dict[str, QPixmap] = {}
        #: The item rows wait while the editor is out of sight (a tab behind another panel
        #: at start): building a persona's rows is most of opening the editor.
        self._rows_pending = False
        self._in_sight = False

        self.empty = plain_label(
            _tr("Choose a persona in the list, or create one to start drafting."), self
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        content = QWidget()
        self.fields = PersonaFields(self, content)
        self.pool_label = plain_label("", content)
        self.pool_label.setWordWrap(True)
        set_text_colour(self.pool_label, muted_text())
        self._sections: dict[Section, SectionList] = {}
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(self.fields)
        column.addWidget(self.pool_label)
        for section in EDITOR_SECTIONS:
            if section is Section.SUCCESS_METRIC:
                column.addWidget(self._rule(content))
            self._sections[section] = SectionList(section, self, content)
            column.addWidget(self._sections[section])
        column.addWidget(self._rule(content))
        self.details = PersonaDetails(self, lambda: self.session.today(), content)
        column.addWidget(self.details)
        column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.scroll_area)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        #: The item to scroll into view once the editor is laid out (see ``_reveal``).
        self._revealing: tuple[Section, str] | None = None
        self._reveal_timer = QTimer(self)
        self._reveal_timer.setSingleShot(True)
        self._reveal_timer.setInterval(0)
        self._reveal_timer.timeout.connect(self._reveal_settled)
        self.scroll_area.viewport().installEventFilter(self)
        content.installEventFilter(self)

        self.fields.photo.choose_action.triggered.connect(self.choose_photo)
        self.fields.photo.crop_action.triggered.connect(self.crop_photo_again)
        self.fields.photo.remove_action.triggered.connect(self.remove_photo)
        runner.updated.connect(self.refresh)
        self.refresh()

    @property
    def sections(self) -> dict[Section, SectionList]:
        """Each section's list, its rows up to date (built now if they were waiting)."""
        self._show_rows()
        return self._sections

    def set_in_sight(self, in_sight: bool) -> None:
        """Whether the facilitator can see the editor (its dock shown and its tab in front:
        a tab behind another is moved out of sight, not hidden, so no show event comes)."""
        self._in_sight = in_sight
        if in_sight:
            self._show_rows()

    @staticmethod
    def _rule(parent: QWidget) -> QFrame:
        line = QFrame(parent)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        return line

    # Which persona ------------------------------------------------------------------
    def persona(self) -> Persona | None:
        return next((p for p in self.runner.snapshot.personas if p.id == self.persona_id), None)

    def show_persona(self, persona_id: str) -> None:
        if persona_id == self.persona_id:
            return
        focused = self.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()  # commits what was being typed, to the persona it belongs to
        self.persona_id = persona_id
        self.refresh()
        self.scroll_area.verticalScrollBar().setValue(0)
        self.persona_shown.emit(persona_id)

    def refresh(self) -> None:
        persona = self.persona()
        if persona is None:
            self.persona_id = ""
            self.pages.setCurrentWidget(self.empty)
            return
        self.pages.setCurrentWidget(self.scroll_area)
        self.fields.show_persona(persona, self._photo(persona.photo_asset_id))
        self._show_pool(persona)
        self.details.show_persona(persona, self.runner.snapshot.respondents)
        self.details.offer_segments(
            [f"{name}: {value}" for name, value in respondent_attributes(self.runner.snapshot)]
        )
        self._rows_pending = True
        if self._in_sight:
            self._show_rows()

    def _show_rows(self) -> None:
        """The item rows of the persona shown, if they are waiting to be built."""
        if not self._rows_pending:
            return
        self._rows_pending = False
        persona = self.persona()
        if persona is None:
            return
        snapshot = self.runner.snapshot
        report = self.runner.report_for(persona.id)
        findings = report.findings if report else ()
        by_section: dict[Section, list[PersonaItem]] = {s: [] for s in EDITOR_SECTIONS}
        for item in snapshot.items_of(persona.id):
            by_section.setdefault(item.section, []).append(item)
        for section, widget in self._sections.items():
            items = sorted(by_section.get(section, []), key=lambda i: (i.position, i.id))
            item_ids = {i.id for i in items}
            widget.show_items(
                persona.id,
                persona.template,
                items,
                self.runner.evidence,
                [
                    f
                    for f in findings
                    if (f.item_id in item_ids) or (f.item_id is None and f.section is section)
                ],
            )

    def _show_pool(self, persona: Persona) -> None:
        if not persona.evidence_pool:
            self.pool_label.hide()
            return
        titles = {c.id: c.title for c in self.runner.snapshot.clusters}
        names = [titles[c] for c in persona.evidence_pool if c in titles]
        pool = set(persona.evidence_pool)
        count = sum(1 for n in self.runner.snapshot.notes if n.cluster_id in pool)
        self.pool_label.setText(
            _tr("Drafted from: {0} ({1}). Link evidence offers these notes first.").format(
                ", ".join(names) or _tr("clusters no longer on the board"),
                plural("%n note", "%n notes", count),
            )
        )
        self.pool_label.show()

    def _photo(self, asset_id: str | None) -> QPixmap | None:
        if not asset_id:
            return None
        if asset_id not in self._photos:
            pixmap = QPixmap()
            data = self.session.workshop.load_asset(asset_id)
            if data is None or not pixmap.loadFromData(data):
                return None
            self._photos[asset_id] = pixmap
        return self._photos[asset_id]

    # Opening an item (from the check panel, or the board's note details) ---------------
    def open_item(self, item_id: str) -> bool:
        item = next((i for i in self.runner.snapshot.items if i.id == item_id), None)
        if item is None:
            return False
        self.show_persona(item.persona_id)
        row = self.sections[item.section].row(item_id) if item.section in self.sections else None
        if row is None:
            return False
        self._reveal(item.section, item_id)
        row.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        row.flash()
        return True

    def _reveal(self, section: Section, item_id: str) -> None:
        """Scroll the item's whole row into view, now and again once the editor has its
        size: asked for from the check panel, the editor is often a tab just brought to
        the front, not yet laid out (its rows new, its viewport a few pixels high), and a
        row placed then would end up half off the top."""
        self._revealing = (section, item_id)
        self._reveal_row()

    def _reveal_row(self) -> None:
        if self._revealing is None:
            return
        section, item_id = self._revealing
        row = self._sections[section].row(item_id)
        if row is None:
            self._revealing = None
            return
        viewport = self.scroll_area.viewport()
        margin = max(0, min(40, (viewport.height() - row.height()) // 2))
        self.scroll_area.ensureWidgetVisible(row, 0, margin)
        # Once more when the layout has settled (every resize restarts the wait).
        self._reveal_timer.start()

    def _reveal_settled(self) -> None:
        if self.scroll_area.viewport().isVisible():
            self._reveal_row()
            self._reveal_timer.stop()
            self._revealing = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._revealing is not None and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.LayoutRequest,
        ):
            self._reveal_timer.start()
        return super().eventFilter(watched, event)

    def open_section(self, persona_id: str, section: Section | None) -> None:
        self.show_persona(persona_id)
        widget = self.sections.get(section) if section is not None else None
        if widget is None:
            return
        self.scroll_area.ensureWidgetVisible(widget, 0, 40)
        if widget.add_edit.isVisible():
            widget.add_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_name(self) -> None:
        self.fields.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.fields.name_edit.selectAll()

    # What the parts ask for (each one undoable step) ----------------------------------
    def _perform(self, operation: Callable[[WorkshopFile], Change]) -> bool:
        if self.read_only:
            return False
        return self.session.perform(operation) is not None

    def set_persona_fields(self, label: str, **fields: object) -> bool:
        pid = self.persona_id
        return bool(pid) and self._perform(lambda wf: wf.update_persona(pid, label, **fields))

    def add_item(self, section: Section, text: str) -> bool:
        pid = self.persona_id
        return bool(pid) and self._perform(lambda wf: wf.add_item(pid, section, text))

    def set_item_fields(self, item_id: str, label: str, **fields: object) -> bool:
        return self._perform(lambda wf: wf.update_item(item_id, label, **fields))

    def link_evidence(self, item_id: str, note_ids: list[str], cluster_ids: list[str]) -> None:
        self._perform(lambda wf: wf.link_evidence(item_id, note_ids, cluster_ids))

    def unlink_evidence(self, link_ids: list[str]) -> None:
        self._perform(lambda wf: wf.unlink_evidence(link_ids))

    def delete_item(self, item_id: str) -> None:
        self._perform(lambda wf: wf.delete_items([item_id]))

    def place_items(self, item_ids: list[str], section: Section) -> None:
        self._perform(lambda wf: wf.reorder_items(item_ids, section))

    def can_move_item(self, item_id: str, step: int) -> bool:
        """Whether the item has a place ``step`` away in its section."""
        widget = next((w for w in self.sections.values() if item_id in w.rows), None)
        if widget is None or item_id not in widget.order:
            return False
        return 0 <= widget.order.index(item_id) + step < len(widget.order)

    def move_item(self, item_id: str, step: int) -> None:
        widget = next((w for w in self.sections.values() if item_id in w.rows), None)
        if widget is None:
            return
        order = list(widget.order)
        index = order.index(item_id)
        target = index + step
        if 0 <= target < len(order):
            order[index], order[target] = order[target], order[index]
            self.place_items(order, widget.section)
            row = widget.row(item_id)
            if row is not None:
                row.text_edit.setFocus()

    def highlight(self, note_ids: list[str]) -> None:
        if note_ids:
            self.session.highlight_requested.emit(list(note_ids))
            self.session.status.emit(
                plural(
                    "Showing %n note on the board", "Showing %n notes on the board", len(note_ids)
                )
            )

    def links_of(self, item_id: str) -> list[tuple[str, str]]:
        snapshot = self.runner.snapshot
        notes = snapshot.note_by_id()
        sources = snapshot.source_by_id()
        clusters = {c.id: c for c in snapshot.clusters}
        found: list[tuple[str, str]] = []
        for link in snapshot.links:
            if link.item_id != item_id:
                continue
            if link.note_id and link.note_id in notes:
                note = notes[link.note_id]
                source = sources.get(note.source_id or "")
                origin = source.label if source else _tr("assumption")
                found.append((link.id, _tr("Note: {0} ({1})").format(_one_line(note.text), origin)))
            elif link.cluster_id and link.cluster_id in clusters:
                title = _one_line(clusters[link.cluster_id].title)
                found.append((link.id, _tr("Cluster: {0}").format(title)))
        return found

    def pick_evidence(self, item_id: str) -> None:
        persona = self.persona()
        item = next((i for i in self.runner.snapshot.items if i.id == item_id), None)
        if persona is None or item is None or self.read_only:
            return
        if self.picker is not None:
            self.picker.close()
        from workshop.ui.personas.evidence_picker import EvidencePicker  # with the first pick

        picker = EvidencePicker(self.runner.snapshot, persona, item, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self.link_evidence(item_id, picker.chosen_note_ids(), []))
        picker.destroyed.connect(lambda: setattr(self, "picker", None))
        self.picker = picker
        picker.open()

    # The photo ------------------------------------------------------------------------
    def ask_photo_path(self) -> Path | None:
        """The picture to use (tests replace this)."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            _tr("Choose the persona's photo"),
            str(Path.home()),
            _tr("Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;All files (*)"),
        )
        return Path(name) if name else None

    def choose_photo(self) -> None:
        if not self.persona_id or self.read_only:
            return
        path = self.ask_photo_path()
        if path is None:
            return
        try:
            prepared = prepare_image(path)
        except WorkshopError as error:
            self._warn(_tr("This photo cannot be used"), error)
            return
        self._crop(prepared, AvatarShape.SQUARE)

    def crop_photo_again(self) -> None:
        persona = self.persona()
        if persona is None or not persona.photo_asset_id or self.read_only:
            return
        data = self.session.workshop.load_asset(persona.photo_asset_id)
        if data is None:
            return
        try:
            prepared = prepare_image(data, name=_tr("the persona's photo"))
        except WorkshopError as error:
            self._warn(_tr("This photo cannot be used"), error)
            return
        self._crop(
            prepared, AvatarShape.CIRCLE if prepared.mime == "image/png" else AvatarShape.SQUARE
        )

    def _crop(self, prepared: PreparedImage, shape: AvatarShape) -> None:
        pixmap = QPixmap()
        if not pixmap.loadFromData(prepared.data):
            return
        persona_id = self.persona_id
        from workshop.ui.personas.crop_dialog import CropDialog  # with the first photo

        dialog = CropDialog(pixmap, shape, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._store_photo(persona_id, prepared, dialog.box, dialog.shape)
        )
        dialog.destroyed.connect(lambda: setattr(self, "crop_dialog", None))
        self.crop_dialog = dialog
        dialog.open()

    def _store_photo(
        self,
        persona_id: str,
        prepared: PreparedImage,
        box: tuple[int, int, int],
        shape: AvatarShape,
    ) -> None:
        try:
            avatar = make_avatar(prepared, box, shape)
        except WorkshopError as error:
            self._warn(_tr("This photo cannot be used"), error)
            return
        image = (avatar.data, avatar.mime, avatar.width, avatar.height)
        self._perform(lambda wf: wf.set_persona_photo(persona_id, image))

    def remove_photo(self) -> None:
        pid = self.persona_id
        if pid:
            self._perform(lambda wf: wf.set_persona_photo(pid, None))

    def _warn(self, title: str, error: WorkshopError) -> None:
        text = error.message + (f"\n\n{error.where}" if error.where else "")
        box = message_box(self, QMessageBox.Icon.Warning, title, text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
