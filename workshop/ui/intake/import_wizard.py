"""File > Import Evidence: a research export or interview notes into notes and sources.

Pick a file and look at its first rows (say where the column names are), choose the
columns, see what will be imported and what left out, then import: one undo step.
Reading and planning run in a worker thread with progress and Cancel, so a large
export never freezes the window. The choices are remembered per header signature.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from workshop.domain.board_geometry import Point
from workshop.errors import ImportFailed
from workshop.io.evidence_import import (
    ReadOptions,
    apply_plan,
    check_plan,
    default_mapping,
    is_text_table,
    plan_import,
    read_evidence,
)
from workshop.io.evidence_plan import EvidencePlan
from workshop.io.import_mapping import ImportMapping, header_signature
from workshop.io.survey_headers import detect_header_rows
from workshop.io.tabular import Table
from workshop.io.transcripts import is_transcript_table, speakers_of
from workshop.store import Change, WorkshopFile
from workshop.ui.error_text import sentence
from workshop.ui.intake import remembered
from workshop.ui.intake.background import BackgroundJob, Progress
from workshop.ui.intake.wizard_pages import ColumnsPage, FilePage, SummaryPage
from workshop.ui.plurals import plural
from workshop.ui.session import WorkshopSession

#: Rows tried as the header row when looking for a remembered mapping.
_HEADER_ROWS_TRIED = 6


class ImportWizard(QWizard):
    #: After a successful import: the ImportSummary and the Change.
    imported = Signal(object, object)

    def __init__(
        self,
        session: WorkshopSession,
        settings: QSettings,
        near: Callable[[], Point | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.near = near
        self.job = BackgroundJob(self)
        self.path: Path | None = None
        #: Every record of the file, not split into header and data.
        self.base: Table | None = None
        #: The records split at the chosen header row (None until read, or on an error).
        self.table: Table | None = None
        self.read_error = ""
        self.remembered: ImportMapping | None = None
        #: (header row, question row) as found in the file read (survey_headers).
        self.detected: tuple[int, int] = (1, 0)
        self.mapping: ImportMapping | None = None
        self.plan: EvidencePlan | None = None
        self.plan_error = ""
        self._job_kind = ""

        self.setWindowTitle(self.tr("Import Evidence"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.file_page, self.columns_page, self.summary_page):
            self.addPage(page)
        self.job.progress.connect(self._progress)
        self.job.done.connect(self._job_done)
        self.job.failed.connect(self._job_failed)
        self.job.cancelled.connect(self._job_cancelled)
        self.resize(820, 640)

    # Reading ------------------------------------------------------------------------
    def browse(self) -> None:
        path = self.ask_path()
        if path is not None:
            self.load(path)

    def ask_path(self) -> Path | None:
        """The file dialog (tests replace it)."""
        start = str(self.path.parent) if self.path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import evidence from"),
            start,
            self.tr(
                "Research files (*.csv *.tsv *.tab *.txt *.md *.markdown *.xlsx *.xlsm);;"
                "Spreadsheets (*.csv *.tsv *.xlsx *.xlsm);;Text and Markdown (*.txt *.md);;"
                "All files (*)"
            ),
        )
        return Path(name) if name else None

    def load(self, path: str | Path) -> None:
        """Read a file (in the background) and show its first rows."""
        self.path = Path(path)
        self.file_page.path_edit.setText(str(self.path))
        self.file_page.sheet.clear()
        self._read()

    def reload(self) -> None:
        """Read the same file again (another encoding or sheet)."""
        if self.path is not None:
            self._read()

    def _read(self) -> None:
        assert self.path is not None
        path = self.path
        options = ReadOptions(
            encoding=self.file_page.encoding_choice(),
            sheet=self.file_page.sheet_choice(),
            header_row=0,
        )
        self.base = self.table = None
        self.read_error = ""
        self.plan = None
        self._job_kind = "read"
        self.file_page.show_reading(path.name)

        def work(progress: Progress) -> Table:
            return read_evidence(path, options, progress=progress)

        self.job.start(work)

    def _read_done(self, table: Table) -> None:
        self.base = table
        self.remembered = None
        if is_text_table(table):
            self.table = table
            self.remembered = remembered.recall(self.settings, header_signature(table.headers))
        else:
            self.remembered = self._recall(table)
            self.detected = detect_header_rows(table.records)
            header_row = self.remembered.header_row if self.remembered else self.detected[0]
            self.split(header_row, None, show=False)
        self.file_page.show_table()

    def _recall(self, table: Table) -> ImportMapping | None:
        """The mapping remembered for these columns: the header row may be one of the
        first few (a title row above it may change from one export to the next)."""
        for row in range(1, min(_HEADER_ROWS_TRIED, len(table.records)) + 1):
            split = self._split_quietly(table, row)
            if split is None:
                continue
            found = remembered.recall(self.settings, header_signature(split.headers))
            if found is not None and (row == 1 or found.header_row == row):
                return found
        return None

    @staticmethod
    def _split_quietly(table: Table, header_row: int) -> Table | None:
        try:
            return table.with_header_row(header_row)
        except ImportFailed:
            return None

    def split(self, header_row: int, first_data_row: int | None, *, show: bool = True) -> None:
        """Say which row holds the column names and where the data starts."""
        if self.base is None or is_text_table(self.base):
            return
        found_header, question_row = self.detected
        try:
            self.table = self.base.with_header_row(
                header_row, first_data_row, question_row if header_row == found_header else 0
            )
            self.read_error = ""
        except ImportFailed as error:
            self.table = None
            self.read_error = error.message
        self.plan = None
        if show:
            self.file_page.show_table()

    def read_message(self) -> str:
        if self.read_error:
            return sentence(self.read_error)
        table = self.table
        if table is None:
            return "" if self.base is None else self.tr("Choose where the data is.")
        if is_transcript_table(table):
            return self._turns_message(table)
        if is_text_table(table):
            return plural(
                "{0}: %Ln paragraph or bullet point.",
                "{0}: %Ln paragraphs or bullet points.",
                len(table.rows),
            ).format(table.name)
        details = [
            plural("%Ln row of data", "%Ln rows of data", len(table.rows))
            + ", "
            + plural("%n column", "%n columns", len(table.headers))
        ]
        if table.encoding:
            details.append(self.tr("encoding {0}").format(table.encoding))
        if table.sheet:
            details.append(self.tr("sheet “{0}”").format(table.sheet))
        text = f"{table.name}: " + ", ".join(details) + "."
        if self.remembered is not None:
            text += " " + self.tr("The choices made last time for these columns are proposed.")
        return text

    def _turns_message(self, table: Table) -> str:
        """Who speaks how often in a transcript: "talk.vtt: 6 speaker turns: Anna (3),
        Tomás (3).", or "2 turns, speaker not named" when no turn names its speaker."""
        turns = len(table.rows)
        speakers = speakers_of(table)
        if all(not speaker for speaker, _n in speakers):
            if turns == 1:
                return self.tr("{0}: 1 turn, speaker not named.").format(table.name)
            return self.tr("{0}: {1:,} turns, speaker not named.").format(table.name, turns)
        unnamed = self.tr("speaker not named")
        said = ", ".join(f"{s or unnamed} ({n:,})" for s, n in speakers[:8])
        return plural("{0}: %Ln speaker turn: {1}.", "{0}: %Ln speaker turns: {1}.", turns).format(
            table.name, said
        )

    # Mapping and plan ---------------------------------------------------------------
    def proposed_mapping(self) -> ImportMapping:
        """The choices to start the columns page with: this session's, remembered, or a guess."""
        table = self.table
        assert table is not None
        for candidate in (self.mapping, self.remembered):
            if candidate is not None and candidate.fits(table) and candidate.text_columns:
                return candidate
        return default_mapping(table)

    def start_plan(self) -> None:
        table, mapping = self.table, self.mapping or self.columns_page.mapping()
        self.plan = None
        self.plan_error = ""
        if table is None:
            return
        self._job_kind = "plan"

        def work(_progress: Progress) -> EvidencePlan:
            return plan_import(table, mapping)

        self.job.start(work)

    def _plan_done(self, plan: EvidencePlan) -> None:
        self.plan = plan
        try:
            check_plan(plan)
        except ImportFailed as error:
            self.plan_error = error.message
        self.summary_page.show_plan()

    def plan_ready(self) -> bool:
        return self.plan is not None and not self.plan_error and not self.job.busy

    def plan_message(self) -> str:
        if self.plan is None:
            return sentence(self.plan_error)
        lines = self.plan.summary_lines()
        if self.plan_error:
            lines.insert(0, self.tr("Nothing can be imported: {0}.").format(self.plan_error))
        else:
            shown = [s.label for s in self.plan.sources[:12]]
            more = len(self.plan.sources) - len(shown)
            lines.append("")
            lines.append(
                self.tr("Sources:")
                + " "
                + "; ".join(shown)
                + (f"; … (+{more})" if more > 0 else "")
            )
            preview = self.plan.preview_lines()
            if preview:
                lines += ["", self.tr("The first notes (who said what):"), *preview]
        return "\n".join(lines)

    # Background job -----------------------------------------------------------------
    def _progress(self, done: int, total: int) -> None:
        if self._job_kind == "read":
            self.file_page.show_progress(done, total)
        else:
            self.summary_page.busy.progress(done, total)

    def _job_done(self, result: object) -> None:
        if self._job_kind == "read" and isinstance(result, Table):
            self._read_done(result)
        elif self._job_kind == "plan" and isinstance(result, EvidencePlan):
            self._plan_done(result)

    def _job_failed(self, message: str) -> None:
        if self._job_kind == "read":
            self.read_error = message
            self.file_page.show_table()
        else:
            self.plan_error = message
            self.summary_page.show_plan()

    def _job_cancelled(self) -> None:
        if self._job_kind == "read":
            self.read_error = self.tr("Reading was cancelled.")
            self.file_page.show_table()
        else:
            self.plan_error = self.tr("cancelled")
            self.summary_page.show_plan()

    # Finishing ----------------------------------------------------------------------
    def accept(self) -> None:
        plan, table = self.plan, self.table
        if plan is None or table is None or not self.plan_ready():
            return
        mapping = self.mapping or self.columns_page.mapping()
        self._remember(table, mapping)
        near = self.near()
        summaries: list[object] = []

        def operation(workshop: WorkshopFile) -> Change:
            change, summary = apply_plan(workshop, plan, near=near)
            summaries.append(summary)
            return change

        change = self.session.perform(operation)
        if change is None:
            return  # the window has said why; the wizard stays open
        self.imported.emit(summaries[0], change)
        super().accept()

    def _remember(self, table: Table, mapping: ImportMapping) -> None:
        signatures = [header_signature(table.headers)]
        if self.base is not None and table.header_row != 1 and not is_text_table(table):
            first = self._split_quietly(self.base, 1)
            if first is not None:
                signatures.append(header_signature(first.headers))
        remembered.remember(self.settings, signatures, mapping)

    def done(self, result: int) -> None:
        self.job.cancel()
        self.job.wait()
        super().done(result)
