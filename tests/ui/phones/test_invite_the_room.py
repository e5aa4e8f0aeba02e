"""Invite the Room in the main window: nothing listens until the facilitator starts it
from the Workshop menu; then the QR code and address, the phones counted in the status
bar, a phone's note on the board within a second, the code in the presenter view; and
Stop, closing the workshop or quitting close every connection."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from phone_clients import Phone, participant
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtNetwork import QTcpServer
from PySide6.QtWidgets import QApplication, QLabel

from workshop.store import create_workshop, open_workshop
from workshop.ui import main_window
from workshop.ui.board.feature import BoardFeature
from workshop.ui.facilitation.feature import FacilitationFeature
from workshop.ui.main_window import MainWindow
from workshop.ui.phones.feature import PhonesFeature
from workshop.ui.phones.invite_dialog import InviteDialog


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        main_window, "feature_factories", lambda: [BoardFeature, FacilitationFeature, PhonesFeature]
    )
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings)
    monkeypatch.setattr(win, "show_message", lambda title, text: None)
    qtbot.addWidget(win)
    wf = create_workshop(tmp_path / "w.pwshop", "Budget app workshop")
    wf.add_participant("Ana")
    win.attach(wf)
    win.show()
    yield win
    win.close_workshop()


def phones(window: MainWindow) -> PhonesFeature:
    return next(f for f in window._features if isinstance(f, PhonesFeature))


def listening(window: MainWindow) -> list[QTcpServer]:
    return [s for s in window.findChildren(QTcpServer) if s.isListening()]


def invite_from_the_menu(
    qtbot,
    window: MainWindow,
    may_add: bool = False,
    source: str | None = None,  # type: ignore[no-untyped-def]
) -> PhonesFeature:
    """Workshop › Invite the Room…, this laptop's own network, Start — with real clicks."""
    feature = phones(window)

    def fill_in() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, InviteDialog))
        assert dialog.network.itemData(0) != "127.0.0.1" or dialog.network.count() == 1
        dialog.network.setCurrentIndex(dialog.network.count() - 1)  # 127.0.0.1
        assert dialog.network.currentData() == "127.0.0.1"
        if may_add:
            qtbot.mouseClick(dialog.may_add, Qt.MouseButton.LeftButton)
        if source is not None:
            dialog.source.setCurrentIndex(dialog.source.findData(source))
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    action = window.findChild(type(feature.action), "inviteRoomAction")
    assert action is feature.action
    assert action in window.menu("workshop").actions()
    action.trigger()
    assert feature.invitation is not None
    return feature


def phone_of(qtbot, feature: PhonesFeature) -> Phone:  # type: ignore[no-untyped-def]
    invitation = feature.invitation
    assert invitation is not None
    return Phone(qtbot, invitation.server.port(), invitation.phones.path_prefix())


