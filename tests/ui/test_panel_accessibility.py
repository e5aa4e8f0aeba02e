"""Every control in the panels has a name a screen reader can say: its own text (buttons),
an accessible name, or a label that is its buddy."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)

from workshop.ui.main_window import MainWindow

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def is_qt_part(widget: QWidget) -> bool:
    """Qt's own pieces of a control, which Qt names itself or through the control they
    belong to: a dock's title buttons and a tool bar's overflow button (named qt_…), the
    text field and the drop-down list of a combo or spin box, the clear button of a text
    field, the header of a list or tree."""
    parent = widget.parentWidget()
    grandparent = parent.parentWidget() if parent is not None else None
    return (
        widget.objectName().startswith("qt_")
        or isinstance(parent, QComboBox | QAbstractSpinBox | QLineEdit)
        or isinstance(grandparent, QComboBox)
        or (isinstance(widget, QHeaderView) and isinstance(parent, QAbstractItemView))
    )


def name_of(widget: QWidget, buddies: dict[int, str]) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    return buddies.get(id(widget), "")


def unnamed_controls(window: MainWindow) -> tuple[int, list[str]]:
    """How many controls there are in every panel and on the board (its find bar), and
    those without a name."""
    checked = 0
    missing = []
    panels: list[QWidget] = [*window.findChildren(QDockWidget)]
    board = window.findChild(QWidget, "board")
    assert board is not None
    panels.append(board)
    for panel in panels:
        buddies = {
            id(label.buddy()): label.text()
            for label in panel.findChildren(QLabel)
            if label.buddy() is not None and label.text().strip()
        }
        for widget in panel.findChildren(QWidget):
            if not isinstance(widget, CONTROLS) or is_qt_part(widget):
                continue
            checked += 1
            if not name_of(widget, buddies).strip():
                where = widget.parentWidget()
                missing.append(
                    f"{panel.objectName()}: {type(widget).__name__} "
                    f"{widget.objectName()!r} in {type(where).__name__} "
                    f"(tooltip {widget.toolTip()!r})"
                )
    return checked, missing


def test_every_control_in_the_panels_has_a_name(demo_window: MainWindow) -> None:
    docks = {d.objectName(): d for d in demo_window.findChildren(QDockWidget)}
    assert {"stageDock", "personaEditorDock", "sourcesDock", "votingDock"} <= set(docks)
    for dock in docks.values():  # a panel behind another tab is made when first shown
        dock.show()
        dock.raise_()
    assert all(dock.widget() is not None for dock in docks.values())
    checked, missing = unnamed_controls(demo_window)
    assert checked > 100  # the persona editor alone has a row of controls per item
    assert missing == [], "\n".join(missing)
