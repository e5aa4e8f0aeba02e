"""Notes over real HTTP through the note intake: a photo note prepared off the GUI
thread and on the board, several requests on one kept-alive connection, the requests
refused before their body is read, a body that never comes, and a session stopped while
a photo is being prepared."""

from __future__ import annotations

import base64
import http.client
import io
import json
import socket
import threading
from typing import Any

from phone_clients import Phone, in_thread, participant
from PIL import Image
from PySide6.QtNetwork import QTcpSocket

from workshop.phones import photos
from workshop.ui.phones import door, intake
from workshop.ui.phones.http_wire import RequestHead
from workshop.ui.phones.invitation import Invitation
from workshop.ui.session import WorkshopSession


def photo_url(size: tuple[int, int] = (640, 480), kind: str = "JPEG") -> str:
    out = io.BytesIO()
    Image.new("RGB", size, (30, 140, 200)).save(out, kind)
    mime = "jpeg" if kind == "JPEG" else "png"
    return f"data:image/{mime};base64," + base64.b64encode(out.getvalue()).decode()


def test_a_photo_is_prepared_off_the_gui_thread_and_lands_on_the_board(
    qtbot,
    phone: Phone,
    session: WorkshopSession,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    threads: list[threading.Thread] = []
    real = photos.prepare_photo

    def watched(data: bytes) -> Any:
        threads.append(threading.current_thread())
        return real(data)

    monkeypatch.setattr(intake, "prepare_photo", watched)
    phone.join(participant(session, "Ana"))
    answer = phone.ask("POST", "api/notes", {"text": "The whiteboard", "photo": photo_url()})
    assert answer.status == 201, answer.body
    assert answer.headers["content-security-policy"].startswith("default-src 'self'")
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert threads and threads[0] is not threading.main_thread()
    note = {n.id: n for n in session.snapshot().notes}[answer.json()["note_id"]]
    assert note.asset_id is not None and note.text == "The whiteboard"
    assert session.undo.stack.undoText() == "Note from Ana (phone)"
    stored = Image.open(io.BytesIO(session.workshop.load_asset(note.asset_id) or b""))
    assert stored.size == (640, 480)


def test_photos_that_are_refused_over_http(qtbot, phone: Phone, session: WorkshopSession) -> None:  # type: ignore[no-untyped-def]
    phone.join(participant(session, "Ana"))
    bomb = photo_url((6000, 5000), "PNG")  # a few kilobytes claiming 30 megapixels
    assert len(bomb) < 200_000
    refused = phone.ask("POST", "api/notes", {"photo": bomb})
    assert refused.status == 413 and "pixels" in refused.json()["error"]
    fake = "data:image/png;base64," + base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"0" * 64).decode()
    assert phone.ask("POST", "api/notes", {"photo": fake}).status == 422
    assert [n for n in session.snapshot().notes if n.asset_id] == []


