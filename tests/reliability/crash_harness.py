"""The crash harness: start an editing child, kill it with SIGKILL at a random moment,
reopen the file as the program would, and check that

- the file opens (no refusal) and passes SQLite's integrity and reference checks;
- every operation the child reported as done is in the file, row for row;
- the operation that was running when the kill came is there whole or not at all.

Children come from a multiprocessing fork server that has the store imported already,
so a kill costs milliseconds rather than the half second of a fresh interpreter.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerContext
from pathlib import Path
from typing import Any

import crash_child
from crash_checks import Diff, State, judge_in_flight, read_state, replay

from workshop.store import open_workshop

_CONTEXT: ForkServerContext | None = None
#: How long a child may go without reporting before the harness calls it stuck.
STUCK_SECONDS = 60.0


def context() -> ForkServerContext:
    global _CONTEXT
    if _CONTEXT is None:
        _CONTEXT = multiprocessing.get_context("forkserver")
        # The fork server imports the store once; each child then only imports the small
        # harness modules. (Python 3.11's fork server imports the preload before it takes
        # over our sys.path, so only installed modules can be preloaded.)
        _CONTEXT.set_forkserver_preload(["workshop.store", "workshop.domain.model"])
    return _CONTEXT


@dataclass
class CampaignResult:
    kills: int = 0
    #: Operations reported done, each checked to be in the file after the kill that followed.
    operations_verified: int = 0
    #: Kills that landed while an operation was running ...
    kills_mid_operation: int = 0
    #: ... of which the operation turned out committed (whole) rather than absent.
    mid_operation_committed: int = 0
    refused: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    notes_at_end: int = 0

    def summary(self) -> str:
        return (
            f"{self.kills} kills survived, {self.operations_verified} operations verified, "
            f"{self.kills_mid_operation} kills mid-operation "
            f"({self.mid_operation_committed} found whole, "
            f"{self.kills_mid_operation - self.mid_operation_committed} found absent), "
            f"{self.refused} refused, {self.notes_at_end} notes at the end"
        )


def _messages(reader: Connection, timeout: float) -> Any:
    """Reports from the child, until the pipe closes. A report cut short is not one."""
    while True:
        try:
            if not reader.poll(timeout):
                raise AssertionError(f"the editing child said nothing for {timeout} s")
            raw = reader.recv_bytes()
        except (EOFError, OSError):
            return
        try:
            yield json.loads(raw)
        except ValueError:
            return


def _one_sitting(path: Path, rng: random.Random, mode: str) -> list[dict[str, Any]]:
    """Start a child, let it work for a while, kill it; all it reported, in order."""
    reader, writer = context().Pipe(duplex=False)
    child = context().Process(
        target=crash_child.editing_child,
        args=(str(path), rng.randrange(2**32), writer, mode),
        daemon=True,
    )
    child.start()
    writer.close()
    reports: list[dict[str, Any]] = []
    done_wanted = rng.randint(1, 3) if mode == "imports" else rng.randint(1, 14)
    kill_after_begin = rng.random() < 0.8
    delay = rng.choice([0.0, 0.0, 0.0002, 0.0005, 0.001, 0.002, 0.004, 0.008])
    done = 0
    try:
        for message in _messages(reader, STUCK_SECONDS):
            reports.append(message)
            if "error" in message:
                raise AssertionError(f"the editing child failed:\n{message['error']}")
            if "done" in message:
                done += 1
            if done >= done_wanted and ("begin" in message or not kill_after_begin):
                break
        if delay:
            child.join(delay)  # the child goes on working for a random moment
        assert child.pid is not None
        os.kill(child.pid, signal.SIGKILL)
        child.join(STUCK_SECONDS)
        reports.extend(_messages(reader, STUCK_SECONDS))
    finally:
        if child.is_alive():
            child.kill()
            child.join()
        reader.close()
        child.close()
    return reports


def run_campaign(path: Path, kills: int, seed: int, mode: str = "session") -> CampaignResult:
    """Kill an editing child ``kills`` times; check the file after each kill."""
    rng = random.Random(seed)
    result = CampaignResult()
    expected: State = read_state(path)
    for _ in range(kills):
        reports = _one_sitting(path, rng, mode)
        history: dict[int, list[list[Any]]] = {}
        running: dict[str, Any] | None = None
        for message in reports:
            if "begin" in message:
                running = message
            elif "done" in message:
                replay(expected, message["rows"])
                history[message["done"]] = message["rows"]
                result.operations_verified += 1
                result.kinds[running["op"] if running else "?"] += 1
                running = None
            elif "refused" in message:
                result.refused += 1
                running = None
        found = _reopen_and_check(path)
        diff = Diff(expected, found)
        result.kills += 1
        if running is None:
            assert not diff, _explain(diff, "no operation was running, yet the file differs")
        else:
            result.kills_mid_operation += 1
            try:
                committed = judge_in_flight(running["op"], running["params"], diff, history)
            except AssertionError as error:
                raise AssertionError(_explain(diff, f"{running['op']}: {error}")) from None
            result.mid_operation_committed += committed
        expected = found
    result.notes_at_end = sum(1 for table, _ in expected if table == "note")
    return result


def _reopen_and_check(path: Path) -> State:
    """Open the file as the program does after a crash; it must open and be whole."""
    wf = open_workshop(path)
    try:
        assert wf.notices == (), f"a real crash's log was not taken as the file's own: {wf.notices}"
        assert wf.integrity_ok(), "the integrity check failed after a kill"
        wf.snapshot()
    finally:
        wf.close()
    return read_state(path)


def _explain(diff: Diff, headline: str) -> str:
    sample = sorted(diff.rows.items(), key=repr)[:6]
    lines = [headline, f"{len(diff.rows)} rows differ; first ones:"]
    lines += [f"  {key}: expected {before!r}, found {after!r}" for key, (before, after) in sample]
    return "\n".join(lines)
