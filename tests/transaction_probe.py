"""Watching the transactions a store operation makes, and making one of its writes fail.

Shared by the store's and the board's tests (``tests/`` is on ``sys.path`` through its
``conftest.py``). It reaches into the store's private connection on purpose: what is
counted is what SQLite itself is asked to do.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from workshop.store import WorkshopFile
from workshop.store.recorder import TransactionConnection

_WRITES = ("INSERT", "UPDATE", "DELETE")


@contextmanager
def statements(wf: WorkshopFile) -> Iterator[list[str]]:
    """Every SQL statement SQLite runs on ``wf`` inside the block."""
    seen: list[str] = []
    wf._raw.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        wf._raw.set_trace_callback(None)


def commits(seen: list[str]) -> int:
    return sum(1 for s in seen if s.strip().upper() == "COMMIT")


def begins(seen: list[str]) -> int:
    return sum(1 for s in seen if s.strip().upper().startswith("BEGIN"))


@contextmanager
def writes_failing_at(monkeypatch: pytest.MonkeyPatch, number: int | None) -> Iterator[list[str]]:
    """Inside the block the store's ``number``-th write (INSERT, UPDATE or DELETE statement
    of an operation) fails as on a full disk; with None none fails, they are only counted."""
    writes: list[str] = []
    real = TransactionConnection.exec_driver_sql

    def exec_driver_sql(self: TransactionConnection, sql: str, params: Any = ()) -> Any:
        if sql.lstrip().upper().startswith(_WRITES):
            writes.append(sql)
            if len(writes) == number:
                raise sqlite3.OperationalError("database or disk is full")
        return real(self, sql, params)

    with monkeypatch.context() as patch:
        patch.setattr(TransactionConnection, "exec_driver_sql", exec_driver_sql)
        yield writes


def file_state(wf: WorkshopFile) -> list[str]:
    """Everything in the file, as SQL text (rows, schema, stamps), in a fixed order (a row
    put back by undo may be stored in another place than before)."""
    return sorted(wf._raw.iterdump())
