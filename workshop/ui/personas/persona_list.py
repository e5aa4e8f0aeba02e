"""The persona list beside the board: every persona in the workshop's order, with its colour,
what the evidence check says, and "assumption-based" on every proto-persona.

Drag a persona to reorder; double-click or F2 renames it in place.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop.domain.check_report import PersonaReport
from workshop.domain.model import Persona, PersonaStatus
from workshop.ui.personas.check_runner import CheckRunner
from workshop.ui.personas.persona_actions import PersonaActions
from workshop.ui.personas.photo import avatar_pixmap
from workshop.ui.personas.wording import persona_title, status_label, template_label
from workshop.ui.plain import tooltip

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonaList", text)


def verdict(report: PersonaReport | None) -> str:
    if report is None:
        return _tr("not checked (retired)")
    score = round(report.score * 100)
    if report.passes:
        return _tr("passes the check, {0}% well evidenced").format(score)
    if report.assumption_based:
        return _tr("fails the check (allowed for a proto-persona), {0}% evidenced").format(score)
    return _tr("fails the check, {0}% well evidenced").format(score)


class _NameDelegate(QStyledItemDelegate):
    """Edits the persona's bare name (the list shows more than the name)."""

    def __init__(self, panel: PersonaListPanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAccessibleName(_tr("Persona name"))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(NAME_ROLE) or ""))
            editor.selectAll()

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QLineEdit):
            name = editor.text().strip()
            if name and name != index.data(NAME_ROLE):
                self.panel.persona_actions.rename(str(index.data(ID_ROLE)), name)

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        editor.setGeometry(rect.adjusted(40, 2, -2, -rect.height() // 2))


class PersonaListPanel(QWidget):
    #: The persona chosen in the list ("" when none).
    current_changed = Signal(str)

    def __init__(
        self, runner: CheckRunner, actions: PersonaActions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.persona_actions = actions
        self._shown: list[tuple[str, str, str]] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(_tr("Personas"))
        self.list.setIconSize(QSize(32, 32))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setItemDelegate(_NameDelegate(self))
        self.list.setWordWrap(True)
        self.list.setSpacing(1)
        self.list.setMinimumHeight(150)
        self.list.currentItemChanged.connect(self._current_changed)
        model = self.list.model()
        model.rowsMoved.connect(self._rows_moved)

        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        new_button = QToolButton(self)
        new_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        new_button.setDefaultAction(actions.new_action)
        new_menu = QMenu(new_button)
        new_menu.addAction(actions.new_action)
        for action in actions.template_actions.values():
            new_menu.addAction(action)
        new_menu.addSeparator()
        new_menu.addAction(actions.from_clusters_action)
        new_button.setMenu(new_menu)
        bar.addWidget(new_button)
        bar.addAction(actions.duplicate_action)
        bar.addAction(actions.delete_action)
        colour_button = QToolButton(self)
        colour_button.setText(_tr("Colour"))
        colour_button.setMenu(actions.colour_menu)
        colour_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(colour_button)
        bar.addAction(actions.compare_action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.list)

        self.addAction(actions.rename_action)  # its F2 works in the list (see the action)
        # A right-click on a persona offers what the tool bar and the Personas menu do
        # (Qt builds and deletes the menu; the actions stay the panel's).
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for entry in (
            actions.rename_action,
            actions.duplicate_action,
            actions.colour_menu.menuAction(),
            None,
            actions.up_action,
            actions.down_action,
            None,
            actions.delete_action,
        ):
            if entry is None:
                entry = QAction(self.list)
                entry.setSeparator(True)
            self.list.addAction(entry)
        actions.rename_requested.connect(self.start_rename)
        runner.updated.connect(self.refresh)
        self.refresh()

    # Showing ------------------------------------------------------------------------
    def personas(self) -> list[Persona]:
        return sorted(
            self.runner.snapshot.personas, key=lambda p: (p.position, p.name.casefold(), p.id)
        )

    def current_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else ""

    def refresh(self) -> None:
        personas = self.personas()
        current = self.current_id()
        ids = [p.id for p in personas]
        if ids != [str(self.list.item(r).data(ID_ROLE)) for r in range(self.list.count())]:
            self.list.blockSignals(True)
            self.list.clear()
            for _persona in personas:
                item = QListWidgetItem()
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.list.addItem(item)
            self.list.blockSignals(False)
        for row, persona in enumerate(personas):
            self._show(self.list.item(row), persona)
        if current in ids:
            self.select(current)
        elif ids and current:
            self.list.setCurrentRow(0)
        else:
            self._current_changed(self.list.currentItem(), None)
        self.persona_actions.update_enabled()

    def _show(self, item: QListWidgetItem, persona: Persona) -> None:
        report = self.runner.report_for(persona.id)
        second = [persona.archetype.strip() or template_label(persona.template)]
        if persona.status is not PersonaStatus.DRAFT:
            second.append(status_label(persona.status))
        second.append(verdict(report))
        text = persona_title(persona) + "\n" + " · ".join(second)
        if item.data(ID_ROLE) != persona.id:
            item.setData(ID_ROLE, persona.id)
        if item.text() != text:
            item.setText(text)
        item.setData(NAME_ROLE, persona.name)
        key = f"{persona.name}|{persona.colour}"
        if item.data(Qt.ItemDataRole.UserRole + 3) != key:
            item.setIcon(QIcon(avatar_pixmap(persona.name, persona.colour, None, 32)))
            item.setData(Qt.ItemDataRole.UserRole + 3, key)
        item.setToolTip(tooltip(text))

    def select(self, persona_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == persona_id:
                if self.list.currentRow() != row:
                    self.list.setCurrentRow(row)
                return

    def start_rename(self, persona_id: str) -> None:
        self.select(persona_id)
        item = self.list.currentItem()
        if item is not None and not self.runner.session.read_only:
            self._bring_forward()  # renaming from the menu while another tab is showing
            self.list.editItem(item)

    def _bring_forward(self) -> None:
        """Show the panel's dock (it may be a tab behind the sources, or closed)."""
        dock = self.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is not None:
            dock.show()
            dock.raise_()

    def _current_changed(
        self, item: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        self.persona_actions.update_enabled()
        self.current_changed.emit(str(item.data(ID_ROLE)) if item is not None else "")

    def _rows_moved(self, *_args: object) -> None:
        order = [str(self.list.item(r).data(ID_ROLE)) for r in range(self.list.count())]
        if order != [p.id for p in self.personas()]:
            self.persona_actions.reorder(order)
