"""HTTP/1.1 on the wire, the little the door writes and reads itself: a request's head,
an answer's bytes, an error answer that closes the connection, and an answer's
``Connection`` header set for the connection it goes out on."""

from __future__ import annotations

import http

from PySide6.QtCore import QTimer
from PySide6.QtNetwork import QTcpSocket

from workshop.phones import caps
from workshop.phones.replies import SECURITY_HEADERS, Reply, error_reply

#: What a refused client may still send (and is read and dropped) before it is cut off.
DRAIN_MAX = 2 * caps.REQUEST_BODY_MAX
DRAIN_MS = 5_000


class RequestHead:
    """The request line and headers of an HTTP request, as sent."""

    def __init__(self, method: str, target: str, headers: dict[str, str], raw: bytes) -> None:
        self.method = method
        self.target = target
        self.headers = headers
        #: The head's bytes as they came, without the blank line that ends it.
        self.raw = raw

    @classmethod
    def parse(cls, data: bytes) -> RequestHead | None:
        text = data.decode("latin-1")  # any byte decodes: names and values stay as sent
        lines = text.split("\r\n")
        parts = lines[0].split(" ")
        if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
            return None
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, colon, value = line.partition(":")
            if not colon:
                return None
            headers[name.strip().lower()] = value.strip()
        return cls(parts[0], parts[1], headers, data)

    @property
    def path(self) -> str:
        return self.target.partition("?")[0]

    @property
    def wants_websocket(self) -> bool:
        return self.method == "GET" and self.headers.get("upgrade", "").lower() == "websocket"

    @property
    def keeps_alive(self) -> bool:
        return self.headers.get("connection", "").lower() != "close"

    def declared_length(self) -> int | None:
        """The body's length as declared (0 when none is); None when it is no number."""
        value = self.headers.get("content-length", "0")
        return int(value) if value.isdigit() else None


def reply_bytes(reply: Reply, *, keep_alive: bool) -> bytes:
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


def with_connection(response: bytes, *, keep_alive: bool) -> bytes:
    """A whole HTTP response with its ``Connection`` (and ``Keep-Alive``) headers replaced
    by one saying what happens to the connection it goes out on."""
    head, blank, body = response.partition(b"\r\n\r\n")
    if not blank:
        return response
    lines = [
        line
        for line in head.split(b"\r\n")
        if not line.lower().startswith((b"connection:", b"keep-alive:"))
    ]
    lines.append(b"Connection: keep-alive" if keep_alive else b"Connection: close")
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def refuse(socket: QTcpSocket, status: int, message: str, *, drain: bool = False) -> None:
    """Answer with an error and close. With ``drain``, what the client still sends (a body
    refused for its size) is read and dropped until it hangs up, for ``DRAIN_MS`` and up
    to ``DRAIN_MAX`` bytes at most: a client still writing when the connection closes
    would see it reset rather than read the answer."""
    socket.write(reply_bytes(error_reply(status, message), keep_alive=False))
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
