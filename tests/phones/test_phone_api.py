"""The phones' API without sockets: the secret, the page's files, joining, notes, dots and
the caps, answered by ``PhoneApi`` over a real workshop file (the server's own tests, over
real HTTP, are in tests/ui/phones)."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from phone_room import FileRoom, jpeg_bytes, participant, room_workshop

from workshop.phones import caps
from workshop.phones.api import PhoneApi
from workshop.phones.replies import Reply
from workshop.phones.session import PhoneSession, SessionChoices
from workshop.store import WorkshopFile


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def wf(tmp_path: Path) -> Iterator[WorkshopFile]:
    workshop = room_workshop(tmp_path)
    yield workshop
    workshop.close()


@pytest.fixture
def page(tmp_path: Path) -> Path:
    folder = tmp_path / "phone"
    folder.mkdir()
    (folder / "index.html").write_text("<!doctype html><title>Room</title>", encoding="utf-8")
    (folder / "phone.js").write_text("'use strict';", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("not for phones", encoding="utf-8")
    return folder


class Phone:
    """Requests as one phone makes them."""

    def __init__(self, api: PhoneApi) -> None:
        self.api = api
        self.token = ""

    def ask(self, method: str, name: str, body: Any = None, *, raw: bytes | None = None) -> Reply:
        data = raw if raw is not None else b"" if body is None else json.dumps(body).encode()
        headers = {"x-phone-token": self.token} if self.token else {}
        return self.api.handle(method, self.api.session.path_prefix() + name, headers, data)

    def join(self, participant_id: str) -> Reply:
        reply = self.ask("POST", "api/join", {"participant_id": participant_id})
        self.token = reply.json()["token"]
        return reply


def make_api(wf: WorkshopFile, page: Path, **choices: Any) -> tuple[PhoneApi, FileRoom, Clock]:
    clock = Clock()
    room = FileRoom(wf)
    session = PhoneSession(SessionChoices(**choices), clock=clock)
    return PhoneApi(room, session, page), room, clock


def test_only_the_sessions_secret_opens_anything(wf: WorkshopFile, page: Path) -> None:
    api, _room, _clock = make_api(wf, page)
    secret = api.session.secret
    assert len(secret) >= 22
    for path in (
        "/",
        "/p/",
        "/p/wrong/",
        f"/p/{secret}",
        f"/p/{secret[:-1]}/api/state",
        f"/p/{secret}x/index.html",
        "/index.html",
        f"/x/{secret}/",
    ):
        reply = api.handle("GET", path, {}, b"")
        assert reply.status == 403, path
        assert reply.content_type.startswith("text/plain")
    assert api.handle("GET", f"/p/{secret}/", {}, b"").status == 200
    # A new session has a new secret.
    assert make_api(wf, page)[0].session.secret != secret


def test_the_page_files_are_served_from_a_fixed_list(wf: WorkshopFile, page: Path) -> None:
    api, _room, _clock = make_api(wf, page)
    phone = Phone(api)
    index = phone.ask("GET", "")
    assert (index.status, index.body) == (200, b"<!doctype html><title>Room</title>")
    assert index.content_type == "text/html; charset=utf-8"
    assert phone.ask("GET", "phone.js").content_type == "text/javascript; charset=utf-8"
    for name in (
        "../secret.txt",
        "%2e%2e/secret.txt",
        "..%2fsecret.txt",
        "phone.css",
        "index.html/",
        "./index.html",
        "PHONE.JS",
        "api",
    ):
        assert phone.ask("GET", name).status == 404, name
    assert phone.ask("POST", "index.html").status == 405


def test_the_state_shows_the_room_without_a_token(wf: WorkshopFile, page: Path) -> None:
    api, room, _clock = make_api(wf, page, may_add_participants=True)
    wf.set_stage("evidence")
    state = Phone(api).ask("GET", "api/state").json()
    assert state["workshop"] == "Budgeting app"
    assert state["stage"] == {
        "key": "evidence",
        "title": "Gather the evidence",
        "prompt": "Put real research on the board, one finding per note.",
    }
    assert state["timer"] == {"running": False, "remaining_seconds": 600}
    assert [p["name"] for p in state["participants"]] == ["Ana", "Ben"]
    assert state["can_add_participant"] is True
    assert state["round"] is None
    room.reading = None
    assert Phone(api).ask("GET", "api/state").json()["timer"]["remaining_seconds"] is None


def test_joining_gives_a_token_that_the_api_needs(wf: WorkshopFile, page: Path) -> None:
    api, _room, _clock = make_api(wf, page)
    phone = Phone(api)
    for name, method in (("notes", "POST"), ("votes", "GET"), ("votes", "PUT")):
        assert phone.ask(method, f"api/{name}", {}).status == 401
    phone.token = "made-up"
    assert phone.ask("GET", "api/votes").status == 401
    ana = participant(wf, "Ana")
    reply = phone.join(ana)
    assert reply.json()["participant"] == {"id": ana, "name": "Ana"}
    assert phone.ask("GET", "api/votes").json() == {"round_id": None, "dots": [], "remaining": 0}
    assert phone.ask("POST", "api/join", {"participant_id": "nobody"}).status == 422
    # A participant removed from the workshop: their phone must pick a name again.
    wf.delete_participant(ana)
    assert phone.ask("GET", "api/votes").status == 401


def test_adding_a_name_only_when_allowed(wf: WorkshopFile, page: Path) -> None:
    api, room, _clock = make_api(wf, page)
    assert Phone(api).ask("POST", "api/join", {"new_name": "Cleo"}).status == 403
    api, room, _clock = make_api(wf, page, may_add_participants=True)
    phone = Phone(api)
    reply = phone.ask("POST", "api/join", {"new_name": "  Cleo\n Dupont "})
    assert reply.status == 200
    assert reply.json()["participant"]["name"] == "Cleo Dupont"
    assert room.changes[-1].label == "Cleo Dupont joined (phone)"
    assert phone.ask("POST", "api/join", {"new_name": "ana"}).status == 409
    assert phone.ask("POST", "api/join", {"new_name": "x" * 81}).status == 422
    assert phone.ask("POST", "api/join", {"new_name": "   "}).status == 422
    assert phone.ask("POST", "api/join", {"new_name": 7}).status == 422


def test_a_note_is_one_operation_labelled_with_its_author(wf: WorkshopFile, page: Path) -> None:
    api, room, _clock = make_api(wf, page)
    phone = Phone(api)
    phone.join(participant(wf, "Ana"))
    reply = phone.ask("POST", "api/notes", {"text": "  <b>Fees</b>\r\nhidden\x00  "})
    assert reply.status == 201
    note_id = reply.json()["note_id"]
    (change,) = room.changes
    assert change.label == "Note from Ana (phone)"
    note = {n.id: n for n in wf.snapshot().notes}[note_id]
    assert note.text == "<b>Fees</b>\nhidden"  # plain text, kept as written
    assert note.author_id == participant(wf, "Ana")
    wf.revert(change)
    assert note_id not in {n.id for n in wf.snapshot().notes}


def test_notes_are_held_to_the_caps(wf: WorkshopFile, page: Path) -> None:
    api, room, clock = make_api(wf, page)
    phone = Phone(api)
    phone.join(participant(wf, "Ana"))
    assert phone.ask("POST", "api/notes", {"text": "x" * 2001}).status == 422
    assert phone.ask("POST", "api/notes", {"text": "x" * 2000}).status == 201
    assert phone.ask("POST", "api/notes", {"text": " \n "}).status == 422
    assert phone.ask("POST", "api/notes", {"text": 5}).status == 422
    assert phone.ask("POST", "api/notes", raw=b"{not json").status == 400
    assert phone.ask("POST", "api/notes", raw=b"[1]").status == 400
    big = b'{"text": "' + b"x" * caps.REQUEST_BODY_MAX + b'"}'
    assert phone.ask("POST", "api/notes", raw=big).status == 413
    for index in range(caps.NOTES_PER_MINUTE - 1):
        assert phone.ask("POST", "api/notes", {"text": f"n{index}"}).status == 201
    refused = phone.ask("POST", "api/notes", {"text": "one too many"})
    assert refused.status == 429 and "minute" in refused.json()["error"]
    other = Phone(api)
    other.join(participant(wf, "Ben"))
    assert other.ask("POST", "api/notes", {"text": "Ben's own limit"}).status == 201
    clock.now += 61
    assert phone.ask("POST", "api/notes", {"text": "a minute later"}).status == 201
    assert len(room.changes) == caps.NOTES_PER_MINUTE + 2


def test_a_photo_note_and_the_photos_that_are_refused(wf: WorkshopFile, page: Path) -> None:
    api, room, _clock = make_api(wf, page)
    phone = Phone(api)
    phone.join(participant(wf, "Ana"))
    photo = "data:image/jpeg;base64," + base64.b64encode(jpeg_bytes((80, 60))).decode()
    reply = phone.ask("POST", "api/notes", {"text": "", "photo": photo})
    assert reply.status == 201
    note = {n.id: n for n in wf.snapshot().notes}[reply.json()["note_id"]]
    assert note.asset_id is not None
    fake = "data:image/jpeg;base64," + base64.b64encode(b"GIF89a not a jpeg").decode()
    assert phone.ask("POST", "api/notes", {"text": "x", "photo": fake}).status == 422
    damaged = "data:image/jpeg;base64," + base64.b64encode(b"\xff\xd8\xff" + b"0" * 99).decode()
    assert phone.ask("POST", "api/notes", {"text": "x", "photo": damaged}).status == 422
    assert phone.ask("POST", "api/notes", {"photo": "data:text/html;base64,PGI+"}).status == 422
    huge = "data:image/jpeg;base64," + "A" * (caps.PHOTO_MAX * 4 // 3 + 400)
    assert phone.ask("POST", "api/notes", {"photo": huge}).status == 413
    assert len(room.changes) == 1


def test_dots_in_the_open_round(wf: WorkshopFile, page: Path) -> None:
    api, room, _clock = make_api(wf, page)
    phone = Phone(api)
    ana = participant(wf, "Ana")
    phone.join(ana)
    round_id = wf.add_vote_round("Top", target="clusters", votes_per_participant=3).created[0]
    state = phone.ask("GET", "api/state").json()
    trust, cost = (item["id"] for item in state["round"]["items"])
    assert state["round"]["dots_per_participant"] == 3
    assert state["round"]["is_open"] is True and "totals" not in state["round"]
    reply = phone.ask("PUT", "api/votes", {"round_id": round_id, "item_ids": [trust, trust]})
    assert reply.json() == {"round_id": round_id, "dots": [trust, trust], "remaining": 1}
    assert room.changes[-1].label == "Dots from Ana (phone)"
    reply = phone.ask("PUT", "api/votes", {"round_id": round_id, "item_ids": [cost]})
    assert reply.json()["dots"] == [cost]
    assert len(room.changes) == 2
    wf.revert(room.changes[-1])
    assert phone.ask("GET", "api/votes").json()["dots"] == [trust, trust]
    too_many = {"round_id": round_id, "item_ids": [cost] * 4}
    assert phone.ask("PUT", "api/votes", too_many).status == 422
    unknown = {"round_id": round_id, "item_ids": ["nothing"]}
    assert phone.ask("PUT", "api/votes", unknown).status == 422
    assert phone.ask("PUT", "api/votes", {"round_id": "other", "item_ids": []}).status == 409
    wf.end_vote_round(round_id)
    ended = phone.ask("PUT", "api/votes", {"round_id": round_id, "item_ids": [cost]})
    assert ended.status == 409 and "ended" in ended.json()["error"]
    # The ended round shows its totals, as the app's round shows tallies; no names.
    state = phone.ask("GET", "api/state").json()
    assert state["round"]["is_open"] is False
    assert state["round"]["totals"] == {trust: 2}
    assert ana not in json.dumps(state["round"])
    assert phone.ask("GET", "api/votes").json() == {"round_id": None, "dots": [], "remaining": 0}


def test_dot_changes_are_rate_limited(wf: WorkshopFile, page: Path) -> None:
    api, _room, clock = make_api(wf, page)
    phone = Phone(api)
    phone.join(participant(wf, "Ana"))
    round_id = wf.add_vote_round("Top", target="notes", votes_per_participant=1).created[0]
    notes = [n.id for n in wf.snapshot().notes]
    for index in range(caps.VOTE_CHANGES_PER_MINUTE):
        body = {"round_id": round_id, "item_ids": [notes[index % 2]]}
        assert phone.ask("PUT", "api/votes", body).status == 200
    body = {"round_id": round_id, "item_ids": [notes[2]]}
    assert phone.ask("PUT", "api/votes", body).status == 429
    clock.now += 60
    assert phone.ask("PUT", "api/votes", body).status == 200


def test_a_full_room_takes_no_more_phones(wf: WorkshopFile, page: Path) -> None:
    api, _room, clock = make_api(wf, page)
    ana = participant(wf, "Ana")
    for index in range(caps.PHONES_MAX):
        if index and index % caps.JOINS_PER_MINUTE == 0:
            clock.now += 60
        assert Phone(api).ask("POST", "api/join", {"participant_id": ana}).status == 200
    clock.now += 60
    assert Phone(api).ask("POST", "api/join", {"participant_id": ana}).status == 429
