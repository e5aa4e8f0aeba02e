"""Where the panels go the first time a workshop opens; later, where the facilitator left them.

Per side of the window, groups of panels from top to bottom; the panels of a group share
one place as tabs. On a window narrower than ``NARROW_BELOW`` (a 1280×800 laptop, or a
HiDPI screen at twice the scale) every panel shares one tabbed column on the right, its
tabs down its side so no title is cut, and the board keeps most of the width. The
arrangement is saved when a workshop closes and restored when the next one opens on the
same kind of window (narrow or wide): one left on a wide screen would crowd a laptop and
one left on a laptop would waste a wide screen, so each kind keeps its own. A window
resized across the threshold while a workshop is open switches kind the same way: the
arrangement left is kept, the other restored (or made, the first time).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QTabWidget

Area = Qt.DockWidgetArea
LAYOUT: dict[Area, list[list[str]]] = {
    Area.LeftDockWidgetArea: [["stageDock"], ["personaListDock", "sourcesDock"]],
    Area.RightDockWidgetArea: [
        [
            "personaEditorDock",
            "noteDetailsDock",
            "evidenceCheckDock",
            "participantsDock",
            "votingDock",
        ]
    ],
}
#: Windows narrower than this get the one-column layout.
NARROW_BELOW = 1600
#: The one column on a narrow window: the stage first, then the persona, then the rest.
NARROW_LAYOUT: dict[Area, list[list[str]]] = {
    Area.RightDockWidgetArea: [
        [
            "stageDock",
            "personaEditorDock",
            "personaListDock",
            "sourcesDock",
            "noteDetailsDock",
            "evidenceCheckDock",
            "participantsDock",
            "votingDock",
        ]
    ]
}
#: The share of a narrow window the tabbed column takes (the board keeps over 60%).
NARROW_SHARE = 0.34
#: Panels that wait to be asked for (the Workshop menu opens them).
HIDDEN_AT_FIRST = frozenset({"participantsDock", "votingDock"})
#: Side panel widths on a wide screen, and the least they shrink to on a narrow one.
WIDTHS = {Area.LeftDockWidgetArea: 340, Area.RightDockWidgetArea: 480}
LEAST_WIDTHS = {Area.LeftDockWidgetArea: 230, Area.RightDockWidgetArea: 320}
#: The share of the window the side panels take at most, so the board keeps the rest:
#: on a 1280-pixel projector or laptop the board is then over half the window.
PANEL_SHARE = 0.43


def panel_widths(window_width: int) -> dict[Area, int]:
    """How wide each side's panels start, for a window this wide."""
    room = int(window_width * PANEL_SHARE)
    full = sum(WIDTHS.values())
    if room >= full:
        return dict(WIDTHS)
    return {area: max(LEAST_WIDTHS[area], room * width // full) for area, width in WIDTHS.items()}


#: Where the arrangement of each kind of window is kept (True: narrow).
STATE_KEYS = {True: "window/workshop_state_narrow", False: "window/workshop_state_wide"}
#: Where one arrangement for every window was kept before: whatever window it was left on
#: (often a wide one, restored on a laptop with the board squeezed to 40%), so it is
#: dropped rather than restored.
OLD_STATE_KEY = "window/workshop_state"
#: The window property saying which kind of arrangement the open workshop got.
ARRANGED_NARROW = "arrangedNarrow"
#: The share of a wide window's left column the panels under the stage get (personas,
#: sources): enough for a list of sources, the stage panel scrolls.
LOWER_LEFT_SHARE = 0.45


def layout_for(window_width: int) -> tuple[dict[Area, list[list[str]]], dict[Area, int]]:
    """The panel groups and each side's width for a window this wide."""
    return layout_of_kind(window_width < NARROW_BELOW, window_width)


def layout_of_kind(
    narrow: bool, window_width: int
) -> tuple[dict[Area, list[list[str]]], dict[Area, int]]:
    """The narrow or the wide arrangement's panel groups, and each side's width, for a
    window this wide."""
    if narrow:
        return NARROW_LAYOUT, {Area.RightDockWidgetArea: int(window_width * NARROW_SHARE)}
    return LAYOUT, panel_widths(window_width)


def whole_tab_titles(window: QMainWindow) -> None:
    """Panel tabs show their whole title: scroll arrows when they do not all fit, never
    "Pers…" (the window's tab bars elide by default and come and go as panels move)."""
    # Only the window's own tab bars (the docks' tabs), and without walking every widget
    # of every panel: a recursive search here cost tens of milliseconds per dock move.
    for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        bar.setElideMode(Qt.TextElideMode.ElideNone)
        bar.setUsesScrollButtons(True)


def _whole_tab_titles_soon(window: QMainWindow, pending: list[bool]) -> None:
    """One ``whole_tab_titles`` after a burst of dock moves (arranging moves every panel)."""
    if pending[0]:
        return
    pending[0] = True

    def run() -> None:
        pending[0] = False
        whole_tab_titles(window)

    QTimer.singleShot(0, window, run)


def arrange(window: QMainWindow, docks: Iterable[QDockWidget], settings: QSettings) -> None:
    """The default arrangement, then the facilitator's own if one was saved; from then on
    the arrangement follows the window across ``NARROW_BELOW`` (see ``ArrangementFollower``)."""
    by_name = {dock.objectName(): dock for dock in docks}
    pending = [False]
    for dock in by_name.values():
        dock.dockLocationChanged.connect(lambda _area: _whole_tab_titles_soon(window, pending))
    narrow = window.width() < NARROW_BELOW
    _place(window, by_name, narrow, lambda name: name not in HIDDEN_AT_FIRST)
    saved = settings.value(STATE_KEYS[narrow])
    if isinstance(saved, QByteArray):
        window.restoreState(saved)
    whole_tab_titles(window)
    _stop_following(window)
    ArrangementFollower(window, by_name, settings)


def _place(
    window: QMainWindow,
    by_name: dict[str, QDockWidget],
    narrow: bool,
    is_open: Callable[[str], bool],
) -> None:
    """The default arrangement of one kind (narrow or wide) at the window's width: every
    docked panel in its group, those ``is_open`` says in sight; a floating panel stays
    where the facilitator put it."""
    sized: list[QDockWidget] = []
    widths: list[int] = []
    layout, wanted = layout_of_kind(narrow, window.width())
    window.setTabPosition(
        Area.RightDockWidgetArea,
        QTabWidget.TabPosition.West if narrow else QTabWidget.TabPosition.North,
    )
    for area, groups in layout.items():
        for group in groups:
            present = [
                by_name[name]
                for name in group
                if name in by_name and not by_name[name].isFloating()
            ]
            if not present:
                continue
            window.addDockWidget(area, present[0])
            for dock in present[1:]:
                window.tabifyDockWidget(present[0], dock)
            for dock in present:
                dock.setVisible(is_open(dock.objectName()))
            shown = [d for d in present if is_open(d.objectName())]
            if shown:
                shown[0].raise_()
                if area not in [window.dockWidgetArea(d) for d in sized]:
                    sized.append(shown[0])
                    widths.append(wanted[area])
    placed = {name for groups in layout.values() for group in groups for name in group}
    for name, dock in by_name.items():  # a panel the layout does not know: where it was put
        if name not in placed:
            dock.setVisible(is_open(name))
    window.resizeDocks(sized, widths, Qt.Orientation.Horizontal)
    if not narrow:
        _share_left_column(window, layout[Area.LeftDockWidgetArea], by_name, is_open)
    window.setProperty(ARRANGED_NARROW, narrow)


def _share_left_column(
    window: QMainWindow,
    groups: list[list[str]],
    by_name: dict[str, QDockWidget],
    is_open: Callable[[str], bool],
) -> None:
    """The stage on top and the lists under it share the column's height, so the list of
    sources shows more than a few rows."""
    firsts = [
        next(
            (
                by_name[n]
                for n in group
                if n in by_name and is_open(n) and not by_name[n].isFloating()
            ),
            None,
        )
        for group in groups
    ]
    column = [dock for dock in firsts if dock is not None]
    if len(column) != 2:
        return
    height = max(window.height(), 1)
    lower = int(height * LOWER_LEFT_SHARE)
    window.resizeDocks(column, [height - lower, lower], Qt.Orientation.Vertical)


def remember(window: QMainWindow, settings: QSettings) -> None:
    """When a workshop closes: keep the arrangement for the next workshop opened on the
    same kind of window, and stop following the window's width (its panels are going)."""
    _stop_following(window)
    _keep(window, settings)


def _keep(window: QMainWindow, settings: QSettings) -> None:
    """Keep the arrangement in sight as the one of its kind (narrow or wide)."""
    narrow = window.property(ARRANGED_NARROW)
    if narrow is None:  # nothing arranged yet
        return
    settings.setValue(STATE_KEYS[bool(narrow)], window.saveState())
    settings.remove(OLD_STATE_KEY)


# Following the window across the threshold ---------------------------------------------
# A window made wider or narrower across ``NARROW_BELOW`` while a workshop is open (the
# laptop plugged into a projector and the window maximised, or the other way round) gets
# the other kind of arrangement: the one being left is kept (as on closing), the other is
# restored if one was kept, else made. Only once the resizing has paused
# (``SWITCH_DELAY_MS``: dragging the window's edge sends a resize a pixel), and with some
# slack either side of the threshold (``SWITCH_SLACK``), so a window hovering about 1600
# pixels wide does not swap its panels back and forth.

#: How long the window's width must stay put before the arrangement follows it.
SWITCH_DELAY_MS = 250
#: Pixels either side of ``NARROW_BELOW``: a wide arrangement turns narrow below
#: ``NARROW_BELOW - SWITCH_SLACK``, a narrow one wide from ``NARROW_BELOW + SWITCH_SLACK``.
SWITCH_SLACK = 80
#: The object name of the window's follower (one while a workshop is open).
FOLLOWER_NAME = "arrangementFollower"


def wants_narrow(window_width: int, arranged_narrow: bool) -> bool:
    """Whether a window this wide, now arranged narrow or wide, should be narrow."""
    if arranged_narrow:
        return window_width < NARROW_BELOW + SWITCH_SLACK
    return window_width < NARROW_BELOW - SWITCH_SLACK


class ArrangementFollower(QObject):
    """Switches the open workshop's arrangement when the window's width crosses the
    threshold (past the slack, once the resizing has paused). Which panels are open
    (closed by the facilitator, or opened from the Workshop menu) stays as it was."""

    #: Emitted after each switch, with the kind switched to (True: narrow).
    switched = Signal(bool)

    def __init__(
        self, window: QMainWindow, by_name: dict[str, QDockWidget], settings: QSettings
    ) -> None:
        super().__init__(window)
        self.setObjectName(FOLLOWER_NAME)
        self.window = window
        self.by_name = by_name
        self.settings = settings
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SWITCH_DELAY_MS)
        self.timer.timeout.connect(self.follow)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self.timer.start()  # again: the arrangement follows once the width stays put
        return False

    def waiting(self) -> bool:
        """Whether a resize is waiting to be followed."""
        return self.timer.isActive()

    def follow(self) -> None:
        """The arrangement for the window's width, switching kind if it crossed over."""
        arranged = bool(self.window.property(ARRANGED_NARROW))
        narrow = wants_narrow(self.window.width(), arranged)
        if narrow != arranged:
            self.switch(narrow)

    def switch(self, narrow: bool) -> None:
        """Keep the arrangement in sight, then restore the other kind's or make it."""
        window = self.window
        docks = window.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        open_now = {dock: dock.toggleViewAction().isChecked() for dock in docks}
        open_by_name = {dock.objectName(): was_open for dock, was_open in open_now.items()}
        size = window.size()
        window.setUpdatesEnabled(False)  # one repaint, not one per panel moved
        try:
            _keep(window, self.settings)
            saved = self.settings.value(STATE_KEYS[narrow])
            restored = isinstance(saved, QByteArray) and window.restoreState(saved)
            if not restored:
                _place(window, self.by_name, narrow, lambda name: open_by_name.get(name, False))
            window.setTabPosition(
                Area.RightDockWidgetArea,
                QTabWidget.TabPosition.West if narrow else QTabWidget.TabPosition.North,
            )
            window.setProperty(ARRANGED_NARROW, narrow)
            for dock, was_open in open_now.items():
                if dock.toggleViewAction().isChecked() != was_open:
                    dock.setVisible(was_open)
            whole_tab_titles(window)
            # Panels moved one by one can stack for a moment and raise the window's least
            # height past the screen's (820 pixels, where a 1280×800 laptop has 800): the
            # least size of the new arrangement now, and the window as big as it was.
            layout = window.layout()
            if layout is not None:
                layout.activate()
            if window.size() != size:
                window.resize(size)
        finally:
            window.setUpdatesEnabled(True)
        self.switched.emit(narrow)

    def stop(self) -> None:
        self.timer.stop()
        self.window.removeEventFilter(self)
        self.deleteLater()


def following(window: QMainWindow) -> ArrangementFollower | None:
    """The window's follower while a workshop is open."""
    return window.findChild(
        ArrangementFollower, FOLLOWER_NAME, Qt.FindChildOption.FindDirectChildrenOnly
    )


def _stop_following(window: QMainWindow) -> None:
    follower = following(window)
    while follower is not None:
        follower.setObjectName("")  # out of ``following``'s sight until it is deleted
        follower.stop()
        follower = following(window)
