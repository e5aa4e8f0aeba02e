"""Safety copies are taken while a workshop is open, and can be restored as a new file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from workshop.store import backups, create_workshop, open_workshop
from workshop.ui.main_window import MainWindow
from workshop.ui.safety import RestoreDialog, SafetyCopies


def safety(window: MainWindow) -> SafetyCopies:
    return next(f for f in window._features if isinstance(f, SafetyCopies))


def test_a_copy_is_taken_on_open_and_after_changes(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "w.pwshop"
    create_workshop(path, "Budget app").close()
    window.open_path(str(path))
    assert len(backups.list_backups(path)) == 1
    assert window.session is not None
    window.session.perform(lambda wf: wf.add_note("Payday reminders"))
    safety(window).take_if_changed()
    copies = backups.list_backups(path)
    assert len(copies) >= 1
    with open_workshop(copies[0].path, read_only=True) as copy:
        assert [n.text for n in copy.snapshot().notes] == ["Payday reminders"]


def test_restore_from_backup_with_clicks_opens_the_chosen_copy_beside_the_original(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budget app") as workshop:
        workshop.add_note("before the accident")
        backups.make_backup(workshop._raw, path, now=datetime(2026, 1, 1, tzinfo=UTC))
        workshop.add_note("the accident")
        workshop.add_persona("Dana")
        backups.make_backup(workshop._raw, path, now=datetime(2026, 2, 1, tzinfo=UTC))
    original = path.read_bytes()
    monkeypatch.setattr(window, "ask_open_path", lambda: path)
    seen: list[str] = []

    def pick_the_older_copy() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, RestoreDialog)
            seen.extend(dialog.list.item(row).text() for row in range(dialog.list.count()))
            older = dialog.list.visualItemRect(dialog.list.item(1)).center()
            qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=older)
            qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, pick_the_older_copy)
    window.restore_action.trigger()

    assert "2 notes, 1 persona" in seen[0] and "KB" in seen[0]
    assert "1 note, 0 personas" in seen[1]
    assert window.session is not None
    restored = window.session.workshop.path
    local = datetime(2026, 1, 1, tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H-%M")
    assert restored == tmp_path / f"w (restored {local}).pwshop"
    assert [n.text for n in window.session.snapshot().notes] == ["before the accident"]
    assert path.read_bytes() == original  # the original is untouched


def test_restoring_the_same_copy_twice_makes_a_second_file(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budget app") as workshop:
        workshop.add_note("kept")
        backups.make_backup(workshop._raw, path)
    monkeypatch.setattr(window, "ask_open_path", lambda: path)
    opened = []
    for _attempt in range(2):
        window.close_workshop()

        def accept() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, RestoreDialog)
            qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

        QTimer.singleShot(0, accept)
        window.restore_action.trigger()
        assert window.session is not None
        opened.append(window.session.workshop.path)
    assert opened[0] != opened[1]
    assert all(p.parent == tmp_path and p.exists() for p in opened)


def test_restore_dialog_lists_copies_newest_first(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budget app") as workshop:
        backups.make_backup(workshop._raw, path, now=datetime(2026, 1, 1, tzinfo=UTC))
        workshop.add_note("more")
        backups.make_backup(workshop._raw, path, now=datetime(2026, 2, 1, tzinfo=UTC))
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    assert dialog.chosen() is not None and dialog.chosen().taken_at.month == 2
