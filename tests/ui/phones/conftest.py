"""A workshop open in a session (with its stage timer), and a phones' session running on
the loopback interface with the phone page's files from a folder of the test's own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from phone_clients import Phone, close_all_live
from PySide6.QtNetwork import QHostAddress
from shiboken6 import Shiboken

from workshop.phones.session import SessionChoices
from workshop.store import create_workshop
from workshop.ui.facilitation.stage_timer import TimerController
from workshop.ui.phones.invitation import Invitation
from workshop.ui.session import WorkshopSession


@pytest.fixture(autouse=True)
def live_sockets_closed() -> Iterator[None]:
    yield
    close_all_live()


@pytest.fixture
def session(qtbot, tmp_path: Path) -> Iterator[WorkshopSession]:  # type: ignore[no-untyped-def]
    wf = create_workshop(tmp_path / "room.pwshop", "Budgeting app")
    wf.add_participant("Ana")
    wf.add_participant("Ben")
    wf.add_cluster("Trust", x=0, y=0, w=400, h=300)
    wf.add_cluster("Cost", x=500, y=0, w=400, h=300)
    wf.add_note("Fees confuse", x=100, y=600)
    session = WorkshopSession(wf)
    yield session
    session.close()
    # Gone now, on this thread: left to the cycle collector, a QObject would be destroyed
    # on whichever thread it runs (a client thread of a later test), which Qt forbids.
    Shiboken.delete(session)


@pytest.fixture
def timer(session: WorkshopSession) -> Iterator[TimerController]:
    controller = TimerController(session)
    yield controller
    controller.stop()
    Shiboken.delete(controller)


@pytest.fixture
def page_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "phone"
    folder.mkdir()
    (folder / "index.html").write_text("<!doctype html><title>Room</title>", encoding="utf-8")
    (folder / "phone.css").write_text("body { margin: 0 }", encoding="utf-8")
    (folder / "phone.js").write_text("'use strict';", encoding="utf-8")
    (tmp_path / "private.txt").write_text("NOT FOR PHONES", encoding="utf-8")
    return folder


@pytest.fixture
def invitation(session, timer, page_folder) -> Iterator[Invitation]:  # type: ignore[no-untyped-def]
    started = Invitation(session, timer, SessionChoices(), page_folder=page_folder)
    assert started.start(QHostAddress(QHostAddress.SpecialAddress.LocalHost)) is None
    yield started
    started.stop()
    Shiboken.delete(started)


@pytest.fixture
def phone(qtbot, invitation: Invitation) -> Phone:  # type: ignore[no-untyped-def]
    return Phone(qtbot, invitation.server.port(), invitation.phones.path_prefix())