def test_one_kept_alive_connection_carries_notes_and_other_requests(
    qtbot,
    phone: Phone,
    session: WorkshopSession,  # type: ignore[no-untyped-def]
) -> None:
    phone.join(participant(session, "Ana"))
    headers = {"X-Phone-Token": phone.token, "Content-Type": "application/json"}

    def work() -> list[tuple[int, Any]]:
        connection = http.client.HTTPConnection("127.0.0.1", phone.port, timeout=10)
        results = []
        try:
            for body in (None, b'{"text": "one"}', b'{"text": "two"}', None):
                method, name = ("POST", "api/notes") if body else ("GET", "api/votes")
                connection.request(method, phone.prefix + name, body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                # The client's own end of the connection: the same one all along, or
                # http.client opened a new one because the server closed the last.
                results.append((response.status, connection.sock.getsockname()))
        finally:
            connection.close()
        return results

    answers = in_thread(qtbot, work)
    assert [status for status, _end in answers] == [200, 201, 201, 200]
    assert len({end for _status, end in answers}) == 1
    texts = {n.text for n in session.snapshot().notes}
    assert {"one", "two"} <= texts


def test_a_client_expecting_100_continue_gets_it_and_its_answer(
    qtbot,
    phone: Phone,
    session: WorkshopSession,  # type: ignore[no-untyped-def]
) -> None:
    phone.join(participant(session, "Ana"))
    body = b'{"text": "curl sends Expect for large bodies"}'

    def work() -> bytes:
        with socket.create_connection(("127.0.0.1", phone.port), timeout=10) as sock:
            head = (
                f"POST {phone.prefix}api/notes HTTP/1.1\r\nHost: x\r\n"
                f"X-Phone-Token: {phone.token}\r\nContent-Length: {len(body)}\r\n"
                "Expect: 100-continue\r\nConnection: close\r\n\r\n"
            )
            sock.sendall(head.encode())
            interim = sock.recv(100)
            sock.sendall(body)
            rest = b""
            while chunk := sock.recv(65536):
                rest += chunk
            return interim + rest

    answer = in_thread(qtbot, work)
    assert answer.startswith(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\n")


def test_a_note_without_a_length_or_a_token_is_refused_before_its_body(
    qtbot,
    phone: Phone,
    session: WorkshopSession,  # type: ignore[no-untyped-def]
) -> None:
    chunked = phone.ask(
        "POST", "api/notes", raw=b'{"text": "x"}', headers={"Transfer-Encoding": "chunked"}
    )
    assert chunked.status == 411
    assert phone.ask("POST", "api/notes", {"text": "no token"}).status == 401
    wrong = Phone(qtbot, phone.port, "/p/not-the-secret/")
    assert wrong.ask("POST", "api/notes", {"text": "x"}).status == 403
    assert "x" not in {n.text for n in session.snapshot().notes}


def test_a_body_that_never_comes_closes_its_connection(
    qtbot,
    phone: Phone,
    session: WorkshopSession,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(door, "BODY_TIMEOUT_MS", 300)
    phone.join(participant(session, "Ana"))

    def work() -> bytes:
        with socket.create_connection(("127.0.0.1", phone.port), timeout=10) as sock:
            head = (
                f"POST {phone.prefix}api/notes HTTP/1.1\r\nHost: x\r\n"
                f"X-Phone-Token: {phone.token}\r\nContent-Length: 100\r\n\r\n"
            )
            sock.sendall(head.encode() + b'{"text": "')
            return sock.recv(100)  # b"" once the server hangs up

    assert in_thread(qtbot, work) == b""
    # The server still answers others.
    assert phone.ask("GET", "api/state").status == 200


def test_stopping_while_a_photo_is_prepared_stores_nothing(
    qtbot,
    phone: Phone,
    session: WorkshopSession,
    invitation: Invitation,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    started, release = threading.Event(), threading.Event()
    real = photos.prepare_photo

    def slow(data: bytes) -> Any:
        started.set()
        release.wait(10)
        return real(data)

    monkeypatch.setattr(intake, "prepare_photo", slow)
    phone.join(participant(session, "Ana"))
    notes = len(session.snapshot().notes)
    result: dict[str, Any] = {}
    sender = threading.Thread(target=lambda: _send_raw(phone, photo_url(), result), daemon=True)
    sender.start()
    qtbot.waitUntil(started.is_set, timeout=5000)
    # Stopping waits for the photo being decoded (it is let go a moment later).
    threading.Timer(0.2, release.set).start()
    invitation.stop()
    assert release.is_set()
    qtbot.waitUntil(lambda: not sender.is_alive(), timeout=10_000)
    assert result.get("status") != 201
    assert len(session.snapshot().notes) == notes


def _send_raw(phone: Phone, photo: str, result: dict[str, Any]) -> None:
    body = ('{"photo": "' + photo + '"}').encode()
    connection = http.client.HTTPConnection("127.0.0.1", phone.port, timeout=10)
    try:
        connection.request(
            "POST",
            phone.prefix + "api/notes",
            body=body,
            headers={"X-Phone-Token": phone.token, "Content-Type": "application/json"},
        )
        result["status"] = connection.getresponse().status
    except (OSError, http.client.HTTPException) as error:
        result["error"] = error
    finally:
        connection.close()


def test_a_burst_is_stored_dots_first_and_a_turn_at_a_time(  # type: ignore[no-untyped-def]
    qtbot, phone: Phone, session: WorkshopSession, invitation: Invitation, monkeypatch
) -> None:
    """Writes waiting together: the changes of dots are stored before the notes, and a
    batch that has held the GUI thread for ``BATCH_MS`` leaves the rest for the next turn
    of the event loop (here, with no time at all, one write a turn), each still its own
    undo step, nothing lost."""
    made = session.perform(
        lambda wf: wf.add_vote_round("Top", target="clusters", votes_per_participant=2)
    )
    assert made is not None
    round_id = made.created[0]
    phone.join(participant(session, "Ana"))
    items = [c.id for c in session.snapshot().clusters]
    api, taker = invitation.api, invitation.server.intake
    body = {"round_id": round_id, "item_ids": [items[0]]}
    drafts = [
        api.note_draft(phone.token, b'{"text": "first"}'),
        api.note_draft(phone.token, b'{"text": "second"}'),
        api.votes_draft(phone.token, json.dumps(body).encode()),
    ]
    told: list[tuple[int, int]] = []
    session.workshop.subscribe(
        lambda change: told.append((len(change.ids("vote", "added")), len(change.notes())))
    )
    monkeypatch.setattr(intake, "BATCH_MS", 0)
    steps = session.undo.stack.count()
    for draft in drafts:  # as the door hands them over in one turn (no connection: no answer)
        taker._store_soon(intake.Write(QTcpSocket(), RequestHead("POST", "/", {}, b""), draft))
    qtbot.waitUntil(lambda: len(told) == 3)
    assert told == [(1, 0), (0, 1), (0, 1)]
    assert session.undo.stack.count() == steps + 3
    texts = [n.text for n in session.snapshot().notes]
    assert "first" in texts and "second" in texts
