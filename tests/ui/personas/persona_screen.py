"""A workshop with research on the board (two clusters, three sources, one assumption), open
in the real main window, and the persona parts of it; and a drop as Qt makes it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from workshop.domain.model import SourceKind
from workshop.store import WorkshopFile
from workshop.ui.main_window import MainWindow
from workshop.ui.personas.check_panel import CheckPanel
from workshop.ui.personas.editor import PersonaEditor
from workshop.ui.personas.persona_actions import PersonaActions
from workshop.ui.personas.persona_list import PersonaListPanel
from workshop.ui.session import WorkshopSession

TODAY = date(2025, 6, 1)


@dataclass
class Research:
    """Ids of what is on the board."""

    sam: str  # interview
    poll: str  # survey
    tickets: str  # support ticket
    routine: str  # cluster "Weekly routine": 2 notes (interview, survey)
    money: str  # cluster "Irregular income": 2 notes (interview, support ticket)
    notes: dict[str, str]  # short name -> note id
    guess: str  # a note with no source: an assumption


def add_research(wf: WorkshopFile) -> Research:
    sam = wf.add_source("Interview with Sam", SourceKind.INTERVIEW, date=date(2025, 5, 2))
    poll = wf.add_source("Churn survey", SourceKind.SURVEY, date=date(2025, 5, 10))
    tickets = wf.add_source(
        "Support tickets May", SourceKind.SUPPORT_TICKET, date=date(2025, 5, 20)
    )
    s, p, t = sam.created[0], poll.created[0], tickets.created[0]
    notes = {
        "sunday": wf.add_note("Reviews money on Sunday evening", source_id=s).created[0],
        "ten": wf.add_note("Wants it done in ten minutes", source_id=p).created[0],
        "payday": wf.add_note("Paid at different dates each month", source_id=s).created[0],
        "late": wf.add_note("Late fee after a missed bill", source_id=t).created[0],
    }
    routine = wf.group_into_cluster([notes["sunday"], notes["ten"]], "Weekly routine").created[0]
    money = wf.group_into_cluster([notes["payday"], notes["late"]], "Irregular income").created[0]
    guess = wf.add_note("Probably hates spreadsheets").created[0]
    return Research(s, p, t, routine, money, notes, guess)


@dataclass
class PersonaScreen:
    window: MainWindow
    session: WorkshopSession
    research: Research
    panel: PersonaListPanel
    actions: PersonaActions
    editor: PersonaEditor
    check: CheckPanel


def drop(widget: QWidget, data: QMimeData, pos: QPoint | None = None) -> bool:
    """Drag ``data`` into ``widget`` and drop it there, as Qt would; True if it was taken."""
    where = QPointF(pos if pos is not None else widget.rect().center())
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where.toPoint(), actions, data, buttons, keys)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(where.toPoint(), actions, data, buttons, keys)
    QApplication.sendEvent(widget, move)
    dropped = QDropEvent(where, actions, data, buttons, keys)
    QApplication.sendEvent(widget, dropped)
    return dropped.isAccepted()
