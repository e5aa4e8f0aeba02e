"""The GUI side of the output rule (``workshop.store.outputs``): before the program writes
a file the facilitator named in a save dialog, say why it may not be written (the open
workshop, a workshop open elsewhere, a workshop file under a PDF) or ask before replacing
a file that is there. The save dialogs themselves do not ask (``DontConfirmOverwrite``),
so the question is asked once, here, and the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from workshop.errors import WorkshopError
from workshop.store import outputs
from workshop.ui.plain import message_box

REPLACE_BOX = "replaceFileQuestion"


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutputChoice", text)


def refusal(
    path: Path,
    *,
    inputs: Iterable[Path],
    replaces_workshop: bool = False,
    makes: str | None = None,
) -> WorkshopError | None:
    """Why ``path`` may not be written at all (replacing an existing file aside), or None.
    ``makes``: what the output holds ("pdf", "png", "json"; see ``outputs``)."""
    try:
        outputs.check_output(
            path, inputs=inputs, force=True, replaces_workshop=replaces_workshop, makes=makes
        )
    except WorkshopError as error:
        return error
    return None


def may_replace(parent: QWidget | None, path: Path) -> bool:
    """True when nothing is at ``path``, or the facilitator says to replace what is there."""
    if not (path.exists() or path.is_symlink()):
        return True
    box = message_box(
        parent,
        QMessageBox.Icon.Question,
        _tr("Replace the file?"),
        _tr("{0} exists already. Replace it?").format(path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    box.setObjectName(REPLACE_BOX)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
