"""The first rows of a file as read, in a table: header row in bold, rows above the data
greyed out, every cell plain text (long cells cut short, with the start in a tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from workshop.ui.plain import tooltip

#: Rows shown in the preview.
PREVIEW_ROWS = 30
_CELL_CHARS = 160
_TIP_CHARS = 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("PreviewTable", text)


class PreviewTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(False)
        self.setAccessibleName(_tr("Preview of the first rows"))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setDefaultSectionSize(160)
        self.verticalHeader().setDefaultSectionSize(24)

    def show_records(self, records: list[list[str]], header_row: int, first_data_row: int) -> None:
        """``records`` as read (row 1 first); ``header_row`` 0 when there is none."""
        model = self.model_
        model.clear()
        shown = records[:PREVIEW_ROWS]
        width = max((len(r) for r in shown), default=0)
        model.setColumnCount(width)
        model.setHorizontalHeaderLabels([_column_letters(i) for i in range(width)])
        bold = QFont(self.font())
        bold.setBold(True)
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for number, record in enumerate(shown, start=1):
            items = []
            for value in record:
                item = QStandardItem(_cut(value, _CELL_CHARS))
                if len(value) > _CELL_CHARS or "\n" in value:
                    item.setToolTip(tooltip(_cut(value, _TIP_CHARS)))
                if number == header_row:
                    item.setFont(bold)
                elif number < first_data_row:
                    item.setForeground(grey)
                items.append(item)
            model.appendRow(items)
        model.setVerticalHeaderLabels([str(n) for n in range(1, len(shown) + 1)])

    def clear(self) -> None:
        self.model_.clear()


def _cut(text: str, limit: int) -> str:
    flat = text.replace("\n", " ⏎ ")
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _column_letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
