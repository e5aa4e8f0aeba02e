"""A phone's note, taken in without holding up the window: the body read as it arrives,
the quick checks on the GUI thread (``PhoneApi.note_draft``), the photo decoded on a
worker thread (``photos.prepare_photo``: Pillow, a few hundred milliseconds for a large
photo), then the note stored on the GUI thread, where the store's connection and the
undo stack live (``PhoneApi.add_note``). The answer is written here, and the connection
goes back to the door for the phone's next request.

Photos wait their turn for ``WORKERS`` threads, so a flood of them queues rather than
taking every core. A body that does not arrive within ``BODY_TIMEOUT_MS`` closes its
connection.
"""

from __future__ import annotations

import http
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QTcpSocket
from shiboken6 import Shiboken

from workshop.io.images import PreparedImage
from workshop.phones import wording
from workshop.phones.api import TOKEN_HEADER, NoteDraft, PhoneApi
from workshop.phones.photos import prepare_photo
from workshop.phones.replies import SECURITY_HEADERS, Refusal, Reply, error_reply
from workshop.ui.phones.door import PhoneDoor, RequestHead, refuse

WORKERS = 2
BODY_TIMEOUT_MS = 30_000


@dataclass
class NoteRequest:
    socket: QTcpSocket
    head: RequestHead
    length: int
    body: bytearray = field(default_factory=bytearray)
    draft: NoteDraft | None = None


class NoteIntake(QObject):
    #: A photo is ready (or refused), from a worker thread: (request, future).
    _photo_done = Signal(object, object)

    def __init__(self, api: PhoneApi, door: PhoneDoor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.door = door
        self._workers = ThreadPoolExecutor(WORKERS, thread_name_prefix="phone-photos")
        self._photo_done.connect(self._photo_ready)
        self._open = True
        door.note_requested.connect(self.take)

    def close(self) -> None:
        """The session stops: photos not yet started are dropped, none is stored."""
        self._open = False
        self._workers.shutdown(wait=False, cancel_futures=True)

    # Reading the body ----------------------------------------------------------------------
    def take(self, socket: QTcpSocket, head: RequestHead) -> None:
        if self.api.inside(head.path) is None:
            refuse(socket, 403, "Forbidden", wording.not_a_session())
            return
        request = NoteRequest(socket, head, head.declared_length())
        deadline = QTimer(socket)
        deadline.setSingleShot(True)
        deadline.timeout.connect(socket.abort)
        deadline.start(BODY_TIMEOUT_MS)

        def read() -> None:
            wanted = request.length - len(request.body)
            request.body += socket.read(wanted).data()
            if len(request.body) >= request.length:
                socket.readyRead.disconnect(read)
                deadline.stop()
                deadline.deleteLater()
                self._body_read(request)

        socket.readyRead.connect(read)
        read()

    def _body_read(self, request: NoteRequest) -> None:
        token = request.head.headers.get(TOKEN_HEADER)
        try:
            request.draft = self.api.note_draft(token, bytes(request.body))
        except Refusal as refusal:
            self._answer(request, error_reply(refusal.status, refusal.message))
            return
        request.body = bytearray()
        if request.draft.photo is None:
            self._answer(request, self.api.add_note(request.draft, None))
            return
        future = self._workers.submit(prepare_photo, request.draft.photo)
        future.add_done_callback(lambda done: self._photo_done.emit(request, done))

    def _photo_ready(self, request: NoteRequest, done: Future[PreparedImage]) -> None:
        if not self._open or done.cancelled() or request.draft is None:
            return
        try:
            image = done.result()
        except Refusal as refusal:
            reply = error_reply(refusal.status, refusal.message)
        except Exception:  # a photo no check foresaw: refused, never stored
            reply = error_reply(422, wording.photo_unreadable())
        else:
            reply = self.api.add_note(request.draft, image)
        self._answer(request, reply)

    # Answering -----------------------------------------------------------------------------
    def _answer(self, request: NoteRequest, reply: Reply) -> None:
        socket = request.socket
        if not Shiboken.isValid(socket):
            return
        if socket.state() != QAbstractSocket.SocketState.ConnectedState:
            return
        closing = request.head.headers.get("connection", "").lower() == "close"
        socket.write(response_bytes(reply, keep_alive=not closing))
        if closing:
            socket.disconnectFromHost()
        else:
            self.door.watch(socket)


def response_bytes(reply: Reply, *, keep_alive: bool) -> bytes:
    """The HTTP/1.1 answer for ``reply``, with the headers every answer carries."""
    try:
        reason = http.HTTPStatus(reply.status).phrase
    except ValueError:
        reason = "Error"
    headers = {
        "Content-Type": reply.content_type,
        "Content-Length": str(len(reply.body)),
        **SECURITY_HEADERS,
        **reply.headers,
        "Connection": "keep-alive" if keep_alive else "close",
    }
    head = f"HTTP/1.1 {reply.status} {reason}\r\n" + "".join(
        f"{name}: {value}\r\n" for name, value in headers.items()
    )
    return (head + "\r\n").encode("latin-1") + reply.body
