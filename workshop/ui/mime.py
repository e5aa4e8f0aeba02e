"""Drag-and-drop and clipboard formats shared by the board and the persona editor."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

#: Notes and clusters dragged from the board (onto a persona item, or elsewhere):
#: JSON ``{"note_ids": [...], "cluster_ids": [...]}``.
EVIDENCE_MIME = "application/x-persona-workshop-evidence"
#: Notes and clusters copied to the clipboard: a JSON interchange document (io.interchange).
CLIPBOARD_MIME = "application/x-persona-workshop+json"


def evidence_mime(note_ids: list[str], cluster_ids: list[str]) -> QMimeData:
    data = QMimeData()
    payload = json.dumps({"note_ids": note_ids, "cluster_ids": cluster_ids})
    data.setData(EVIDENCE_MIME, payload.encode("utf-8"))
    return data


def read_evidence(data: QMimeData) -> tuple[list[str], list[str]]:
    """The note and cluster ids in a drag; empty lists for anything else."""
    if not data.hasFormat(EVIDENCE_MIME):
        return [], []
    try:
        payload = json.loads(bytes(data.data(EVIDENCE_MIME).data()).decode("utf-8"))
        notes = [str(n) for n in payload.get("note_ids", [])]
        clusters = [str(c) for c in payload.get("cluster_ids", [])]
    except (ValueError, AttributeError, TypeError):
        return [], []
    return notes, clusters
