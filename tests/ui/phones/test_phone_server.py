"""The phones' server over real HTTP and WebSocket connections (no mocks): the secret,
the page's files and their headers, joining, a note onto the board as one undo step,
dots, the caps, the live messages, and stopping."""

from __future__ import annotations

import json

from phone_clients import Phone, participant, raw_exchange

from workshop.phones import caps
from workshop.ui.phones.invitation import Invitation
from workshop.ui.session import WorkshopSession

CSP = (
    "default-src 'self'; img-src 'self' data: blob:; connect-src 'self' ws: ; "
    "style-src 'self'; script-src 'self'"
)


def test_without_the_secret_everything_is_403(phone: Phone, invitation: Invitation) -> None:
    secret = invitation.phones.secret
    for path in (
        "/",
        "/index.html",
        "/p/",
        "/p/nope/",
        f"/p/{secret[:-2]}/api/state",
        f"/p/{secret}x/",
        "/favicon.ico",
        f"/{secret}/",
    ):
        answer = phone.request("GET", path)
        assert answer.status == 403, path
        assert answer.headers["content-type"].startswith("text/plain")
        assert secret.encode() not in answer.body


def test_the_page_comes_with_strict_headers(phone: Phone) -> None:
    page = phone.ask("GET", "")
    assert page.status == 200
    assert page.body == b"<!doctype html><title>Room</title>"
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert page.headers["content-security-policy"] == CSP
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["cache-control"] == "no-store"
    assert phone.ask("GET", "phone.css").headers["content-type"] == "text/css; charset=utf-8"
    script = phone.ask("GET", "phone.js")
    assert script.headers["content-type"] == "text/javascript; charset=utf-8"
    state = phone.ask("GET", "api/state")
    assert state.headers["content-type"] == "application/json; charset=utf-8"
    assert state.headers["content-security-policy"] == CSP


def test_no_path_reaches_another_file(qtbot, phone: Phone, invitation: Invitation) -> None:  # type: ignore[no-untyped-def]
    prefix = invitation.phones.path_prefix()
    for path in (
        "../private.txt",
        "%2e%2e/private.txt",
        "..%2Fprivate.txt",
        ".%2e/private.txt",
        "phone/../index.html",
        "%2Fetc%2Fpasswd",
        "index.html%00",
        "icon.svg",
    ):
        request = f"GET {prefix}{path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        answer = raw_exchange(qtbot, phone.port, request.encode())
        status = int(answer.split(b" ", 2)[1])
        assert status in (400, 404), (path, answer[:200])
        assert b"NOT FOR PHONES" not in answer and b"root:" not in answer


def test_joining_then_a_note_lands_on_the_board_as_one_undo_step(
    phone: Phone, session: WorkshopSession
) -> None:
    assert phone.ask("POST", "api/notes", {"text": "no token"}).status == 401
    state = phone.ask("GET", "api/state").json()
    assert [p["name"] for p in state["participants"]] == ["Ana", "Ben"]
    ana = participant(session, "Ana")
    assert phone.join(ana).json()["participant"] == {"id": ana, "name": "Ana"}
    steps = session.undo.stack.count()
    answer = phone.ask("POST", "api/notes", {"text": "Fees are hidden <script>"})
    assert answer.status == 201
    note_id = answer.json()["note_id"]
    notes = {n.id: n for n in session.snapshot().notes}
    assert notes[note_id].text == "Fees are hidden <script>"
    assert notes[note_id].author_id == ana
    assert session.undo.stack.count() == steps + 1
    assert session.undo.stack.undoText() == "Note from Ana (phone)"
    session.undo.undo()
    assert note_id not in {n.id for n in session.snapshot().notes}


def test_dots_replace_as_one_undo_step_and_an_ended_round_refuses(
    phone: Phone, session: WorkshopSession
) -> None:
    ana = participant(session, "Ana")
    phone.join(ana)
    made = session.perform(
        lambda wf: wf.add_vote_round("Top", target="clusters", votes_per_participant=2)
    )
    assert made is not None
    round_id = made.created[0]
    items = [i["id"] for i in phone.ask("GET", "api/state").json()["round"]["items"]]
    steps = session.undo.stack.count()
    first = phone.ask("PUT", "api/votes", {"round_id": round_id, "item_ids": [items[0]] * 2})
    assert first.json() == {"round_id": round_id, "dots": [items[0]] * 2, "remaining": 0}
    second = phone.ask("PUT", "api/votes", {"round_id": round_id, "item_ids": [items[1]]})
    assert second.json()["dots"] == [items[1]]
    assert session.undo.stack.count() == steps + 2
    assert session.undo.stack.undoText() == "Dots from Ana (phone)"
    session.undo.undo()
    assert phone.ask("GET", "api/votes").json()["dots"] == [items[0]] * 2
    session.perform(lambda wf: wf.end_vote_round(round_id))
    ended = phone.ask("PUT", "api/votes", {"round_id": round_id, "item_ids": []})
    assert ended.status == 409
    assert "ended" in ended.json()["error"]


