"""Phones benchmark: 30 phones at once, each adding 10 notes and casting 3 dots, against the
app's real server in this process, and against a bare QHttpServer.

Each simulated phone is a thread with its own keep-alive HTTP connection (``http.client``)
and, for ours, the page's live WebSocket (``tests/phone_page/ws_client.py``), as the phone
page uses them: it joins as its participant, then all 30 start together, send their 10
notes one after the other and replace their dots with 3 (one PUT). The app runs as in the
room: the main window on a board of BOARD_NOTES notes, the Qt event loop in the main thread.

Measured, in one run:

- request -> board: from the moment a note's request is sent to the moment its note item is
  in the board's scene (the scene's patch for that change has returned), p50/p95/max over
  all 300 notes; target p95 under 200 ms;
- the GUI's frame time: a 60 Hz timer renders the board view (1920x1080) into an image
  each tick; the frame interval (tick to tick, which is what a facilitator dragging a note
  would feel) p95 and max, idle board against during the burst;
- nothing lost: 300 notes from the phones' participants in the store, 90 dots in the round;
- the floor: the same requests to a bare ``QHttpServer`` whose handler parses the JSON and
  adds one ``QGraphicsRectItem`` per note to a plain scene (no store, no undo, no checks),
  with its view's frames measured the same way.

Run: ``python -m tests.benchmarks phones``.
"""

from __future__ import annotations

import http.client
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QByteArray, QCoreApplication, QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtHttpServer import QHttpServer, QHttpServerRequest
from PySide6.QtNetwork import QHostAddress, QTcpServer
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

from tests.benchmarks.bench_board import TEXT
from tests.phone_page.ws_client import WebSocketClient
from workshop.store import create_workshop

PHONES = 30
NOTES_EACH = 10
DOTS_EACH = 3
#: Notes already on the board when the room joins (a workshop well under way).
BOARD_NOTES = 500
CLUSTERS = 10
WIDTH, HEIGHT = 1920, 1080
FRAME_MS = 16
IDLE_SECONDS = 2.0
TARGET_P95_MS = 200.0
TIMEOUT_S = 120.0


def app() -> QApplication:
    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else QApplication([])


def spin_until(done: Callable[[], bool], timeout: float = TIMEOUT_S) -> None:
    """Run the Qt event loop (timers, sockets, the server) until ``done()``."""
    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(2)
    check.timeout.connect(lambda: loop.quit() if done() or time.monotonic() > deadline else None)
    check.start()
    loop.exec()
    check.stop()
    if not done():
        raise TimeoutError("the phones did not finish in time")


# The phones -------------------------------------------------------------------------------
@dataclass
class PhoneRun:
    """What one simulated phone did."""

    index: int
    participant_id: str
    sent: dict[str, float] = field(default_factory=dict)  # note text -> when sent
    answered: list[float] = field(default_factory=list)  # request round trips, seconds
    statuses: list[int] = field(default_factory=list)
    vote_status: int = 0
    vote_answered: float = 0.0  # the PUT of its dots, round trip, seconds
    live_messages: int = 0
    error: str = ""


def request(
    conn: http.client.HTTPConnection, method: str, path: str, body: Any, token: str = ""
) -> tuple[int, Any]:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["X-Phone-Token"] = token
    conn.request(method, path, body=json.dumps(body).encode(), headers=headers)
    response = conn.getresponse()
    raw = response.read()
    try:
        return response.status, json.loads(raw) if raw else None
    except ValueError:
        return response.status, raw


def phone(
    run: PhoneRun, base: str, items: list[str], round_id: str, start: threading.Barrier, live: bool
) -> None:
    parts = urlsplit(base)
    host, port, path = parts.hostname or "127.0.0.1", parts.port or 80, parts.path
    conn = http.client.HTTPConnection(host, port, timeout=TIMEOUT_S)
    socket: WebSocketClient | None = None
    try:
        status, joined = request(
            conn, "POST", path + "api/join", {"participant_id": run.participant_id}
        )
        if status != 200:
            raise RuntimeError(f"join answered {status}: {joined}")
        token = joined["token"]
        if live:
            socket = WebSocketClient(host, port, f"{path}live?token={token}")
            threading.Thread(target=listen, args=(run, socket), daemon=True).start()
        start.wait()
        for n in range(NOTES_EACH):
            text = f"Phone {run.index:02d} note {n}: {TEXT}"[:120]
            sent = time.perf_counter()
            run.sent[text] = sent
            status, _ = request(conn, "POST", path + "api/notes", {"text": text}, token)
            run.answered.append(time.perf_counter() - sent)
            run.statuses.append(status)
        dots = [items[(run.index + k) % len(items)] for k in range(DOTS_EACH)]
        sent = time.perf_counter()
        run.vote_status, _ = request(
            conn, "PUT", path + "api/votes", {"round_id": round_id, "item_ids": dots}, token
        )
        run.vote_answered = time.perf_counter() - sent
    except Exception as error:  # reported with the figures, never hidden
        run.error = f"{type(error).__name__}: {error}"
        start.abort()
    finally:
        conn.close()
        if socket is not None:
            socket.close()


