"""The last import mapping for each kind of export, remembered in the settings.

A survey tool exports the same columns every time; the wizard proposes the choices the
facilitator made last time for files with the same header signature.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from PySide6.QtCore import QSettings

from workshop.io.import_mapping import ImportMapping

_GROUP = "import/mappings/"


def recall(settings: QSettings, signature: str) -> ImportMapping | None:
    value = settings.value(_GROUP + signature)
    if not isinstance(value, str):
        return None
    try:
        data = json.loads(value)
    except ValueError:
        return None
    return ImportMapping.from_dict(data)


def remember(settings: QSettings, signatures: Iterable[str], mapping: ImportMapping) -> None:
    text = json.dumps(mapping.to_dict(), ensure_ascii=False)
    for signature in dict.fromkeys(signatures):
        settings.setValue(_GROUP + signature, text)
    settings.sync()
