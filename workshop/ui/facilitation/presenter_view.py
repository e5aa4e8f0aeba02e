"""The presenter view: the board, the stage and the timer, full screen, for the projector.

Large type, high contrast (white on near-black), no editing chrome: a second view of the
board's own scene that follows what the facilitator selects (it zooms to the selected
notes) or, with nothing selected, what the facilitator's board shows. On a machine with
two screens it opens on the screen the editing window is not on; with one screen it
covers it, and Esc gives the laptop back.

Type size: every text in the presenter view is at least ``MIN_TEXT_FRACTION`` of the
screen's height: 34 px on a 1080-pixel-high screen (about 5 cm high when the image is
3 m wide), readable from the back of a room. The timer is 16% of the height (173 px at
1080p). The board's notes are drawn by the board at whatever zoom fits them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QKeyEvent,
    QPainter,
    QPalette,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from workshop.domain.model import VoteTarget
from workshop.domain.stages import guide
from workshop.domain.vote_tallies import votes_cast
from workshop.store import Change
from workshop.ui.facilitation.stage_names import stage_name, stage_position
from workshop.ui.facilitation.stage_timer import TimerController
from workshop.ui.facilitation.timer_widget import TimerDisplay
from workshop.ui.plain import label
from workshop.ui.session import WorkshopSession

S = TypeVar("S")

#: The smallest text, as a share of the screen's height (34 px at 1080p).
MIN_TEXT_FRACTION = 34 / 1080
TITLE_FRACTION = 60 / 1080
TIMER_FRACTION = 173 / 1080
#: Below this the window is too small to matter (a test, a thumbnail); text stays legible.
FLOOR_PX = 12
BACKGROUND = QColor("#101010")
FOREGROUND = QColor("#ffffff")
MUTED = QColor("#d0d0d0")  # 13:1 on the background
#: Room around the notes the view zooms to, as a share of their size.
FIT_MARGIN = 0.12
FOLLOW_DELAY_MS = 40


def choose_presenter_screen(screens: Sequence[S], editing: S | None) -> S | None:
    """The screen for the presenter view: with two or more, one the editing window is not
    on (the projector); with one, that one."""
    if not screens:
        return None
    others = [s for s in screens if s is not editing]
    if len(screens) >= 2 and others:
        return others[0]
    return editing if editing is not None else screens[0]


class PresenterView(QWidget):
    closed = Signal()

    def __init__(
        self, session: WorkshopSession, timer: TimerController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.timer = timer
        self.setObjectName("presenterView")
        self.setWindowTitle(self.tr("Presenter view"))
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
        palette.setColor(QPalette.ColorRole.WindowText, FOREGROUND)
        palette.setColor(QPalette.ColorRole.Base, BACKGROUND)
        palette.setColor(QPalette.ColorRole.Text, FOREGROUND)
        self.setPalette(palette)

        self.position_label = label()
        self.title_label = label()
        self.purpose_label = label()
        self.purpose_label.setWordWrap(True)
        self.voting_label = label()
        self.voting_label.setWordWrap(True)
        muted = self.position_label.palette()
        muted.setColor(QPalette.ColorRole.WindowText, MUTED)
        self.position_label.setPalette(muted)
        self.purpose_label.setPalette(muted)
        self.timer_display = TimerDisplay(timer)
        self.timer_display.set_base_palette(palette)
        self.placeholder = label(self.tr("The board appears here."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.board = QGraphicsView()
        self.board.setObjectName("presenterBoard")
        self.board.setInteractive(False)
        self.board.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.board.setFrameShape(QFrame.Shape.NoFrame)
        self.board.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.board.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The board draws its own background (and prepares readable note faces for any
        # view that paints it), so this view does not paint over it.
        self.board.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.board.setAccessibleName(self.tr("The board, as the room sees it"))

        heading = QVBoxLayout()
        heading.addWidget(self.position_label)
        heading.addWidget(self.title_label)
        heading.addWidget(self.purpose_label)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addWidget(self.timer_display, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.board, 1)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.voting_label)

        self._followed: QGraphicsView | None = None
        self._focus: list[str] = []
        self._focus_clusters: list[str] = []
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(FOLLOW_DELAY_MS)
        self._follow_timer.timeout.connect(self.follow)

        session.changed.connect(self._on_change)
        session.board_scene_changed.connect(self.set_scene)
        session.selection_changed.connect(self._selection_changed)
        session.highlight_requested.connect(self._highlighted)
        self.set_scene(session.board_scene)
        self.refresh()
        self.apply_type_sizes()

    # Type sizes ----------------------------------------------------------------------------
    def text_px(self) -> int:
        return max(FLOOR_PX, round(self.height() * MIN_TEXT_FRACTION))

    def apply_type_sizes(self) -> None:
        height = self.height()
        body = self.text_px()
        sizes = {
            self.position_label: (body, False),
            self.purpose_label: (body, False),
            self.voting_label: (body, True),
            self.placeholder: (body, False),
            self.title_label: (max(body, round(height * TITLE_FRACTION)), True),
            self.timer_display: (max(body, round(height * TIMER_FRACTION)), True),
        }
        for widget, (px, bold) in sizes.items():
            font = QFont(widget.font())
            font.setPixelSize(px)
            font.setBold(bold)
            widget.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.apply_type_sizes()
        self._follow_timer.start()

    # What it shows -----------------------------------------------------------------------
    def refresh(self) -> None:
        snapshot = self.session.snapshot()
        stage = snapshot.workshop.stage
        info = guide(stage)
        self.position_label.setText(f"{stage_position(stage)} · {stage_name(stage)}")
        self.title_label.setText(info.title)
        self.purpose_label.setText(info.purpose)
        open_rounds = [r for r in snapshot.vote_rounds if r.is_open]
        if open_rounds:
            round_ = open_rounds[-1]
            what = self.tr("clusters") if round_.target is VoteTarget.CLUSTERS else self.tr("notes")
            self.voting_label.setText(
                self.tr("Voting on {0}: “{1}”, {2} each · {3} votes cast").format(
                    what,
                    round_.name,
                    round_.votes_per_participant,
                    votes_cast(snapshot, round_.id),
                )
            )
            self.voting_label.show()
        else:
            self.voting_label.hide()

    def _on_change(self, change: Change) -> None:
        if change.tables() & {"workshop", "vote", "vote_round"}:
            self.refresh()

    # The board ---------------------------------------------------------------------------
    def set_scene(self, scene: QGraphicsScene | None) -> None:
        self.board.setScene(scene)
        self.board.setVisible(scene is not None)
        self.placeholder.setVisible(scene is None)
        self._follow_timer.start()

    def facilitator_view(self) -> QGraphicsView | None:
        """The board the facilitator works on: the other view of the same scene."""
        scene = self.board.scene()
        if scene is None:
            return None
        for view in scene.views():
            if view is not self.board:
                return view
        return None

    def _watch(self, view: QGraphicsView | None) -> None:
        if view is self._followed:
            return
        old = self._followed
        if old is not None and Shiboken.isValid(old):
            for bar in (old.horizontalScrollBar(), old.verticalScrollBar()):
                bar.valueChanged.disconnect(self._schedule_follow)
                bar.rangeChanged.disconnect(self._schedule_follow)
        self._followed = view
        if view is not None:
            for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
                bar.valueChanged.connect(self._schedule_follow)
                bar.rangeChanged.connect(self._schedule_follow)

    def _schedule_follow(self, *_args: object) -> None:
        """Follow soon (many scroll and zoom steps come as one burst)."""
        self._follow_timer.start()

    def _selection_changed(self, note_ids: list[str]) -> None:
        self._focus = list(note_ids)
        self._focus_clusters = list(self.session.selected_cluster_ids)
        self._follow_timer.start()

    def _highlighted(self, note_ids: list[str]) -> None:
        self._focus = list(note_ids)
        self._focus_clusters = []
        self._follow_timer.start()

    def follow(self) -> None:
        """Show what the facilitator is looking at: the selected notes, else their view,
        else the whole board."""
        scene = self.board.scene()
        if scene is None:
            return
        self._watch(self.facilitator_view())
        target = self.focus_rect()
        if target is None and self._followed is not None:
            viewport = self._followed.viewport().rect()
            seen = self._followed.mapToScene(viewport).boundingRect()
            # The notes in it, not the empty board around them: the facilitator's board is
            # often tall and the projector wide, and the notes would come out small.
            content = scene.itemsBoundingRect()
            if seen.intersects(content):
                target = seen.intersected(content)
                dx, dy = target.width() * 0.02, target.height() * 0.02
                target = target.adjusted(-dx, -dy, dx, dy)
            else:
                target = seen
        if target is None or target.isEmpty():
            target = scene.itemsBoundingRect()
        if target.isEmpty():
            return
        self.board.fitInView(target, Qt.AspectRatioMode.KeepAspectRatio)

    def focus_rect(self) -> QRectF | None:
        """The selected notes' and clusters' area, with a margin (None when nothing is
        selected)."""
        snapshot = self.session.snapshot()
        notes = snapshot.note_by_id()
        clusters = {c.id: c for c in snapshot.clusters}
        boxes = [QRectF(n.x, n.y, n.w, n.h) for n in map(notes.get, self._focus) if n]
        boxes += [QRectF(c.x, c.y, c.w, c.h) for c in map(clusters.get, self._focus_clusters) if c]
        rect: QRectF | None = None
        for box in boxes:
            rect = box if rect is None else rect.united(box)
        if rect is None:
            return None
        dx, dy = rect.width() * FIT_MARGIN, rect.height() * FIT_MARGIN
        return rect.adjusted(-dx, -dy, dx, dy)

    # Opening and closing -------------------------------------------------------------------
    def open_on(self, screens: Sequence[QScreen], editing: QScreen | None) -> QScreen | None:
        """Full screen on the projector's screen (see ``choose_presenter_screen``)."""
        screen = choose_presenter_screen(screens, editing)
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self._follow_timer.start()
        return screen

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.timer.toggle()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._follow_timer.stop()
        self._watch(None)
        # Let go of the board before this window goes: PySide forgets the note tiles of a
        # scene whose view is deleted along with its window (see ``note_item``).
        self.board.setScene(None)  # type: ignore[arg-type]
        super().closeEvent(event)
        self.closed.emit()
