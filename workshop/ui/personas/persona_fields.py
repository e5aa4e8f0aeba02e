"""The top of the persona editor: who the persona is (name, archetype label, photo, quote,
role and context), and the banner that labels a proto-persona as assumption-based."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workshop.domain.model import Persona
from workshop.ui.contrast import muted_text, set_text_colour
from workshop.ui.personas.commit_edits import CommitLineEdit, CommitTextEdit
from workshop.ui.personas.photo import PhotoButton
from workshop.ui.personas.wording import proto_banner, role_hint, template_label
from workshop.ui.plain import label as plain_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonaFields", text)


class PersonaHost(Protocol):
    read_only: bool

    def set_persona_fields(self, label: str, **fields: object) -> bool: ...


class PersonaFields(QWidget):
    def __init__(self, host: PersonaHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.banner = plain_label(proto_banner(), self)
        self.banner.setWordWrap(True)
        self.banner.setObjectName("assumptionBanner")
        self.banner.setStyleSheet(
            "QLabel#assumptionBanner { background: #fff3e0; color: #8a5300; "
            "border: 1px solid #ffb74d; border-radius: 4px; padding: 6px; }"
        )
        self.photo = PhotoButton(self)
        self.name_edit = CommitLineEdit(_tr("Persona name"), self)
        self.name_edit.setAccessibleName(_tr("Persona name"))
        font = QFont(self.name_edit.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_edit.setFont(font)
        self.archetype_edit = CommitLineEdit(_tr("Archetype label, e.g. Time-poor planner"), self)
        self.archetype_edit.setAccessibleName(_tr("Archetype label"))
        self.template_label = QLabel(self)
        set_text_colour(self.template_label, muted_text())
        self.quote_edit = CommitTextEdit(_tr("A quote in their words, from the research"), 2, self)
        self.quote_edit.setAccessibleName(_tr("Quote"))
        self.role_edit = CommitTextEdit(role_hint_default(), 3, self)
        self.role_edit.setAccessibleName(_tr("Role and context"))

        who = QVBoxLayout()
        who.setSpacing(2)
        who.addWidget(self.name_edit)
        who.addWidget(self.archetype_edit)
        who.addWidget(self.template_label)
        who.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.photo)
        top.addLayout(who, 1)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(_tr("Quote"), self.quote_edit)
        form.addRow(_tr("Role and context"), self.role_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addLayout(form)

        self.name_edit.committed.connect(self._commit_name)
        self.archetype_edit.committed.connect(
            lambda text: self._commit(self.archetype_edit, _tr("Edit archetype"), archetype=text)
        )
        self.quote_edit.committed.connect(
            lambda text: self._commit(self.quote_edit, _tr("Edit quote"), quote=text)
        )
        self.role_edit.committed.connect(
            lambda text: self._commit(
                self.role_edit, _tr("Edit role and context"), role_context=text
            )
        )

    def show_persona(self, persona: Persona, photo: QPixmap | None) -> None:
        self.banner.setVisible(persona.is_proto)
        self.name_edit.show_stored(persona.name)
        self.archetype_edit.show_stored(persona.archetype)
        self.template_label.setText(template_label(persona.template))
        self.quote_edit.show_stored(persona.quote)
        self.role_edit.setPlaceholderText(role_hint(persona.template))
        self.role_edit.show_stored(persona.role_context)
        self.photo.show_avatar(persona.name, persona.colour, photo)
        self.photo.choose_action.setEnabled(not self.host.read_only)
        for edit in (self.name_edit, self.archetype_edit):
            edit.setReadOnly(self.host.read_only)
        for text_edit in (self.quote_edit, self.role_edit):
            text_edit.setReadOnly(self.host.read_only)

    def _commit_name(self, text: str) -> None:
        if not text:  # a persona always has a name
            self.name_edit.revert()
            return
        self._commit(self.name_edit, _tr("Rename persona"), name=text)

    def _commit(self, edit: CommitLineEdit | CommitTextEdit, label: str, **fields: str) -> None:
        if not self.host.set_persona_fields(label, **fields):
            edit.show_stored(edit.stored)
            if isinstance(edit, CommitLineEdit):
                edit.revert()
            else:
                edit.setPlainText(edit.stored)


def role_hint_default() -> str:
    return _tr("Role and context: who they are, their situation")
