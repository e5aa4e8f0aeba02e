"""The server's door: every TCP connection comes in here and stays here, and each request
on it is read (head, then body) and handed to what answers it:

- a WebSocket upgrade (the page's live connection) to ``live_requested``, with the socket:
  QtHttpServer in PySide6 offers no WebSocket upgrade of its own, so the socket goes,
  head and all (still unread), to a ``QWebSocketServer`` (``live``);
- a note (``POST …/api/notes``) to ``note_requested``: its photo is decoded on a worker
  thread (``note_intake``), which a QtHttpServer route in Python cannot wait for;
- anything else to ``http_requested``, for QtHttpServer (``relay``).

Whoever answers writes the answer and gives the connection back (``watch``) for the
next request, so a phone's connection is kept alive whatever it asks. One request at a
time per connection: the next is not read before the last is answered.

Refused here, before anything else sees them: a head over ``HEAD_MAX`` bytes or not sent
within ``HEAD_TIMEOUT_MS`` (an idle connection closes then too), a body declared over
``caps.REQUEST_BODY_MAX`` (before a byte of it is read), a body without a declared length
(chunked), a body not sent within ``BODY_TIMEOUT_MS``. A slow or silent client holds
nothing open for long.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QTcpServer, QTcpSocket
from shiboken6 import Shiboken

from workshop.phones import caps, wording
from workshop.ui.phones.http_wire import RequestHead, refuse

HEAD_MAX = 16 * 1024
HEAD_TIMEOUT_MS = 10_000
BODY_TIMEOUT_MS = 30_000


class PhoneDoor(QTcpServer):
    #: A WebSocket upgrade came: (the socket, its head), the head still on the socket.
    live_requested = Signal(QTcpSocket, object)
    #: A note came: (the socket, its head, its body).
    note_requested = Signal(QTcpSocket, object, bytes)
    #: Any other request: (the socket, its head, its body).
    http_requested = Signal(QTcpSocket, object, bytes)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: Each connection's waiting for its next request (a deadline) and listening.
        self._waiting: dict[QTcpSocket, tuple[QTimer, Callable[[], None]]] = {}
        self._forgets: dict[QTcpSocket, Callable[[], None]] = {}
        #: Every connection let in, until Qt deletes it (the live connections' too).
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

    def connections(self) -> list[QTcpSocket]:
        """Every connection this door let in that is still open."""
        return [
            s
            for s in self._all
            if Shiboken.isValid(s) and s.state() != QAbstractSocket.SocketState.UnconnectedState
        ]

    # Reading a request ---------------------------------------------------------------------
    def watch(self, socket: QTcpSocket) -> None:
        """Wait for the next request on a connection (a new one, or one just answered)."""
        if not Shiboken.isValid(socket) or socket not in self._forgets:
            return
        self._stop_waiting(socket)
        deadline = QTimer(socket)
        deadline.setSingleShot(True)
        deadline.timeout.connect(socket.abort)
        deadline.start(HEAD_TIMEOUT_MS)

        def look() -> None:
            self._look(socket)

        self._waiting[socket] = (deadline, look)
        socket.readyRead.connect(look)
        if socket.bytesAvailable():
            self._look(socket)

    def _look(self, socket: QTcpSocket) -> None:
        if socket not in self._waiting:
            return
        data = bytes(socket.peek(HEAD_MAX + 4).data())
        end = data.find(b"\r\n\r\n")
        if end < 0:
            if len(data) > HEAD_MAX:
                self._stop_waiting(socket)
                refuse(socket, 431, wording.too_large())
            return
        self._stop_waiting(socket)
        head = RequestHead.parse(data[:end])
        length = None if head is None else head.declared_length()
        if head is None or length is None:
            refuse(socket, 400, wording.unreadable())
        elif length > caps.REQUEST_BODY_MAX:
            refuse(socket, 413, wording.too_large(), drain=True)
        elif "transfer-encoding" in head.headers:
            refuse(socket, 411, wording.length_required(), drain=True)
        elif head.wants_websocket:
            # The live connection owns the socket from here on.
            socket.disconnected.disconnect(self._forgets.pop(socket))
            self.live_requested.emit(socket, head)
        else:
            socket.read(end + 4)
            if length and head.headers.get("expect", "").lower() == "100-continue":
                socket.write(b"HTTP/1.1 100 Continue\r\n\r\n")
            self._read_body(socket, head, length)

    def _read_body(self, socket: QTcpSocket, head: RequestHead, length: int) -> None:
        body = bytearray()
        deadline = QTimer(socket)
        deadline.setSingleShot(True)
        deadline.timeout.connect(socket.abort)
        deadline.start(BODY_TIMEOUT_MS)

        def read() -> None:
            body.extend(socket.read(length - len(body)).data())
            if len(body) < length:
                return
            socket.readyRead.disconnect(read)
            deadline.stop()
            deadline.deleteLater()
            is_note = head.method == "POST" and head.path.endswith("/api/notes")
            signal = self.note_requested if is_note else self.http_requested
            signal.emit(socket, head, bytes(body))

        socket.readyRead.connect(read)
        read()

    # Letting go ----------------------------------------------------------------------------
    def _stop_waiting(self, socket: QTcpSocket) -> None:
        waiting = self._waiting.pop(socket, None)
        if waiting is not None:
            deadline, look = waiting
            deadline.stop()
            deadline.deleteLater()
            socket.readyRead.disconnect(look)

    def _forget(self, socket: QTcpSocket) -> None:
        self._waiting.pop(socket, None)
        self._forgets.pop(socket, None)
        if Shiboken.isValid(socket):
            socket.deleteLater()
