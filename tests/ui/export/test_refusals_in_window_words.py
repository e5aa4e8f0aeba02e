"""The Export dialog says a refusal in the window's words: no command-line flag."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Exporting

from workshop.store import create_workshop
from workshop.ui import output_choice


def test_export_onto_another_workshop_says_so_without_command_line_words(
    exporting: Exporting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.pwshop"
    create_workshop(other, "Another").close()
    before = other.read_bytes()
    monkeypatch.setattr(exporting.dialog, "ask_pdf_path", lambda suggested: other)
    monkeypatch.setattr(output_choice, "may_replace", lambda *a: pytest.fail("asked"))
    exporting.dialog.export_button.click()
    said = exporting.dialog.messages.toPlainText()
    assert said == (
        "Nothing was exported: this is a workshop file; it is never replaced by an export; "
        "choose another file name"
    )
    assert "--force" not in said
    assert other.read_bytes() == before
