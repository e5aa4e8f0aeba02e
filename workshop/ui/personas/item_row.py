"""One item of a persona in the editor: a short statement, its evidence badge, and its menu
(the "⋯" button; a right-click on the text, the badge or the handle gives the same).

Notes or a cluster dragged from the board and dropped on the row are linked to the item.
The handle on the left drags the item to another place (or section) of the persona.
A linked metric also shows its kind, baseline and target.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QPoint, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QKeySequence,
    QMouseEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.evidence_check import Finding, ItemEvidence
from workshop.domain.model import MetricKind, PersonaItem, Section
from workshop.ui.mime import EVIDENCE_MIME, read_evidence
from workshop.ui.personas.commit_edits import CommitLineEdit
from workshop.ui.personas.evidence_badge import EvidenceBadge
from workshop.ui.personas.wording import metric_kind_label
from workshop.ui.plain import tooltip

#: An item dragged by its handle: JSON ``{"item_id": ..., "persona_id": ...}``.
ITEM_MIME = "application/x-persona-workshop-persona-item"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ItemRow", text)


class ItemHost(Protocol):
    """What a row asks of the editor (each call is one undoable step)."""

    read_only: bool

    def set_item_fields(self, item_id: str, label: str, **fields: object) -> bool: ...
    def link_evidence(self, item_id: str, note_ids: list[str], cluster_ids: list[str]) -> None: ...
    def unlink_evidence(self, link_ids: list[str]) -> None: ...
    def pick_evidence(self, item_id: str) -> None: ...
    def delete_item(self, item_id: str) -> None: ...
    def move_item(self, item_id: str, step: int) -> None: ...
    def can_move_item(self, item_id: str, step: int) -> bool: ...
    def highlight(self, note_ids: list[str]) -> None: ...
    def links_of(self, item_id: str) -> list[tuple[str, str]]: ...


def item_mime(item: PersonaItem) -> QMimeData:
    data = QMimeData()
    payload = json.dumps({"item_id": item.id, "persona_id": item.persona_id})
    data.setData(ITEM_MIME, QByteArray(payload.encode("utf-8")))
    return data


def read_item_mime(data: QMimeData) -> tuple[str, str] | None:
    if not data.hasFormat(ITEM_MIME):
        return None
    try:
        payload = json.loads(bytes(data.data(ITEM_MIME).data()).decode("utf-8"))
        return str(payload["item_id"]), str(payload["persona_id"])
    except (ValueError, KeyError, TypeError):
        return None


class DragHandle(QLabel):
    """The grip on the left of a row: drag it to move the item."""

    def __init__(self, row: ItemRow) -> None:
        super().__init__("⠿", row)
        self.row = row
        self._pressed_at: QPoint | None = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(_tr("Drag to move this item (or Alt+Up / Alt+Down)"))
        self.setFixedWidth(14)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed_at = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        start = self._pressed_at
        if start is None or self.row.host.read_only:
            return
        moved = (event.position().toPoint() - start).manhattanLength()
        if moved < QApplication.startDragDistance():
            return
        self._pressed_at = None
        drag = QDrag(self)
        drag.setMimeData(item_mime(self.row.item))
        drag.setPixmap(self.row.grab())
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._pressed_at = None
        super().mouseReleaseEvent(event)


class ItemRow(QFrame):
    def __init__(self, item: PersonaItem, host: ItemHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.host = host
        self.setObjectName("personaItemRow")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._set_look("")

        self.handle = DragHandle(self)
        self.text_edit = CommitLineEdit(parent=self)
        self.text_edit.setAccessibleName(_tr("Item text"))
        self.text_edit.committed.connect(self._commit_text)
        self.text_edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text_edit.customContextMenuRequested.connect(self._text_menu)
        self.badge = EvidenceBadge(self)
        self.badge.highlight_requested.connect(host.highlight)
        self.menu_button = QToolButton(self)
        self.menu_button.setText("⋯")
        self.menu_button.setAutoRaise(True)
        self.menu_button.setAccessibleName(_tr("Item actions"))
        self.menu_button.setToolTip(_tr("Link or unlink evidence, move or delete this item"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.menu_button.setMenu(self.menu)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(4)
        top.addWidget(self.handle)
        top.addWidget(self.text_edit, 1)
        top.addWidget(self.menu_button)
        evidence = QHBoxLayout()
        evidence.setContentsMargins(18, 0, 0, 0)
        evidence.addWidget(self.badge)
        evidence.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addLayout(top)
        self.kind_box: QComboBox | None = None
        self.baseline_edit: CommitLineEdit | None = None
        self.target_edit: CommitLineEdit | None = None
        if item.section is Section.METRIC_LINK:
            layout.addLayout(self._metric_fields())
        layout.addLayout(evidence)

        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.text_edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=step: self.host.move_item(self.item.id, s))
        self.show_item(item, ItemEvidence(), ())

    def _metric_fields(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(18, 0, 0, 0)
        self.kind_box = QComboBox(self)
        self.kind_box.setAccessibleName(_tr("Metric kind"))
        self.kind_box.addItem(metric_kind_label(None), None)
        for kind in MetricKind:
            self.kind_box.addItem(metric_kind_label(kind), str(kind))
        self.kind_box.activated.connect(self._commit_kind)
        self.baseline_edit = CommitLineEdit(_tr("Baseline, e.g. 31%"), self)
        self.baseline_edit.setAccessibleName(_tr("Baseline"))
        self.baseline_edit.committed.connect(
            lambda text: self._commit_field("metric_baseline", text, _tr("Edit baseline"))
        )
        self.target_edit = CommitLineEdit(_tr("Target, e.g. 40%"), self)
        self.target_edit.setAccessibleName(_tr("Target"))
        self.target_edit.committed.connect(
            lambda text: self._commit_field("metric_target", text, _tr("Edit target"))
        )
        row.addWidget(self.kind_box)
        row.addWidget(QLabel(_tr("Baseline"), self))
        row.addWidget(self.baseline_edit, 1)
        row.addWidget(QLabel(_tr("Target"), self))
        row.addWidget(self.target_edit, 1)
        return row

    # Showing ------------------------------------------------------------------------
    def show_item(
        self, item: PersonaItem, evidence: ItemEvidence, findings: Sequence[Finding]
    ) -> None:
        self.item = item
        self.text_edit.show_stored(item.text)
        self.text_edit.setToolTip(tooltip(item.text))
        self.text_edit.setReadOnly(self.host.read_only)
        self.badge.show_evidence(evidence, findings)
        if self.kind_box is not None:
            index = self.kind_box.findData(str(item.metric_kind) if item.metric_kind else None)
            self.kind_box.setCurrentIndex(max(0, index))
            self.kind_box.setEnabled(not self.host.read_only)
        if self.baseline_edit is not None and self.target_edit is not None:
            self.baseline_edit.show_stored(item.metric_baseline)
            self.target_edit.show_stored(item.metric_target)
            self.baseline_edit.setReadOnly(self.host.read_only)
            self.target_edit.setReadOnly(self.host.read_only)

    def flash(self) -> None:
        """Draw attention to the row (it was asked for from the check panel)."""
        self._set_look("#fff59d")
        QTimer.singleShot(1500, self, lambda: self._set_look(""))

    def _set_look(self, background: str) -> None:
        fill = f"background: {background};" if background else ""
        self.setStyleSheet(f"QFrame#personaItemRow {{ border-radius: 4px; {fill} }}")

    # Editing ------------------------------------------------------------------------
    def _commit_text(self, text: str) -> None:
        if not text:
            self.text_edit.revert()
            return
        if not self.host.set_item_fields(self.item.id, _tr("Edit item"), text=text):
            self.text_edit.revert()

    def _commit_field(self, name: str, text: str, label: str) -> None:
        if not self.host.set_item_fields(self.item.id, label, **{name: text}):
            self.show_item(self.item, ItemEvidence(), ())

    def _commit_kind(self, index: int) -> None:
        assert self.kind_box is not None
        kind = self.kind_box.itemData(index)
        current = str(self.item.metric_kind) if self.item.metric_kind else None
        if kind != current:
            self.host.set_item_fields(self.item.id, _tr("Change metric kind"), metric_kind=kind)

    def fill_item_menu(self, menu: QMenu, before: QAction | None = None) -> None:
        """The item's actions (its "⋯" button, and a right-click on the row, its text, its
        badge or its handle), put into ``menu`` before ``before`` (None: at the end)."""
        item_id = self.item.id
        editable = not self.host.read_only

        def place(action: QAction) -> None:
            if before is None:
                menu.addAction(action)
            else:
                menu.insertAction(before, action)

        def put(text: str, slot: Callable[[], object], enabled: bool) -> None:
            action = QAction(text, menu)
            action.triggered.connect(lambda _=False: slot())
            action.setEnabled(enabled)
            place(action)

        def line() -> None:
            rule = QAction(menu)
            rule.setSeparator(True)
            place(rule)

        put(_tr("Link evidence…"), lambda: self.host.pick_evidence(item_id), editable)
        links = self.host.links_of(item_id)
        unlink = QMenu(_tr("Unlink evidence"), menu)
        unlink.setEnabled(editable and bool(links))
        for link_id, label in links:
            action = unlink.addAction(label)
            action.triggered.connect(lambda _=False, i=link_id: self.host.unlink_evidence([i]))
        if len(links) > 1:
            unlink.addSeparator()
            unlink.addAction(
                _tr("Unlink all"), lambda: self.host.unlink_evidence([i for i, _ in links])
            )
        place(unlink.menuAction())
        put(
            _tr("Show the evidence on the board"),
            lambda: self.host.highlight(self.badge.note_ids),
            bool(self.badge.note_ids),
        )
        line()
        # Greyed out where the item cannot go: the first up, the last (or only) down.
        put(
            _tr("Move up"),
            lambda: self.host.move_item(item_id, -1),
            editable and self.host.can_move_item(item_id, -1),
        )
        put(
            _tr("Move down"),
            lambda: self.host.move_item(item_id, 1),
            editable and self.host.can_move_item(item_id, 1),
        )
        line()
        put(_tr("Delete item"), lambda: self.host.delete_item(item_id), editable)

    def _fill_menu(self) -> None:
        for old in self.menu.findChildren(QMenu):  # the last opening's "Unlink evidence"
            old.deleteLater()
        self.menu.clear()
        self.fill_item_menu(self.menu)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """A right-click on the row, its badge or its handle: the item's menu."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per right-click
        self.fill_item_menu(menu)
        menu.popup(event.globalPos())
        event.accept()

    def _text_menu(self, at: QPoint) -> None:
        """A right-click on the item's text: the item's actions, then the text's own (Undo,
        Cut, Copy, Paste...)."""
        menu = self.text_edit.createStandardContextMenu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        first = next(iter(menu.actions()), None)
        self.fill_item_menu(menu, first)
        if first is not None:
            menu.insertSeparator(first)
        menu.popup(self.text_edit.mapToGlobal(at))

    # Evidence dropped from the board ------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(EVIDENCE_MIME) and not self.host.read_only:
            event.acceptProposedAction()
            self._set_look("#c8e6c9")
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_look("")
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_look("")
        if not event.mimeData().hasFormat(EVIDENCE_MIME) or self.host.read_only:
            event.ignore()
            return
        notes, clusters = read_evidence(event.mimeData())
        if notes or clusters:
            self.host.link_evidence(self.item.id, notes, clusters)
        event.acceptProposedAction()
