"""QtHttpServer answers every request the door does not answer itself (the page's files,
the state, joining, dots), one at a time: the door's request goes to it over a local
connection made for that request (``QLocalServer``, open to this user only), marked
"Connection: close", and its whole answer goes back to the phone, with the phone's own
connection kept alive.

So the door keeps every phone's connection, and sees each request on it (a note among
them, which it answers itself); QtHttpServer still reads and answers the rest.
"""

from __future__ import annotations

import secrets

from PySide6.QtCore import QObject, QTimer
from PySide6.QtHttpServer import QHttpServer
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket, QTcpSocket
from shiboken6 import Shiboken

from workshop.ui.phones.door import PhoneDoor
from workshop.ui.phones.http_wire import RequestHead, with_connection

#: How long QtHttpServer may take over one answer before the phone's connection closes.
ANSWER_TIMEOUT_MS = 30_000
#: The largest answer passed on (the page's files and the state are far smaller).
ANSWER_MAX = 8 * 1024 * 1024


def closing_head(head: RequestHead) -> bytes:
    """The request's head as sent, but saying "Connection: close" (and without an
    ``Expect``: the door has the whole body already)."""
    lines = [
        line
        for line in head.raw.split(b"\r\n")
        if not line.lower().startswith((b"connection:", b"keep-alive:", b"expect:"))
    ]
    return b"\r\n".join([*lines, b"Connection: close"]) + b"\r\n\r\n"


class HttpRelay(QObject):
    def __init__(self, http: QHttpServer, door: PhoneDoor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.local = QLocalServer(self)
        self.local.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.http = http
        self._bound = False
        door.http_requested.connect(self.relay)

    def start(self) -> str | None:
        """Listen locally for the door; None when it does, else why not."""
        if not self.local.listen(f"persona-workshop-phones-{secrets.token_hex(12)}"):
            return self.local.errorString()
        if not self.http.bind(self.local):
            self.local.close()
            return "the web server could not be started"
        self._bound = True
        return None

    def close(self) -> None:
        self.local.close()
        for socket in self.findChildren(QLocalSocket):
            socket.abort()

    def relay(self, client: QTcpSocket, head: RequestHead, body: bytes) -> None:
        local = QLocalSocket(self)
        answer = bytearray()
        timer = QTimer(local)
        timer.setSingleShot(True)

        def read() -> None:
            answer.extend(local.readAll().data())
            if len(answer) > ANSWER_MAX:
                give_up()

        def answered() -> None:
            read()
            timer.stop()
            local.deleteLater()
            if not Shiboken.isValid(client):
                return
            if client.state() != QAbstractSocket.SocketState.ConnectedState:
                return
            client.write(with_connection(bytes(answer), keep_alive=head.keeps_alive))
            if head.keeps_alive:
                self.door.watch(client)
            else:
                client.disconnectFromHost()

        def give_up() -> None:
            local.readyRead.disconnect(read)
            local.disconnected.disconnect(answered)
            local.abort()
            local.deleteLater()
            if Shiboken.isValid(client):
                client.abort()

        timer.timeout.connect(give_up)
        timer.start(ANSWER_TIMEOUT_MS)
        local.readyRead.connect(read)
        local.disconnected.connect(answered)
        local.connected.connect(lambda: local.write(closing_head(head) + body))
        local.connectToServer(self.local.fullServerName())
