"""Export in the workspace: File > Export… (Ctrl+E) and a toolbar button, which open the
Export dialog (posters, the persona deck, evidence cards; preview, PDF, print).

The action's object name contains "export": the Share stage's "Export posters and cards…"
button finds it by that name. Export only reads, so it works on a read-only workshop too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from workshop.ui.session import WorkshopSession

if TYPE_CHECKING:
    from workshop.ui.export.dialog import ExportDialog
    from workshop.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportFeature", text)


class ExportFeature:
    def __init__(self, window: MainWindow, session: WorkshopSession) -> None:
        self.window = window
        self.session = session
        self.dialog: ExportDialog | None = None
        self.action = QAction(_tr("&Export…"), window)
        self.action.setObjectName("exportAction")
        self.action.setShortcut(QKeySequence("Ctrl+E"))
        self.action.setStatusTip(_tr("Persona posters, the persona deck or evidence cards as PDF"))
        self.action.triggered.connect(lambda _checked=False: self.open_dialog())
        window.add_feature_action("file", self.action)
        window.add_toolbar_action(self.action)

    def open_dialog(self) -> ExportDialog:
        """Show the Export dialog (the same one each time, so choices are kept)."""
        if self.dialog is None:
            # ReportLab and the PDF preview load on the first export, not at start-up.
            from workshop.ui.export.dialog import ExportDialog

            self.dialog = ExportDialog(self.session, self.window)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def detach(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.detach()
            dialog.close()
            dialog.deleteLater()
