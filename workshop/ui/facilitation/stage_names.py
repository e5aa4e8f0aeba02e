"""The stages' short names as the UI says them (translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop.domain.model import STAGES, Stage


def stage_name(stage: Stage) -> str:
    names = {
        Stage.FRAME: QCoreApplication.translate("Stage", "Frame"),
        Stage.EVIDENCE: QCoreApplication.translate("Stage", "Evidence"),
        Stage.CLUSTER: QCoreApplication.translate("Stage", "Cluster"),
        Stage.DRAFT: QCoreApplication.translate("Stage", "Draft"),
        Stage.VALIDATE: QCoreApplication.translate("Stage", "Validate"),
        Stage.SHARE: QCoreApplication.translate("Stage", "Share"),
    }
    return names[stage]


def stage_position(stage: Stage) -> str:
    """ "Stage 3 of 6" """
    return QCoreApplication.translate("Stage", "Stage {0} of {1}").format(
        STAGES.index(stage) + 1, len(STAGES)
    )
