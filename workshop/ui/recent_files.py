"""The workshops opened lately, and the folder the file dialogs start in (QSettings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 10


class RecentFiles:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def paths(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def remember(self, path: str) -> None:
        resolved = str(Path(path).resolve())
        paths = [resolved] + [p for p in self.paths() if p != resolved]
        self.settings.setValue("recent_files", paths[:MAX_RECENT])
        self.settings.setValue("last_folder", str(Path(resolved).parent))

    def forget_if_missing(self, path: str) -> bool:
        """Drop a file that is no longer there; True when the list changed."""
        if Path(path).exists():
            return False
        resolved = str(Path(path).resolve())
        self.settings.setValue("recent_files", [p for p in self.paths() if p != resolved])
        return True

    def last_folder(self) -> Path:
        folder = Path(str(self.settings.value("last_folder", "") or Path.home()))
        return folder if folder.is_dir() else Path.home()
