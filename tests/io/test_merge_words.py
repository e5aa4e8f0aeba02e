"""A merge's conflicts name the fields in the facilitator's words and language, never by
their column names ("colour", "x", "source_id")."""

from __future__ import annotations

import shutil
from pathlib import Path

from workshop.i18n import using_language
from workshop.io.merge import merge_workshops
from workshop.store import create_workshop, open_workshop


def conflicting_copies(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Two breakout copies that moved and recoloured one note differently, and gave a
    source different references and kinds."""
    base = tmp_path / "facilitator.pwshop"
    wf = create_workshop(base, "Budgeting app research")
    source = wf.add_source("Interview 1: Maria").created[0]
    (note,) = wf.add_notes([{"text": "Pays late", "source_id": source, "x": 0.0, "y": 0.0}]).created
    wf.close()
    a, b = tmp_path / "group-a.pwshop", tmp_path / "group-b.pwshop"
    shutil.copy(base, a)
    shutil.copy(base, b)
    changes = ((a, 400.0, "#ffd54f", "R1", "survey"), (b, 900.0, "#90caf9", "R2", "observation"))
    for path, x, colour, reference, kind in changes:
        wf = open_workshop(path)
        wf.update_note(note, x=x, colour=colour)
        wf.update_source(source, reference=reference, kind=kind)
        wf.close()
    return base, a, b


def test_conflicting_fields_are_named_in_words(tmp_path: Path) -> None:
    base, a, b = conflicting_copies(tmp_path)
    with using_language("en"):
        text = "\n".join(merge_workshops(base, [a, b], tmp_path / "merged.pwshop").lines())
    assert "place on the board: “400.0” kept" in text
    assert "colour: “#ffd54f” kept" in text
    assert "reference: “R1” kept" in text
    assert "kind: “Survey” kept, “Observation” from group-b.pwshop" in text
    assert "x: “" not in text and "survey" not in text


def test_the_german_merge_report_names_the_fields_in_german(tmp_path: Path) -> None:
    base, a, b = conflicting_copies(tmp_path)
    with using_language("de"):
        text = "\n".join(merge_workshops(base, [a, b], tmp_path / "merged.pwshop").lines())
    assert "Notiz „Pays late“ in beiden geändert (Platz auf der Pinnwand: „400.0“ behalten" in text
    assert "Farbe: " in text and "Verweis: " in text
    assert "Art: „Umfrage“ behalten, „Beobachtung“ aus group-b.pwshop" in text
    for english in ("colour:", "x:", "reference:", "place on the board"):
        assert english not in text
