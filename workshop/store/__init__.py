"""The workshop file: the one place that writes. No Qt.

``create_workshop(path, title)`` and ``open_workshop(path, read_only=False)`` give a
``WorkshopFile``, whose named operations each run as one transaction and return a
``Change`` (see ``changes``) that undo and redo replay. What opening found that the
facilitator should be told (a stale change log set aside, an older file brought up to
date) is in ``WorkshopFile.notices``, one line each.
"""

from workshop.store.changes import Change, RowChange, combine
from workshop.store.workshop_file import WorkshopFile, create_workshop, open_workshop

__all__ = ["Change", "RowChange", "WorkshopFile", "combine", "create_workshop", "open_workshop"]
