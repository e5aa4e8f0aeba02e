"""The server's door: every TCP connection comes in here and stays here, and each request
on it is read (head, then body) and handed to what answers it:

- a WebSocket upgrade (the page's live connection) to ``live_requested``, with the socket:
  QtHttpServer in PySide6 offers no WebSocket upgrade of its own, so the socket goes,
  head and all (still unread), to a ``QWebSocketServer`` (``live``);
- a note or a change of dots (``POST …/api/notes``, ``PUT …/api/votes``) to
  ``write_requested`` (``intake``): a photo is decoded on a worker thread, which a
  QtHttpServer route in Python cannot wait for, and a burst of writes is told to the
  window once;
- anything else to ``http_requested``, for QtHttpServer (``relay``).

Whoever answers writes the answer and gives the connection back (``watch``) for the
next request, so a phone's connection is kept alive whatever it asks. One request at a
time per connection: the next is not read before the last is answered.

Refused here, before anything else sees them: a connection beyond ``CONNECTIONS_MAX``, a
head over ``HEAD_MAX`` bytes or not sent
within ``HEAD_TIMEOUT_MS`` (an idle connection closes then too), a body declared over
``caps.REQUEST_BODY_MAX`` (before a byte of it is read), a body without a declared length
(chunked), a body not sent within ``BODY_TIMEOUT_MS``. A slow or silent client holds
nothing open for long.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtNetwork import QAbstractSocket, QTcpServer, QTcpSocket
from shiboken6 import Shiboken

from workshop.phones import caps, wording
from workshop.ui.phones.http_wire import RequestHead, refuse

HEAD_MAX = 16 * 1024
#: Connections open at once (a phone's page holds two or three); one more is closed as it
#: comes, so a client opening connections by the thousand cannot use up the laptop's.
CONNECTIONS_MAX = 4 * caps.PHONES_MAX
HEAD_TIMEOUT_MS = 10_000
BODY_TIMEOUT_MS = 30_000


def is_write(head: RequestHead) -> bool:
    """A note or a change of dots (which the intake answers)."""
    return (head.method, head.path.rpartition("/api/")[2]) in {("POST", "notes"), ("PUT", "votes")}


@dataclass
class _Body:
    """A request whose body is being read."""

    head: RequestHead
    length: int
    deadline: QTimer
    data: bytearray = field(default_factory=bytearray)


class PhoneDoor(QTcpServer):
    #: A WebSocket upgrade came: (the socket, its head), the head still on the socket.
    live_requested = Signal(QTcpSocket, object)
    #: A note or a change of dots came: (the socket, its head, its body).
    write_requested = Signal(QTcpSocket, object, bytes)
    #: Any other request: (the socket, its head, its body).
    http_requested = Signal(QTcpSocket, object, bytes)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: The connections the door holds (not those given to the live connections).
        self._held: set[QTcpSocket] = set()
        #: Those waiting for their next request's head, each with its deadline.
        self._waiting: dict[QTcpSocket, QTimer] = {}
        #: Those whose request's body is being read.
        self._bodies: dict[QTcpSocket, _Body] = {}
        #: Every connection let in (the live connections' too), until Qt deletes it.
        self._all: set[QTcpSocket] = set()

    def incomingConnection(self, handle: int) -> None:
        socket = QTcpSocket(self)
        if not socket.setSocketDescriptor(handle) or len(self.connections()) >= CONNECTIONS_MAX:
            socket.abort()
            socket.deleteLater()
            return
        self._all = {s for s in self._all if Shiboken.isValid(s)}  # pruned as new ones come
        self._all.add(socket)
        self._held.add(socket)
        # The socket's signals go to this object's slots, never to a Python function: for
        # a function PySide6 also connects the socket's ``destroyed``, and QtWebSockets,
        # which takes some sockets over, disconnects all of a socket's signals (Qt warns
        # when that cuts a ``destroyed`` connection).
        socket.readyRead.connect(self._ready_read)
        socket.disconnected.connect(self._disconnected)
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
        if not Shiboken.isValid(socket) or socket not in self._held:
            return
        self._stop_waiting(socket)
        self._waiting[socket] = _deadline(socket, HEAD_TIMEOUT_MS)
        if socket.bytesAvailable():
            self._look(socket)

    @Slot()
    def _ready_read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QTcpSocket):
            return
        if socket in self._waiting:
            self._look(socket)
        elif socket in self._bodies:
            self._read_body(socket)

    def _look(self, socket: QTcpSocket) -> None:
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
            self._held.discard(socket)
            socket.readyRead.disconnect(self._ready_read)
            socket.disconnected.disconnect(self._disconnected)
            self.live_requested.emit(socket, head)
        else:
            socket.read(end + 4)
            if length and head.headers.get("expect", "").lower() == "100-continue":
                socket.write(b"HTTP/1.1 100 Continue\r\n\r\n")
            self._bodies[socket] = _Body(head, length, _deadline(socket, BODY_TIMEOUT_MS))
            self._read_body(socket)

    def _read_body(self, socket: QTcpSocket) -> None:
        body = self._bodies[socket]
        body.data.extend(socket.read(body.length - len(body.data)).data())
        if len(body.data) < body.length:
            return
        del self._bodies[socket]
        body.deadline.stop()
        body.deadline.deleteLater()
        signal = self.write_requested if is_write(body.head) else self.http_requested
        signal.emit(socket, body.head, bytes(body.data))

    # Letting go ----------------------------------------------------------------------------
    def _stop_waiting(self, socket: QTcpSocket) -> None:
        deadline = self._waiting.pop(socket, None)
        if deadline is not None:
            deadline.stop()
            deadline.deleteLater()

    @Slot()
    def _disconnected(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QTcpSocket):
            return
        self._waiting.pop(socket, None)
        self._bodies.pop(socket, None)
        self._held.discard(socket)
        socket.deleteLater()


def _deadline(socket: QTcpSocket, milliseconds: int) -> QTimer:
    """A timer that cuts the connection off unless stopped in time."""
    timer = QTimer(socket)
    timer.setSingleShot(True)
    timer.timeout.connect(socket.abort)
    timer.start(milliseconds)
    return timer
