"""A headless Chromium (Debian's, /usr/bin/chromium) driven by Playwright from its own thread,
for tests whose server runs in this process on Qt's event loop.

Playwright's sync API blocks its caller until the browser answers, and the browser waits
for the app's server, which answers only while the Qt event loop runs: so the browser lives
in a worker thread and the test's main thread keeps the Qt loop spinning
(``qtbot.waitUntil``) while a step runs there. A step is a function of the browser run in
that thread (``Browser.run``); every Playwright object is only ever touched there.
(Running the app in a subprocess instead would leave the test unable to look at the
board and the store directly.)
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

CHROMIUM = Path("/usr/bin/chromium")
#: Headless, no sandbox (containers have no user namespaces), and nothing of its own on
#: the network: no QUIC, no update checks, no sync, no first-run page.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
#: A phone: an iPhone 12–15's CSS viewport.
PHONE_VIEWPORT = {"width": 390, "height": 844}
#: How long one Playwright call may wait for the page (ms).
PAGE_TIMEOUT_MS = 5000

T = TypeVar("T")
Step = Callable[[Any], T]


class Browser:
    """One Chromium for a test module, in its own thread."""

    def __init__(self) -> None:
        self._jobs: queue.Queue[tuple[Step[Any], Future[Any]] | None] = queue.Queue()
        self._ready: Future[None] = Future()
        self._thread = threading.Thread(target=self._serve, name="chromium", daemon=True)
        self._thread.start()
        self._ready.result(timeout=60)

    def _serve(self) -> None:
        from playwright.sync_api import sync_playwright

        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
                )
                self._ready.set_result(None)
                while (job := self._jobs.get()) is not None:
                    step, future = job
                    try:
                        future.set_result(step(browser))
                    except BaseException as error:  # handed to the test's thread
                        future.set_exception(error)
                browser.close()
        except BaseException as error:
            if not self._ready.done():
                self._ready.set_exception(error)

    def run(self, qtbot: Any, step: Step[T], timeout_ms: int = 15_000) -> T:
        """``step(browser)`` in the browser's thread, the Qt loop spinning meanwhile."""
        future: Future[T] = Future()
        self._jobs.put((step, future))
        qtbot.waitUntil(future.done, timeout=timeout_ms)
        return future.result()

    def close(self) -> None:
        self._jobs.put(None)
        self._thread.join(timeout=30)


@dataclass
class Phone:
    """One phone: a fresh browser context (its own storage) at 390x844 with one page,
    recording every request, console message and page error. Use it only inside steps."""

    page: Any
    origin: str
    requests: list[str] = field(default_factory=list)
    console: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    responses: list[Any] = field(default_factory=list)

    @classmethod
    def open(cls, browser: Any, url: str, **context: Any) -> Phone:
        ctx = browser.new_context(
            viewport=PHONE_VIEWPORT,
            device_scale_factor=2,
            is_mobile=True,
            has_touch=True,
            service_workers="block",
            **context,
        )
        ctx.set_default_timeout(PAGE_TIMEOUT_MS)
        page = ctx.new_page()
        parts = urlsplit(url)
        phone = cls(page, f"{parts.scheme}://{parts.netloc}")
        page.on("request", lambda request: phone.requests.append(request.url))
        page.on("websocket", lambda socket: phone.requests.append(socket.url))
        page.on("console", lambda message: phone.console.append((message.type, message.text)))
        page.on("pageerror", lambda error: phone.errors.append(str(error)))
        page.on("response", lambda response: phone.responses.append(response))
        page.goto(url)
        return phone

    def bytes_loaded(self, suffix: str = "") -> int:
        """The bytes of every response so far whose path ends with ``suffix``."""
        return sum(
            len(response.body())
            for response in self.responses
            if urlsplit(response.url).path.endswith(suffix) and response.status != 101
        )

    def elsewhere(self) -> list[str]:
        """Requests to any origin but the app's (http and ws alike; the page's own blob:
        URLs, a photo's preview, are of its origin)."""
        allowed = {self.origin, "ws" + self.origin.removeprefix("http")}
        found = []
        for url in self.requests:
            parts = urlsplit(url.removeprefix("blob:"))
            if f"{parts.scheme}://{parts.netloc}" not in allowed:
                found.append(url)
        return found

    def close(self) -> None:
        self.page.context.close()
