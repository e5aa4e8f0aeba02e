"""The process the crash harness kills: it edits a workshop file until it is killed.

The harness starts it through a multiprocessing fork server (so each of hundreds of
children starts in milliseconds, with the store already imported) and reads its
reports from a pipe: ``{"begin": n, ...}`` before an operation, ``{"done": n, "rows": ...}``
once the operation has returned (so it is committed), ``{"refused": n}`` when the store
said no. A message cut short by the kill is simply not a report.

Run by hand to watch a session: ``python tests/reliability/crash_child.py FILE SEED``
(the file must exist; reports go to stdout, one JSON object a line; Ctrl+C stops it).
"""

from __future__ import annotations

import json
import random
import sys
import traceback
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from crash_session import EditingSession, change_rows

from workshop.store import open_workshop


def _sender(writer: Connection) -> Any:
    return lambda message: writer.send_bytes(json.dumps(message).encode("utf-8"))


def editing_child(path: str, seed: int, writer: Connection, mode: str = "session") -> None:
    """Open the workshop and edit it for ever (until killed)."""
    send = _sender(writer)
    try:
        wf = open_workshop(path)
        send({"ready": True})
        session = EditingSession(wf, random.Random(seed), send)
        if mode == "imports":
            while True:
                _big_import_then_clear(session)
        while True:
            session.step()
    except BaseException:
        send({"error": traceback.format_exc()})
        raise


def _big_import_then_clear(session: EditingSession) -> None:
    """An import of thousands of survey answers, then deleting them all again: the two
    bulk operations most worth killing half-way."""
    wf, rng = session.wf, session.rng
    session.seq += 1
    count = rng.randint(500, 3000)
    tag = f"[import {session.seq}]"
    source = {"id": f"export-{session.seq}-{rng.randrange(10**9)}", "label": tag, "kind": "survey"}
    params = {"tag": tag, "count": count, "source": source["id"]}
    session.report({"begin": session.seq, "op": "import", "params": params})
    rows = [
        {"text": f"{tag} answer {i} " + "y" * (i % 300), "x": float(i), "source_id": source["id"]}
        for i in range(count)
    ]
    change = wf.import_evidence([source], rows, "Import survey export")
    session.report({"done": session.seq, "rows": change_rows(change)})
    session.seq += 1
    doomed = [r[0] for r in wf._read("SELECT id FROM note")]
    session.report({"begin": session.seq, "op": "delete_notes", "params": {"ids": doomed}})
    session.report({"done": session.seq, "rows": change_rows(wf.delete_notes(doomed))})


def migrating_child(path: str, writer: Connection) -> None:
    """Open an old workshop (which migrates it), say so, close it."""
    send = _sender(writer)
    try:
        send({"opening": True})
        wf = open_workshop(path)
        send({"opened": True})
        wf.close()
        send({"closed": True})
    except BaseException:
        send({"error": traceback.format_exc()})
        raise


if __name__ == "__main__":
    target, seed_text = sys.argv[1], sys.argv[2]
    workshop = open_workshop(Path(target))
    by_hand = EditingSession(
        workshop, random.Random(int(seed_text)), lambda m: print(json.dumps(m), flush=True)
    )
    try:
        while True:
            by_hand.step()
    except KeyboardInterrupt:
        workshop.close()
