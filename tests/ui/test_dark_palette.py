"""Under a dark system palette the board's panels stay readable: the evidence check's
findings, the persona editor's counts and hints, every label in the window, with a WCAG
contrast of at least 4.5 between its text and its background."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QTreeWidget

from workshop.demo import fresh_demo_copy
from workshop.ui.board import style
from workshop.ui.contrast import MIN_CONTRAST, contrast_ratio, readable
from workshop.ui.main_window import MainWindow

Role = QPalette.ColorRole


def dark_palette() -> QPalette:
    """A dark palette as a desktop's dark theme gives one."""
    palette = QPalette()
    for role, colour in (
        (Role.Window, "#2b2b2b"),
        (Role.WindowText, "#e6e6e6"),
        (Role.Base, "#1f1f1f"),
        (Role.AlternateBase, "#2f2f2f"),
        (Role.Text, "#e6e6e6"),
        (Role.Button, "#353535"),
        (Role.ButtonText, "#e6e6e6"),
        (Role.Mid, "#3c3c3c"),
        (Role.Dark, "#202020"),
        (Role.Light, "#505050"),
        (Role.Highlight, "#2a82da"),
        (Role.HighlightedText, "#ffffff"),
        (Role.PlaceholderText, "#a0a0a0"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    old = QPalette(qapp.palette())
    qapp.setPalette(dark_palette())
    yield
    qapp.setPalette(old)


def test_readable_lightens_a_dark_red_on_a_dark_background_and_keeps_good_pairs() -> None:
    background = QColor("#1f1f1f")
    red = QColor("#b71c1c")
    assert contrast_ratio(red, background) < MIN_CONTRAST
    fixed = readable(red, background)
    assert contrast_ratio(fixed, background) >= MIN_CONTRAST
    assert fixed.red() > fixed.green()  # still reads as red
    assert readable(red, QColor("#ffffff")) == red
    assert round(contrast_ratio(QColor("#000000"), QColor("#ffffff")), 1) == 21.0


def _dock(window: MainWindow, name: str) -> QDockWidget:
    return next(d for d in window._feature_docks if d.objectName() == name)


def test_panels_are_readable_under_a_dark_palette(
    dark: None, window: MainWindow, tmp_path: Path, qtbot
) -> None:
    window.resize(1600, 1000)
    assert window.open_path(str(fresh_demo_copy(tmp_path)), remember=False)
    check = _dock(window, "evidenceCheckDock")
    check.show()
    check.raise_()
    tree = check.findChild(QTreeWidget)
    assert tree is not None
    qtbot.waitUntil(lambda: tree.isVisible() and tree.topLevelItemCount() > 0)
    base = tree.palette().color(Role.Base)
    items = []
    for row in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(row)
        items += [top, *(top.child(i) for i in range(top.childCount()))]
    coloured = [i for i in items if i.foreground(0).style().name != "NoBrush"]
    assert coloured, "the findings are coloured by severity"
    for item in coloured:
        ratio = contrast_ratio(item.foreground(0).color(), base)
        assert ratio >= MIN_CONTRAST, (item.text(0), round(ratio, 2))

    editor = _dock(window, "personaEditorDock")
    editor.show()
    editor.raise_()
    qtbot.waitUntil(editor.widget().isVisible)
    QApplication.processEvents()
    unreadable = []
    labels = [w for w in window.findChildren(QLabel) if w.isVisible() and w.text().strip()]
    assert len(labels) > 10
    for label in labels:
        label.ensurePolished()
        palette = label.palette()
        ratio = contrast_ratio(
            palette.color(label.foregroundRole()), palette.color(label.backgroundRole())
        )
        if ratio < MIN_CONTRAST:
            unreadable.append((label.objectName() or label.text()[:30], round(ratio, 2)))
    assert unreadable == []


def test_the_board_keeps_its_own_light_surface_under_a_dark_palette(
    dark: None, window: MainWindow, tmp_path: Path, qtbot
) -> None:
    assert window.open_path(str(fresh_demo_copy(tmp_path)), remember=False)
    from workshop.ui.board.board_view import BoardView

    board = window.findChild(BoardView)
    assert board is not None
    # The board is its own light surface (notes, frames, their text) whatever the palette.
    background = board.scene().backgroundBrush().color()
    assert background == style.BACKGROUND
    assert contrast_ratio(style.TEXT, background) >= MIN_CONTRAST
    assert contrast_ratio(style.MUTED_TEXT, background) >= MIN_CONTRAST
