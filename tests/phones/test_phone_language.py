"""The phones are told things in the language the app runs in: index.html goes out with
its ``<html lang>`` set to it (the page speaks that table of words.js), English when the
page has no table for it; the stage, the app's own words in the state and the server's
refusals (403/413/422/429) arrive already translated. (The page itself, in a browser:
tests/phone_page/test_phone_page_language.py.)"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from phone_room import FileRoom, room_workshop

from workshop.i18n import set_language
from workshop.phones import caps
from workshop.phones.api import PhoneApi
from workshop.phones.page_files import PAGE_LANGUAGES, page_file, page_folder
from workshop.phones.replies import Reply
from workshop.phones.session import PhoneSession, SessionChoices
from workshop.store import WorkshopFile

INDEX = '<!DOCTYPE html>\n<html lang="en">\n<head><title>Room</title></head>\n</html>\n'


class Phone:
    def __init__(self, api: PhoneApi) -> None:
        self.api = api
        self.token = ""

    def ask(self, method: str, name: str, body: Any = None, *, raw: bytes | None = None) -> Reply:
        data = raw if raw is not None else b"" if body is None else json.dumps(body).encode()
        headers = {"x-phone-token": self.token} if self.token else {}
        return self.api.handle(method, self.api.session.path_prefix() + name, headers, data)

    def join(self, name: str) -> None:
        person = next(p.id for p in self.api.room.snapshot().participants if p.name == name)
        self.token = self.ask("POST", "api/join", {"participant_id": person}).json()["token"]


def make_api(wf: WorkshopFile, page: Path, **choices: Any) -> PhoneApi:
    return PhoneApi(FileRoom(wf), PhoneSession(SessionChoices(**choices)), page)


@pytest.fixture
def wf(tmp_path: Path) -> Iterator[WorkshopFile]:
    workshop = room_workshop(tmp_path)
    yield workshop
    workshop.close()


@pytest.fixture
def page(tmp_path: Path) -> Path:
    folder = tmp_path / "phone"
    folder.mkdir()
    (folder / "index.html").write_text(INDEX, encoding="utf-8")
    (folder / "phone.js").write_text('"use strict";', encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("app", "page_lang"), [("en", "en"), ("de", "de"), ("fr", "fr"), ("es", "es"), ("it", "en")]
)
def test_the_page_is_served_in_the_apps_language_or_english(
    wf: WorkshopFile, page: Path, app: str, page_lang: str
) -> None:
    set_language(app)
    api = make_api(wf, page)
    for name in ("", "index.html"):
        served = Phone(api).ask("GET", name)
        assert served.status == 200
        assert served.body.decode() == INDEX.replace('lang="en"', f'lang="{page_lang}"')
    # Only index.html is changed.
    assert Phone(api).ask("GET", "phone.js").body == b'"use strict";'


def test_the_shipped_index_html_says_english_where_the_language_goes() -> None:
    """The app finds the spot it puts the language in, in the real page."""
    for language in PAGE_LANGUAGES:
        found = page_file("index.html", page_folder(), language)
        assert found is not None
        assert f'<html lang="{language}">'.encode() in found[0]
    found = page_file("index.html", page_folder(), '"><script>')
    assert found is not None and b'<html lang="en">' in found[0]


def test_the_state_comes_in_the_apps_language(wf: WorkshopFile, page: Path) -> None:
    set_language("de")
    wf.set_stage("evidence")
    wf.add_cluster("", x=0, y=900, w=300, h=200)
    wf.add_vote_round("Top", target="clusters")
    api = make_api(wf, page)
    state = Phone(api).ask("GET", "api/state").json()
    assert state["stage"]["title"] == "Belege sammeln"
    assert state["stage"]["prompt"] == (
        "Bringen Sie echte Recherche auf die Pinnwand, eine Erkenntnis pro Notiz."
    )
    titles = [item["title"] for item in state["round"]["items"]]
    assert "(Cluster ohne Titel)" in titles


def test_refusals_come_in_the_apps_language(wf: WorkshopFile, page: Path) -> None:
    set_language("fr")
    api = make_api(wf, page, may_add_participants=True)
    phone = Phone(api)
    refused = phone.ask("POST", "api/join", {"new_name": "ana"})
    assert (refused.status, refused.json()["error"]) == (
        409,
        "ana est déjà dans la liste\u00a0: choisissez ce nom.",
    )
    phone.join("Ana")
    too_long = phone.ask("POST", "api/notes", {"text": "x" * 2001})
    assert (too_long.status, too_long.json()["error"]) == (
        422,
        "Une note compte au plus 2\u202f000 caractères.",
    )
    big = b'{"text": "' + b"x" * caps.REQUEST_BODY_MAX + b'"}'
    too_big = phone.ask("POST", "api/notes", raw=big)
    assert (too_big.status, too_big.json()["error"]) == (413, "La demande est trop grande.")
    for index in range(caps.NOTES_PER_MINUTE):
        assert phone.ask("POST", "api/notes", {"text": f"n{index}"}).status == 201
    busy = phone.ask("POST", "api/notes", {"text": "une de plus"})
    assert (busy.status, busy.json()["error"]) == (
        429,
        "Cela fait 30 notes en une minute\u00a0: attendez un instant avant la suivante.",
    )
    set_language("de")
    closed = make_api(wf, page)
    refused = Phone(closed).ask("POST", "api/join", {"new_name": "Cleo"})
    assert (refused.status, refused.json()["error"]) == (
        403,
        "Die Moderation erlaubt keine neuen Namen; wählen Sie Ihren aus der Liste.",
    )
