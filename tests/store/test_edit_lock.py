"""One editor per workshop file, and whether someone is editing it, asked without waiting."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from workshop.errors import WorkshopInUse
from workshop.store import create_workshop, open_workshop
from workshop.store.locking import EditLock, open_for_editing

posix_only = pytest.mark.skipif(
    sys.platform == "win32", reason="Windows has no flock; its side-file lock is not probed"
)


@posix_only
def test_someone_editing_is_seen_by_any_name_and_only_while_editing(tmp_path: Path) -> None:
    path = tmp_path / "w.pwshop"
    create_workshop(path, "Lock").close()
    link = tmp_path / "link.pwshop"
    link.symlink_to(path)
    assert not open_for_editing(path)
    editing = open_workshop(path)
    try:
        assert open_for_editing(path)
        assert open_for_editing(link.resolve())
        with pytest.raises(WorkshopInUse):
            EditLock(path).acquire()
    finally:
        editing.close()
    assert not open_for_editing(path)
    lock = EditLock(path)
    lock.acquire()  # asking never kept the lock
    lock.release()
    assert not open_for_editing(tmp_path / "missing.pwshop")
