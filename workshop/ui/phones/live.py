"""The phones' live connections: a WebSocket per open page, through which the server
says what changed (docs/phone-api.md) — the state on connecting and whenever the room
changes, a phone's own dots when they change, and ``closed`` before the server stops.

A phone sends nothing on it; whatever it sends is dropped unread, within small size
caps. A phone that stops reading (its messages pile up past ``BACKLOG_MAX``) is let go,
so one stalled phone cannot make the laptop hold ever more for it.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtNetwork import QTcpSocket
from PySide6.QtWebSockets import QWebSocket, QWebSocketProtocol, QWebSocketServer

from workshop.phones import wording
from workshop.phones.api import PhoneApi
from workshop.ui.phones.http_wire import RequestHead, refuse

#: What a phone may send in one message (it has nothing to say; this is only a cap).
INCOMING_MAX = 4 * 1024
#: Bytes waiting to go to one phone beyond which it is let go.
BACKLOG_MAX = 2 * 1024 * 1024
CLOSED_MESSAGE = json.dumps({"type": "closed"})


def _token_of(url: QUrl) -> str:
    values = parse_qs(url.query()).get("token", [""])
    return values[0]


class LiveConnections(QObject):
    #: How many phones (distinct tokens) have the page open, when it changes.
    phones_changed = Signal(int)

    def __init__(self, api: PhoneApi, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.server = QWebSocketServer(
            "Persona Workshop", QWebSocketServer.SslMode.NonSecureMode, self
        )
        self.server.newConnection.connect(self._accept)
        self._tokens: dict[QWebSocket, str] = {}
        self._count = 0

    # Who is connected -----------------------------------------------------------------
    def phone_count(self) -> int:
        return len(set(self._tokens.values()))

    def sockets(self) -> list[QWebSocket]:
        return list(self._tokens)

    # Coming in ----------------------------------------------------------------------------
    def take(self, socket: QTcpSocket, head: RequestHead) -> None:
        """A WebSocket upgrade the door let in: only ``/p/SECRET/live`` with a phone's
        token becomes a live connection."""
        path, _question, query = head.target.partition("?")
        token = parse_qs(query).get("token", [""])[0]
        if self.api.inside(path) != "live":
            socket.disconnected.connect(socket.deleteLater)
            refuse(socket, 403, wording.not_a_session())
        elif self.api.phone_for(token) is None:
            socket.disconnected.connect(socket.deleteLater)
            refuse(socket, 401, wording.pick_your_name())
        else:
            self.server.handleConnection(socket)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            token = _token_of(socket.requestUrl())
            phone = self.api.phone_for(token)
            if phone is None:  # the door checked; the participant may have gone since
                socket.close(QWebSocketProtocol.CloseCode.CloseCodePolicyViolated)
                socket.deleteLater()
                continue
            socket.setParent(self)
            socket.setMaxAllowedIncomingMessageSize(INCOMING_MAX)
            socket.setMaxAllowedIncomingFrameSize(INCOMING_MAX)
            socket.disconnected.connect(lambda s=socket: self._gone(s))
            self._tokens[socket] = token
            self._send(socket, {"type": "state", **self.api.state()})
            self._send(socket, {"type": "votes", **self.api.votes(phone.participant_id)})
            self._count_changed()

    def _gone(self, socket: QWebSocket) -> None:
        if self._tokens.pop(socket, None) is not None:
            socket.deleteLater()
            self._count_changed()

    def _count_changed(self) -> None:
        count = self.phone_count()
        if count != self._count:
            self._count = count
            self.phones_changed.emit(count)

    # Going out ----------------------------------------------------------------------------
    def send_state(self) -> None:
        if not self._tokens:
            return
        text = json.dumps({"type": "state", **self.api.state()}, ensure_ascii=False)
        for socket in list(self._tokens):
            self._send_text(socket, text)

    def send_votes(self, participant_ids: set[str]) -> None:
        """Each of these participants' phones gets their dots as they are now."""
        for socket, token in list(self._tokens.items()):
            phone = self.api.session.phone(token)
            if phone is not None and phone.participant_id in participant_ids:
                self._send(socket, {"type": "votes", **self.api.votes(phone.participant_id)})

    def participants(self) -> set[str]:
        """The participants with a phone connected."""
        found = set()
        for token in self._tokens.values():
            phone = self.api.session.phone(token)
            if phone is not None:
                found.add(phone.participant_id)
        return found

    def close_all(self) -> None:
        """Say ``closed`` to every phone and close every live connection."""
        for socket in list(self._tokens):
            socket.sendTextMessage(CLOSED_MESSAGE)
            socket.flush()
            socket.close(QWebSocketProtocol.CloseCode.CloseCodeGoingAway)
        self._tokens.clear()
        self._count_changed()
        self.server.close()

    def _send(self, socket: QWebSocket, message: dict[str, Any]) -> None:
        self._send_text(socket, json.dumps(message, ensure_ascii=False))

    def _send_text(self, socket: QWebSocket, text: str) -> None:
        if socket.bytesToWrite() > BACKLOG_MAX:
            socket.abort()
            self._gone(socket)
            return
        socket.sendTextMessage(text)
