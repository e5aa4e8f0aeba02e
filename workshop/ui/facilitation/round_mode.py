"""Voting mode on the board: while it is on, a click anywhere on a note or a cluster (its
body as well as its title bar) is a dot, and the board says so in a banner.

The mode sits on the board's own view from outside (an event filter: the board's code
does not know about voting). In the mode the left button votes and does nothing else
(no selecting, no dragging, no editing on a double click; a double-click is one dot,
the one its first click gave); the wheel, panning and the
context menu work as usual. Keys on the board in the mode:

    Tab / Shift+Tab   the next / previous person votes
    1 … 9             the first … ninth person votes
    Esc               stop voting

What was clicked is found from the workshop's geometry (``target_at``): the topmost note
under the pointer, else the topmost cluster; in a round on clusters a note stands for
its cluster.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QLabel, QWidget
from shiboken6 import Shiboken

from workshop.domain.model import VoteRound, VoteTarget, WorkshopSnapshot
from workshop.domain.vote_tallies import votes_left
from workshop.ui.plurals import plural
from workshop.ui.session import WorkshopSession

BANNER_FILL = QColor("#ffe082")  # amber: "a mode is on", dark text on it is 14:1
BANNER_TEXT = QColor("#1a1a1a")
BANNER_EDGE = QColor("#b28704")
MOUSE_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove,
}
VOTER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


def _tr(text: str) -> str:
    return QCoreApplication.translate("VotingMode", text)


def target_at(
    snapshot: WorkshopSnapshot, x: float, y: float, target: VoteTarget
) -> tuple[str, bool] | None:
    """What a click at board point (x, y) votes for: (id, is cluster), or None."""
    notes = [n for n in snapshot.notes if n.x <= x <= n.x + n.w and n.y <= y <= n.y + n.h]
    note = max(notes, key=lambda n: n.z, default=None)
    if note is not None and (target is VoteTarget.NOTES or note.cluster_id is None):
        return note.id, False
    if note is not None and note.cluster_id is not None:
        return str(note.cluster_id), True
    clusters = [c for c in snapshot.clusters if c.x <= x <= c.x + c.w and c.y <= y <= c.y + c.h]
    # The frontmost; of frames at one level, the smaller (it lies inside the other).
    cluster = max(clusters, key=lambda c: (c.z, -c.w * c.h), default=None)
    return (cluster.id, True) if cluster is not None else None


def mode_line(
    snapshot: WorkshopSnapshot, round_: VoteRound | None, voter_id: str | None, take_back: bool
) -> str:
    """What voting mode is doing, in one line ("Voting: click a note to give Ana's dot ·
    2 of 3 left"); ``round_`` is None when the mode is off."""
    if round_ is None:
        return _tr("Not voting: clicks on the board select notes.")
    person = next((p for p in snapshot.participants if p.id == voter_id), None)
    if person is None:
        return _tr("Voting: add participants first (Participants panel).")
    clusters = round_.target is VoteTarget.CLUSTERS
    left = votes_left(snapshot, round_, person.id)
    each = round_.votes_per_participant
    if take_back:
        if clusters:
            said = _tr("Voting: click a cluster to take back one of {0}'s dots · {1} of {2} left")
        else:
            said = _tr("Voting: click a note to take back one of {0}'s dots · {1} of {2} left")
        return said.format(person.name, left, each)
    if left <= 0:
        return plural(
            "Voting: {0} has used their %n dot · Tab: next person",
            "Voting: {0} has used all %n dots · Tab: next person",
            each,
        ).format(person.name)
    if clusters:
        said = _tr("Voting: click a cluster to give {0}'s dot · {1} of {2} left")
    else:
        said = _tr("Voting: click a note to give {0}'s dot · {1} of {2} left")
    return said.format(person.name, left, each)


class VotingMode(QObject):
    #: A note (False) or cluster (True) was clicked in the mode.
    clicked = Signal(str, bool)
    #: Esc on the board.
    leave_requested = Signal()
    #: Tab (+1) / Shift+Tab (-1) on the board.
    voter_step = Signal(int)
    #: A number key on the board: the n-th person (1-based).
    voter_number = Signal(int)

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.active = False
        self.round_target = VoteTarget.NOTES
        self.view: QGraphicsView | None = None
        self.banner: QLabel | None = None
        self.banner_text = ""
        self._pressed: tuple[str, bool] | None = None
        session.board_scene_changed.connect(self._scene_changed)
        self._scene_changed(session.board_scene)

    # The board's view ---------------------------------------------------------------------
    def _scene_changed(self, scene: QGraphicsScene | None) -> None:
        self._detach()
        views = scene.views() if scene is not None and Shiboken.isValid(scene) else []
        if views:
            # The board's own view: the one the facilitator clicks in (not a preview).
            self._attach(next((v for v in views if v.isInteractive()), views[0]))

    def _attach(self, view: QGraphicsView) -> None:
        self.view = view
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        banner = QLabel(view)
        banner.setObjectName("votingBanner")
        banner.setTextFormat(Qt.TextFormat.PlainText)
        # A style sheet, not a palette: the board's view may carry a style sheet of its
        # own, which its children's palettes do not override.
        banner.setStyleSheet(
            f"QLabel#votingBanner {{ background: {BANNER_FILL.name()};"
            f" color: {BANNER_TEXT.name()}; border: 2px solid {BANNER_EDGE.name()};"
            " border-radius: 6px; padding: 6px 12px; }"
        )
        font = QFont(banner.font())
        font.setBold(True)
        banner.setFont(font)
        banner.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.banner = banner
        self._show_banner()

    def _detach(self) -> None:
        view, self.view = self.view, None
        banner, self.banner = self.banner, None
        if view is not None and Shiboken.isValid(view):
            view.removeEventFilter(self)
            view.viewport().removeEventFilter(self)
            view.viewport().unsetCursor()
        if banner is not None and Shiboken.isValid(banner):
            banner.hide()
            banner.deleteLater()

    def detach(self) -> None:
        self.session.board_scene_changed.disconnect(self._scene_changed)
        self._detach()

    # The mode ------------------------------------------------------------------------------
    def set_active(self, on: bool, text: str = "") -> None:
        self.active = on
        self.banner_text = text
        self._pressed = None
        self._show_banner()

    def _show_banner(self) -> None:
        view, banner = self.view, self.banner
        if view is None or banner is None or not Shiboken.isValid(banner):
            return
        viewport = view.viewport()
        if not self.active:
            banner.hide()
            viewport.unsetCursor()
            return
        banner.setText(self.banner_text)
        banner.setAccessibleName(self.banner_text)
        banner.adjustSize()
        area = viewport.geometry()
        width = min(banner.sizeHint().width(), max(0, area.width() - 16))
        banner.resize(width, banner.sizeHint().height())
        banner.move(area.left() + (area.width() - width) // 2, area.top() + 8)
        banner.show()
        banner.raise_()
        viewport.setCursor(Qt.CursorShape.PointingHandCursor)

    # Events --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.view
        if view is None or not self.active:
            return super().eventFilter(watched, event)
        kind = event.type()
        if watched is view and kind == QEvent.Type.Resize:
            self._show_banner()
        elif watched is view and isinstance(event, QKeyEvent):
            return self._key(event)
        elif watched is view.viewport() and kind in MOUSE_EVENTS:
            assert isinstance(event, QMouseEvent)
            return self._mouse(view, event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        mine = key in VOTER_KEYS or key in (
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
            Qt.Key.Key_Escape,
        )
        if not mine or event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        ):
            return False
        event.accept()
        if event.type() != QEvent.Type.KeyPress:
            return True  # a ShortcutOverride: these keys are the mode's
        if key is Qt.Key.Key_Escape:
            self.leave_requested.emit()
        elif key is Qt.Key.Key_Tab:
            self.voter_step.emit(1)
        elif key is Qt.Key.Key_Backtab:
            self.voter_step.emit(-1)
        else:
            self.voter_number.emit(VOTER_KEYS[key])
        return True

    def _mouse(self, view: QGraphicsView, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton and not (
            event.type() == QEvent.Type.MouseMove and event.buttons() & Qt.MouseButton.LeftButton
        ):
            return event.type() == QEvent.Type.MouseMove and not event.buttons()
        kind = event.type()
        if kind == QEvent.Type.MouseButtonDblClick:
            # The second click of a double-click: its first click was the dot meant.
            self._pressed = None
        elif kind == QEvent.Type.MouseButtonPress:
            view.setFocus(Qt.FocusReason.MouseFocusReason)
            self._pressed = self.target_under(view, event.position().toPoint())
        elif kind == QEvent.Type.MouseButtonRelease:
            pressed, self._pressed = self._pressed, None
            released = self.target_under(view, event.position().toPoint())
            if pressed is not None and pressed == released:
                self.clicked.emit(*pressed)
        return True

    def target_under(self, view: QGraphicsView, pos: QPoint) -> tuple[str, bool] | None:
        point = view.mapToScene(pos)
        return target_at(self.session.snapshot(), point.x(), point.y(), self.round_target)

    def banner_widget(self) -> QWidget | None:
        return self.banner
