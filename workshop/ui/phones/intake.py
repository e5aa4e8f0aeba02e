"""What a phone writes — a note, or its dots — taken in without holding up the window.

The quick checks run on the GUI thread as the request arrives (``PhoneApi.note_draft``,
``votes_draft``); a note's photo is decoded on a worker thread (``photos.prepare_photo``:
Pillow, a few hundred milliseconds for a large photo); then the write is stored on the GUI
thread, where the store's connection and the undo stack live. The answer is written
here, and the connection goes back to the door for the phone's next request.

Writes ready in the same turn of the event loop (a burst from many phones) are stored one
by one — one transaction and one undo step each — but the window hears of them together
(``Room.together``), so its panels redraw once per batch, not once per note. Changes of
dots go first (one quick write each, and the phone waits for its answer), then notes; a
batch stops taking writes after ``BATCH_MS`` and the rest wait for the next turn of the
event loop, so the window still draws its frames and reads its sockets during a burst. Photos wait
their turn for ``WORKERS`` threads, so a flood of them queues rather than taking every
core.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QTcpSocket
from shiboken6 import Shiboken

from workshop.io.images import PreparedImage
from workshop.phones import wording
from workshop.phones.api import TOKEN_HEADER, NoteDraft, PhoneApi, VotesDraft
from workshop.phones.photos import prepare_photo
from workshop.phones.replies import Refusal, Reply, error_reply
from workshop.ui.phones.door import PhoneDoor
from workshop.ui.phones.http_wire import RequestHead, refuse, reply_bytes

WORKERS = 2
#: How long one batch of writes may hold the GUI thread before the rest wait a turn.
BATCH_MS = 12


@dataclass
class Write:
    socket: QTcpSocket
    head: RequestHead
    draft: NoteDraft | VotesDraft
    image: PreparedImage | None = None


class WriteIntake(QObject):
    #: A photo is ready (or refused), from a worker thread: (write, future).
    _photo_done = Signal(object, object)

    def __init__(self, api: PhoneApi, door: PhoneDoor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.door = door
        self._workers = ThreadPoolExecutor(WORKERS, thread_name_prefix="phone-photos")
        self._photo_done.connect(self._photo_ready)
        self._ready: list[Write] = []
        self._store = QTimer(self)
        self._store.setSingleShot(True)
        self._store.setInterval(0)
        self._store.timeout.connect(self._store_ready)
        self._open = True
        door.write_requested.connect(self.take)

    def close(self) -> None:
        """The session stops: nothing is stored from now on. Photos not yet started are
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
        token = head.headers.get(TOKEN_HEADER)
        try:
            if head.method == "PUT":
                draft: NoteDraft | VotesDraft = self.api.votes_draft(token, body)
            else:
                draft = self.api.note_draft(token, body)
        except Refusal as refusal:
            self._answer(socket, head, error_reply(refusal.status, refusal.message))
            return
        write = Write(socket, head, draft)
        if isinstance(draft, NoteDraft) and draft.photo is not None:
            future = self._workers.submit(prepare_photo, draft.photo)
            future.add_done_callback(lambda done: self._photo_done.emit(write, done))
            return
        self._store_soon(write)

    def _photo_ready(self, write: Write, done: Future[PreparedImage]) -> None:
        if not self._open or done.cancelled():
            return
        try:
            write.image = done.result()
        except Refusal as refusal:
            self._answer(write.socket, write.head, error_reply(refusal.status, refusal.message))
        except Exception:  # a photo no check foresaw: refused, never stored
            self._answer(write.socket, write.head, error_reply(422, wording.photo_unreadable()))
        else:
            self._store_soon(write)

    # Storing -------------------------------------------------------------------------------
    def _store_soon(self, write: Write) -> None:
        self._ready.append(write)
        if not self._store.isActive():
            self._store.start()

    def _store_ready(self) -> None:
        if not self._open:
            self._ready.clear()
            return
        # Dots first, each kind in the order it came.
        waiting = sorted(self._ready, key=lambda write: isinstance(write.draft, NoteDraft))
        ready: list[Write] = []
        replies: list[Reply | None] = []
        clock = QElapsedTimer()
        clock.start()
        with self.api.room.together():
            for write in waiting:
                if ready and clock.elapsed() >= BATCH_MS:
                    break
                ready.append(write)
                if isinstance(write.draft, NoteDraft):
                    replies.append(self.api.add_note(write.draft, write.image))
                else:
                    replies.append(self.api.apply_votes(write.draft))
        self._ready = waiting[len(ready) :]
        if self._ready:
            self._store.start()
        # The app has heard of them all: the dots are read back as they now are.
        for write, reply in zip(ready, replies, strict=True):
            if reply is None and isinstance(write.draft, VotesDraft):
                reply = self.api.votes_reply(write.draft)
            assert reply is not None
            self._answer(write.socket, write.head, reply)

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
