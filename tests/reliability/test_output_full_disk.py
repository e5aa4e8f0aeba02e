"""``import-json`` and ``merge`` into a folder whose disk is full (a 1 MB tmpfs): one clean
line on stderr, exit 1, no traceback, nothing left in the folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from output_kills import ROOT, Material, cli, make_material


def _mount_small_disk(folder: Path) -> str | None:
    """Mount a 1 MB tmpfs on ``folder``; None when done, else why it cannot be."""
    if not sys.platform.startswith("linux"):
        return "a tmpfs mount needs Linux"
    if os.geteuid() != 0:
        return "mounting a small tmpfs needs root, and this test runs as a normal user"
    if shutil.which("mount") is None:
        return "there is no 'mount' command on this machine"
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        return f"'mount -t tmpfs' is not allowed here ({done.stderr.strip()[:80]})"
    return None


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return make_material(tmp_path_factory.mktemp("full-disk-material"))


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "small-disk"
    folder.mkdir()
    reason = _mount_small_disk(folder)
    if reason is not None:
        pytest.skip(reason)
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("verb", ["import-json", "merge"])
def test_an_output_to_a_full_disk_fails_cleanly(
    material: Material, full_disk: Path, verb: str
) -> None:
    out = full_disk / "out.pwshop"
    if verb == "import-json":
        done = _run(cli("import-json", material.document, "-o", out))
    else:
        done = _run(cli("merge", material.base, material.other, "-o", out))
    assert done.returncode == 1, done.stdout
    assert "Traceback" not in done.stderr
    assert done.stderr.rstrip("\n").count("\n") == 0, done.stderr
    assert "disk is full" in done.stderr
    assert f"{out}:" in done.stderr and ".partial-" not in done.stderr, "named as asked for"
    assert sorted(p.name for p in full_disk.iterdir()) == []


def test_a_full_disk_keeps_the_workshop_that_was_to_be_replaced(
    material: Material, full_disk: Path
) -> None:
    old = full_disk / "old.pwshop"
    demo = next(material.folder.glob("Budgeting app demo*.pwshop"))
    shutil.copyfile(demo, old)
    before = old.read_bytes()
    done = _run(cli("import-json", material.document, "-o", old, "--force"))
    assert done.returncode == 1
    assert "disk is full" in done.stderr and "Traceback" not in done.stderr
    assert old.read_bytes() == before
    assert sorted(p.name for p in full_disk.iterdir()) == ["old.pwshop"]
