"""Personas in the workspace: the persona list and the evidence check beside the board (left),
the persona editor (right), the compare view, and the Personas menu.

Built by the main window for each open workshop (see ``workshop.ui.features``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget

from workshop.domain.model import Section
from workshop.ui.panel_on_demand import PanelOnDemand
from workshop.ui.personas.check_runner import CheckRunner
from workshop.ui.personas.editor_slot import EditorSlot
from workshop.ui.personas.persona_actions import PersonaActions
from workshop.ui.personas.persona_list import PersonaListPanel
from workshop.ui.session import WorkshopSession

if TYPE_CHECKING:
    from workshop.ui.main_window import MainWindow
    from workshop.ui.personas.check_panel import CheckPanel
    from workshop.ui.personas.compare_view import CompareView
    from workshop.ui.personas.editor import PersonaEditor


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonaFeature", text)


class PersonaFeature:
    def __init__(self, window: MainWindow, session: WorkshopSession) -> None:
        self.window = window
        self.session = session
        self.runner = CheckRunner(session)
        self.compare: CompareView | None = None

        self.list_dock = QDockWidget(_tr("Personas"), window)
        self.list_dock.setObjectName("personaListDock")
        self.actions = PersonaActions(session, self.runner, lambda: "", self.list_dock)
        self.list_panel = PersonaListPanel(self.runner, self.actions, self.list_dock)
        self.actions.current = self.list_panel.current_id
        self.list_dock.setWidget(self.list_panel)

        self.check_dock = QDockWidget(_tr("Evidence Check"), window)
        self.check_dock.setObjectName("evidenceCheckDock")
        # Made when first in sight (it waits behind another tab when a workshop opens).
        self._check = PanelOnDemand(self.check_dock, self._make_check_panel)

        self.editor_dock = QDockWidget(_tr("Persona"), window)
        self.editor_dock.setObjectName("personaEditorDock")
        # The editor is made when first in sight or asked for (``editor``); its slot says
        # which persona is shown until then.
        self.editor_slot = EditorSlot(self.editor_dock)
        self.editor_dock.setWidget(self.editor_slot)
        self.editor_dock.setMinimumWidth(420)
        self._editor: PersonaEditor | None = None
        self._shown = ""

        menu = window.menu("persona", _tr("&Personas"))
        menu.addAction(self.actions.new_action)
        templates = menu.addMenu(_tr("New from &Template"))
        for action in self.actions.template_actions.values():
            templates.addAction(action)
        menu.addAction(self.actions.from_clusters_action)
        menu.addSeparator()
        for action in (
            self.actions.duplicate_action,
            self.actions.rename_action,
            self.actions.delete_action,
        ):
            menu.addAction(action)
        menu.addMenu(self.actions.colour_menu)
        menu.addAction(self.actions.up_action)
        menu.addAction(self.actions.down_action)
        menu.addSeparator()
        menu.addAction(self.actions.compare_action)

        self.actions.created.connect(self._created)
        self.actions.compare_requested.connect(self.show_compare)
        self._check.when_made(lambda panel: panel.section_requested.connect(self._open_section))
        session.item_requested.connect(self.open_item)
        # The first persona is chosen before the panels are placed: the editor is made,
        # and builds its item rows, when it is first in sight, not while it waits behind
        # another tab.
        self.editor_dock.visibilityChanged.connect(self._editor_in_sight)
        self.list_panel.current_changed.connect(self._show_persona)
        self._show_persona(self.list_panel.current_id())
        if not self.list_panel.current_id() and self.list_panel.list.count():
            self.list_panel.list.setCurrentRow(0)

        window.add_dock(self.list_dock, Qt.DockWidgetArea.LeftDockWidgetArea)
        window.add_dock(self.check_dock, Qt.DockWidgetArea.LeftDockWidgetArea)
        window.add_dock(self.editor_dock, Qt.DockWidgetArea.RightDockWidgetArea)
        window.resizeDocks([self.editor_dock], [560], Qt.Orientation.Horizontal)

    @property
    def check_panel(self) -> CheckPanel:
        return self._check.panel

    def _make_check_panel(self) -> CheckPanel:
        from workshop.ui.personas.check_panel import CheckPanel

        return CheckPanel(self.runner, self.check_dock)

    @property
    def editor(self) -> PersonaEditor:
        """The persona editor, made now if it was not yet."""
        if self._editor is None:
            from workshop.ui.personas.editor import PersonaEditor

            editor = PersonaEditor(self.session, self.runner, self.editor_slot)
            editor.show_persona(self._shown)
            self.editor_slot.hold(editor, editor.persona_shown)
            self._editor = editor
        return self._editor

    def _editor_in_sight(self, in_sight: bool) -> None:
        if in_sight or self._editor is not None:
            self.editor.set_in_sight(in_sight)

    def _show_persona(self, persona_id: str) -> None:
        if self._editor is not None:
            self._editor.show_persona(persona_id)
        elif persona_id != self._shown:
            self._shown = persona_id
            self.editor_slot.persona_shown.emit(persona_id)

    def _created(self, persona_id: str) -> None:
        self.list_panel.select(persona_id)
        self.editor.show_persona(persona_id)
        self.editor_dock.show()
        self.editor_dock.raise_()
        self.editor.focus_name()

    def open_item(self, item_id: str) -> None:
        item = next((i for i in self.runner.snapshot.items if i.id == item_id), None)
        if item is None:
            return
        self.list_panel.select(item.persona_id)
        self.editor_dock.show()
        self.editor_dock.raise_()
        self.editor.open_item(item_id)

    def _open_section(self, persona_id: str, section: str) -> None:
        self.list_panel.select(persona_id)
        self.editor_dock.show()
        self.editor.open_section(persona_id, Section(section) if section else None)

    def show_compare(self) -> CompareView:
        if self.compare is None:
            # The compare view loads when first asked for, not at start.
            from workshop.ui.personas.compare_view import CompareView

            self.compare = CompareView(self.runner, self.window)
            current = self.list_panel.current_id()
            if current:
                others = [p.id for p in self.compare.personas() if p.id != current]
                self.compare.chosen = [current, *others[:1]]
        self.compare.refresh()
        self.compare.show()
        self.compare.raise_()
        return self.compare

    def detach(self) -> None:
        self.session.item_requested.disconnect(self.open_item)
        self.runner.detach()
        editor = self._editor
        dialogs = (editor.picker, editor.crop_dialog) if editor is not None else ()
        for dialog in (self.compare, *dialogs):
            if dialog is not None:
                dialog.close()
        if self.compare is not None:
            self.compare.deleteLater()
            self.compare = None
