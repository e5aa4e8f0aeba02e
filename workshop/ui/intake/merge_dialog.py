"""Merge Into…: which of two (or more) sources or respondents that turn out to be the same
one to keep, with what the merge will do said before it is done ("3 notes move from 'P4
(survey)' to 'Ana (interview)'; 'P4 (survey)' is removed").

The dialog only asks; the panel that opened it makes the merge (one undo step).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workshop.ui.plain import label


class MergeDialog(QDialog):
    def __init__(
        self,
        title: str,
        question: str,
        choices: Sequence[tuple[str, str]],
        describe: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        """``choices`` are (id, name) of what is merged, the first kept unless the
        facilitator picks another; ``describe(keep_id)`` says what the merge does."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("mergeDialog")
        self._describe = describe
        self._ids = [choice_id for choice_id, _name in choices]
        layout = QVBoxLayout(self)
        layout.addWidget(label(question))
        self.group = QButtonGroup(self)
        self.options: list[QRadioButton] = []
        for index, (_choice_id, name) in enumerate(choices):
            option = QRadioButton(" ".join(name.split()).replace("&", "&&"))
            option.setAccessibleName(name)
            self.group.addButton(option, index)
            self.options.append(option)
            layout.addWidget(option)
        self.outcome = label()
        self.outcome.setObjectName("mergeOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("What the merge does"))
        layout.addWidget(self.outcome)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.merge_button.setDefault(True)  # once in the dialog: Enter merges
        self.group.idToggled.connect(self._toggled)
        if self.options:
            self.options[0].setChecked(True)

    def keep_id(self) -> str:
        """The id of the one kept."""
        return self._ids[max(0, self.group.checkedId())]

    def other_ids(self) -> list[str]:
        keep = self.keep_id()
        return [i for i in self._ids if i != keep]

    def _toggled(self, _index: int, checked: bool) -> None:
        if checked:
            self.outcome.setText(self._describe(self.keep_id()))


class OpenMerge:
    """The one Merge dialog a panel has open (``dialog``; None once it is closed): Merge
    into… for sources and for respondents is opened the same way."""

    def __init__(self, panel: QWidget) -> None:
        self.panel = panel
        self.dialog: MergeDialog | None = None

    def open(
        self,
        title: str,
        question: str,
        choices: Sequence[tuple[str, str]],
        describe: Callable[[str], str],
        merge: Callable[[str, list[str]], None],
    ) -> MergeDialog:
        """A Merge dialog over the panel (in place of one still open); Merge calls
        ``merge(keep_id, other_ids)``, which makes the merge one undo step."""
        dialog = MergeDialog(title, question, choices, describe, self.panel)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: merge(dialog.keep_id(), dialog.other_ids()))
        if self.dialog is not None:
            self.dialog.close()
        dialog.destroyed.connect(lambda _o=None, d=dialog: self._gone(d))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _gone(self, dialog: MergeDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
