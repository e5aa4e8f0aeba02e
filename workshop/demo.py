"""The demo workshop: a budgeting-app team's evidence and personas.

The shipped original is a JSON export in ``resources/demo/``; every "Open the demo" makes
a fresh workshop file from it in the user's data folder, so the original is never touched
and each demo starts clean. Demo files not touched for a week are removed then (their
safety copies go after a week too, ``workshop.store.retention``).
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import platformdirs

from workshop import APP_NAME, FILE_SUFFIX, ORGANISATION
from workshop.io import interchange
from workshop.resources import resource_path

DEMO_DOCUMENT = ("demo", "budgeting-app.json")
DEMO_PREFIX = "Budgeting app demo "
#: A demo file not changed for this long is removed when the next demo is made.
KEEP_DEMOS_FOR = timedelta(days=7)


def demo_document() -> Path:
    return resource_path(*DEMO_DOCUMENT)


def demo_folder() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, ORGANISATION)) / "demo"


#: The fields of the demo that hold dates ("2026-10-21" or a full ISO time).
DATE_FIELDS = frozenset(
    {"date", "date_from", "date_to", "created_at", "updated_at", "last_reviewed"}
)


def fresh_demo_copy(folder: Path | None = None, *, today: date | None = None) -> Path:
    """A new workshop file made from the shipped demo; returns its path (closed).

    The demo's research is as old on ``today`` as it was when the demo was made: every
    date moves forward so the newest lands on ``today``, and the evidence check judges the
    demo the same way whenever it is opened (its personas are not stale a year after
    release)."""
    folder = folder or demo_folder()
    folder.mkdir(parents=True, exist_ok=True)
    forget_old_demos(folder)
    stamp = datetime.now().strftime("%Y-%m-%d %H-%M-%S-%f")
    path = folder / f"{DEMO_PREFIX}{stamp}{FILE_SUFFIX}"
    document = json.loads(demo_document().read_text(encoding="utf-8"))
    shifted = dated_to(document, today or date.today())
    handle, name = tempfile.mkstemp(prefix=".demo-", suffix=".json", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(shifted, out, ensure_ascii=False)
        interchange.import_json(name, path).close()
    finally:
        Path(name).unlink(missing_ok=True)
    return path


def _day(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def newest_day(document: dict[str, Any]) -> date:
    """The newest date the demo holds: the day it was made, as far as it can tell."""
    days = [
        day
        for rows in document["tables"].values()
        for row in rows
        for key, value in row.items()
        if key in DATE_FIELDS and (day := _day(value)) is not None
    ]
    return max(days)


def dated_to(document: dict[str, Any], today: date) -> dict[str, Any]:
    """``document`` with every date moved forward so its newest is ``today`` (never
    backward: a clock set in the past leaves the demo as shipped)."""
    days = (today - newest_day(document)).days
    if days <= 0:
        return document

    def moved(value: Any) -> Any:
        day = _day(value)
        return value if day is None else (day + timedelta(days=days)).isoformat() + value[10:]

    tables = {
        name: [{k: moved(v) if k in DATE_FIELDS else v for k, v in row.items()} for row in rows]
        for name, rows in document["tables"].items()
    }
    return {**document, "tables": tables}


def forget_old_demos(folder: Path, now: datetime | None = None) -> list[Path]:
    """Remove demo files (and their SQLite side files) unchanged for ``KEEP_DEMOS_FOR``.

    Only files named like a demo are touched; one that cannot be removed is left."""
    now = now or datetime.now()
    removed = []
    for path in folder.glob(f"{DEMO_PREFIX}*{FILE_SUFFIX}"):
        with contextlib.suppress(OSError):
            if now - datetime.fromtimestamp(path.stat().st_mtime) > KEEP_DEMOS_FOR:
                for side in ("-wal", "-shm", "-journal", "-session"):
                    path.with_name(path.name + side).unlink(missing_ok=True)
                path.unlink()
                removed.append(path)
    return removed
