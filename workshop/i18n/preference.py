"""The facilitator's language override: one line in a file both the window and the verbs
read (so the CLI speaks the language chosen in the app)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: What the file holds when there is no override.
SYSTEM = "system"


def preference_file() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Preferences"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "persona-workshop" / "language"


def read_preference() -> str | None:
    """The chosen language code, or None to follow the environment and the system."""
    try:
        value = preference_file().read_text("utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return value if value and value != SYSTEM else None


def write_preference(language: str | None) -> None:
    """Remember ``language`` (None: follow the system again)."""
    path = preference_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text((language or SYSTEM) + "\n", "utf-8")
    os.replace(partial, path)
