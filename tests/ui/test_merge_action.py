"""File > Merge Workshop…: breakout copies come into the open workshop, one undo step each."""

from __future__ import annotations

from pathlib import Path

from workshop.store import create_workshop, open_workshop
from workshop.ui import merge_action
from workshop.ui.main_window import MainWindow


def test_merge_breakout_copies_into_the_open_workshop(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    base = tmp_path / "facilitator.pwshop"
    with create_workshop(base, "Budget app") as wf:
        wf.add_note("from the facilitator")
    group = tmp_path / "group-a.pwshop"
    with open_workshop(base) as wf:
        wf.save_copy(group)
    with open_workshop(group) as wf:
        wf.add_note("from group A <b>")
    window.open_path(str(base))
    reports = []
    monkeypatch.setattr(window, "ask_breakout_files", lambda: [group])
    monkeypatch.setattr(merge_action, "ask_merge_original", lambda w: base)

    class Shown:
        def __init__(self, report):  # type: ignore[no-untyped-def]
            reports.append(report)

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(window, "make_merge_report_dialog", Shown)
    window.merge_action.trigger()
    session = window.session
    assert session is not None
    assert sorted(n.text for n in session.snapshot().notes) == [
        "from group A <b>",
        "from the facilitator",
    ]
    assert "group-a.pwshop" in "\n".join(reports[0].lines())
    window.undo_action.trigger()
    assert [n.text for n in session.snapshot().notes] == ["from the facilitator"]
    with open_workshop(group, read_only=True) as other:
        assert len(other.snapshot().notes) == 2  # the breakout file is only read


def test_a_file_that_is_not_a_workshop_is_reported(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    base = tmp_path / "w.pwshop"
    create_workshop(base, "Budget app").close()
    bad = tmp_path / "bad.pwshop"
    bad.write_text("hello")
    window.open_path(str(base))
    messages: list[str] = []
    monkeypatch.setattr(window, "show_message", lambda title, text: messages.append(text))
    monkeypatch.setattr(window, "ask_breakout_files", lambda: [bad])
    monkeypatch.setattr(merge_action, "ask_merge_original", lambda w: base)
    window.merge_action.trigger()
    assert messages and "not a workshop file" in messages[0]
