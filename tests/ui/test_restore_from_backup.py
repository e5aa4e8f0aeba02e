"""Safety copies are taken while a workshop is open, and can be restored as a new file."""

from __future__ import annotations

from pathlib import Path

from workshop.store import backups, create_workshop, open_workshop
from workshop.ui.main_window import MainWindow
from workshop.ui.safety import SafetyCopies


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


def test_restore_from_backup_opens_the_copy_as_a_new_file(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budget app") as workshop:
        workshop.add_note("before the accident")
        backups.make_backup(workshop._raw, path)
    target = tmp_path / "restored.pwshop"
    monkeypatch.setattr(window, "ask_open_path", lambda: path)
    monkeypatch.setattr(window, "ask_save_path", lambda *a: target)

    class Accepting:
        def __init__(self, real):  # type: ignore[no-untyped-def]
            self.real = real

        def exec(self) -> int:
            return 1

        def chosen(self):  # type: ignore[no-untyped-def]
            return self.real.chosen()

    monkeypatch.setattr(
        window,
        "make_restore_dialog",
        lambda p: Accepting(MainWindow.make_restore_dialog(window, p)),
    )
    window.restore_action.trigger()
    assert window.session is not None
    assert window.session.workshop.path == target
    assert [n.text for n in window.session.snapshot().notes] == ["before the accident"]
    assert path.exists()  # the original is untouched


def test_restore_dialog_lists_copies_newest_first(qtbot, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from workshop.ui.safety import RestoreDialog

    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budget app") as workshop:
        backups.make_backup(workshop._raw, path, now=datetime(2026, 1, 1, tzinfo=UTC))
        workshop.add_note("more")
        backups.make_backup(workshop._raw, path, now=datetime(2026, 2, 1, tzinfo=UTC))
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    assert dialog.chosen() is not None and dialog.chosen().taken_at.month == 2
