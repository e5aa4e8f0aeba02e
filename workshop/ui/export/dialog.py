"""The Export dialog: choose what to print, see the first page, export a PDF or print it.

Left: the choices (:class:`ExportForm`), "Open after export" and what the last export
said (plain text, including anything that did not fit). Right: a live preview of the first
page. Buttons: Print… (the system print dialog), Show in Folder (after an export),
Export… and Close. The PDF is the one the ``poster``/``deck``/``cards`` verbs make.
"""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QShowEvent
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.errors import WorkshopError
from workshop.export import ExportReport
from workshop.export.job import (
    ExportChoices,
    Kind,
    assets_needed,
    failing_persona_ids,
    make_pdf,
    report_lines,
    suggested_file_name,
)
from workshop.store import Change, outputs
from workshop.ui import output_choice
from workshop.ui.error_text import sentence
from workshop.ui.export.form import ExportForm
from workshop.ui.export.preview import PreviewMaker, PreviewView
from workshop.ui.export.printing import PdfPages, match_paper, print_pages
from workshop.ui.plain import label
from workshop.ui.plurals import plural
from workshop.ui.session import WorkshopSession

PDF_FILTER = "PDF documents (*.pdf)"


class _NothingMade(Exception):
    """The export was refused and said so; the partial file is to be removed."""


