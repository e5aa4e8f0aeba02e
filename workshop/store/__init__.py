"""The workshop file: the one place that writes. No Qt.

``create_workshop(path, title)`` and ``open_workshop(path, read_only=False)`` give a
``WorkshopFile``, whose named operations each run as one transaction and return a
``Change`` (see ``changes``) that undo and redo replay. What opening found that the
facilitator should be told (a stale change log set aside, an older file brought up to
date) is in ``WorkshopFile.notices``, one line each.

The public face of the store is this package's names and the ``backups`` module (safety
copies); everything else here (the connection, ``core``, ``schema``, ``reading``) is
private to it (tests/test_layers.py holds io, ui and commands to that).
"""

from workshop.store.changes import Change, RowChange, combine
from workshop.store.column_values import ColumnKind, column_kinds
from workshop.store.schema import CONTENT_TABLES
from workshop.store.schema import columns as content_columns
from workshop.store.workshop_file import WorkshopFile, create_workshop, open_workshop

__all__ = [
    "CONTENT_TABLES",
    "Change",
    "ColumnKind",
    "RowChange",
    "WorkshopFile",
    "column_kinds",
    "combine",
    "content_columns",
    "create_workshop",
    "open_workshop",
]
