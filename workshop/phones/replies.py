"""What the server answers: a status, a body and its headers; JSON for the API, with
errors as ``{"error": "<a sentence>"}``."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

#: Sent with every answer: the page runs only its own files, and nothing is kept.
SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data: blob:; connect-src 'self' ws: ; "
        "style-src 'self'; script-src 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
}

JSON_TYPE = "application/json; charset=utf-8"
TEXT_TYPE = "text/plain; charset=utf-8"


@dataclass(frozen=True)
class Reply:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        return json.loads(self.body)


class Refusal(Exception):
    """A request refused, with its HTTP status and a sentence saying why."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def json_reply(value: Any, status: int = 200) -> Reply:
    body = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Reply(status, JSON_TYPE, body)


def error_reply(status: int, message: str) -> Reply:
    return json_reply({"error": message}, status)


def plain_reply(status: int, message: str) -> Reply:
    return Reply(status, TEXT_TYPE, message.encode("utf-8"))