def listen(run: PhoneRun, socket: WebSocketClient) -> None:
    try:
        while socket.receive() is not None:
            run.live_messages += 1
    except OSError:
        pass  # closed at the end of the run


# Frames ---------------------------------------------------------------------------------------
class FrameClock:
    """A 60 Hz timer that renders ``view`` into an image each tick and keeps the intervals
    between ticks (ms): what a user would see as the GUI's frame time."""

    def __init__(self, view: QGraphicsView) -> None:
        self.view = view
        size = view.size()
        self.image = QImage(size.width(), size.height(), QImage.Format.Format_ARGB32_Premultiplied)
        self.intervals: list[float] = []
        self.renders: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._tick)
        self._last = -1.0

    def start(self) -> None:
        self.intervals.clear()
        self.renders.clear()
        self._clock.start()
        self._last = -1.0
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed() / 1e6
        if self._last >= 0:
            self.intervals.append(now - self._last)
        self._last = now
        painter = QPainter(self.image)
        self.view.render(painter)
        painter.end()
        self.renders.append(self._clock.nsecsElapsed() / 1e6 - now)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1] if len(values) > 1 else 0.0


@dataclass
class Burst:
    latencies_ms: list[float]
    idle_frames: list[float]
    burst_frames: list[float]
    runs: list[PhoneRun]
    seconds: float


def burst(
    base: str,
    participants: list[str],
    items: list[str],
    round_id: str,
    arrived: dict[str, float],
    view: QGraphicsView,
    live: bool,
) -> Burst:
    """The 30 phones against one server; ``arrived`` fills (note text -> when on the
    board) as the server's side puts the notes on its board."""
    frames = FrameClock(view)
    frames.start()
    idle_until = time.monotonic() + IDLE_SECONDS
    spin_until(lambda: time.monotonic() > idle_until)
    idle = list(frames.intervals)
    runs = [PhoneRun(i, participants[i]) for i in range(PHONES)]
    start = threading.Barrier(PHONES)
    threads = [
        threading.Thread(target=phone, args=(run, base, items, round_id, start, live), daemon=True)
        for run in runs
    ]
    frames.start()
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    expected = PHONES * NOTES_EACH

    def finished() -> bool:
        failed = any(run.error for run in runs)
        return failed or (
            len(arrived) >= expected and not any(thread.is_alive() for thread in threads)
        )

    spin_until(finished)
    seconds = time.perf_counter() - began
    frames.stop()
    errors = [f"phone {run.index}: {run.error}" for run in runs if run.error]
    if errors:
        raise RuntimeError("; ".join(errors))
    sent = {text: when for run in runs for text, when in run.sent.items()}
    latencies = [(arrived[text] - sent[text]) * 1000 for text in sent if text in arrived]
    return Burst(latencies, idle, list(frames.intervals), runs, seconds)


# The floor: a bare QHttpServer ------------------------------------------------------------------
SECRET = "floor-secret"


