"""The three pages of the import wizard: the file and its first rows, the columns, and
what will be imported.

The pages show and edit the wizard's state (``ImportWizard``: the table as read, the
mapping, the plan); the wizard does the reading and planning in the background.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

from workshop.domain.model import SourceKind
from workshop.i18n import grouped
from workshop.io.evidence_import import is_text_table
from workshop.io.import_mapping import ImportMapping
from workshop.io.transcripts import is_transcript_table, speakers_of
from workshop.ui.intake.preview import PreviewTable
from workshop.ui.plain import label, tooltip
from workshop.ui.plurals import plural

if TYPE_CHECKING:
    from workshop.ui.intake.import_wizard import ImportWizard

#: (shown name, codec) offered for a file whose encoding is guessed wrong; the names are
#: marked for the window's catalogue (``FilePage`` translates them where shown).
ENCODINGS: tuple[tuple[str, str | None], ...] = (
    (str(QT_TRANSLATE_NOOP("FilePage", "Detect automatically")), None),
    ("UTF-8", "utf-8"),
    ("UTF-16", "utf-16"),
    (str(QT_TRANSLATE_NOOP("FilePage", "Windows-1252 (Western)")), "cp1252"),
    ("Latin-1 (ISO 8859-1)", "latin-1"),
    ("Mac Roman", "mac-roman"),
    (str(QT_TRANSLATE_NOOP("FilePage", "Windows-1250 (Central European)")), "cp1250"),
    (str(QT_TRANSLATE_NOOP("FilePage", "Windows-1251 (Cyrillic)")), "cp1251"),
)


class Busy(QHBoxLayout):
    """A progress bar with a Cancel button, shown while the wizard reads or plans."""

    def __init__(self, wizard: ImportWizard, page: QWizardPage) -> None:
        super().__init__()
        self.bar = QProgressBar()
        self.bar.setAccessibleName(page.tr("Progress"))
        self.cancel = QPushButton(page.tr("Cancel Reading"))
        self.cancel.clicked.connect(wizard.job.cancel)
        self.addWidget(self.bar, 1)
        self.addWidget(self.cancel)
        self.show(False)

    def show(self, visible: bool) -> None:
        self.bar.setVisible(visible)
        self.cancel.setVisible(visible)
        if visible:
            self.bar.setRange(0, 0)

    def progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))


#: How long typing in the path pauses before the file is previewed.
TYPING_PAUSE_MS = 300


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "A CSV, TSV or Excel export, a transcript (.vtt, .srt, Zoom, Teams or Otter "
                "text) or interview notes, verbatim or not, as text or Markdown. For a table, "
                "say below where the column names are."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.setPlaceholderText(self.tr("The file to import"))
        self.path_edit.editingFinished.connect(self._path_edited)
        # A typed or pasted path previews as soon as the typing pauses on a file there.
        self.typing_pause = QTimer(self)
        self.typing_pause.setSingleShot(True)
        self.typing_pause.setInterval(TYPING_PAUSE_MS)
        self.typing_pause.timeout.connect(self._path_typed)
        self.path_edit.textChanged.connect(lambda _text: self.typing_pause.start())
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.clicked.connect(wizard.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse)

        self.encoding = QComboBox()
        self.encoding.setAccessibleName(self.tr("Text encoding"))
        for name, codec in ENCODINGS:
            self.encoding.addItem(self.tr(name), codec)
        self.encoding.activated.connect(lambda _i: wizard.reload())
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.sheet.activated.connect(lambda _i: wizard.reload())
        self.header_row = QSpinBox()
        self.header_row.setAccessibleName(self.tr("Row with the column names"))
        self.header_row.setSpecialValueText(self.tr("none"))
        self.header_row.valueChanged.connect(self._rows_changed)
        self.data_row = QSpinBox()
        self.data_row.setAccessibleName(self.tr("First row of data"))
        self.data_row.setMinimum(1)
        self.data_row.valueChanged.connect(self._rows_changed)

        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
        form.addRow(self.tr("&Encoding:"), self.encoding)
        form.addRow(self.tr("&Sheet:"), self.sheet)
        form.addRow(self.tr("Column &names in row:"), self.header_row)
        form.addRow(self.tr("&Data starts at row:"), self.data_row)
        self.form = form

        self.busy = Busy(wizard, self)
        self.status = label()
        self.status.setWordWrap(True)
        self.preview = PreviewTable()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.preview, 1)
        self._updating = False
        self.show_table()

    def _path_typed(self) -> None:
        """Typing paused: preview the file when the path names one (half a path waits
        for more typing, or for Enter or Tab, which say what is wrong with it)."""
        text = self.path_edit.text().strip()
        try:
            is_file = bool(text) and Path(text).is_file()
        except OSError:
            is_file = False
        if is_file:
            self._path_edited()

    def _path_edited(self) -> None:
        self.typing_pause.stop()
        text = self.path_edit.text().strip()
        if text and text != str(self.wizard_.path or ""):
            self.wizard_.load(text)

    def _rows_changed(self) -> None:
        if self._updating:
            return
        header = self.header_row.value()
        data = self.data_row.value()
        if data <= header:
            data = header + 1
        self.wizard_.split(header, data)

    def encoding_choice(self) -> str | None:
        value = self.encoding.currentData()
        return value if isinstance(value, str) else None

    def sheet_choice(self) -> str | None:
        return self.sheet.currentText() or None if self.sheet.count() > 1 else None

    def show_reading(self, name: str) -> None:
        self.busy.show(True)
        self.status.setText(self.tr("Reading {0}…").format(name))
        self.preview.clear()
        self.completeChanged.emit()

    def show_progress(self, done: int, total: int) -> None:
        self.busy.progress(done, total)
        if total:
            said = plural("Read {0} of %Ln row…", "Read {0} of %Ln rows…", total)
            self.status.setText(said.format(grouped(done)))

    def show_table(self) -> None:
        """Show the wizard's table (or its error) and the header/data rows."""
        wizard = self.wizard_
        self.busy.show(False)
        base = wizard.base
        self._updating = True
        try:
            sheets = base.sheets if base else ()
            if tuple(self.sheet.itemText(i) for i in range(self.sheet.count())) != sheets:
                self.sheet.clear()
                self.sheet.addItems(list(sheets))
            if base is not None and base.sheet:
                self.sheet.setCurrentText(base.sheet)
            self.form.setRowVisible(self.sheet, len(sheets) > 1)
            text_file = base is not None and is_text_table(base)
            self.form.setRowVisible(self.header_row, not text_file)
            self.form.setRowVisible(self.data_row, not text_file)
            rows = len(base.records) if base else 1
            self.header_row.setRange(0, max(0, rows - 1))
            self.data_row.setRange(1, max(1, rows))
            table = wizard.table
            if table is not None and not text_file:
                self.header_row.setValue(table.header_row)
                self.data_row.setValue(table.first_data_row)
        finally:
            self._updating = False
        if base is None:
            self.preview.clear()
        elif is_text_table(base):
            self.preview.show_records(base.records, 0, 1)
        else:
            self.preview.show_records(base.records, self.header_row.value(), self.data_row.value())
        self.status.setText(wizard.read_message())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wizard_.table is not None and not self.wizard_.job.busy


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Choose the columns"))
        self.setSubTitle(
            self.tr(
                "Each filled cell of the text columns becomes a note. Each respondent or "
                "ticket becomes a source, or the whole file is one source."
            )
        )
        self.text_columns = QListWidget()
        self.text_columns.setAccessibleName(self.tr("Columns that become notes"))
        self.text_columns.itemChanged.connect(lambda _item: self._columns_changed())
        self.join = QCheckBox(self.tr("One note per row (join the chosen columns)"))
        self.source_column = QComboBox()
        self.source_column.setAccessibleName(self.tr("Respondent or ticket column"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of source"))
        for kind in SourceKind:
            self.kind.addItem(self.tr(kind.label), kind.value)
        self.date_column = QComboBox()
        self.date_column.setAccessibleName(self.tr("Date column"))
        self.skip_empty = QCheckBox(self.tr("Skip empty cells and “n/a”"))
        self.skip_empty.setChecked(True)
        self.speaker = QComboBox()
        self.speaker.setAccessibleName(self.tr("Respondent: whose words become notes"))
        self.questions = QCheckBox(self.tr("Keep each answer's question (shown with the note)"))
        self.join_extra = QCheckBox()
        form = QFormLayout()
        form.addRow(self.tr("&Respondent:"), self.speaker)
        form.addRow(self.tr("Respondent / &ticket:"), self.source_column)
        form.addRow(self.tr("&Kind of source:"), self.kind)
        form.addRow(self.tr("&Date:"), self.date_column)
        self.form = form
        self.text_label = QLabel(self.tr("Note &text from:"))
        self.text_label.setBuddy(self.text_columns)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text_columns, 1)
        layout.addWidget(self.join)
        layout.addLayout(form)
        layout.addWidget(self.skip_empty)
        layout.addWidget(self.questions)
        layout.addWidget(self.join_extra)
        self.text_only = label(self.tr("Each paragraph or bullet point becomes a note."))
        self.text_only.setWordWrap(True)  # a long line would widen the wizard past the window
        layout.addWidget(self.text_only)

    def initializePage(self) -> None:
        table = self.wizard_.table
        if table is None:
            return
        mapping = self.wizard_.proposed_mapping()
        text_file = is_text_table(table)
        self.text_columns.blockSignals(True)
        self.text_columns.clear()
        for index, header in enumerate(table.headers):
            item = QListWidgetItem(header)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = header in mapping.text_columns
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            sample = next((r[index] for r in table.rows[:50] if r[index].strip()), "")
            if sample:
                item.setToolTip(tooltip(self.tr("For example: {0}").format(sample[:300])))
            self.text_columns.addItem(item)
        self.text_columns.blockSignals(False)
        for combo, first in (
            (self.source_column, self.tr("None: one source for the whole file")),
            (self.date_column, self.tr("No date")),
        ):
            combo.clear()
            combo.addItem(first, None)
            for header in table.headers:
                combo.addItem(header, header)
        self._choose(self.source_column, mapping.source_column)
        self._choose(self.date_column, mapping.date_column)
        self.kind.setCurrentIndex(max(0, self.kind.findData(mapping.source_kind.value)))
        self.join.setChecked(mapping.join_columns)
        self.skip_empty.setChecked(mapping.skip_empty)
        self.questions.setChecked(mapping.question_context)
        self.join_extra.setVisible(bool(table.extra_cells))
        if table.extra_cells:
            number, cells = table.extra_cells[0]
            self.join_extra.setText(
                self.tr(
                    "Some rows have more cells than there are headers (row {0}: {1}); join "
                    "them back onto “{2}”"
                ).format(number, cells, table.headers[table.header_width - 1])
            )
        self.join_extra.setChecked(mapping.join_extra_cells)
        transcript = is_transcript_table(table)
        self.speaker.clear()
        if transcript:
            self.speaker.addItem(self.tr("Everyone but the interviewer (guessed)"), None)
            for speaker, turns in speakers_of(table):
                shown = speaker or self.tr("(unnamed)")
                said = plural("{0} (%n turn)", "{0} (%n turns)", turns).format(shown)
                self.speaker.addItem(said, speaker)
            self._choose(self.speaker, mapping.speakers[0] if mapping.speakers else None)
        self.form.setRowVisible(self.speaker, transcript)
        self._say_what_becomes_notes(transcript, text_file)
        self.text_only.setText(
            self.tr(
                "Each turn of the respondent becomes a note; the interviewer's words, "
                "timestamps and [asides] are left out. The summary shows who said what."
            )
            if transcript
            else self.tr("Each paragraph or bullet point becomes a note.")
        )
        # A text file has one column: only the kind of source is left to choose.
        for widget in (self.text_label, self.text_columns, self.join):
            widget.setVisible(not text_file)
        self.form.setRowVisible(self.source_column, not text_file)
        self.form.setRowVisible(self.date_column, not text_file)
        self.text_only.setVisible(text_file)
        self._columns_changed()

    def _say_what_becomes_notes(self, transcript: bool, text_file: bool) -> None:
        """The page in the words of what was read: who speaks in a transcript or verbatim
        notes, paragraphs in other notes, cells and columns only in a table."""
        if transcript:
            self.setTitle(self.tr("Choose who speaks"))
            self.setSubTitle(
                self.tr(
                    "Each turn of the respondent becomes a note, and each respondent a "
                    "source. Say who the respondent is when the guess is wrong."
                )
            )
        elif text_file:
            self.setTitle(self.tr("Choose the kind of source"))
            self.setSubTitle(
                self.tr(
                    "Each paragraph or bullet point of the notes becomes a note; the whole "
                    "file is one source."
                )
            )
        else:
            self.setTitle(self.tr("Choose the columns"))
            self.setSubTitle(
                self.tr(
                    "Each filled cell of the text columns becomes a note. Each respondent or "
                    "ticket becomes a source, or the whole file is one source."
                )
            )
        self.skip_empty.setText(
            self.tr("Skip paragraphs that say only “n/a”")
            if text_file
            else self.tr("Skip empty cells and “n/a”")
        )
        # A transcript's turns all have words (a cue without any is not a turn).
        self.skip_empty.setVisible(not transcript)

    @staticmethod
    def _choose(combo: QComboBox, value: str | None) -> None:
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(0, index))

    def checked_columns(self) -> list[str]:
        return [
            self.text_columns.item(i).text()
            for i in range(self.text_columns.count())
            if self.text_columns.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked_columns(self, columns: list[str]) -> None:
        for i in range(self.text_columns.count()):
            item = self.text_columns.item(i)
            state = Qt.CheckState.Checked if item.text() in columns else Qt.CheckState.Unchecked
            item.setCheckState(state)

    def _columns_changed(self) -> None:
        self.join.setEnabled(len(self.checked_columns()) > 1)
        self.completeChanged.emit()

    def mapping(self) -> ImportMapping:
        table = self.wizard_.table
        header_row = table.header_row if table is not None else 1
        source = self.source_column.currentData()
        date = self.date_column.currentData()
        transcript = table is not None and is_transcript_table(table)
        speaker = self.speaker.currentData() if transcript else None
        return ImportMapping(
            text_columns=tuple(self.checked_columns()),
            source_column=source if isinstance(source, str) else None,
            source_kind=SourceKind(self.kind.currentData()),
            date_column=date if isinstance(date, str) else None,
            skip_empty=self.skip_empty.isChecked(),
            header_row=header_row,
            join_columns=self.join.isChecked() and self.join.isEnabled(),
            speakers=(speaker,) if isinstance(speaker, str) else (),
            join_extra_cells=self.join_extra.isChecked() and bool(table and table.extra_cells),
            question_context=self.questions.isChecked(),
        )

    def isComplete(self) -> bool:
        return bool(self.checked_columns())

    def validatePage(self) -> bool:
        self.wizard_.mapping = self.mapping()
        return True


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("What will be imported, and what will be left out and why."))
        self.busy = Busy(wizard, self)
        self.busy.cancel.setText(self.tr("Cancel"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Import summary"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.busy)
        layout.addWidget(self.text, 1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        self.text.setPlainText(self.tr("Working out what to import…"))
        self.busy.show(True)
        self.wizard_.start_plan()

    def show_plan(self) -> None:
        self.busy.show(False)
        self.text.setPlainText(self.wizard_.plan_message())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wizard_.plan_ready()
