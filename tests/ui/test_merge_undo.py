"""File › Merge Workshop… is one store operation and one undo step: undoing it takes away
everything it added (the merge record with its offsets too), so merging again places every
note again; the facilitator is asked which workshop the copies were made from."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from workshop.io.merge_report import MergeReport
from workshop.io.merge_rows import RECORD_KEY
from workshop.store import WorkshopFile, create_workshop, open_workshop
from workshop.ui import merge_action
from workshop.ui.main_window import MainWindow

OLD = 40
NEW = 25


def overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


@pytest.fixture
def breakout(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    base = tmp_path / "facilitator.pwshop"
    with create_workshop(base, "Budget app") as wf:
        wf.add_notes(
            [{"text": f"old {i}", "x": 180.0 * (i % 8), "y": 140.0 * (i // 8)} for i in range(OLD)]
        )
    group = tmp_path / "group-a.pwshop"
    shutil.copy(base, group)
    with open_workshop(group) as wf:  # new notes right on top of the board's
        new = wf.add_notes(
            [{"text": f"new {i}", "x": 180.0 * (i % 5), "y": 140.0 * (i // 5)} for i in range(NEW)]
        ).created
    return base, group, list(new)


def rects(wf: WorkshopFile, old: bool) -> list[tuple[float, ...]]:
    rows = wf._read("SELECT text, x, y, w, h FROM note")
    return [tuple(r[1:]) for r in rows if str(r[0]).startswith("old") == old]


def app_state(wf: WorkshopFile) -> list[tuple[object, ...]]:
    """What the workshop keeps beside its rows, less the editing session's own mark (written
    by the first change of a session, whatever it is, and never undone: see store.logs)."""
    return sorted(wf._read("SELECT key, value FROM app_state WHERE key != 'store.session'"))


def merge(window: MainWindow, monkeypatch: pytest.MonkeyPatch, group: Path) -> MergeReport:
    reports: list[MergeReport] = []

    class Shown:
        def __init__(self, report: MergeReport) -> None:
            reports.append(report)

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(window, "ask_breakout_files", lambda: [group])
    monkeypatch.setattr(window, "make_merge_report_dialog", Shown)
    window.merge_action.trigger()
    (report,) = reports
    return report


def assert_all_placed(wf: WorkshopFile) -> None:
    new, old = rects(wf, old=False), rects(wf, old=True)
    assert len(new) == NEW and len(old) == OLD
    assert not any(overlaps(n, o) for n in new for o in old)


def test_undo_of_a_merge_takes_everything_and_merging_again_places_every_note(
    window: MainWindow, breakout: tuple[Path, Path, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    base, group, _new = breakout
    assert window.open_path(str(base), remember=False)
    session = window.session
    assert session is not None
    wf = session.workshop
    before = app_state(wf)
    steps = session.undo.stack.count()
    monkeypatch.setattr(merge_action, "ask_merge_original", lambda w: base)

    report = merge(window, monkeypatch, group)
    assert report.files[0].shifted == NEW
    assert_all_placed(wf)
    assert session.undo.stack.count() == steps + 1  # one undo step
    assert wf.view_state(RECORD_KEY)

    window.undo_action.trigger()
    assert wf.counts()["note"] == OLD
    assert app_state(wf) == before  # the merge record and its offsets are gone too

    window.redo_action.trigger()
    assert_all_placed(wf)
    assert wf.view_state(RECORD_KEY)
    window.undo_action.trigger()

    report = merge(window, monkeypatch, group)
    assert report.files[0].shifted == NEW  # every note placed again
    assert_all_placed(wf)

    def must_not_ask(w: MainWindow) -> Path:
        raise AssertionError("the workshop remembers what the copies were made from")

    monkeypatch.setattr(merge_action, "ask_merge_original", must_not_ask)
    steps = session.undo.stack.count()
    report = merge(window, monkeypatch, group)  # the same file again: nothing changes
    assert not report.changed_anything
    assert session.undo.stack.count() == steps


def test_the_facilitator_is_asked_what_the_copies_were_made_from(
    window: MainWindow,
    breakout: tuple[Path, Path, list[str]],
    monkeypatch: pytest.MonkeyPatch,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    base, group, _new = breakout
    with open_workshop(group) as wf:  # the group rewords an old note, on a clock far behind
        old = wf._read("SELECT id FROM note WHERE text = 'old 0'")[0][0]
        wf.update_note(old, text="old 0, reworded by the group")
        wf._raw.execute(
            "UPDATE note SET updated_at = '1999-01-01T00:00:00+00:00' WHERE id = ?", (old,)
        )
    assert window.open_path(str(base), remember=False)
    session = window.session
    assert session is not None
    clicked: list[str] = []

    def click(label: str, tries: int = 100) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries:
                QTimer.singleShot(20, lambda: click(label, tries - 1))
            return
        (button,) = [b for b in box.findChildren(QPushButton) if b.text() == label]
        clicked.append(label)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, lambda: click("Cancel"))
    steps = session.undo.stack.count()
    monkeypatch.setattr(window, "ask_breakout_files", lambda: [group])
    window.merge_action.trigger()
    assert clicked == ["Cancel"]
    assert session.undo.stack.count() == steps and session.workshop.counts()["note"] == OLD

    QTimer.singleShot(0, lambda: click("This Workshop, Unchanged Since"))
    report = merge(window, monkeypatch, group)
    assert clicked[-1] == "This Workshop, Unchanged Since"
    text = session.workshop._read("SELECT text FROM note WHERE id = ?", (old,))[0][0]
    assert text == "old 0, reworded by the group"  # changed there only: taken, clock or not
    assert report.conflicts == []
