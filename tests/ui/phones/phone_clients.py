"""Real clients for the phones' server, in the test's own process: HTTP from a worker
thread (``http.client``, as a phone's browser would send it) while the test waits with
qtbot, and the live connection as a ``QWebSocket`` on the test's event loop."""

from __future__ import annotations

import http.client
import json
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWebSockets import QWebSocket


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def participant(session: Any, name: str) -> str:
    """The id of the participant called ``name`` in a ``WorkshopSession``."""
    return str(next(p.id for p in session.snapshot().participants if p.name == name))


def in_thread(qtbot: Any, work: Callable[[], Any], timeout: int = 15_000) -> Any:
    """Run ``work`` on a worker thread while the event loop (and so the server) runs."""
    result: dict[str, Any] = {}

    def run() -> None:
        try:
            result["value"] = work()
        except BaseException as error:  # handed to the test below
            result["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=timeout)
    if "error" in result:
        raise result["error"]
    return result["value"]


#: Every live socket a test opened, closed and let go on the test's thread (conftest).
OPEN: list[QWebSocket] = []


def close_all_live() -> None:
    while OPEN:
        live = OPEN.pop()
        live.abort()
        live.deleteLater()


class Phone:
    """One phone: its HTTP requests (with its token once it joined) and its live page."""

    def __init__(self, qtbot: Any, port: int, prefix: str) -> None:
        self.qtbot = qtbot
        self.port = port
        self.prefix = prefix
        self.token = ""
        self.messages: list[dict[str, Any]] = []
        self.live: QWebSocket | None = None

    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        raw: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Answer:
        data = raw if raw is not None else None if body is None else json.dumps(body).encode()
        sent = dict(headers or {})
        if self.token:
            sent["X-Phone-Token"] = self.token
        if data is not None:
            sent.setdefault("Content-Type", "application/json")

        def work() -> Answer:
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
            try:
                connection.request(method, path, body=data, headers=sent)
                response = connection.getresponse()
                found = {k.lower(): v for k, v in response.getheaders()}
                return Answer(response.status, found, response.read())
            finally:
                connection.close()

        return in_thread(self.qtbot, work)

    def ask(self, method: str, name: str, body: Any = None, **options: Any) -> Answer:
        return self.request(method, self.prefix + name, body, **options)

    def join(self, participant_id: str) -> Answer:
        answer = self.ask("POST", "api/join", {"participant_id": participant_id})
        assert answer.status == 200, answer.body
        self.token = answer.json()["token"]
        return answer

    def open_live(self, token: str | None = None) -> QWebSocket:
        live = QWebSocket()
        # The slot holds the list, not the phone: a phone and its socket holding each other
        # would be freed by the cycle collector, on whichever thread it runs (a client
        # thread of a later test), and a QWebSocket must die on the thread it lives on.
        messages = self.messages
        live.textMessageReceived.connect(lambda text: messages.append(json.loads(text)))
        OPEN.append(live)
        url = f"ws://127.0.0.1:{self.port}{self.prefix}live?token={token or self.token}"
        live.open(QUrl(url))
        self.live = live
        return live

    def wait_for(
        self, kind: str, test: Callable[[dict[str, Any]], bool] = lambda m: True
    ) -> dict[str, Any]:
        def found() -> dict[str, Any] | None:
            return next((m for m in self.messages if m["type"] == kind and test(m)), None)

        self.qtbot.waitUntil(lambda: found() is not None, timeout=5000)
        message = found()
        assert message is not None
        return message


def raw_exchange(qtbot: Any, port: int, data: bytes) -> bytes:
    """Send bytes as they are (no client tidying the path) and read all that comes back
    until the server closes the connection (send ``Connection: close``)."""

    def work() -> bytes:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(data)
            chunks = []
            while chunk := sock.recv(65536):
                chunks.append(chunk)
            return b"".join(chunks)

    return in_thread(qtbot, work)
