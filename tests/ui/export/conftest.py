"""The Export dialog over a copy of the demo workshop (Dana, researched; Sam, a proto-persona)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from workshop.demo import fresh_demo_copy
from workshop.store import open_workshop
from workshop.ui import main_window
from workshop.ui.export.dialog import ExportDialog
from workshop.ui.export.feature import ExportFeature
from workshop.ui.main_window import MainWindow
from workshop.ui.session import WorkshopSession

A2_MM = (420.0, 594.0)


@dataclass
class Exporting:
    window: MainWindow
    session: WorkshopSession
    dialog: ExportDialog
    qtbot: object

    def wait_for_preview(self, *sizes_mm: tuple[float, float]) -> None:
        """Until the preview shows a first page of one of these sizes (mm), nothing pending."""
        preview = self.dialog.preview
        self.qtbot.waitUntil(  # type: ignore[attr-defined]
            lambda: preview.page_size_mm in sizes_mm and not preview.busy, timeout=10_000
        )


@pytest.fixture(scope="session")
def demo_original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fresh_demo_copy(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def demo_file(demo_original: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(demo_original, tmp_path / "demo.pwshop"))


@pytest.fixture
def exporting(
    window: MainWindow, demo_file: Path, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> Exporting:
    """The demo open with only the export feature, and the Export dialog open on A2 posters."""
    monkeypatch.setattr(main_window, "feature_factories", lambda: [ExportFeature])
    window.attach(open_workshop(demo_file))
    session = window.session
    assert session is not None
    assert window.findChild(ExportDialog) is None  # made on first use
    action = next(a for a in window.menu("file").actions() if a.objectName() == "exportAction")
    action.trigger()
    dialog = window.findChild(ExportDialog)
    assert isinstance(dialog, ExportDialog)
    ready = Exporting(window, session, dialog, qtbot)
    ready.wait_for_preview(A2_MM)
    return ready
