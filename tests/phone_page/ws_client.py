"""A small blocking WebSocket client (RFC 6455) on the standard library, for simulated
phones in threads (the load benchmark): text messages only, as the phone page uses them.

Qt's QWebSocket would need an event loop in every phone's thread; this needs none.
"""

from __future__ import annotations

import base64
import hashlib
import os
import socket
import struct

_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
_TEXT, _CLOSE, _PING, _PONG, _CONTINUATION = 0x1, 0x8, 0x9, 0xA, 0x0


class HandshakeRefused(ConnectionError):
    def __init__(self, status: int, head: str) -> None:
        super().__init__(f"websocket refused with HTTP {status}: {head.splitlines()[0]}")
        self.status = status


class WebSocketClient:
    def __init__(self, host: str, port: int, path: str, timeout: float = 10.0) -> None:
        self.sock = socket.create_connection((host, port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (
            f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
            f"Sec-WebSocket-Version: 13\r\nOrigin: http://{host}:{port}\r\n\r\n"
        )
        self.sock.sendall(request.encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise ConnectionError("the server closed the connection during the handshake")
            head += chunk
        text = head.decode("latin-1")
        status = int(text.split(" ", 2)[1])
        if status != 101:
            self.sock.close()
            raise HandshakeRefused(status, text)
        accept = base64.b64encode(hashlib.sha1(key.encode() + _GUID).digest()).decode()
        headers = {
            name.strip().lower(): value.strip()
            for name, _, value in (line.partition(":") for line in text.split("\r\n")[1:])
        }
        if headers.get("sec-websocket-accept") != accept:
            raise ConnectionError("the server's Sec-WebSocket-Accept is wrong")
        self.closed = False

    def _read(self, count: int) -> bytes:
        data = b""
        while len(data) < count:
            chunk = self.sock.recv(count - len(data))
            if not chunk:
                raise ConnectionError("the server closed the connection")
            data += chunk
        return data

    def _send(self, opcode: int, payload: bytes) -> None:
        mask = os.urandom(4)
        size = len(payload)
        if size < 126:
            header = struct.pack("!BB", 0x80 | opcode, 0x80 | size)
        elif size < 1 << 16:
            header = struct.pack("!BBH", 0x80 | opcode, 0x80 | 126, size)
        else:
            header = struct.pack("!BBQ", 0x80 | opcode, 0x80 | 127, size)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(header + mask + masked)

    def send_text(self, text: str) -> None:
        self._send(_TEXT, text.encode())

    def receive(self) -> str | None:
        """The next text message, or None when the server closed the connection."""
        parts: list[bytes] = []
        while True:
            first, second = self._read(2)
            opcode = first & 0x0F
            size = second & 0x7F
            if size == 126:
                (size,) = struct.unpack("!H", self._read(2))
            elif size == 127:
                (size,) = struct.unpack("!Q", self._read(8))
            mask = self._read(4) if second & 0x80 else b""
            payload = self._read(size)
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            if opcode == _CLOSE:
                self.closed = True
                return None
            if opcode == _PING:
                self._send(_PONG, payload)
                continue
            if opcode in (_TEXT, _CONTINUATION):
                parts.append(payload)
                if first & 0x80:
                    return b"".join(parts).decode()

    def close(self) -> None:
        if not self.closed:
            try:
                self._send(_CLOSE, struct.pack("!H", 1000))
            except OSError:
                pass
            self.closed = True
        self.sock.close()
