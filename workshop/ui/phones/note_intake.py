"""A phone's note, taken in without holding up the window: the quick checks on the GUI
thread (``PhoneApi.note_draft``), the photo decoded on a worker thread
(``photos.prepare_photo``: Pillow, a few hundred milliseconds for a large photo), then
the note stored on the GUI thread, where the store's connection and the undo stack live
(``PhoneApi.add_note``). The answer is written here, and the connection goes back to
the door for the phone's next request.

Photos wait their turn for ``WORKERS`` threads, so a flood of them queues rather than
taking every core. Notes ready in the same turn of the event loop (a burst from many
phones) are stored one by one — one undo step each — but the window hears of them once
(``Room.together``), so its panels redraw once, not once per note.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QTcpSocket
from shiboken6 import Shiboken

from workshop.io.images import PreparedImage
from workshop.phones import wording
from workshop.phones.api import TOKEN_HEADER, NoteDraft, PhoneApi
from workshop.phones.photos import prepare_photo
from workshop.phones.replies import Refusal, Reply, error_reply
from workshop.ui.phones.door import PhoneDoor
from workshop.ui.phones.http_wire import RequestHead, refuse, reply_bytes

WORKERS = 2


@dataclass
class NoteRequest:
    socket: QTcpSocket
    head: RequestHead
    draft: NoteDraft


class NoteIntake(QObject):
    #: A photo is ready (or refused), from a worker thread: (request, future).
    _photo_done = Signal(object, object)

    def __init__(self, api: PhoneApi, door: PhoneDoor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.door = door
        self._workers = ThreadPoolExecutor(WORKERS, thread_name_prefix="phone-photos")
        self._photo_done.connect(self._photo_ready)
        self._ready: list[tuple[NoteRequest, PreparedImage | None]] = []
        self._store = QTimer(self)
        self._store.setSingleShot(True)
        self._store.setInterval(0)
        self._store.timeout.connect(self._store_ready)
        self._open = True
        door.note_requested.connect(self.take)

    def close(self) -> None:
        """The session stops: no note is stored from now on. Photos not yet started are
        dropped; one being decoded is waited for (a fraction of a second), so that no
        worker is left to call back an intake that is gone."""
        self._open = False
        self._store.stop()
        self._ready.clear()
        self._workers.shutdown(wait=True, cancel_futures=True)

    def take(self, socket: QTcpSocket, head: RequestHead, body: bytes) -> None:
        if self.api.inside(head.path) is None:
            refuse(socket, 403, wording.not_a_session())
            return
        try:
            draft = self.api.note_draft(head.headers.get(TOKEN_HEADER), body)
        except Refusal as refusal:
            self._answer(socket, head, error_reply(refusal.status, refusal.message))
            return
        request = NoteRequest(socket, head, draft)
        if draft.photo is None:
            self._store_soon(request, None)
            return
        future = self._workers.submit(prepare_photo, draft.photo)
        future.add_done_callback(lambda done: self._photo_done.emit(request, done))

    def _photo_ready(self, request: NoteRequest, done: Future[PreparedImage]) -> None:
        if not self._open or done.cancelled():
            return
        try:
            image = done.result()
        except Refusal as refusal:
            self._answer(request.socket, request.head, error_reply(refusal.status, refusal.message))
        except Exception:  # a photo no check foresaw: refused, never stored
            self._answer(request.socket, request.head, error_reply(422, wording.photo_unreadable()))
        else:
            self._store_soon(request, image)

    # Storing -------------------------------------------------------------------------------
    def _store_soon(self, request: NoteRequest, image: PreparedImage | None) -> None:
        self._ready.append((request, image))
        if not self._store.isActive():
            self._store.start()

    def _store_ready(self) -> None:
        ready, self._ready = self._ready, []
        if not self._open:
            return
        replies = []
        with self.api.room.together():
            for request, image in ready:
                replies.append((request, self.api.add_note(request.draft, image)))
        for request, reply in replies:
            self._answer(request.socket, request.head, reply)

    # Answering -----------------------------------------------------------------------------
    def _answer(self, socket: QTcpSocket, head: RequestHead, reply: Reply) -> None:
        if not Shiboken.isValid(socket):
            return
        if socket.state() != QAbstractSocket.SocketState.ConnectedState:
            return
        socket.write(reply_bytes(reply, keep_alive=head.keeps_alive))
        if head.keeps_alive:
            self.door.watch(socket)
        else:
            socket.disconnectFromHost()
