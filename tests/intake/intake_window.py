"""Driving the intake parts of the real main window."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWizard

from workshop.ui.intake.feature import IntakeFeature
from workshop.ui.intake.import_wizard import ImportWizard
from workshop.ui.main_window import MainWindow


def intake(window: MainWindow) -> IntakeFeature:
    return next(f for f in window._features if isinstance(f, IntakeFeature))


def load(qtbot: Any, wizard: ImportWizard, path: object) -> None:
    with qtbot.waitSignal(wizard.job.done, timeout=20_000):
        wizard.load(str(path))


def to_summary(qtbot: Any, wizard: ImportWizard) -> None:
    """From the columns page to the summary, waiting for the plan."""
    with qtbot.waitSignal(wizard.job.done, timeout=20_000):
        wizard.next()
    assert wizard.currentPage() is wizard.summary_page


def finish(wizard: ImportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.FinishButton)
    assert button.isEnabled(), wizard.summary_page.text.toPlainText()
    button.click()
