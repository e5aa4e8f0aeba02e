"""Killing ``import-json`` and ``merge`` while they write their output (SIGKILL at a random
moment): the final name holds nothing, the old file untouched, or the whole new workshop
that opens with all its notes. Never something that looks finished and is not."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workshop.cli import main
from workshop.demo import fresh_demo_copy
from workshop.store import open_workshop

ROOT = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def cli(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "workshop.cli", *(str(a) for a in args)]


def _document_with_notes(base: dict[str, Any], notes: int, first: int) -> dict[str, Any]:
    template = base["tables"]["note"][0]
    extra = []
    for n in range(first, first + notes):
        row = dict(template)
        row["id"] = str(uuid.UUID(int=n + 1))
        row["text"] = f"note {n} " + "words " * 60
        extra.append(row)
    tables = dict(base["tables"])
    tables["note"] = sorted(base["tables"]["note"] + extra, key=lambda r: r["id"])
    return {**base, "tables": tables}


@dataclass
class Material:
    """A big JSON document, and two workshops that merge into a bigger one."""

    folder: Path
    document: Path
    document_notes: int
    base: Path
    other: Path
    merged_notes: int


def make_material(folder: Path, notes: int = 1500) -> Material:
    folder.mkdir(parents=True, exist_ok=True)
    demo = fresh_demo_copy(folder)
    plain = folder / "demo.json"
    assert main(["export-json", str(demo), "-o", str(plain)]) == 0
    doc = json.loads(plain.read_text(encoding="utf-8"))
    big = _document_with_notes(doc, notes, 0)
    document = folder / "big.json"
    document.write_text(json.dumps(big), encoding="utf-8")
    base = folder / "base.pwshop"
    assert main(["import-json", str(document), "-o", str(base)]) == 0
    other_doc = folder / "other.json"
    other_doc.write_text(json.dumps(_document_with_notes(doc, notes, notes)), encoding="utf-8")
    other = folder / "other.pwshop"
    assert main(["import-json", str(other_doc), "-o", str(other)]) == 0
    return Material(
        folder=folder,
        document=document,
        document_notes=len(big["tables"]["note"]),
        base=base,
        other=other,
        merged_notes=len(doc["tables"]["note"]) + 2 * notes,
    )


@dataclass
class KillResult:
    trials: int = 0
    killed: int = 0
    #: Final name absent after a kill (or the old file there, untouched).
    nothing_new: int = 0
    #: The whole new workshop under the final name, all its notes there.
    complete: int = 0
    #: Something under the final name that is neither: must stay 0.
    finished_looking_partial: int = 0
    partial_files_left: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.trials} trials, {self.killed} killed mid-run: {self.nothing_new} left "
            f"nothing new under the final name, {self.complete} complete; "
            f"{self.finished_looking_partial} finished-looking partial outputs; "
            f"{self.partial_files_left} '.partial-' files left (plainly unfinished)"
        )


def _notes_in(path: Path) -> int | None:
    try:
        with open_workshop(path, read_only=True) as workshop:
            return len(workshop.snapshot().notes)  # type: ignore[attr-defined]
    except Exception:
        return None


def _clear(folder: Path, out: Path) -> int:
    """Remove the output and what a killed run left; return how many partial files."""
    partial = 0
    for leftover in folder.iterdir():
        if leftover.name.startswith(f".{out.name}"):
            partial += ".partial-" in leftover.name
            leftover.unlink()
    for name in (out, *(Path(f"{out}{s}") for s in ("-wal", "-shm", "-journal"))):
        name.unlink(missing_ok=True)
    return partial


def _partial_of(folder: Path, out: Path) -> bool:
    return any(p.name.startswith(f".{out.name}.partial-") for p in folder.iterdir())


def _wait_for_partial(child: subprocess.Popen[bytes], folder: Path, out: Path) -> float:
    """Wait until the child has begun its output (or ended); the time it took."""
    started = time.monotonic()
    while child.poll() is None and not _partial_of(folder, out):
        try:
            child.wait(timeout=0.005)
        except subprocess.TimeoutExpired:
            pass
    return time.monotonic() - started


def _timings(command: list[str], folder: Path, out: Path) -> tuple[float, float]:
    """How long an unkilled run takes to begin writing its output, and in all."""
    started = time.monotonic()
    child = subprocess.Popen(
        command, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    begun = _wait_for_partial(child, folder, out)
    assert child.wait(timeout=300) == 0
    return begun, time.monotonic() - started


def kill_campaign(material: Material, verb: str, trials: int, seed: int) -> KillResult:
    """Run ``verb`` to an output ``trials`` times, killing it at a random moment (half the
    time any moment, half the time once the output has begun); every other trial
    replaces an existing workshop with ``--force``."""
    rng = random.Random(seed)
    out = material.folder / f"{verb}-out.pwshop"
    if verb == "import-json":
        command = cli("import-json", material.document, "-o", out, "--force")
        expected = material.document_notes
    else:
        command = cli("merge", material.base, material.other, "-o", out, "--force")
        expected = material.merged_notes
    _clear(material.folder, out)
    begun, whole_run = _timings(command, material.folder, out)
    writing = max(whole_run - begun, 0.05)
    assert _notes_in(out) == expected, "an unkilled run must make the whole workshop"
    result = KillResult()
    for trial in range(trials):
        _clear(material.folder, out)
        old: bytes | None = None
        if trial % 2:
            shutil.copyfile(material.other, out)
            old = out.read_bytes()
        child = subprocess.Popen(
            command, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            if trial % 4 < 2:  # any moment of the run, start-up included
                child.wait(timeout=rng.uniform(0.05, whole_run * 1.1))
            else:  # a moment while the output is being made
                _wait_for_partial(child, material.folder, out)
                child.wait(timeout=rng.uniform(0.0, writing * 1.2))
        except subprocess.TimeoutExpired:
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=60)
            result.killed += 1
        result.trials += 1
        if not out.exists() or (old is not None and out.read_bytes() == old):
            result.nothing_new += 1
        elif _notes_in(out) == expected:
            result.complete += 1
        else:
            result.finished_looking_partial += 1
            result.problems.append(f"trial {trial}: {out.name} holds {_notes_in(out)} notes")
        result.partial_files_left += _clear(material.folder, out)
    return result
