"""Build the desktop bundle with PyInstaller, and smoke-test it.

    .venv/bin/pip install 'pyinstaller>=6.10'
    .venv/bin/python packaging/build_bundle.py [--smoke] [--dist dist] [--work build/pyinstaller]

Builds ``packaging/persona-workshop.spec`` into ``dist/persona-workshop/`` (one folder; on
macOS also ``dist/Persona Workshop.app``), tidies it, prints the time taken and the size.
``--smoke`` then runs the bundled program the way a user's desktop would, headless.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "persona-workshop.spec"
BUNDLE_NAME = "persona-workshop"


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller; return the bundle folder."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean"]
    command += ["--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work)]
    subprocess.run([*command, str(SPEC)], check=True, cwd=ROOT)
    bundle = dist / BUNDLE_NAME
    remove_dangling_links(bundle)
    return bundle


def remove_dangling_links(folder: Path) -> int:
    """Drop links to the Qt parts the spec leaves out (PyInstaller links them regardless)."""
    removed = 0
    for path in folder.rglob("*"):
        if path.is_symlink() and not path.exists():
            path.unlink()
            removed += 1
    return removed


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def executable(bundle: Path) -> Path:
    return bundle / (BUNDLE_NAME + (".exe" if os.name == "nt" else ""))


def smoke(bundle: Path) -> None:
    """Run the bundled program headless: version, then create and read a workshop."""
    program = str(executable(bundle))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as scratch:
        env["HOME"] = env["XDG_DATA_HOME"] = env["XDG_CONFIG_HOME"] = scratch
        workshop_file = str(Path(scratch) / "smoke.pwshop")
        steps = [
            [program, "--version"],
            [program, "new", workshop_file, "--title", "Smoke test"],
            [program, "info", workshop_file],
        ]
        for step in steps:
            started = time.perf_counter()
            result = subprocess.run(step, capture_output=True, text=True, env=env, timeout=120)
            took = time.perf_counter() - started
            shown = " ".join(Path(step[0]).name if i == 0 else a for i, a in enumerate(step))
            if result.returncode != 0:
                raise SystemExit(f"smoke test failed: {shown}\n{result.stdout}{result.stderr}")
            print(f"  ok {took:5.1f} s  {shown}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--smoke", action="store_true", help="smoke-test the bundle afterwards")
    args = parser.parse_args(argv)
    if shutil.which("ldd") is None and sys.platform.startswith("linux"):
        print("warning: ldd not found; PyInstaller needs it to collect libraries")
    started = time.perf_counter()
    bundle = build(args.dist, args.work)
    took = time.perf_counter() - started
    size_mb = folder_size(bundle) / 1e6
    print(f"Built {bundle} in {took:.0f} s, {size_mb:.0f} MB")
    if args.smoke:
        smoke(bundle)
        print("Smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
