"""The presenter view: what the room needs at the current stage, at a size the back row
reads, with the stage timer always in sight.

Not a picture of the board: at the Cluster stage the room sees one cluster at a time —
its title, its notes' text (most-voted first, "+N more" for what does not fit) — and the
vote results beside it; at Draft and Validate the current persona; at Frame the frame;
at Evidence the stage's guidance. The cluster or persona shown follows the facilitator
(selecting a cluster on the board, showing a persona in the editor) and the keys:

    → / ←                    next / previous cluster or persona (Home, End: first, last)
    ↓ PgDown / ↑ PgUp        page through its notes or items ("+19 more": the next page;
                              past the last page, the next cluster or persona)
    Ctrl+= / Ctrl+- / Ctrl+0  bigger / smaller / normal type
    Space                     start or pause the timer
    F11                       full screen on and off
    Esc                       close (F5 opens it again)

With two screens it opens full screen on the one the editing window is not on; with one
it is an ordinary window the facilitator switches to and from.

Type size: body text is ``BODY_FRACTION`` of the window's height at normal zoom (34 px at
1080 px, 23 px at 720 px) and never under ``FLOOR_PX``. Every line is measured: text is
wrapped and elided to the width it gets, so nothing is cut at the edge of a label.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from workshop.domain.model import Stage
from workshop.domain.stages import guide
from workshop.store import Change
from workshop.ui.facilitation.presenter_content import (
    RoomCard,
    focus_order,
    room_card,
    voting_line,
)
from workshop.ui.facilitation.presenter_keys import (
    NEXT_KEYS,
    PAGE_DOWN_KEYS,
    PAGE_UP_KEYS,
    PREVIOUS_KEYS,
)
from workshop.ui.facilitation.presenter_text import MUTED, EntryList, FittedLabel, coloured
from workshop.ui.facilitation.stage_names import stage_name, stage_position
from workshop.ui.facilitation.stage_timer import TimerController
from workshop.ui.facilitation.timer_widget import TimerDisplay
from workshop.ui.session import WorkshopSession

S = TypeVar("S")

#: Body text as a share of the window's height at normal zoom (34 px at 1080 px).
BODY_FRACTION = 34 / 1080
#: Kept for callers that speak of the smallest text.
MIN_TEXT_FRACTION = BODY_FRACTION
TITLE_FRACTION = 46 / 1080
HEADING_FRACTION = 60 / 1080
TIMER_FRACTION = 110 / 1080
#: Below this the window is too small to matter (a test, a thumbnail); text stays legible.
FLOOR_PX = 12
ZOOM_STEPS = (0.7, 0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
#: The results column's share of the width, when there are results.
RESULTS_SHARE = 0.34
BACKGROUND = QColor("#101010")
FOREGROUND = QColor("#ffffff")

ZOOM_IN_KEYS = {Qt.Key.Key_Equal, Qt.Key.Key_Plus}
ZOOM_OUT_KEYS = {Qt.Key.Key_Minus, Qt.Key.Key_Underscore}
WATCHED = {
    "workshop",
    "vote",
    "vote_round",
    "note",
    "cluster",
    "persona",
    "persona_item",
    "participant",
}


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
        self.zoom = 1.0
        #: The cluster (Cluster stage) or persona (later stages) the room sees; None: first.
        self.cluster_id: str | None = None
        self.persona_id: str | None = None
        self.card = RoomCard("")
        #: The stage and cluster or persona shown: another one starts on its first page.
        self._shown: tuple[Stage, str | None] | None = None
        self._normal_geometry: QRect | None = None
        self.setObjectName("presenterView")
        self.setWindowTitle(self.tr("Presenter view"))
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
        palette.setColor(QPalette.ColorRole.WindowText, FOREGROUND)
        palette.setColor(QPalette.ColorRole.Base, BACKGROUND)
        palette.setColor(QPalette.ColorRole.Text, FOREGROUND)
        self.setPalette(palette)

        self.position_label = FittedLabel(1)
        self.title_label = FittedLabel(1)
        coloured(self.position_label, QPalette.ColorRole.WindowText, MUTED)
        self.timer_display = TimerDisplay(timer)
        self.timer_display.set_base_palette(palette)
        self.heading_label = FittedLabel(2)
        self.detail_label = FittedLabel(1)
        coloured(self.detail_label, QPalette.ColorRole.WindowText, MUTED)
        self.entries = EntryList(card=True)
        self.results_title = FittedLabel(1)
        self.results = EntryList(card=False)
        self.results_box = QWidget()
        results_layout = QVBoxLayout(self.results_box)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.results_title)
        results_layout.addWidget(self.results, 1)
        self.results_box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Ignored)
        self.voting_label = FittedLabel(1)

        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.position_label)
        heading.addWidget(self.title_label)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addWidget(self.timer_display, 0, Qt.AlignmentFlag.AlignTop)
        main = QVBoxLayout()
        main.addWidget(self.heading_label)
        main.addWidget(self.detail_label)
        main.addWidget(self.entries, 1)
        self.body = body = QHBoxLayout()
        body.addLayout(main, 1)
        body.addWidget(self.results_box)
        #: A panel beside the rest (the QR code inviting the room's phones), or None.
        self.aside: QWidget | None = None
        self.outer = QVBoxLayout(self)
        self.outer.addLayout(top)
        self.outer.addLayout(body, 1)
        self.outer.addWidget(self.voting_label)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        session.changed.connect(self._on_change)
        session.selection_changed.connect(self._selection_changed)
        self._selection_changed(list(session.selected_note_ids))
        self.refresh()

    # Type sizes ----------------------------------------------------------------------------
    def _px(self, fraction: float, zoomed: bool = True) -> int:
        scale = self.zoom if zoomed else 1.0
        return max(FLOOR_PX, round(self.height() * fraction * scale))

    def text_px(self) -> int:
        """The body text's pixel size now."""
        return self._px(BODY_FRACTION)

    def apply_type_sizes(self) -> None:
        body = self.text_px()
        sizes: dict[QWidget, tuple[int, bool]] = {
            self.position_label: (self._px(BODY_FRACTION, False), False),
            self.title_label: (self._px(TITLE_FRACTION, False), True),
            self.timer_display: (self._px(TIMER_FRACTION, False), True),
            self.heading_label: (self._px(HEADING_FRACTION), True),
            self.detail_label: (body, False),
            self.results_title: (body, True),
            self.voting_label: (self._px(BODY_FRACTION, False), True),
        }
        for widget, (px, bold) in sizes.items():
            font = QFont(widget.font())
            font.setPixelSize(px)
            font.setBold(bold)
            widget.setFont(font)
        body_font = QFont(self.font())
        body_font.setPixelSize(body)
        self.entries.set_font(body_font)
        self.results.set_font(body_font)
        margin = max(8, round(self.height() * 0.03))
        self.outer.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self.outer.setSpacing(max(4, margin // 3))
        # The timer is as wide as its widest time, so its width never jumps.
        metrics = self.timer_display.fontMetrics()
        self.timer_display.setFixedWidth(metrics.horizontalAdvance("−00:00") + margin)
        self.timer_display.setFixedHeight(metrics.height())

    # What it shows -----------------------------------------------------------------------
    @property
    def stage(self) -> Stage:
        return self.session.snapshot().workshop.stage

    def focus_id(self) -> str | None:
        return self.cluster_id if self.stage is Stage.CLUSTER else self.persona_id

    def refresh(self) -> None:
        snapshot = self.session.snapshot()
        stage = snapshot.workshop.stage
        self.card = room_card(snapshot, self.focus_id(), self.session.today())
        self.position_label.full_text = f"{stage_position(stage)} · {stage_name(stage)}"
        self.title_label.full_text = guide(stage).title
        self.heading_label.full_text = self.card.heading
        self.detail_label.full_text = self.card.detail
        self.detail_label.setVisible(bool(self.card.detail))
        self.results_title.full_text = self.card.results_title
        self.results_box.setVisible(bool(self.card.results))
        voting = voting_line(snapshot)
        self.voting_label.full_text = voting
        self.voting_label.setVisible(bool(voting))
        shown = (stage, self.focus_id())
        first_page = shown != self._shown
        self._shown = shown
        self.relayout(first_page=first_page)

    def _show_hint(self) -> None:
        stage = self.stage
        steps = focus_order(self.session.snapshot(), stage)
        what = self.tr("cluster") if stage is Stage.CLUSTER else self.tr("persona")
        keys = [self.tr("→ ← next/previous {0}").format(what)] if len(steps) > 1 else []
        if self.entries.can_page():
            keys += [
                self.tr("↓ ↑ PgDown PgUp more notes")
                if stage is Stage.CLUSTER
                else self.tr("↓ ↑ PgDown PgUp more items")
            ]
        keys += [self.tr("Ctrl+= / Ctrl+- type size"), self.tr("F11 full screen")]
        keys += [self.tr("Esc close")]
        # The keys are for the facilitator, not the room: in the title bar (which a full
        # screen on the projector does not show) and for screen readers.
        hint = " · ".join(keys)
        self.setWindowTitle(self.tr("Presenter view — {0}").format(hint))
        self.setAccessibleDescription(hint)

    def relayout(self, *, first_page: bool = False) -> None:
        """Sizes for this window's height, then every text fitted to the width it gets."""
        self.apply_type_sizes()
        self.results_box.setFixedWidth(round(self.width() * RESULTS_SHARE))
        labels = (
            self.position_label,
            self.title_label,
            self.heading_label,
            self.detail_label,
            self.results_title,
            self.voting_label,
        )
        self.outer.activate()
        for widget in labels:
            widget.fit()
        self.outer.activate()
        self.entries.show_texts(self.card.lines, first_page=first_page)
        self.results.show_texts(self.card.results)
        self._show_hint()

    def set_aside(self, widget: QWidget | None) -> None:
        """Show ``widget`` at the right of what the room sees (None: nothing there)."""
        if self.aside is not None:
            self.body.removeWidget(self.aside)
            self.aside.hide()
            self.aside.deleteLater()
        self.aside = widget
        if widget is not None:
            self.body.addWidget(widget)
            widget.show()
        self.relayout()

    def _on_change(self, change: Change) -> None:
        if change.tables() & WATCHED:
            self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    # Following the facilitator -------------------------------------------------------------
    def _selection_changed(self, note_ids: list[str]) -> None:
        clusters = list(self.session.selected_cluster_ids)
        if not clusters and note_ids:
            notes = self.session.snapshot().note_by_id()
            found = [notes.get(i) for i in note_ids]
            clusters = [str(n.cluster_id) for n in found if n is not None and n.cluster_id]
        if clusters and clusters[0] != self.cluster_id:
            self.cluster_id = clusters[0]
            self.refresh()

    def show_persona(self, persona_id: str) -> None:
        """The facilitator shows a persona in the editor: the room sees it too."""
        if persona_id and persona_id != self.persona_id:
            self.persona_id = persona_id
            self.refresh()

    def step(self, by: int) -> bool:
        """The next (1) or previous (-1) cluster or persona; ±many for the last/first.
        False when there is none that way."""
        order = focus_order(self.session.snapshot(), self.stage)
        if not order:
            return False
        current = self.focus_id()
        index = order.index(current) if current in order else 0
        chosen = order[max(0, min(len(order) - 1, index + by))]
        if chosen == order[index]:
            return False
        if self.stage is Stage.CLUSTER:
            self.cluster_id = chosen
        else:
            self.persona_id = chosen
        self.refresh()
        return True

    def page_down(self) -> None:
        """The next page of the notes or items; past the last, the next cluster or
        persona (a presentation clicker's PgDown goes on through the deck)."""
        if not self.entries.next_page():
            self.step(1)
        self._show_hint()

    def page_up(self) -> None:
        """The previous page; before the first, the previous cluster or persona's last."""
        if not self.entries.previous_page() and self.step(-1):
            self.entries.last_page()
        self._show_hint()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(ZOOM_STEPS[-1], max(ZOOM_STEPS[0], zoom))
        self.relayout()

    def zoom_by(self, steps: int) -> None:
        index = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - self.zoom))
        index = max(0, min(len(ZOOM_STEPS) - 1, index + steps))
        self.set_zoom(ZOOM_STEPS[index])

    # Keys ------------------------------------------------------------------------------------
    def _own_key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if ctrl:
            return key in ZOOM_IN_KEYS | ZOOM_OUT_KEYS | {Qt.Key.Key_0}
        return key in NEXT_KEYS | PREVIOUS_KEYS | PAGE_DOWN_KEYS | PAGE_UP_KEYS | {
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
            Qt.Key.Key_Escape,
            Qt.Key.Key_F11,
            Qt.Key.Key_Space,
        }

    def event(self, event: QEvent) -> bool:
        # These keys are this window's even where the application has a shortcut on them
        # (zoom keys of the board, for one).
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._own_key(event)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if not self._own_key(event):
            super().keyPressEvent(event)
        elif ctrl and key in ZOOM_IN_KEYS:
            self.zoom_by(1)
        elif ctrl and key in ZOOM_OUT_KEYS:
            self.zoom_by(-1)
        elif ctrl:
            self.set_zoom(1.0)
        elif key is Qt.Key.Key_Escape:
            self.close()
        elif key is Qt.Key.Key_Space:
            self.timer.toggle()
        elif key is Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif key in NEXT_KEYS:
            self.step(1)
        elif key in PREVIOUS_KEYS:
            self.step(-1)
        elif key in PAGE_DOWN_KEYS:
            self.page_down()
        elif key in PAGE_UP_KEYS:
            self.page_up()
        elif key is Qt.Key.Key_Home:
            self.step(-1_000_000)
        else:
            self.step(1_000_000)

    def toggle_full_screen(self) -> None:
        """Full screen on this window's screen and back (the screen's size is set first:
        without a window manager, full screen alone would not cover it)."""
        if self.isFullScreen():
            self.showNormal()
            if self._normal_geometry is not None:
                self.setGeometry(self._normal_geometry)
            return
        self._normal_geometry = self.geometry()
        screen = self.screen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    # Opening and closing -------------------------------------------------------------------
    def open_on(self, screens: Sequence[QScreen], editing: QScreen | None) -> QScreen | None:
        """Full screen on a second screen (the projector); with one screen, an ordinary
        window over most of it that the facilitator switches to and from."""
        screen = choose_presenter_screen(screens, editing)
        if screen is not None:
            self.setScreen(screen)
        if screen is not None and len(screens) >= 2:
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            if screen is not None:
                area = screen.availableGeometry()
                width, height = round(area.width() * 0.8), round(area.height() * 0.8)
                self.setGeometry(
                    area.x() + (area.width() - width) // 2,
                    area.y() + (area.height() - height) // 2,
                    width,
                    height,
                )
            self.showNormal()
        self.raise_()
        self.activateWindow()
        return screen

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()
