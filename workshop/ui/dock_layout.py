"""Where the panels go the first time a workshop opens; later, where the facilitator left them.

Per side of the window, groups of panels from top to bottom; the panels of a group share
one place as tabs. On a window narrower than ``NARROW_BELOW`` (a 1280×800 laptop, or a
HiDPI screen at twice the scale) every panel shares one tabbed column on the right, its
tabs down its side so no title is cut, and the board keeps most of the width. The
arrangement is saved when a workshop closes and restored when the next one opens on the
same kind of window (narrow or wide): one left on a wide screen would crowd a laptop and
one left on a laptop would waste a wide screen, so each kind keeps its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
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
    if window_width < NARROW_BELOW:
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
    """The default arrangement, then the facilitator's own if one was saved."""
    by_name = {dock.objectName(): dock for dock in docks}
    sized: list[QDockWidget] = []
    widths: list[int] = []
    layout, wanted = layout_for(window.width())
    narrow = layout is NARROW_LAYOUT
    window.setTabPosition(
        Area.RightDockWidgetArea,
        QTabWidget.TabPosition.West if narrow else QTabWidget.TabPosition.North,
    )
    pending = [False]
    for dock in by_name.values():
        dock.dockLocationChanged.connect(lambda _area: _whole_tab_titles_soon(window, pending))
    for area, groups in layout.items():
        for group in groups:
            present = [by_name[name] for name in group if name in by_name]
            if not present:
                continue
            window.addDockWidget(area, present[0])
            for dock in present[1:]:
                window.tabifyDockWidget(present[0], dock)
            for dock in present:
                dock.setVisible(dock.objectName() not in HIDDEN_AT_FIRST)
            shown = [d for d in present if d.objectName() not in HIDDEN_AT_FIRST]
            if shown:
                shown[0].raise_()
                if area not in [window.dockWidgetArea(d) for d in sized]:
                    sized.append(shown[0])
                    widths.append(wanted[area])
    placed = {name for groups in layout.values() for group in groups for name in group}
    for name, dock in by_name.items():  # a panel the layout does not know: where it was put
        if name not in placed and name not in HIDDEN_AT_FIRST:
            dock.show()
    window.resizeDocks(sized, widths, Qt.Orientation.Horizontal)
    if not narrow:
        _share_left_column(window, layout[Area.LeftDockWidgetArea], by_name)
    window.setProperty(ARRANGED_NARROW, narrow)
    saved = settings.value(STATE_KEYS[narrow])
    if isinstance(saved, QByteArray):
        window.restoreState(saved)
    whole_tab_titles(window)


def _share_left_column(
    window: QMainWindow, groups: list[list[str]], by_name: dict[str, QDockWidget]
) -> None:
    """The stage on top and the lists under it share the column's height, so the list of
    sources shows more than a few rows."""
    firsts = [
        next((by_name[n] for n in group if n in by_name and n not in HIDDEN_AT_FIRST), None)
        for group in groups
    ]
    column = [dock for dock in firsts if dock is not None]
    if len(column) != 2:
        return
    height = max(window.height(), 1)
    lower = int(height * LOWER_LEFT_SHARE)
    window.resizeDocks(column, [height - lower, lower], Qt.Orientation.Vertical)


def remember(window: QMainWindow, settings: QSettings) -> None:
    """Keep the arrangement for the next workshop opened on the same kind of window."""
    narrow = window.property(ARRANGED_NARROW)
    if narrow is None:  # nothing arranged yet
        return
    settings.setValue(STATE_KEYS[bool(narrow)], window.saveState())
    settings.remove(OLD_STATE_KEY)