def test_nothing_listens_until_the_facilitator_invites_the_room(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert listening(window) == []
    assert phones(window).invitation is None
    feature = invite_from_the_menu(qtbot, window)
    assert feature.invitation is not None
    url = feature.invitation.url()
    assert url.startswith("http://127.0.0.1:") and "/p/" in url
    assert len(listening(window)) == 1
    panel = feature.panel
    assert panel is not None and panel.isVisible()
    assert panel.code.text == url
    address = panel.findChild(QLabel, "inviteAddress")
    assert address is not None and address.text() == url
    assert feature.status.isVisible() and feature.status.text() == "0 phones connected"


def test_a_phone_note_is_on_the_board_within_a_second(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    feature = invite_from_the_menu(qtbot, window)
    phone = phone_of(qtbot, feature)
    assert window.session is not None
    phone.join(participant(window.session, "Ana"))
    with qtbot.waitSignal(feature.invitation.phones_changed, timeout=5000):  # type: ignore[union-attr]
        phone.open_live()
    assert feature.status.text() == "1 phone connected"
    assert feature.panel is not None and feature.panel.count.text() == "1 phone connected"
    answer = phone.ask("POST", "api/notes", {"text": "Hidden fees"})
    note_id = answer.json()["note_id"]
    scene = window.session.board_scene
    assert scene is not None
    qtbot.waitUntil(lambda: note_id in scene.notes, timeout=10_000)  # type: ignore[attr-defined]
    assert scene.notes[note_id].note.text == "Hidden fees"  # type: ignore[attr-defined]
    # The facilitator takes it back with Undo, like any other step.
    window.session.undo.undo()
    qtbot.waitUntil(lambda: note_id not in scene.notes, timeout=10_000)  # type: ignore[attr-defined]


def test_the_facilitators_choices_reach_the_phones(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.session is not None
    made = window.session.perform(lambda wf: wf.add_source("Kick-off survey", kind="survey"))
    assert made is not None
    survey = made.created[0]
    feature = invite_from_the_menu(qtbot, window, may_add=True, source=survey)
    phone = phone_of(qtbot, feature)
    assert phone.ask("GET", "api/state").json()["can_add_participant"] is True
    joined = phone.ask("POST", "api/join", {"new_name": "Cleo"})
    assert joined.status == 200
    phone.token = joined.json()["token"]
    note_id = phone.ask("POST", "api/notes", {"text": "From the survey"}).json()["note_id"]
    note = {n.id: n for n in window.session.snapshot().notes}[note_id]
    assert note.source_id == survey
    assert note.author_id == joined.json()["participant"]["id"]


def test_stop_tells_the_phones_and_stops_listening(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    feature = invite_from_the_menu(qtbot, window)
    phone = phone_of(qtbot, feature)
    assert window.session is not None
    phone.join(participant(window.session, "Ana"))
    live = phone.open_live()
    phone.wait_for("state")
    assert feature.panel is not None
    with qtbot.waitSignal(live.disconnected, timeout=5000):
        qtbot.mouseClick(feature.panel.stop_button, Qt.MouseButton.LeftButton)
    assert phone.messages[-1] == {"type": "closed"}
    assert listening(window) == []
    assert feature.invitation is None and not feature.status.isVisible()
    # Inviting again makes a new session: a new secret, the old token is no good.
    again = invite_from_the_menu(qtbot, window)
    assert again.invitation is not None
    assert again.invitation.phones.path_prefix() != phone.prefix


@pytest.mark.parametrize("ending", ["close the workshop", "quit"])
def test_closing_the_workshop_or_quitting_closes_every_connection(
    qtbot,
    window: MainWindow,
    ending: str,  # type: ignore[no-untyped-def]
) -> None:
    feature = invite_from_the_menu(qtbot, window)
    phone = phone_of(qtbot, feature)
    assert window.session is not None
    phone.join(participant(window.session, "Ana"))
    live = phone.open_live()
    phone.wait_for("state")
    with qtbot.waitSignal(live.disconnected, timeout=5000):
        if ending == "quit":
            window.close()
        else:
            window.close_workshop()
    assert phone.messages[-1] == {"type": "closed"}
    assert listening(window) == []


def test_the_presenter_view_shows_the_code_large(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    facilitation = next(f for f in window._features if isinstance(f, FacilitationFeature))
    presenter = facilitation.open_presenter()
    aside = phones(window).presenter_invite
    assert aside is not None and presenter.aside is aside
    assert aside.button.isVisible() and not aside.code.isVisible()
    feature = invite_from_the_menu(qtbot, window)
    assert feature.invitation is not None
    assert aside.code.isVisible() and aside.code.text == feature.invitation.url()
    assert aside.address.text() == feature.invitation.url()
    assert aside.code.width() >= presenter.height() * 0.4
    assert aside.count.text() == "0 phones connected"
    phone = phone_of(qtbot, feature)
    assert window.session is not None
    phone.join(participant(window.session, "Ana"))
    phone.open_live()
    qtbot.waitUntil(lambda: aside.count.text() == "1 phone connected", timeout=5000)
    feature.stop()
    assert aside.button.isVisible() and not aside.code.isVisible()
    # The presenter's own button invites the room too.
    QTimer.singleShot(0, lambda: _start_dialog(qtbot))
    qtbot.mouseClick(aside.button, Qt.MouseButton.LeftButton)
    assert feature.invitation is not None and aside.code.isVisible()


def _start_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, InviteDialog))
    dialog.network.setCurrentIndex(dialog.network.count() - 1)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)


def test_a_read_only_workshop_cannot_invite_the_room(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "w.pwshop"
    window.close_workshop()
    window.attach(open_workshop(path, read_only=True))
    assert not phones(window).action.isEnabled()
