"""A round's results as a ranked list, and several rounds side by side.

Choosing a line asks the board to show and highlight what it counts.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from workshop.domain.model import WorkshopSnapshot
from workshop.domain.vote_tallies import compare, ranking
from workshop.ui.plain import tooltip
from workshop.ui.session import WorkshopSession

TARGET_ROLE = Qt.ItemDataRole.UserRole


def notes_behind(snapshot: WorkshopSnapshot, target_id: str, is_cluster: bool) -> list[str]:
    if not is_cluster:
        return [target_id]
    return [n.id for n in snapshot.notes if n.cluster_id == target_id]


def rank_text(rank: int, tied: bool) -> str:
    return f"{rank}=" if tied else str(rank)


class RankedList(QTreeWidget):
    """Rank, votes, note or cluster: most votes first, ties share a rank (shown "2=")."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Rank"), self.tr("Votes"), self.tr("Note or cluster")])
        self.setRootIsDecorated(False)
        self.setAccessibleName(self.tr("Voting results"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.itemActivated.connect(self._show_on_board)
        self.itemClicked.connect(self._show_on_board)

    def show_round(self, snapshot: WorkshopSnapshot, round_id: str | None) -> None:
        self.clear()
        if round_id is None:
            return
        for tally in ranking(snapshot, round_id):
            item = QTreeWidgetItem([rank_text(tally.rank, tally.tied), str(tally.votes), ""])
            item.setText(2, tally.label)  # plain text: a tree item never renders markup
            item.setToolTip(2, tooltip(tally.label))
            item.setData(0, TARGET_ROLE, (tally.target_id, tally.is_cluster))
            for column in (0, 1):
                item.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            self.addTopLevelItem(item)

    def lines(self) -> list[tuple[str, str, str]]:
        """What the list shows, row by row (rank, votes, label)."""
        rows = []
        for index in range(self.topLevelItemCount()):
            item = self.topLevelItem(index)
            if item is not None:
                rows.append((item.text(0), item.text(1), item.text(2)))
        return rows

    def _show_on_board(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, TARGET_ROLE)
        if isinstance(target, tuple | list) and len(target) == 2:
            ids = notes_behind(self.session.snapshot(), str(target[0]), bool(target[1]))
            if ids:
                self.session.highlight_requested.emit(ids)


class RoundComparison(QTableWidget):
    """Every round a column: how many votes (and which rank) each note or cluster got."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(self.tr("Voting rounds side by side"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        self.cellActivated.connect(self._show_on_board)
        self.cellClicked.connect(self._show_on_board)
        self._targets: list[tuple[str, bool]] = []

    def refresh(self, snapshot: WorkshopSnapshot) -> None:
        rounds = list(snapshot.vote_rounds)
        # A round whose tallies are hidden until it ends shows nothing, not even which
        # notes got votes.
        visible = [r for r in rounds if not (r.is_open and not r.show_tallies)]
        rows = compare(snapshot, [r.id for r in visible])
        self.clear()
        self.setColumnCount(1 + len(rounds))
        self.setRowCount(len(rows))
        headers = [self.tr("Note or cluster")]
        for round_ in rounds:
            state = self.tr("open") if round_.is_open else self.tr("ended")
            headers.append(f"{round_.name}\n({state})")
        self.setHorizontalHeaderLabels(headers)
        self._targets = [(r.target_id, r.is_cluster) for r in rows]
        ties = {
            r.id: Counter(line.votes[i] for line in rows if line.ranks[i])
            for i, r in enumerate(visible)
        }
        for row, line in enumerate(rows):
            label = QTableWidgetItem(line.label)
            label.setToolTip(tooltip(line.label))
            self.setItem(row, 0, label)
            shown = dict(
                zip([r.id for r in visible], zip(line.votes, line.ranks, strict=True), strict=True)
            )
            for column, round_ in enumerate(rounds, start=1):
                if round_.id not in shown:
                    text = self.tr("hidden")
                else:
                    votes, rank = shown[round_.id]
                    tied = ties[round_.id][votes] > 1
                    text = f"{votes}  (#{rank_text(rank, tied)})" if rank else ""
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, cell)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def cell_text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def _show_on_board(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._targets):
            target, is_cluster = self._targets[row]
            ids = notes_behind(self.session.snapshot(), target, is_cluster)
            if ids:
                self.session.highlight_requested.emit(ids)