class FloorServer:
    """The same requests answered by a bare QHttpServer: parse, one rect per note, done."""

    def __init__(self, participants: list[str]) -> None:
        self.scene = QGraphicsScene(0, 0, 4000, 3000)
        self.view = QGraphicsView(self.scene)
        self.view.resize(WIDTH, HEIGHT)
        self.arrived: dict[str, float] = {}
        self.dots: dict[str, list[str]] = {}
        self.server = QHttpServer()
        base = f"/p/{SECRET}/"
        # PySide's route() keeps no reference to its callback: keep them here, alive.
        self._routes = {
            "api/join": lambda request: self._join(request),
            "api/notes": lambda request: self._note(request),
            "api/votes": lambda request: self._votes(request),
        }
        for path, callback in self._routes.items():
            self.server.route(base + path, callback)
        self.tcp = QTcpServer()
        if not self.tcp.listen(QHostAddress.SpecialAddress.LocalHost, 0):
            raise RuntimeError("the floor server could not listen")
        self.server.bind(self.tcp)
        self.base = f"http://127.0.0.1:{self.tcp.serverPort()}{base}"
        for i in range(BOARD_NOTES):
            self.scene.addRect(
                (i % 40) * 100.0, (i // 40) * 80.0, 90.0, 70.0, brush=QColor("#fff59d")
            )

    @staticmethod
    def _body(request: QHttpServerRequest) -> Any:
        return json.loads(bytes(QByteArray(request.body()).data()) or b"null")

    def _join(self, request: QHttpServerRequest) -> str:
        body = self._body(request)
        return json.dumps({"token": body["participant_id"], "participant": {"id": "x"}})

    def _note(self, request: QHttpServerRequest) -> str:
        text = self._body(request)["text"]
        n = len(self.arrived)
        self.scene.addRect((n % 40) * 100.0, 3000.0 + (n // 40) * 80.0, 90.0, 70.0)
        self.arrived[text] = time.perf_counter()
        return json.dumps({"note_id": str(n)})

    def _votes(self, request: QHttpServerRequest) -> str:
        body = self._body(request)
        token = request.value(QByteArray(b"X-Phone-Token"))
        self.dots[bytes(QByteArray(token).data()).decode()] = list(body["item_ids"])
        return json.dumps({"round_id": body["round_id"], "dots": body["item_ids"]})

    def close(self) -> None:
        self.tcp.close()
        self.view.deleteLater()


# The run ----------------------------------------------------------------------------------------
def ms(value: float) -> str:
    return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def ratio(ours: float, floor: float) -> str:
    return f"x{ours / floor:.2f}" if floor > 0 else "n/a"


def floor_run() -> tuple[Burst, FloorServer]:
    participants = [f"p{i}" for i in range(PHONES)]
    floor = FloorServer(participants)
    floor.view.show()
    result = burst(
        floor.base, participants, ["a", "b", "c", "d"], "r", floor.arrived, floor.view, live=False
    )
    lost = PHONES * NOTES_EACH - len(floor.arrived)
    dots = sum(len(d) for d in floor.dots.values())
    if lost or dots != PHONES * DOTS_EACH:
        raise RuntimeError(f"the floor lost {lost} notes, has {dots} dots")
    return result, floor


# Ours: the app's window and its phones' server --------------------------------------------------
def make_workshop(path: Path) -> None:
    """PHONES participants, BOARD_NOTES notes in CLUSTERS clusters, an open round on them."""
    workshop = create_workshop(path, "Phones benchmark")
    try:
        for i in range(PHONES):
            workshop.add_participant(f"Participant {i:02d}")
        per = BOARD_NOTES // CLUSTERS
        for c in range(CLUSTERS):
            x, y = (c % 5) * 1900.0, (c // 5) * 2000.0
            cluster = workshop.add_cluster(f"Cluster {c}", x=x, y=y, w=1800.0, h=1900.0)
            workshop.add_notes(
                [
                    {
                        "text": f"{c}-{i} {TEXT}"[:120],
                        "x": x + 20.0 + (i % 10) * 175.0,
                        "y": y + 60.0 + (i // 10) * 135.0,
                        "cluster_id": cluster.created[0],
                    }
                    for i in range(per)
                ]
            )
        workshop.add_vote_round("Most important", target="clusters", votes_per_participant=3)
    finally:
        workshop.close()


def ours_run(folder: Path) -> tuple[Burst, str]:
    from PySide6.QtCore import QSettings

    from workshop.phones.session import SessionChoices
    from workshop.store import Change
    from workshop.ui.main_window import MainWindow
    from workshop.ui.phones.feature import PhonesFeature

    path = folder / "phones.pwshop"
    make_workshop(path)
    window = MainWindow(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window.resize(WIDTH, HEIGHT)
    window.show()
    if not window.open_path(str(path), remember=False):
        raise RuntimeError("the benchmark workshop did not open")
    session = window.session
    assert session is not None
    scene = session.board_scene
    assert scene is not None
    view = scene.views()[0]
    # Invited as the facilitator does (the dialog's Start): the panel with the QR code and
    # the status bar's count of phones follow the session as in the room.
    phones = next(f for f in window._features if isinstance(f, PhonesFeature))
    if not phones.start("127.0.0.1", SessionChoices()) or phones.invitation is None:
        raise RuntimeError("the phones' server did not start")
    invitation = phones.invitation

    # When each phone's note is on the board: right after the scene's patch for its change.
    arrived: dict[str, float] = {}
    patch = scene.apply_change

    def patched(change: Change) -> None:
        patch(change)
        now = time.perf_counter()
        for note_id in change.notes():
            item = scene.notes.get(note_id)
            if item is not None and item.note.author_id is not None:
                arrived.setdefault(item.note.text, now)

    scene.apply_change = patched  # type: ignore[method-assign]
    snapshot = session.snapshot()
    participants = [p.id for p in sorted(snapshot.participants, key=lambda p: p.name)]
    items = [c.id for c in snapshot.clusters]
    round_id = snapshot.vote_rounds[0].id
    try:
        result = burst(invitation.url(), participants, items, round_id, arrived, view, True)
        snapshot = session.snapshot()
        from_phones = [n for n in snapshot.notes if n.author_id in set(participants)]
        dots = [v for v in snapshot.votes if v.round_id == round_id]
        statuses = {s for run in result.runs for s in run.statuses}
        votes = {run.vote_status for run in result.runs}
        live = sum(run.live_messages for run in result.runs)
        checked = (
            f"nothing lost: {len(from_phones)} notes from phones in the store "
            f"(of {PHONES * NOTES_EACH}), {len(dots)} dots in the round "
            f"(of {PHONES * DOTS_EACH}); answers {sorted(statuses)} / {sorted(votes)}; "
            f"{live} live messages to the phones"
        )
        if len(from_phones) != PHONES * NOTES_EACH or len(dots) != PHONES * DOTS_EACH:
            raise RuntimeError(checked)
        if statuses != {201} or votes != {200}:
            raise RuntimeError(checked)
    finally:
        phones.stop()
        window.close_workshop()
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents()
    return result, checked


def run() -> list[str]:
    app()
    lines: list[str] = []

    def say(line: str) -> None:
        print(line, flush=True)
        lines.append(line)

    floor, floor_server = floor_run()
    with tempfile.TemporaryDirectory() as tmp:
        ours, checked = ours_run(Path(tmp))
    floor_server.close()
    QCoreApplication.sendPostedEvents()

    say(f"{PHONES} phones x {NOTES_EACH} notes + {DOTS_EACH} dots, board of {BOARD_NOTES} notes")
    say(checked)
    for label, pick in (
        ("request -> board p50", statistics.median),
        ("request -> board p95", p95),
        ("request -> board max", max),
    ):
        a, b = pick(ours.latencies_ms), pick(floor.latencies_ms)
        say(f"{label}: ours {ms(a)} vs floor {ms(b)} {ratio(a, b)}")
    met = p95(ours.latencies_ms) < TARGET_P95_MS
    say(f"target p95 < {TARGET_P95_MS:.0f} ms: {'met' if met else 'MISSED'}")
    answered = [t * 1000 for run in ours.runs for t in run.answered]
    floor_answered = [t * 1000 for run in floor.runs for t in run.answered]
    say(
        f"request answered p95: ours {ms(p95(answered))} vs floor {ms(p95(floor_answered))} "
        f"{ratio(p95(answered), p95(floor_answered))}"
    )
    votes = [run.vote_answered * 1000 for run in ours.runs]
    floor_votes = [run.vote_answered * 1000 for run in floor.runs]
    say(
        f"dots answered p95: ours {ms(p95(votes))} vs floor {ms(p95(floor_votes))} "
        f"{ratio(p95(votes), p95(floor_votes))}"
    )
    say(
        f"whole burst: ours {ours.seconds:.2f} s vs floor {floor.seconds:.2f} s "
        f"{ratio(ours.seconds, floor.seconds)}"
    )
    for label, frames_of in (("idle board", "idle_frames"), ("during the burst", "burst_frames")):
        a, b = getattr(ours, frames_of), getattr(floor, frames_of)
        say(
            f"GUI frame interval, {label}: ours p95 {ms(p95(a))} max {ms(max(a))} vs floor "
            f"p95 {ms(p95(b))} max {ms(max(b))} {ratio(p95(a), p95(b))} (timer {FRAME_MS} ms)"
        )
    ours_slowdown = ratio(p95(ours.burst_frames), p95(ours.idle_frames))
    floor_slowdown = ratio(p95(floor.burst_frames), p95(floor.idle_frames))
    say(f"GUI frame interval p95, burst vs idle: ours {ours_slowdown}, floor {floor_slowdown}")
    return lines


if __name__ == "__main__":
    run()
