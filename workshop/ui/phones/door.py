"""The server's door: every TCP connection is let in here, its request's head read
(without taking it off the socket), and then handed on.

- A WebSocket upgrade (the page's live connection) goes to ``live_requested``: QtHttpServer
  in PySide6 offers no WebSocket upgrade of its own, so the socket is handed, head and
  all, to a ``QWebSocketServer`` (``LiveConnections``).
- A request whose declared body is over ``caps.REQUEST_BODY_MAX`` is answered 413 here,
  before a byte of the body is read.
- Anything else goes to the ``QHttpServer`` bound to this door, with what has arrived
  still unread on the socket. (QtHttpServer reads a socket when it says ``readyRead``; the
  door already heard that, so it says it again once it has handed the socket on.)

A connection that sends no complete head within ``HEAD_TIMEOUT_MS``, or a head over
``HEAD_MAX`` bytes, is dropped: a slow or silent client holds nothing open for long.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QTcpServer, QTcpSocket
from shiboken6 import Shiboken

from workshop.phones import caps, wording

HEAD_MAX = 16 * 1024
HEAD_TIMEOUT_MS = 10_000
DRAIN_MAX = 2 * caps.REQUEST_BODY_MAX
DRAIN_MS = 5_000


class RequestHead:
    """The request line and headers of an HTTP request, as sent."""

    def __init__(self, method: str, target: str, headers: dict[str, str]) -> None:
        self.method = method
        self.target = target
        self.headers = headers

    @classmethod
    def parse(cls, data: bytes) -> RequestHead | None:
        try:
            text = data.decode("latin-1")
        except UnicodeDecodeError:  # pragma: no cover - latin-1 decodes any byte
            return None
        lines = text.split("\r\n")
        parts = lines[0].split(" ")
        if len(parts) != 3 or not parts[2].startswith("HTTP/"):
            return None
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, colon, value = line.partition(":")
            if colon:
                headers[name.strip().lower()] = value.strip()
        return cls(parts[0], parts[1], headers)

    @property
    def path(self) -> str:
        return self.target.partition("?")[0]

    @property
    def wants_websocket(self) -> bool:
        upgrade = self.headers.get("upgrade", "").lower()
        return self.method == "GET" and upgrade == "websocket"

    def declared_length(self) -> int:
        try:
            return int(self.headers.get("content-length", "0"))
        except ValueError:
            return 0


def answer(socket: QTcpSocket, status: int, reason: str, message: str) -> None:
    """A short JSON error, saying the connection closes."""
    body = json.dumps({"error": message}, ensure_ascii=False).encode("utf-8")
    head = (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\nCache-Control: no-store\r\n"
        "X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n"
    )
    socket.write(head.encode("latin-1") + body)


def refuse(socket: QTcpSocket, status: int, reason: str, message: str, drain: bool = False) -> None:
    """Answer with an error and close. With ``drain``, what the client still sends (a body
    refused for its size) is read and dropped until it hangs up, for ``DRAIN_MS`` and up
    to ``DRAIN_MAX`` bytes at most: a client still writing when the connection closes
    would see it reset rather than read the answer."""
    answer(socket, status, reason, message)
    if not drain:
        socket.disconnectFromHost()
        return
    dropped = [0]

    def drop() -> None:
        dropped[0] += socket.readAll().size()
        if dropped[0] > DRAIN_MAX:
            socket.abort()

    socket.readyRead.connect(drop)
    drop()
    QTimer.singleShot(DRAIN_MS, socket, socket.abort)


class PhoneDoor(QTcpServer):
    #: A WebSocket upgrade came: (the socket, its request head).
    live_requested = Signal(QTcpSocket, object)
    #: A note came (its head read off the socket, its body still to come): (socket, head).
    note_requested = Signal(QTcpSocket, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: dict[QTcpSocket, QTimer] = {}
        self._looks: dict[QTcpSocket, Callable[[], None]] = {}
        self._forgets: dict[QTcpSocket, Callable[[], None]] = {}
        #: Every connection let in, until Qt deletes it (QtHttpServer and QtWebSockets
        #: take theirs over: the door still knows them, to close them all on stop).
        self._all: set[QTcpSocket] = set()

    def incomingConnection(self, handle: int) -> None:
        socket = QTcpSocket(self)
        if not socket.setSocketDescriptor(handle):
            socket.deleteLater()
            return
        self._all.add(socket)
        socket.destroyed.connect(lambda: self._all.discard(socket))
        forget = self._forgets[socket] = lambda: self._forget(socket)
        socket.disconnected.connect(forget)
        self.watch(socket)

    def watch(self, socket: QTcpSocket) -> None:
        """Read the next request's head on a connection the door holds: a new one, or
        one whose note was just answered (kept alive for the phone's next request)."""
        deadline = QTimer(socket)
        deadline.setSingleShot(True)
        deadline.timeout.connect(lambda: self._give_up(socket))
        deadline.start(HEAD_TIMEOUT_MS)
        self._waiting[socket] = deadline
        look = self._looks[socket] = lambda: self._look(socket)
        socket.readyRead.connect(look)
        if socket.bytesAvailable():
            self._look(socket)

    def connections(self) -> list[QTcpSocket]:
        """Every connection this door let in that is still open."""
        return [
            s
            for s in self._all
            if Shiboken.isValid(s) and s.state() != QAbstractSocket.SocketState.UnconnectedState
        ]

    def _look(self, socket: QTcpSocket) -> None:
        if socket not in self._waiting:
            return
        data = bytes(socket.peek(HEAD_MAX + 4).data())
        end = data.find(b"\r\n\r\n")
        if end < 0:
            if len(data) > HEAD_MAX:
                self._settle(socket)
                refuse(socket, 431, "Request Header Fields Too Large", wording.too_large())
            return
        self._settle(socket)
        head = RequestHead.parse(data[:end])
        if head is None:
            refuse(socket, 400, "Bad Request", wording.unreadable())
            return
        if head.declared_length() > caps.REQUEST_BODY_MAX:
            message = wording.too_large()
            refuse(socket, 413, "Payload Too Large", message, drain=True)
            return
        if "transfer-encoding" in head.headers:
            message = wording.length_required()
            refuse(socket, 411, "Length Required", message, drain=True)
            return
        socket.readyRead.disconnect(self._looks.pop(socket))
        if head.wants_websocket:
            # The live connection owns the socket from here on.
            socket.disconnected.disconnect(self._forgets.pop(socket))
            self.live_requested.emit(socket, head)
        elif head.method == "POST" and head.path.endswith("/api/notes"):
            socket.read(end + 4)  # the head is read; the body is the note's
            self.note_requested.emit(socket, head)
        else:
            self.addPendingConnection(socket)
            socket.readyRead.emit()

    def _settle(self, socket: QTcpSocket) -> None:
        deadline = self._waiting.pop(socket, None)
        if deadline is not None:
            deadline.stop()
            deadline.deleteLater()

    def _give_up(self, socket: QTcpSocket) -> None:
        if self._waiting.pop(socket, None) is not None:
            socket.abort()

    def _forget(self, socket: QTcpSocket) -> None:
        self._settle(socket)
        self._looks.pop(socket, None)
        self._forgets.pop(socket, None)
        if Shiboken.isValid(socket):
            socket.deleteLater()
