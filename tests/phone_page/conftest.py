"""Fixtures for the phone page in a real browser: one Chromium per test module, and the app's
main window with a workshop open and the room invited (the real server, in this process)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from tests.phone_page.browser import CHROMIUM, Browser
from workshop.domain.model import Stage
from workshop.phones.session import SessionChoices
from workshop.store import create_workshop
from workshop.ui.facilitation.stage_timer import TimerController
from workshop.ui.main_window import MainWindow
from workshop.ui.phones.feature import PhonesFeature

#: Where the tests leave screenshots of the page when asked (not in git):
#: ``PHONE_PAGE_SHOTS=/work/shots pytest tests/phone_page``.
SHOTS = os.environ.get("PHONE_PAGE_SHOTS", "")

PEOPLE = ("Ana", "Bongani", "Chen Wei", "Dorota Wiśniewska")
CLUSTERS = {
    "Bank connection fails": ("Couldn't link my credit union", "Gave up at the second 2FA"),
    "Categories don't fit": ("Rent and childcare in one bucket?", "I want my own categories"),
    "Sharing with a partner": ("My partner can't see the same budget",),
}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (Debian's chromium package; .ci/run installs it)")
    shared = Browser()
    yield shared
    shared.close()


def make_workshop(path: Path) -> None:
    workshop = create_workshop(path, "Budgeting app — onboarding personas")
    try:
        for name in PEOPLE:
            workshop.add_participant(name)
        for column, (title, texts) in enumerate(CLUSTERS.items()):
            x = column * 400.0
            cluster = workshop.add_cluster(title, x=x, y=0.0, w=380.0, h=500.0).created[0]
            workshop.add_notes(
                [
                    {"text": text, "x": x + 20.0, "y": 60.0 + row * 140.0, "cluster_id": cluster}
                    for row, text in enumerate(texts)
                ]
            )
        workshop.set_stage(Stage.EVIDENCE)
    finally:
        workshop.close()


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings)
    win.resize(1280, 800)
    win.show()
    path = tmp_path / "room.pwshop"
    make_workshop(path)
    assert win.open_path(str(path), remember=False)
    yield win
    # Closed here, not by qtbot.addWidget (which closes windows before fixtures end): the
    # room is stopped first, as the app stops it before it closes a workshop.
    win.close_workshop()
    win.close()
    win.deleteLater()


@dataclass
class Room:
    """The room invited through the app's own Invite the Room (its feature's start, as the
    dialog's Start does), on the loopback interface."""

    feature: PhonesFeature
    timer: TimerController

    @property
    def url(self) -> str:
        assert self.feature.invitation is not None
        return self.feature.invitation.url()

    def stop(self) -> None:
        """Stop Inviting."""
        self.feature.stop()


@pytest.fixture
def invite(window: MainWindow) -> Iterator[Callable[[SessionChoices], Room]]:
    started: list[Room] = []

    def start(choices: SessionChoices) -> Room:
        feature = next(f for f in window._features if isinstance(f, PhonesFeature))
        timer = window.findChild(TimerController)
        assert timer is not None
        assert feature.start("127.0.0.1", choices)
        started.append(Room(feature, timer))
        return started[-1]

    yield start
    for room in started:
        room.stop()


@pytest.fixture
def room(invite: Callable[[SessionChoices], Room]) -> Room:
    return invite(SessionChoices())
