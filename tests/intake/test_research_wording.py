"""Wording of the research lists and dialogs: counts said in real plurals, one wording for
merging sources and respondents, and the Add Source dialog's labels with working
accelerators (no literal "&")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel

from workshop.domain.model import SourceKind
from workshop.store import create_workshop
from workshop.ui.intake.source_dialog import SourceDialog
from workshop.ui.intake.sources_panel import SourcesPanel
from workshop.ui.main_window import MainWindow


@pytest.fixture
def panel(window: MainWindow, tmp_path: Path) -> SourcesPanel:
    """Ana (one source, two notes), P4 (one source, one note), Bo (two sources, three
    notes)."""
    wf = create_workshop(tmp_path / "w.pwshop", "Research")
    for name, notes_per_source in (("Ana", [2]), ("P4", [1]), ("Bo", [1, 2])):
        person = wf.add_respondent(name).created[0]
        for number, count in enumerate(notes_per_source):
            source = wf.add_source(
                f"{name} {number}", SourceKind.INTERVIEW, respondent_id=person
            ).created[0]
            wf.add_notes([{"text": f"{name} said {i}", "source_id": source} for i in range(count)])
    window.resize(1400, 900)
    window.attach(wf)
    dock = window.findChild(QDockWidget, "sourcesDock")
    assert dock is not None
    dock.show()
    dock.raise_()  # the panel is made when first in sight
    widget = dock.widget()
    assert isinstance(widget, SourcesPanel)
    return widget


def test_the_respondent_merge_says_its_counts_in_plurals(panel: SourcesPanel) -> None:
    respondents = {r.label: r for r in panel.session.snapshot().respondents}
    chosen = [respondents[name] for name in ("Ana", "P4", "Bo")]
    dialog = panel.respondents.merge(chosen)
    assert dialog is not None
    lines = dialog.outcome.text().splitlines()
    assert lines[:2] == [
        "1 source (1 note) moves from “P4” to “Ana”; “P4” is removed.",
        "2 sources (3 notes) move from “Bo” to “Ana”; “Bo” is removed.",
    ]
    dialog.reject()


def test_merging_sources_and_respondents_is_worded_alike(panel: SourcesPanel) -> None:
    names = [
        panel.merge_action.text(),
        panel.merge_respondents_action.text(),
        panel.respondents.merge_action.text(),
    ]
    shown = [name.replace("&", "") for name in names]
    assert shown == ["Merge Into…", "Merge Respondents Into…", "Merge Into…"]


def _labels_showing_an_ampersand(dialog: SourceDialog) -> list[str]:
    """Labels whose "&" would show as it is written: a mnemonic with nothing to go to."""
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and "&" in label.text().replace("&&", "") and label.buddy() is None
    ]


def test_every_label_of_the_source_dialog_has_a_working_accelerator(qtbot: Any) -> None:
    dialog = SourceDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert _labels_showing_an_ampersand(dialog) == []
    dialog.has_date.setChecked(False)
    dialog.label_edit.setFocus()
    qtbot.keyClick(dialog.label_edit, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Date
    assert dialog.has_date.hasFocus()
