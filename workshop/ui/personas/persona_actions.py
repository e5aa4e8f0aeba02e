"""What can be done to personas as a whole: create (blank, from a template, from the clusters
selected on the board), duplicate, rename, reorder, delete and colour. The actions live
in the Personas menu and in the persona list's tool bar; each is one undoable step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QColorDialog, QMenu, QWidget

from workshop.domain.model import PersonaTemplate, WorkshopSnapshot
from workshop.ui.personas.check_runner import CheckRunner
from workshop.ui.personas.wording import template_label
from workshop.ui.session import WorkshopSession

#: Colours offered for a persona (name, hex): distinct on a projector and in print.
PERSONA_COLOURS: tuple[tuple[str, str], ...] = (
    ("Indigo", "#5c6bc0"),
    ("Teal", "#00897b"),
    ("Orange", "#ef6c00"),
    ("Raspberry", "#d81b60"),
    ("Green", "#43a047"),
    ("Purple", "#8e24aa"),
    ("Brown", "#6d4c41"),
    ("Slate", "#546e7a"),
)
#: Their names, marked for the window's catalogue (context "Colours").
PERSONA_COLOUR_NAMES = (
    QT_TRANSLATE_NOOP("Colours", "Indigo"),
    QT_TRANSLATE_NOOP("Colours", "Teal"),
    QT_TRANSLATE_NOOP("Colours", "Orange"),
    QT_TRANSLATE_NOOP("Colours", "Raspberry"),
    QT_TRANSLATE_NOOP("Colours", "Green"),
    QT_TRANSLATE_NOOP("Colours", "Purple"),
    QT_TRANSLATE_NOOP("Colours", "Brown"),
    QT_TRANSLATE_NOOP("Colours", "Slate"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonaActions", text)


def colour_icon(colour: str, side: int = 16) -> QIcon:
    pixmap = QPixmap(side, side)
    pixmap.fill(QColor(colour) if QColor.isValidColorName(colour) else QColor("#888888"))
    return QIcon(pixmap)


def unique_name(wanted: str, taken: set[str]) -> str:
    folded = {name.casefold() for name in taken}
    if wanted.casefold() not in folded:
        return wanted
    number = 2
    while f"{wanted} {number}".casefold() in folded:
        number += 1
    return f"{wanted} {number}"


class PersonaActions(QObject):
    #: A persona was made (new, duplicate): show it and let the facilitator name it.
    created = Signal(str)
    #: The facilitator asked to rename the current persona.
    rename_requested = Signal(str)
    #: Open the compare view.
    compare_requested = Signal()

    def __init__(
        self,
        session: WorkshopSession,
        runner: CheckRunner,
        current: Callable[[], str],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.current = current
        self.parent_widget = parent
        self.new_action = self._make(_tr("&New Persona"), lambda: self.new_persona())
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.template_actions = {
            template: self._make(
                _tr("New {0}").format(template_label(template)),
                lambda _=False, t=template: self.new_persona(t),
            )
            for template in PersonaTemplate
        }
        self.from_clusters_action = self._make(
            _tr("New Persona from &Selected Clusters"), self.new_from_clusters
        )
        self.from_clusters_action.setToolTip(
            _tr(
                "Draft a persona from the clusters selected on the board: their notes "
                "become its evidence pool"
            )
        )
        self.duplicate_action = self._make(_tr("&Duplicate Persona"), self.duplicate)
        self.rename_action = self._make(
            _tr("&Rename Persona"), lambda: self.rename_requested.emit(self.current())
        )
        self.rename_action.setShortcut(QKeySequence("F2"))
        # F2 renames from the persona list (the list adds the action); on the board the
        # same key edits a note, and one key for two things in one place does neither.
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action = self._make(_tr("De&lete Persona"), self.delete)
        self.up_action = self._make(_tr("Move Persona &Up"), lambda: self.move(-1))
        self.down_action = self._make(_tr("Move Persona Do&wn"), lambda: self.move(1))
        self.compare_action = self._make(_tr("C&ompare Personas…"), self.compare_requested.emit)
        for action, short in (
            (self.new_action, _tr("New")),
            (self.duplicate_action, _tr("Duplicate")),
            (self.delete_action, _tr("Delete")),
            (self.compare_action, _tr("Compare")),
        ):
            action.setIconText(short)  # what the list's tool bar shows
        self.colour_menu = QMenu(_tr("Persona &Colour"), parent)
        self.colour_group = QActionGroup(self)  # the current colour is checked
        self.colour_group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        for name, colour in PERSONA_COLOURS:
            said = QCoreApplication.translate("Colours", name)
            action = self.colour_menu.addAction(colour_icon(colour), said)
            action.setCheckable(True)
            action.setData(colour)
            self.colour_group.addAction(action)
            action.triggered.connect(lambda _=False, c=colour: self.set_colour(c))
        self.colour_menu.aboutToShow.connect(self._mark_colour)
        self.colour_menu.addSeparator()
        self.colour_menu.addAction(_tr("Other Colour…"), self.choose_colour)
        # What each needs, for the status bar (and so why it is greyed out).
        for action, tip in (
            (self.new_action, _tr("Add a persona and type its name")),
            (self.from_clusters_action, self.from_clusters_action.toolTip()),
            (self.duplicate_action, _tr("Copy the persona chosen in the list, with its items")),
            (self.rename_action, _tr("Rename the persona chosen in the list (F2 in the list)")),
            (self.delete_action, _tr("Delete the persona chosen in the list")),
            (self.up_action, _tr("Move the persona chosen in the list up (the deck's order)")),
            (self.down_action, _tr("Move the persona chosen in the list down")),
            (self.compare_action, _tr("Compare personas side by side (two or more)")),
            (self.colour_menu.menuAction(), _tr("The colour of the persona chosen in the list")),
        ):
            action.setStatusTip(tip)
        session.selection_changed.connect(lambda _ids: self.update_enabled())
        runner.updated.connect(self.update_enabled)  # the order changed: up and down
        self.update_enabled()

    def snapshot(self) -> WorkshopSnapshot:
        """The workshop as last checked (kept current for personas and clusters, and not
        re-read when notes merely move on the board)."""
        return self.runner.snapshot

    def _make(self, text: str, slot: Callable[..., object]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        return action

    def actions(self) -> list[QAction]:
        return [
            self.new_action,
            *self.template_actions.values(),
            self.from_clusters_action,
            self.duplicate_action,
            self.rename_action,
            self.delete_action,
            self.up_action,
            self.down_action,
            self.compare_action,
        ]

    def update_enabled(self) -> None:
        editable = not self.session.read_only
        has_current = bool(self.current())
        for action in (self.new_action, *self.template_actions.values()):
            action.setEnabled(editable)
        self.from_clusters_action.setEnabled(editable and bool(self.selected_clusters()))
        for action in (self.duplicate_action, self.rename_action, self.delete_action):
            action.setEnabled(editable and has_current)
        order = [p.id for p in sorted(self.snapshot().personas, key=lambda p: p.position)]
        place = order.index(self.current()) if self.current() in order else -1
        self.up_action.setEnabled(editable and place > 0)
        self.down_action.setEnabled(editable and 0 <= place < len(order) - 1)
        self.colour_menu.setEnabled(editable and has_current)
        self.compare_action.setEnabled(len(self.snapshot().personas) >= 2)

    # Creating -------------------------------------------------------------------------
    def _taken(self) -> set[str]:
        return {p.name for p in self.snapshot().personas}

    def _next_colour(self) -> str:
        used = len(self.snapshot().personas)
        return PERSONA_COLOURS[used % len(PERSONA_COLOURS)][1]

    def new_persona(self, template: PersonaTemplate = PersonaTemplate.USER) -> str | None:
        wanted = {
            PersonaTemplate.USER: _tr("New persona"),
            PersonaTemplate.B2B_BUYER: _tr("New B2B buyer"),
            PersonaTemplate.PROTO: _tr("New proto-persona"),
        }[template]
        name = unique_name(wanted, self._taken())
        colour = self._next_colour()
        return self._created(
            self.session.perform(lambda wf: wf.add_persona(name, template, colour=colour))
        )

    def selected_clusters(self) -> list[str]:
        """The clusters selected on the board: their frames, or every note of them."""
        chosen = list(getattr(self.session, "selected_cluster_ids", []) or [])
        if chosen:
            return chosen
        selected = set(self.session.selected_note_ids)
        if not selected:
            return []
        members: dict[str, list[str]] = {}
        for note in self.snapshot().notes:
            if note.cluster_id:
                members.setdefault(note.cluster_id, []).append(note.id)
        return [
            cluster.id
            for cluster in self.snapshot().clusters
            if members.get(cluster.id) and all(n in selected for n in members[cluster.id])
        ]

    def new_from_clusters(self) -> str | None:
        cluster_ids = self.selected_clusters()
        if not cluster_ids:
            self.session.status.emit(
                _tr("Select one or more clusters on the board first, then draft a persona.")
            )
            return None
        titles = {c.id: c.title for c in self.snapshot().clusters}
        named = [titles.get(c, "") for c in cluster_ids if titles.get(c, "").strip()]
        about = ", ".join(named[:2]) + ("…" if len(named) > 2 else "")
        wanted = _tr("Persona from {0}").format(about) if about else _tr("New persona")
        name = unique_name(wanted, self._taken())
        colour = self._next_colour()
        return self._created(
            self.session.perform(
                lambda wf: wf.add_persona_from_clusters(name, cluster_ids, colour=colour)
            )
        )

    def duplicate(self) -> str | None:
        persona_id = self.current()
        persona = next((p for p in self.snapshot().personas if p.id == persona_id), None)
        if persona is None:
            return None
        name = unique_name(_tr("{0} (copy)").format(persona.name), self._taken())
        return self._created(
            self.session.perform(lambda wf: wf.duplicate_persona(persona_id, name))
        )

    def _created(self, change: object) -> str | None:
        created = getattr(change, "created", ())
        if not created:
            return None
        self.created.emit(created[0])
        return str(created[0])

    # Changing -------------------------------------------------------------------------
    def delete(self) -> None:
        persona_id = self.current()
        persona = next((p for p in self.snapshot().personas if p.id == persona_id), None)
        if persona is None:
            return
        if self.session.perform(lambda wf: wf.delete_persona(persona_id)) is not None:
            self.session.status.emit(
                _tr("Deleted the persona '{0}'. Edit > Undo brings it back.").format(persona.name)
            )

    def move(self, step: int) -> None:
        order = [p.id for p in sorted(self.snapshot().personas, key=lambda p: p.position)]
        persona_id = self.current()
        if persona_id not in order:
            return
        index = order.index(persona_id)
        target = index + step
        if 0 <= target < len(order):
            order[index], order[target] = order[target], order[index]
            self.reorder(order)

    def reorder(self, persona_ids: list[str]) -> None:
        self.session.perform(lambda wf: wf.reorder_personas(persona_ids))

    def rename(self, persona_id: str, name: str) -> bool:
        name = name.strip()
        if not name:
            return False
        return (
            self.session.perform(
                lambda wf: wf.update_persona(persona_id, _tr("Rename persona"), name=name)
            )
            is not None
        )

    def set_colour(self, colour: str) -> None:
        persona_id = self.current()
        if persona_id:
            self.session.perform(
                lambda wf: wf.update_persona(
                    persona_id, _tr("Change persona colour"), colour=colour
                )
            )

    def _mark_colour(self) -> None:
        persona = next((p for p in self.snapshot().personas if p.id == self.current()), None)
        for action in self.colour_group.actions():
            action.setChecked(persona is not None and action.data() == persona.colour)

    def ask_colour(self, start: str) -> str | None:
        """The colour the facilitator picks (tests replace this)."""
        chosen = QColorDialog.getColor(QColor(start), self.parent_widget, _tr("Persona colour"))
        return chosen.name() if chosen.isValid() else None

    def choose_colour(self) -> None:
        persona_id = self.current()
        persona = next((p for p in self.snapshot().personas if p.id == persona_id), None)
        if persona is None:
            return
        colour = self.ask_colour(persona.colour)
        if colour:
            self.set_colour(colour)