class ExportDialog(QDialog):
    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export Posters and Cards"))
        self.last_path: Path | None = None
        self._images: dict[str, bytes | None] = {}
        self._flagged: frozenset[str] = frozenset()
        self._stale = True

        self.form = ExportForm()
        self.form.changed.connect(self.schedule_preview)
        self.open_after = QCheckBox(self.tr("Open the PDF after e&xport"))
        self.open_after.setObjectName("openAfterExport")
        self.messages = QPlainTextEdit()
        self.messages.setObjectName("exportMessages")
        self.messages.setReadOnly(True)
        self.messages.setMaximumHeight(110)
        self.messages.setPlaceholderText(self.tr("What the export made is listed here."))
        self.messages.setAccessibleName(self.tr("Export messages"))

        self.preview = PreviewMaker(self)
        self.preview.updated.connect(self._show_preview)
        self.preview_view = PreviewView()
        self.preview_view.setObjectName("exportPreview")
        self.caption = label()
        self.caption.setObjectName("exportPreviewCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("exportPrint")
        self.folder_button = QPushButton(self.tr("Show in &Folder"))
        self.folder_button.setObjectName("exportShowFolder")
        self.folder_button.setEnabled(False)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setObjectName("exportSave")
        self.export_button.setDefault(True)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(lambda _checked=False: self.export())
        self.print_button.clicked.connect(lambda _checked=False: self.print_pdf())
        self.folder_button.clicked.connect(lambda _checked=False: self.show_in_folder())

        left = QVBoxLayout()
        left.addWidget(self.form, 1)
        left.addWidget(self.open_after)
        left.addWidget(self.messages)
        right = QVBoxLayout()
        right.addWidget(self.preview_view, 1)
        right.addWidget(self.caption)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self.resize(920, 640)

        session.changed.connect(self._on_change)
        self.refresh()

    # Following the workshop -------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the workshop again (personas, check results, notes) and preview."""
        snapshot = self.session.snapshot()
        self._flagged = failing_persona_ids(snapshot, self.session.today())
        self.form.refresh(snapshot, self._flagged)
        self._stale = False
        self.schedule_preview()

    def _on_change(self, change: Change) -> None:
        if "asset" in change.tables():
            self._images.clear()
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def choices(self) -> ExportChoices:
        return replace(self.form.choices(), flagged_persona_ids=self._flagged)

    def _loader(self, choices: ExportChoices, *, first_page_only: bool) -> dict[str, bytes | None]:
        """The images an export needs, read now (in this thread) and kept for next time."""
        snapshot = self.session.snapshot()
        for asset_id in assets_needed(snapshot, choices, first_page_only=first_page_only):
            if asset_id not in self._images:
                self._images[asset_id] = self.session.workshop.load_asset(asset_id)
        return self._images

    # The preview ---------------------------------------------------------------------------
    def schedule_preview(self) -> None:
        snapshot = self.session.snapshot()
        choices = self.choices()
        images = dict(self._loader(choices, first_page_only=True))

        def build(out: io.BytesIO) -> ExportReport:
            return make_pdf(snapshot, out, choices, load_asset=images.get, first_page_only=True)

        self.preview.request(build)
        if self.preview_view.image is None:
            self.preview_view.show_image(None, self.tr("Preparing the preview…"))

    def _show_preview(self) -> None:
        maker = self.preview
        self.preview_view.show_image(maker.image, maker.message)
        if maker.image is None or maker.page_size_mm is None:
            self.caption.setText(maker.message)
            return
        width, height = maker.page_size_mm
        choices = self.choices()
        text = self.tr("First page: {0:.0f} × {1:.0f} mm").format(width, height)
        report = maker.report
        if choices.kind is Kind.POSTERS and choices.tile and report and report.sheets:
            first = report.sheets[0]
            sheets = sum(1 for s in report.sheets if s.poster_page == first.poster_page)
            text = plural(
                "The only {0} sheet for the first poster",
                "First sheet (row 1, column 1) of %n {0} sheets for the first poster",
                sheets,
            ).format(choices.tile)
        self.caption.setText(text)

    # Export ----------------------------------------------------------------------------------
    def ask_pdf_path(self, suggested: Path) -> Path | None:
        """The file to write (tests replace this)."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export as PDF"),
            str(suggested),
            PDF_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,  # asked in ``export``
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def _suggested_path(self, choices: ExportChoices) -> Path:
        folder = self.last_path.parent if self.last_path else self.session.workshop.path.parent
        title = self.session.snapshot().workshop.title
        return folder / suggested_file_name(title, choices)

    def export(self) -> Path | None:
        """Ask for a file and export to it by the output rule (``store.outputs``): never
        the workshop or any workshop file; an existing file only after asking."""
        choices = self.choices()
        path = self.ask_pdf_path(self._suggested_path(choices))
        if path is None:
            return None
        inputs = [self.session.workshop.path]
        refused = output_choice.refusal(path, inputs=inputs, makes="pdf")
        if refused is not None:
            self._say([self.tr("Nothing was exported: {0}").format(refused.message)])
            return None
        if not output_choice.may_replace(self, path):
            return None
        try:
            with outputs.writing(path, inputs=inputs, force=True, makes="pdf") as partial:
                with partial.open("wb") as stream:
                    report = self._make(stream, choices)
                if report is None:
                    raise _NothingMade
        except _NothingMade:
            return None
        except WorkshopError as error:
            self._say([self.tr("Nothing was exported: {0}").format(error.message)])
            return None
        report.path = path
        self.last_path = path
        self.folder_button.setEnabled(True)
        self._say(report_lines(report, bullet="•"))
        self.session.status.emit(self.tr("Exported {0}").format(path))
        if self.open_after.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def _make(self, out: BinaryIO, choices: ExportChoices) -> ExportReport | None:
        """Print with ``choices``; a problem is said in the message area (None returned)."""
        snapshot = self.session.snapshot()
        images = self._loader(choices, first_page_only=False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return make_pdf(snapshot, out, choices, load_asset=images.get)
        except WorkshopError as error:
            self._say([self.tr("Nothing was exported: {0}").format(error.message)])
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _say(self, lines: list[str]) -> None:
        self.messages.setPlainText("\n".join(lines))

    def show_in_folder(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path.parent)))

    # Print -----------------------------------------------------------------------------------
    def make_printer(self) -> QPrinter:
        return QPrinter(QPrinter.PrinterMode.HighResolution)

    def print_pdf(self) -> int:
        """Print through the system print dialog; returns the number of pages printed."""
        choices = self.choices()
        buffer = io.BytesIO()
        report = self._make(buffer, choices)
        if report is None:
            return 0
        try:
            pages = PdfPages(buffer.getvalue())
        except WorkshopError as error:
            self._say([sentence(error.message)])
            return 0
        try:
            printer = self.make_printer()
            printer.setDocName(suggested_file_name(self.session.snapshot().workshop.title, choices))
            match_paper(printer, pages)
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("Print"))
            dialog.setMinMax(1, pages.count)
            dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0
            try:
                printed = self._print_to(printer, pages)
            except WorkshopError as error:
                self._say([self.tr("Nothing was printed: {0}").format(error.message)])
                return 0
        finally:
            pages.close()
        lines = report_lines(report, bullet="•")
        if printed == 0:
            lines[0] = self.tr("No page was sent to the printer.")
        elif printed == 1:
            lines[0] = self.tr("1 page sent to the printer.")
        else:
            lines[0] = self.tr("{0} pages sent to the printer.").format(printed)
        self._say(lines)
        return printed

    def _print_to(self, printer: QPrinter, pages: PdfPages) -> int:
        """Print ``pages``. "Print to File" in the print dialog writes a file: by the output
        rule, like Export (never the open workshop nor any workshop file, only over an
        earlier PDF, whole or not at all); the print dialog has asked before replacing."""
        target = printer.outputFileName()
        if not target:
            return print_pages(pages, printer)
        path = Path(target)
        with outputs.writing(
            path, inputs=[self.session.workshop.path], force=True, makes="pdf"
        ) as partial:
            printer.setOutputFileName(str(partial))
            try:
                return print_pages(pages, printer)
            finally:
                printer.setOutputFileName(target)

    # Closing ---------------------------------------------------------------------------------
    def detach(self) -> None:
        """The workshop is closing: stop listening and drop any preview under way."""
        self.session.changed.disconnect(self._on_change)
        self.preview.cancel()
