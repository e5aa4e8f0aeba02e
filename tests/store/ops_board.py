"""The small workshop the operation tests work on (made by the ``board`` fixture in
``conftest``), how they read a row, and how they check that undo and redo put every row back
exactly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from store_test_tools import dump

from workshop.store import Change, WorkshopFile


@dataclass
class Board:
    """A small workshop with a bit of everything, and the ids of what is in it."""

    wf: WorkshopFile
    ann: str
    raj: str
    interview: str
    survey: str
    notes: list[str]
    cluster: str
    persona: str
    proto: str
    goal: str
    pain: str
    note_link: str
    cluster_link: str
    round: str
    cluster_round: str
    #: A study (the interview round) and two respondents: Maria behind the interview,
    #: "R17" of the survey, who turns out to be Maria.
    study: str = ""
    maria: str = ""
    r17: str = ""


def row(wf: WorkshopFile, table: str, row_id: str) -> dict[str, Any] | None:
    cursor = wf._raw.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
    names = [d[0] for d in cursor.description]
    found = cursor.fetchone()
    return None if found is None else dict(zip(names, found, strict=True))


def undo_redo_exact(wf: WorkshopFile, operation: Callable[[], Change]) -> Change:
    """Run an operation; undo must give the file as before it and redo as after it,
    row for row, and each step tells the listeners."""
    heard: list[Change] = []
    unsubscribe = wf.subscribe(heard.append)
    before = dump(wf)
    change = operation()
    after = dump(wf)
    assert not change.is_empty
    assert before != after
    wf.revert(change)
    assert dump(wf) == before
    wf.reapply(change)
    assert dump(wf) == after
    wf.revert(change)
    assert dump(wf) == before
    wf.reapply(change)
    assert dump(wf) == after
    unsubscribe()
    assert len(heard) == 5
    assert wf.integrity_ok()
    return change