def test_the_caps_hold_over_http(qtbot, phone: Phone, session: WorkshopSession) -> None:  # type: ignore[no-untyped-def]
    phone.join(participant(session, "Ana"))
    big = phone.ask("POST", "api/notes", raw=b"x" * (caps.REQUEST_BODY_MAX + 1))
    assert big.status == 413
    assert "too large" in big.json()["error"]
    long = phone.ask("POST", "api/notes", {"text": "x" * 2001})
    assert long.status == 422
    assert "2,000" in long.json()["error"]
    for index in range(caps.NOTES_PER_MINUTE):
        assert phone.ask("POST", "api/notes", {"text": f"note {index}"}).status == 201
    assert phone.ask("POST", "api/notes", {"text": "one too many"}).status == 429
    # The server still answers after all that.
    assert phone.ask("GET", "api/state").status == 200


def test_the_live_page_hears_the_state_and_stage_changes_and_closed(
    qtbot,
    phone: Phone,
    session: WorkshopSession,
    invitation: Invitation,  # type: ignore[no-untyped-def]
) -> None:
    phone.join(participant(session, "Ana"))
    with qtbot.waitSignal(invitation.phones_changed, timeout=5000) as counted:
        live = phone.open_live()
    assert counted.args == [1]
    first = phone.wait_for("state")
    assert first["stage"]["key"] == "frame"
    assert first["participants"][0]["name"] == "Ana"
    assert phone.wait_for("votes") == {
        "type": "votes",
        "round_id": None,
        "dots": [],
        "remaining": 0,
    }
    session.perform(lambda wf: wf.set_stage("evidence"))
    moved = phone.wait_for("state", lambda m: m["stage"]["key"] == "evidence")
    assert moved["stage"]["title"] == "Gather the evidence"
    with qtbot.waitSignal(live.disconnected, timeout=5000):
        invitation.stop()
    assert phone.messages[-1] == {"type": "closed"}


def test_a_live_connection_needs_the_secret_and_a_token(
    qtbot,
    phone: Phone,
    invitation: Invitation,
    session: WorkshopSession,  # type: ignore[no-untyped-def]
) -> None:
    for prefix, token in ((phone.prefix, "made-up"), ("/p/wrong/", "x")):
        stranger = Phone(qtbot, phone.port, prefix)
        live = stranger.open_live(token)
        with qtbot.waitSignal(live.errorOccurred, timeout=5000):
            pass
        assert stranger.messages == []
    assert invitation.phone_count() == 0


def test_stopping_closes_every_connection(
    qtbot,
    phone: Phone,
    invitation: Invitation,
    session: WorkshopSession,  # type: ignore[no-untyped-def]
) -> None:
    phone.join(participant(session, "Ana"))
    live = phone.open_live()
    phone.wait_for("state")
    # A kept-alive HTTP connection, a connection that never finished its request.
    import socket as sockets

    idle = sockets.create_connection(("127.0.0.1", phone.port), timeout=10)
    idle.sendall(b"GET " + phone.prefix.encode() + b"api/state HTTP/1.1\r\nHost: x\r\n\r\n")
    half = sockets.create_connection(("127.0.0.1", phone.port), timeout=10)
    half.sendall(b"GET / HTTP/1.1\r\n")
    qtbot.waitUntil(lambda: len(invitation.server.door.connections()) >= 3, timeout=5000)
    with qtbot.waitSignal(live.disconnected, timeout=5000):
        invitation.stop()
    assert invitation.server.door.connections() == []
    for sock in (idle, half):
        with sock:
            sock.settimeout(5)
            while sock.recv(65536):  # the server hung up: b"" comes rather than a timeout
                pass
    assert not invitation.server.listening
    refused = Phone(qtbot, phone.port, phone.prefix)
    try:
        refused.ask("GET", "api/state")
    except ConnectionRefusedError:
        pass
    else:  # pragma: no cover - the assertion says what went wrong
        raise AssertionError("the server still answers after stopping")
    assert json.dumps(phone.messages[-1]) == '{"type": "closed"}'
