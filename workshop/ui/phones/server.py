"""The phones' server on one port of the interface the facilitator chose: its door
(``door``: every connection, each request read and handed on), the ``QHttpServer`` that
answers the API and the page's files (``PhoneApi``, through ``relay``), the note intake
(``note_intake``: a photo is decoded off the GUI thread) and the live connections
(``live``, QtWebSockets).

Every answer is made by ``PhoneApi`` on the GUI thread, where the store's connection
lives. For QtHttpServer's answers: PySide6's route callbacks can only give back text, so
the route leaves a placeholder that the after-request handler swaps for the real answer,
with its status and headers. Nothing listens until ``start``; ``stop`` says ``closed``
to every live page and closes every connection.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtHttpServer import (
    QHttpServer,
    QHttpServerConfiguration,
    QHttpServerRequest,
    QHttpServerResponder,
    QHttpServerResponse,
)
from PySide6.QtNetwork import QAbstractSocket, QHostAddress

from workshop.phones import caps
from workshop.phones.api import PhoneApi
from workshop.phones.replies import SECURITY_HEADERS, Reply, plain_reply
from workshop.ui.phones.door import PhoneDoor
from workshop.ui.phones.live import LiveConnections
from workshop.ui.phones.note_intake import NoteIntake
from workshop.ui.phones.relay import HttpRelay


class PhoneServer(QObject):
    #: How many phones have the page open (live connections), when it changes.
    phones_changed = Signal(int)

    def __init__(self, api: PhoneApi, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.door = PhoneDoor(self)
        self.http = QHttpServer(self)
        config = QHttpServerConfiguration()
        config.setMaximumBodySize(caps.REQUEST_BODY_MAX)
        self.http.setConfiguration(config)
        # PySide6 keeps no reference of its own to these callbacks: held here, they live
        # as long as the server (a bound method made on the spot would be freed at once).
        self._callbacks = (self._route, self._after)
        self.http.route("/.*", self._callbacks[0])
        self.http.addAfterRequestHandler(self, self._callbacks[1])
        self.relay = HttpRelay(self.http, self.door, self)
        self.intake = NoteIntake(api, self.door, self)
        self.live = LiveConnections(api, self)
        self.live.phones_changed.connect(self.phones_changed)
        self.door.live_requested.connect(self.live.take)
        self._reply: Reply | None = None
        self.address = QHostAddress()

    @property
    def listening(self) -> bool:
        return self.door.isListening()

    def start(self, address: QHostAddress, port: int = 0) -> str | None:
        """Listen on ``address`` (a free port unless one is given). None when it does, else
        why not (in the system's words)."""
        problem = self.relay.start()
        if problem is not None:
            return problem
        if not self.door.listen(address, port):
            self.relay.close()
            return self.door.errorString()
        self.address = QHostAddress(address)
        return None

    def port(self) -> int:
        return int(self.door.serverPort())

    def url(self) -> str:
        """The address phones open: ``http://HOST:PORT/p/SECRET/``."""
        host = self.address.toString()
        if self.address.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv6Protocol:
            host = f"[{host}]"
        return f"http://{host}:{self.port()}{self.api.session.path_prefix()}"

    def stop(self) -> None:
        """Close every live page (saying ``closed`` first), every connection, and stop
        listening."""
        self.intake.close()
        self.live.close_all()
        self.door.close()
        self.relay.close()
        for socket in self.door.connections():
            socket.abort()

    # QtHttpServer's answers ---------------------------------------------------------------
    def _route(self, request: QHttpServerRequest) -> str:
        method = str(request.method().name).upper()
        path = request.url().path(QUrl.ComponentFormattingOption.FullyEncoded)
        headers = {
            bytes(name.data()).decode("latin-1").lower(): bytes(value.data()).decode("latin-1")
            for name, value in request.headers().toListOfPairs()
        }
        self._reply = self.api.handle(method, path, headers, bytes(request.body().data()))
        return ""

    def _after(self, _request: QHttpServerRequest, response: QHttpServerResponse) -> None:
        reply, self._reply = self._reply, None
        if reply is None:  # an answer QtHttpServer made itself (a body over the cap...)
            status = int(response.statusCode().value)
            reply = plain_reply(status, "The request is too large." if status == 413 else "")
        answer = QHttpServerResponse(
            reply.content_type.encode("ascii"),
            reply.body,
            QHttpServerResponder.StatusCode(reply.status),
        )
        headers = answer.headers()
        for name, value in {**SECURITY_HEADERS, **reply.headers}.items():
            headers.append(name, value)
        answer.setHeaders(headers)
        response.swap(answer)
