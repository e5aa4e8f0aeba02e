"""The demo workshop: a budgeting-app team's evidence and personas.

The shipped original is a JSON export in ``resources/demo/``; every "Open the demo" makes
a fresh workshop file from it in the user's data folder, so the original is never touched
and each demo starts clean.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import platformdirs

from workshop import APP_NAME, FILE_SUFFIX, ORGANISATION
from workshop.io import interchange
from workshop.resources import resource_path

DEMO_DOCUMENT = ("demo", "budgeting-app.json")


def demo_document() -> Path:
    return resource_path(*DEMO_DOCUMENT)


def demo_folder() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, ORGANISATION)) / "demo"


def fresh_demo_copy(folder: Path | None = None) -> Path:
    """A new workshop file made from the shipped demo; returns its path (closed)."""
    folder = folder or demo_folder()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y-%m-%d %H-%M-%S-%f")
    path = folder / f"Budgeting app demo {stamp}{FILE_SUFFIX}"
    interchange.import_json(demo_document(), path).close()
    return path
