"""File > Merge Workshop…: bring breakout groups' copies into the open workshop.

Each breakout file is merged as one store operation and one undo step
(``workshop.io.merge.merge_into``); the report says what came in, what conflicted and what
was skipped. Fields are decided against the workshop the copies were made from: the one a
merged workshop remembers, or else the facilitator is asked (this workshop, if it has not
changed since the copies were made, or the original file).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workshop.errors import WorkshopError
from workshop.store import Change, WorkshopFile

if TYPE_CHECKING:
    from workshop.io.merge_report import FileMerge, MergeReport
    from workshop.ui.main_window import MainWindow

# The merge itself (workshop.io.merge and its report) loads when a merge is asked for:
# the menu item is built at every start, a merge happens a few times a workshop.


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


def ask_merge_original(window: MainWindow) -> Path | None:
    """The workshop the breakout copies were made from (None: the facilitator cancelled)."""
    session = window.session
    if session is None:
        return None
    box = QMessageBox(window)
    box.setWindowTitle(window.tr("Merge breakout workshops"))
    box.setText(window.tr("Which workshop were the breakout copies made from?"))
    box.setInformativeText(
        window.tr(
            "A change made in one place only is taken; the same thing changed in both is "
            "kept twice for you to choose. To tell which is which, the merge compares with "
            "the workshop as it was when the copies were made."
        )
    )
    this = box.addButton(
        window.tr("This Workshop, Unchanged Since"), QMessageBox.ButtonRole.AcceptRole
    )
    choose = box.addButton(window.tr("Choose the Original…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is this:
        return session.workshop.path
    if box.clickedButton() is not choose:
        return None
    name, _ = QFileDialog.getOpenFileName(
        window,
        window.tr("The workshop the copies were made from"),
        str(session.workshop.path.parent),
        window.tr("Persona workshops (*.pwshop);;All files (*)"),
    )
    return Path(name) if name else None


def merge_files(
    window: MainWindow, paths: list[Path], ancestor: Path | None = None
) -> MergeReport | None:
    """Merge each file into the open workshop (one undo step each); the combined report.
    ``ancestor``: the workshop the copies were made from (None: the one this workshop
    remembers from an earlier merge)."""
    from workshop.io.merge import merge_into, read_ancestor
    from workshop.io.merge_report import MergeReport

    session = window.session
    if session is None or not paths:
        return None
    try:
        ancestor_rows = read_ancestor(session.workshop, ancestor)
    except WorkshopError as error:
        window.show_error(window.tr("Merge breakout workshops"), error)
        return None
    report = MergeReport(session.workshop.path.name, None)
    origins: dict[tuple[str, str], str] = {}
    for path in paths:
        merged: list[FileMerge] = []

        def merge(wf: WorkshopFile, path: Path = path, merged: list[FileMerge] = merged) -> Change:
            change, result = merge_into(wf, path, origins=origins, ancestor=ancestor_rows)
            merged.append(result)
            return change

        session.perform(merge)
        report.files.extend(merged)
    return report if report.files else None


def _merge_chosen(window: MainWindow) -> MergeReport | None:
    from workshop.io.merge_rows import load_record

    session = window.session
    if session is None:
        return None
    paths = window.ask_breakout_files()
    if not paths:
        return None
    ancestor = None
    if not load_record(session.workshop).knows_ancestor:
        ancestor = ask_merge_original(window)
        if ancestor is None:
            return None
    return merge_files(window, paths, ancestor)


def install_merge_action(window: MainWindow) -> QAction:
    action = QAction(window.tr("&Merge Workshop…"), window)
    action.setStatusTip(window.tr("Bring breakout groups' copies of this workshop into it"))

    def run() -> None:
        report = _merge_chosen(window)
        if report is not None:
            window.make_merge_report_dialog(report).exec()

    action.triggered.connect(run)
    return action
