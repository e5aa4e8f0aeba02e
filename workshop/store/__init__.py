"""The workshop file: the one place that writes. No Qt.

``create_workshop(path, title)`` and ``open_workshop(path, read_only=False)`` give a
``WorkshopFile``, whose named operations each run as one transaction and return a
``Change`` (see ``changes``) that undo and redo replay.
"""

from workshop.store.changes import Change, RowChange, combine
from workshop.store.workshop_file import WorkshopFile, create_workshop, open_workshop

__all__ = ["Change", "RowChange", "WorkshopFile", "combine", "create_workshop", "open_workshop"]
