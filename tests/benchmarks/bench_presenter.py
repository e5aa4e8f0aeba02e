"""Presenter view benchmark: 10,000 notes in 50 clusters, at 1920x1080, against bare Qt.

The presenter view does not draw the board: it lays out one cluster's notes (or one
persona) as text. Measured, in one run:

- a frame after a change to the workshop (``refresh``: the room's card from the snapshot,
  the texts fitted, then the window rendered into a QImage), with the snapshot already
  read (as every panel shares it) and with it read afresh;
- a frame after the next-cluster key (``step`` + render);
- a frame after a zoom key (Ctrl+= / Ctrl+-: ``zoom_by`` relays the card out + render);
- a repaint with nothing changed (what each second of the running timer costs);
- each at 1920x1080 and at 1280x720 (the two projectors the view is laid out for);
- the floor: one frame of bare ``QGraphicsRectItem``s (one per note) in a plain
  ``QGraphicsView`` at zoom to fit, 1920x1080, as in ``bench_board``.

Target: the frame after a change and after a key within 1.5x the floor's frame (the
board's own target at fit-all), and within the 16.7 ms frame budget.

Run: ``python -m tests.benchmarks presenter``.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsView, QWidget

from tests.benchmarks.bench_board import TEXT, app, build_floor, prepare, raw_read
from workshop.domain.model import Stage
from workshop.store import create_workshop, open_workshop
from workshop.ui.facilitation.presenter_view import PresenterView
from workshop.ui.facilitation.stage_timer import TimerController
from workshop.ui.session import WorkshopSession

NOTES = 10_000
CLUSTERS = 50
REPEATS = 9
WIDTH, HEIGHT = 1920, 1080
#: The presenter view's window: a 1080p and a 720p projector.
SIZES = ((1920, 1080), (1280, 720))
FRAME_BUDGET = 1 / 60


def make_workshop(path: Path) -> None:
    workshop = create_workshop(path, "Presenter benchmark")
    try:
        per = NOTES // CLUSTERS
        columns = 10
        clusters = [
            workshop.add_cluster(
                f"Cluster {c}", x=(c % 10) * 2000.0, y=(c // 10) * 3000.0, w=1900.0, h=2900.0
            ).created[0]
            for c in range(CLUSTERS)
        ]
        rows = [
            {
                "text": f"{i:05d} {TEXT}"[:120],
                "x": (i % CLUSTERS % 10) * 2000.0 + (i // CLUSTERS % columns) * 180.0,
                "y": (i % CLUSTERS // 10) * 3000.0 + 60.0 + (i // CLUSTERS // columns) * 140.0,
                "cluster_id": clusters[i % CLUSTERS],
            }
            for i in range(per * CLUSTERS)
        ]
        notes = workshop.add_notes(rows).created
        person = workshop.add_participant("Ana").created[0]
        round_id = workshop.add_vote_round("Most painful", votes_per_participant=3).created[0]
        for note in notes[:3]:
            workshop.cast_vote(round_id, person, note_id=note)
        workshop.set_stage(Stage.CLUSTER)
    finally:
        workshop.close()


def presenter_frames(
    path: Path, render: Callable[[QWidget], float], width: int, height: int
) -> dict[str, list[float]]:
    """The presenter view's frames at one window size, ``REPEATS`` of each."""
    session = WorkshopSession(open_workshop(path))
    timer = TimerController(session)
    presenter = PresenterView(session, timer)
    presenter.resize(width, height)
    presenter.show()
    app().processEvents()
    render(presenter)
    frames: dict[str, list[float]] = {
        "change (snapshot shared)": [],
        "change (snapshot read)": [],
        "next cluster key": [],
        "zoom key": [],
        "repaint (timer tick)": [],
    }
    try:
        for _ in range(REPEATS):
            start = time.perf_counter()
            presenter.refresh()
            frames["change (snapshot shared)"].append(
                time.perf_counter() - start + render(presenter)
            )
            session._snapshot = None  # as after a change: the next reader reads it again
            start = time.perf_counter()
            presenter.refresh()
            frames["change (snapshot read)"].append(time.perf_counter() - start + render(presenter))
            start = time.perf_counter()
            presenter.step(1)
            frames["next cluster key"].append(time.perf_counter() - start + render(presenter))
            for steps in (1, -1):
                start = time.perf_counter()
                presenter.zoom_by(steps)
                frames["zoom key"].append(time.perf_counter() - start + render(presenter))
            frames["repaint (timer tick)"].append(render(presenter))
    finally:
        presenter.close()
        session.close()
    return frames


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def run() -> list[str]:
    app()
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "presenter.pwshop"
        make_workshop(path)
        image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)

        def render(widget: QWidget) -> float:
            painter = QPainter(image)
            start = time.perf_counter()
            if isinstance(widget, QGraphicsView):
                widget.render(painter)  # the scene, as bench_board renders it
            else:
                widget.render(painter, QPoint(0, 0))
            spent = time.perf_counter() - start
            painter.end()
            return spent

        floor_scene = build_floor(raw_read(path))
        floor = QGraphicsView(floor_scene)
        prepare(floor)
        floor.fitInView(floor_scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
        render(floor)
        floor_times = [render(floor) for _ in range(REPEATS)]

        floor_ms = median_ms(floor_times)
        for width, height in SIZES:
            samples = presenter_frames(path, render, width, height)
            for name, times in samples.items():
                ours = median_ms(times)
                lines.append(
                    f"presenter {NOTES} notes at {width}x{height}, {name}: {ours:.1f} ms, "
                    f"floor fit-all frame {floor_ms:.1f} ms, {ours / floor_ms:.2f}x "
                    f"(target <= 1.5x, budget {FRAME_BUDGET * 1000:.1f} ms)"
                )
    for line in lines:
        print(line, flush=True)
    return lines


if __name__ == "__main__":
    run()
