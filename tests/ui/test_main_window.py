"""The start screen and the File menu, driven like a facilitator would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QScrollArea

from workshop.store import create_workshop, open_workshop
from workshop.ui.main_window import MainWindow


def make_file(path: Path, title: str = "Budget app") -> Path:
    create_workshop(path, title).close()
    return path


def answer_next_message_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Close the next modal message box with ``button``, noting its text."""

    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(0, close)


def test_start_screen_offers_new_open_and_demo(window: MainWindow) -> None:
    screen = window.start_screen
    assert window.pages.currentWidget() is screen
    assert screen.new_button.isVisible()
    assert screen.open_button.isVisible()
    assert screen.demo_button.isVisible()
    assert not window.save_copy_action.isEnabled()
    assert window.windowTitle() == "Persona Workshop"


def test_new_workshop_from_the_start_screen(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Onboarding study", True))
    monkeypatch.setattr(window, "ask_save_path", lambda *a: tmp_path / "study.pwshop")
    qtbot.mouseClick(window.start_screen.new_button, Qt.MouseButton.LeftButton)
    assert window.session is not None
    assert window.windowTitle().startswith("Onboarding study — study.pwshop")
    assert (tmp_path / "study.pwshop").exists()
    assert window.pages.currentWidget() is window.workspace
    assert window.save_copy_action.isEnabled()


def test_open_and_recent_files(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch, settings: QSettings
) -> None:
    first = make_file(tmp_path / "first.pwshop", "First")
    second = make_file(tmp_path / "second.pwshop", "Second")
    monkeypatch.setattr(window, "ask_open_path", lambda: first)
    qtbot.mouseClick(window.start_screen.open_button, Qt.MouseButton.LeftButton)
    assert window.session is not None and window.session.workshop.title == "First"
    window.open_path(str(second))
    assert window.session.workshop.title == "Second"
    assert window.recent_files() == [str(second.resolve()), str(first.resolve())]
    assert [a.text() for a in window.recent_menu.actions()] == ["second.pwshop", "first.pwshop"]
    window.close_workshop()
    assert window.start_screen.recent_list.count() == 2
    # Recent files are kept in QSettings, for the next start.
    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert again.start_screen.recent_list.count() == 2
    item = again.start_screen.recent_list.item(1)
    again.start_screen.recent_list.itemActivated.emit(item)
    assert again.session is not None and again.session.workshop.title == "First"
    again.close_workshop()


def test_close_returns_to_the_start_screen_and_releases_the_file(
    window: MainWindow, tmp_path: Path
) -> None:
    path = make_file(tmp_path / "w.pwshop")
    assert window.open_path(str(path))
    window.close_action.trigger()
    assert window.session is None
    assert window.pages.currentWidget() is window.start_screen
    open_workshop(path).close()  # the edit lock is gone


def test_save_a_copy(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    path = make_file(tmp_path / "w.pwshop")
    window.open_path(str(path))
    assert window.session is not None
    window.session.perform(lambda wf: wf.add_note("Payday is irregular"))
    monkeypatch.setattr(window, "ask_save_path", lambda *a: tmp_path / "copy.pwshop")
    window.save_copy_action.trigger()
    with open_workshop(tmp_path / "copy.pwshop", read_only=True) as copy:
        assert [n.text for n in copy.snapshot().notes] == ["Payday is irregular"]


def test_undo_and_redo_through_the_edit_menu(window: MainWindow, tmp_path: Path) -> None:
    window.open_path(str(make_file(tmp_path / "w.pwshop")))
    session = window.session
    assert session is not None
    session.perform(lambda wf: wf.add_note("one"))
    assert window.undo_action.isEnabled()
    assert "Add note" in window.undo_action.text()
    window.undo_action.trigger()
    assert session.snapshot().notes == []
    window.redo_action.trigger()
    assert [n.text for n in session.snapshot().notes] == ["one"]


def test_a_file_that_is_not_a_workshop_is_refused_in_plain_words(
    window: MainWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.pwshop"
    bad.write_text("<b>not</b> a workshop")
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    assert not window.open_path(str(bad))
    assert window.session is None
    assert "not a workshop file" in seen[0]
    assert bad.read_text() == "<b>not</b> a workshop"


def test_read_only_file_offers_read_only_viewing(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    path = make_file(tmp_path / "w.pwshop")
    path.chmod(0o444)
    # CI runs as root, who may write anything: make the file look read-only as it would
    # to a facilitator on a locked-down USB stick.
    import workshop.store.opening as opening

    real_access = opening.os.access
    monkeypatch.setattr(
        opening.os,
        "access",
        lambda p, mode: False if mode == opening.os.W_OK else real_access(p, mode),
    )
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Open, seen)
    assert window.open_path(str(path))
    assert window.session is not None and window.session.read_only
    assert "[read-only]" in window.windowTitle()


def test_window_state_is_kept(qtbot, settings: QSettings) -> None:
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.close()
    second = MainWindow(settings)
    qtbot.addWidget(second)
    assert (second.size().width(), second.size().height()) == (700, 500)


def test_panels_are_arranged_and_the_arrangement_is_kept(
    window: MainWindow, tmp_path: Path, settings: QSettings, qtbot
) -> None:
    window.open_path(str(make_file(tmp_path / "w.pwshop")))
    docks = {d.objectName(): d for d in window._feature_docks}
    assert not docks["stageDock"].isHidden()
    assert not docks["personaEditorDock"].isHidden()
    assert docks["votingDock"].isHidden()
    assert docks["noteDetailsDock"] in window.tabifiedDockWidgets(docks["personaEditorDock"])
    assert docks["sourcesDock"] in window.tabifiedDockWidgets(docks["personaListDock"])
    # The facilitator moves a panel; the next workshop opens with it where they left it.
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, docks["sourcesDock"])
    window.close_workshop()
    window.open_path(str(make_file(tmp_path / "v.pwshop")))
    again = {d.objectName(): d for d in window._feature_docks}
    assert window.dockWidgetArea(again["sourcesDock"]) == Qt.DockWidgetArea.BottomDockWidgetArea


def test_on_a_1280_pixel_screen_the_board_keeps_most_of_the_window(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    from workshop.ui.board.board_view import BoardView

    for width, height, share in ((1280, 800, 0.6), (1920, 1080, 0.55)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width: window.width() == w)  # type: ignore[misc]
        window.open_path(str(make_file(tmp_path / f"w{width}.pwshop")), remember=False)
        board = window.findChild(BoardView)
        assert board is not None
        stage = next(d for d in window._feature_docks if d.objectName() == "stageDock")
        qtbot.waitUntil(lambda b=board: b.isVisible())  # type: ignore[misc]
        window.layout().activate()
        QApplication.processEvents()
        assert board.width() >= share * window.width(), (board.width(), stage.width())
        # The narrower stage panel still shows all it holds: nothing cut off at the side.
        window.resizeDocks([stage], [120], Qt.Orientation.Horizontal)
        QApplication.processEvents()
        panel = stage.widget()
        assert isinstance(panel, QScrollArea)
        assert panel.widget().width() <= panel.viewport().width()
        window.close_workshop()
        qtbot.waitUntil(lambda: window.findChild(BoardView) is None)
