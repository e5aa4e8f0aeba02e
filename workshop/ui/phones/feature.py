"""Invite the Room: the Workshop menu's "Invite the Room…", the window that shows the QR
code with Stop, the phones counted in the status bar, and the code in the presenter view.

Nothing listens until the facilitator starts a session; stopping it, closing the workshop
or quitting closes every connection (``Invitation.stop``). The server's modules load only
when the room is first invited (not at start)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from shiboken6 import Shiboken

from workshop.phones.session import SessionChoices
from workshop.ui.facilitation.stage_timer import TimerController
from workshop.ui.facilitation.window_parts import find_action
from workshop.ui.session import WorkshopSession

if TYPE_CHECKING:
    from workshop.ui.main_window import MainWindow
    from workshop.ui.phones.invitation import Invitation
    from workshop.ui.phones.invite_panel import InvitePanel
    from workshop.ui.phones.presenter_invite import PresenterInvite


class PhonesFeature(QObject):
    def __init__(self, window: MainWindow, session: WorkshopSession) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.invitation: Invitation | None = None
        self.panel: InvitePanel | None = None
        self.presenter_invite: PresenterInvite | None = None
        menu = window.menu("workshop", window.tr("&Workshop"))
        menu.addSeparator()
        self.action = QAction(window.tr("Invite the &Room…"), menu)
        self.action.setObjectName("inviteRoomAction")
        self.action.setToolTip(
            window.tr("Let participants add notes and dots from their phones, over this network")
        )
        if session.read_only:
            self.action.setEnabled(False)
            self.action.setToolTip(window.tr("The workshop is open read-only"))
        self.action.triggered.connect(self.invite)
        menu.addAction(self.action)
        self.status = QLabel()
        self.status.setObjectName("phonesConnected")
        self.status.setAccessibleName(window.tr("Phones connected"))
        self.status.hide()
        window.add_status_widget(self.status)
        self.presenter_action = find_action(window, ("presenterView",))
        if self.presenter_action is not None:
            self.presenter_action.toggled.connect(self._presenter_toggled)

    # Starting and stopping ---------------------------------------------------------------
    def invite(self) -> None:
        """Invite the Room…: the running session's window, or the dialog to start one."""
        if self.invitation is not None:
            self.show_panel()
            return
        from workshop.ui.phones.interfaces import network_choices
        from workshop.ui.phones.invite_dialog import InviteDialog

        dialog = InviteDialog(network_choices(), self.session.snapshot().sources, self.window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            address, choices = dialog.address(), dialog.choices()
        finally:
            dialog.deleteLater()
        self.start(address, choices)

    def start(self, address: str, choices: SessionChoices, port: int = 0) -> bool:
        from PySide6.QtNetwork import QHostAddress

        from workshop.ui.phones.invitation import Invitation

        timer = self.window.findChild(TimerController)
        invitation = Invitation(self.session, timer, choices, parent=self)
        problem = invitation.start(QHostAddress(address), port)
        if problem is not None:
            invitation.deleteLater()
            self.window.show_message(
                self.window.tr("Invite the Room"),
                self.window.tr("The room could not be invited on {0}: {1}").format(
                    address, problem
                ),
            )
            return False
        self.invitation = invitation
        invitation.phones_changed.connect(self._phones_changed)
        self._phones_changed(0)
        self.status.show()
        self.show_panel()
        self._show_in_presenter()
        return True

    def stop(self) -> None:
        """Stop inviting: every phone is told and let go, nothing listens any more."""
        invitation, self.invitation = self.invitation, None
        if invitation is None:
            return
        invitation.stop()
        invitation.deleteLater()
        panel, self.panel = self.panel, None
        if panel is not None and Shiboken.isValid(panel):
            panel.close()
            panel.deleteLater()
        self.status.hide()
        self._show_in_presenter()
        self.session.status.emit(self.window.tr("The room is no longer invited"))

    def show_panel(self) -> None:
        from workshop.ui.phones.invite_panel import InvitePanel

        if self.invitation is None:
            return
        if self.panel is None:
            self.panel = InvitePanel(self.invitation.url(), self.window)
            self.panel.stop_requested.connect(self.stop)
            self.panel.set_count(self.invitation.phone_count())
        self.panel.show()
        self.panel.raise_()
        self.panel.activateWindow()

    def _phones_changed(self, count: int) -> None:
        from workshop.ui.phones.invite_panel import phones_text

        self.status.setText(phones_text(count))
        if self.panel is not None:
            self.panel.set_count(count)
        if self._presenter_invite() is not None:
            assert self.presenter_invite is not None
            self.presenter_invite.set_count(count)

    # The presenter view ------------------------------------------------------------------
    def _presenter_toggled(self, on: bool) -> None:
        if on:
            self._show_in_presenter()

    def _presenter(self) -> QWidget | None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "presenterView" and widget.isVisible():
                return widget
        return None

    def _presenter_invite(self) -> PresenterInvite | None:
        if self.presenter_invite is not None and not Shiboken.isValid(self.presenter_invite):
            self.presenter_invite = None
        return self.presenter_invite

    def _show_in_presenter(self) -> None:
        from workshop.ui.phones.presenter_invite import PresenterInvite

        presenter = self._presenter()
        if presenter is None or not hasattr(presenter, "set_aside"):
            return
        aside = self._presenter_invite()
        if aside is None or aside.parentWidget() is not presenter:
            aside = PresenterInvite()
            aside.setEnabled(self.action.isEnabled())
            aside.invite_requested.connect(self.invite)
            presenter.set_aside(aside)
            self.presenter_invite = aside
        if self.invitation is not None:
            aside.show_running(self.invitation.url(), self.invitation.phone_count())
        else:
            aside.show_idle()

    # Closing -----------------------------------------------------------------------------
    def detach(self) -> None:
        self.stop()
        if self.presenter_action is not None and Shiboken.isValid(self.presenter_action):
            self.presenter_action.toggled.disconnect(self._presenter_toggled)
        presenter = self._presenter()
        if presenter is not None and self._presenter_invite() is not None:
            presenter.set_aside(None)  # type: ignore[attr-defined]
        self.presenter_invite = None
        self.deleteLater()
