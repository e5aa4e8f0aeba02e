"""What a sticky-note board user expects: zoom keys from anywhere in the window, a zoom
control in the status bar, an empty-board hint, text that shrinks before it is cut, and
the whole text on hover."""

from __future__ import annotations

from board_driver import Board
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QToolTip

from workshop.ui.board import style
from workshop.ui.board.cluster_item import overview_title_px
from workshop.ui.board.note_face import _lines_that_fit, _wrap_option, fit_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_zoom_keys_work_while_a_side_panel_has_the_focus(board: Board) -> None:
    board.add_notes("one", "two", x=0, y=0)
    board.view.set_zoom(1.0)
    container = board.feature.container
    field = next(
        w
        for w in board.window.findChildren(QLineEdit)
        if w.isVisible()
        and not container.isAncestorOf(w)
        and not isinstance(w.parentWidget(), QAbstractSpinBox)  # a text field, not "10 min"
    )
    field.setFocus()
    board.qtbot.waitUntil(field.hasFocus)
    assert not board.view.hasFocus()
    board.key(Qt.Key.Key_Equal, CTRL, widget=field)
    assert abs(board.view.zoom() - 1.25) < 1e-9
    board.key(Qt.Key.Key_Minus, CTRL, widget=field)
    board.key(Qt.Key.Key_Minus, CTRL, widget=field)
    assert abs(board.view.zoom() - 0.8) < 1e-9
    board.key(Qt.Key.Key_1, CTRL, widget=field)
    assert board.view.zoom() == 1.0
    board.key(Qt.Key.Key_0, CTRL, widget=field)
    assert board.view.zoom() != 1.0
    # The field's own keys still type into it.
    before = field.text()
    board.qtbot.keyClicks(field, "abc")
    assert len(field.text()) == len(before) + 3 and "abc" in field.text()
    assert field.hasFocus()


def test_the_status_bar_zoom_control_shows_and_changes_the_zoom(board: Board) -> None:
    board.add_notes("one", x=0, y=0)
    control = board.feature.zoom_control
    assert control.isVisible() and control.parentWidget() is not None
    board.view.set_zoom(1.0)
    assert control.percent.text() == "100%"
    board.qtbot.mouseClick(control.zoom_in, Qt.MouseButton.LeftButton)
    assert control.percent.text() == "125%"
    board.qtbot.mouseClick(control.zoom_out, Qt.MouseButton.LeftButton)
    board.qtbot.mouseClick(control.zoom_out, Qt.MouseButton.LeftButton)
    assert control.percent.text() == "80%"
    board.qtbot.mouseClick(control.percent, Qt.MouseButton.LeftButton)
    assert board.view.zoom() == 1.0
    board.view.set_zoom(0.5)
    board.qtbot.mouseClick(control.fit, Qt.MouseButton.LeftButton)
    assert control.percent.text() == f"{round(board.view.zoom() * 100)}%" != "50%"
    board.window.close_workshop()
    assert board.window.statusBar().findChild(type(control)) is None or not control.isVisible()


def test_an_empty_board_says_how_to_add_notes(board: Board) -> None:
    hint = board.feature.empty_hint
    assert hint.isVisible()
    text = hint.text()
    assert "double-click" in text and "N" in text and "paste" in text and "Import" in text
    assert board.view.viewport().rect().contains(hint.geometry())
    # The hint lets a double-click through to the board, which makes the first note.
    board.double_click(board.view.mapToScene(hint.geometry().center()))
    assert board.view.note_editor.is_open
    board.qtbot.keyClicks(board.view.note_editor, "first")
    board.key(Qt.Key.Key_Return, widget=board.view.note_editor)
    assert not hint.isVisible()
    board.session.undo.undo()
    assert hint.isVisible()


def test_note_text_shrinks_to_fit_before_it_is_cut(qapp) -> None:  # type: ignore[no-untyped-def]
    short = fit_text("short", 144.0, 80.0)
    assert short.font.pixelSize() == style.TEXT_SIZES[0] and not short.truncated
    # Text too long for 11 px (the smallest size there used to be) still shows whole.
    shown_whole_below_11 = []
    for words in range(5, 80):
        text = "Several people said " + "the review " * words
        _end, _used, cut_at_11 = _lines_that_fit(
            text, style.font(11.0), _wrap_option(), 144.0, 80.0
        )
        fit = fit_text(text, 144.0, 80.0)
        if cut_at_11 and not fit.truncated:
            shown_whole_below_11.append(fit.font.pixelSize())
    assert shown_whole_below_11 and min(shown_whole_below_11) == style.TEXT_SIZES[-1]
    long = fit_text("word " * 200, 144.0, 80.0)
    assert long.truncated and long.font.pixelSize() == style.TEXT_SIZES[-1]
    assert style.TEXT_SIZES[-1] >= 9  # the smallest still reads at 100%


def test_hovering_a_note_shows_its_whole_text_as_plain_text(board: Board) -> None:
    text = "<b>not bold</b> " + "and a long tail of words " * 20
    (note_id,) = board.add_notes(text, x=0, y=0)
    board.view.set_zoom(1.0)
    board.view.centerOn(board.centre_of(note_id))
    pos = board.at(board.centre_of(note_id))
    viewport = board.view.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)
    board.qtbot.waitUntil(QToolTip.isVisible)
    shown = QToolTip.text()
    assert "&lt;b&gt;not bold&lt;/b&gt;" in shown
    assert shown.count("and a long tail of words") == 20
    QToolTip.hideText()


def test_cluster_titles_are_large_where_their_frame_leaves_room() -> None:
    assert overview_title_px(40) == style.CLUSTER_TITLE_MIN_PX
    assert overview_title_px(300) > style.CLUSTER_TITLE_MIN_PX
    assert overview_title_px(2000) == style.CLUSTER_TITLE_MAX_PX
