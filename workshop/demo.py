"""The demo workshop: a budgeting-app team's evidence and personas.

The shipped original is a JSON export in ``resources/demo/``; every "Open the demo" makes
a fresh workshop file from it in the user's data folder, so the original is never touched
and each demo starts clean. Demo files not touched for a week are removed then (their
safety copies go after a week too, ``workshop.store.retention``).
"""

from __future__ import annotations

import contextlib
from datetime import datetime, timedelta
from pathlib import Path

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


def fresh_demo_copy(folder: Path | None = None) -> Path:
    """A new workshop file made from the shipped demo; returns its path (closed)."""
    folder = folder or demo_folder()
    folder.mkdir(parents=True, exist_ok=True)
    forget_old_demos(folder)
    stamp = datetime.now().strftime("%Y-%m-%d %H-%M-%S-%f")
    path = folder / f"{DEMO_PREFIX}{stamp}{FILE_SUFFIX}"
    interchange.import_json(demo_document(), path).close()
    return path


def forget_old_demos(folder: Path, now: datetime | None = None) -> list[Path]:
    """Remove demo files (and their SQLite side files) unchanged for ``KEEP_DEMOS_FOR``.

    Only files named like a demo are touched; one that cannot be removed is left."""
    now = now or datetime.now()
    removed = []
    for path in folder.glob(f"{DEMO_PREFIX}*{FILE_SUFFIX}"):
        with contextlib.suppress(OSError):
            if now - datetime.fromtimestamp(path.stat().st_mtime) > KEEP_DEMOS_FOR:
                for side in ("-wal", "-shm", "-journal"):
                    path.with_name(path.name + side).unlink(missing_ok=True)
                path.unlink()
                removed.append(path)
    return removed
