"""The parts of the workspace that come to life while a workshop is open.

Each feature (the board, sources, personas, facilitation, export…) is a class built with
the main window and the open session. It adds its widgets through the window
(``set_board``, ``add_dock``, ``menu``, ``add_toolbar_action``), which removes them all
again when the workshop closes; ``detach`` lets the feature drop its own references.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from workshop.ui.main_window import MainWindow
    from workshop.ui.session import WorkshopSession


class Feature(Protocol):
    def detach(self) -> None: ...


class FeatureFactory(Protocol):
    def __call__(self, window: MainWindow, session: WorkshopSession) -> Feature: ...


def feature_factories() -> list[FeatureFactory]:
    """Every feature, in the order they attach (the board first: others talk to it)."""
    factories: list[FeatureFactory] = []
    # features: one import and one append per feature, below this line.
    from workshop.ui.board.feature import BoardFeature

    factories.append(BoardFeature)
    from workshop.ui.safety import SafetyCopies

    factories.append(SafetyCopies)
    from workshop.ui.facilitation.feature import FacilitationFeature

    factories.append(FacilitationFeature)
    from workshop.ui.phones.feature import PhonesFeature

    factories.append(PhonesFeature)
    from workshop.ui.personas.feature import PersonaFeature

    factories.append(PersonaFeature)
    from workshop.ui.intake.feature import IntakeFeature

    factories.append(IntakeFeature)
    from workshop.ui.export.feature import ExportFeature

    factories.append(ExportFeature)
    return factories
