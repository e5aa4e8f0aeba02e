"""File > Merge Workshop…: bring breakout groups' copies into the open workshop.

Each breakout file is merged as one undo step (``workshop.io.merge.merge_into``); the
report says what came in, what conflicted and what was skipped.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workshop.io.merge import merge_into
from workshop.io.merge_report import FileMerge, MergeReport
from workshop.store import Change, WorkshopFile

if TYPE_CHECKING:
    from workshop.ui.main_window import MainWindow


class MergeReportDialog(QDialog):
    def __init__(self, report: MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge report"))
        self.text = QPlainTextEdit()  # plain text: file names and note text stay literal
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Merge report"))
        self.text.setPlainText("\n".join(report.lines()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 420)


def ask_breakout_files(window: MainWindow) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        window,
        window.tr("Merge breakout workshops"),
        str(window.session.workshop.path.parent) if window.session else "",
        window.tr("Persona workshops (*.pwshop);;All files (*)"),
    )
    return [Path(n) for n in names]


def merge_files(window: MainWindow, paths: list[Path]) -> MergeReport | None:
    """Merge each file into the open workshop (one undo step each); the combined report."""
    session = window.session
    if session is None or not paths:
        return None
    report = MergeReport(session.workshop.path.name, None)
    origins: dict[tuple[str, str], str] = {}
    for path in paths:
        merged: list[FileMerge] = []

        def merge(wf: WorkshopFile, path: Path = path, merged: list[FileMerge] = merged) -> Change:
            change, result = merge_into(wf, path, origins=origins)
            merged.append(result)
            return change

        session.perform(merge)
        report.files.extend(merged)
    return report if report.files else None


def install_merge_action(window: MainWindow) -> QAction:
    action = QAction(window.tr("&Merge Workshop…"), window)
    action.setStatusTip(window.tr("Bring breakout groups' copies of this workshop into it"))

    def run() -> None:
        report = merge_files(window, window.ask_breakout_files())
        if report is not None:
            window.make_merge_report_dialog(report).exec()

    action.triggered.connect(run)
    return action
