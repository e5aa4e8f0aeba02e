"""Build the desktop bundle with PyInstaller, and smoke-test it.

    .venv/bin/pip install 'pyinstaller>=6.10'
    .venv/bin/python packaging/build_bundle.py [--smoke | --smoke-only] [--dist dist]
                                               [--work build/pyinstaller]

Builds ``packaging/persona-workshop.spec`` into ``dist/persona-workshop/`` (one folder; on
macOS also ``dist/Persona Workshop.app``), tidies it, prints the time taken and the size.
``--smoke`` then runs the bundled program the way a user's desktop would, headless:
``--version``; the app opening the demo offscreen and quitting by itself
(``PERSONA_WORKSHOP_QUIT_AFTER_MS``, see ``workshop/app.py``); the bundled demo imported
with ``import-json`` and printed with ``poster --all --size A2``, the PDF checked for one
page per persona in the bundled fonts. Any failure exits non-zero, saying what failed.
"""

from __future__ import annotations

import argparse
import os
import re
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
#: Windows only: the console twin of the program (see the spec), for the headless verbs.
CONSOLE_NAME = "persona-workshop-cli"
#: Read by workshop/app.py: close the window and quit after that many milliseconds.
QUIT_AFTER_ENV = "PERSONA_WORKSHOP_QUIT_AFTER_MS"
#: How long the smoke test lets the app show the demo before it quits by itself.
SMOKE_QUIT_AFTER_MS = 1500
#: What PyInstaller runs on Linux to collect libraries and write the program.
LINUX_BUILD_TOOLS = ("ldd", "objdump", "objcopy")
#: The shipped demo, inside resources/.
DEMO_DOCUMENT = Path("demo", "budgeting-app.json")
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import workshop  # noqa: E402  (the checkout's: name, version, file suffix)


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
    """The program a desktop starts (windowed on Windows)."""
    return bundle / (BUNDLE_NAME + (".exe" if os.name == "nt" else ""))


def console_executable(bundle: Path) -> Path:
    """The program for the headless verbs (Windows has a console twin; elsewhere the same)."""
    return bundle / f"{CONSOLE_NAME}.exe" if os.name == "nt" else executable(bundle)


def bundled_resources(bundle: Path) -> Path:
    """The bundle's copy of resources/, checked to hold every shipped file (fonts, icons,
    the demo); a missing one stops the smoke test, naming it."""
    candidates = [bundle / "_internal" / "resources", bundle / "resources"]
    found = next((folder for folder in candidates if folder.is_dir()), None)
    if found is None:
        raise SystemExit(f"smoke test failed: no resources folder in {bundle}")
    missing = missing_resources(ROOT / "resources", found)
    if missing:
        raise SystemExit(f"smoke test failed: not in the bundle: {', '.join(missing)}")
    return found


def missing_resources(source: Path, copy: Path) -> list[str]:
    """Files under ``source`` that ``copy`` lacks, as relative forward-slash names."""
    names = [p.relative_to(source) for p in sorted(source.rglob("*")) if p.is_file()]
    return [name.as_posix() for name in names if not (copy / name).is_file()]


def persona_count(info_output: str) -> int:
    """The number of personas in the output of ``persona-workshop info``."""
    for line in info_output.splitlines():
        label, _, value = line.partition(":")
        if label.strip() == "Personas" and value.strip().isdigit():
            return int(value)
    raise SystemExit(f"smoke test failed: no persona count in:\n{info_output}")


def pdf_page_count(pdf: Path) -> int:
    """Pages in a PDF: pypdf when the build venv has it, else its page objects counted."""
    try:
        from pypdf import PdfReader
    except ImportError:
        return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", pdf.read_bytes()))
    return len(PdfReader(pdf).pages)


def check_poster(pdf: Path, personas: int) -> str:
    """The poster PDF is there, one page per persona, in the bundled fonts."""
    if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF-"):
        raise SystemExit(f"smoke test failed: {pdf.name} is not a PDF")
    pages = pdf_page_count(pdf)
    if pages != personas:
        raise SystemExit(f"smoke test failed: {pdf.name} has {pages} pages for {personas} personas")
    if b"+NotoSans-Regular" not in pdf.read_bytes():
        raise SystemExit(f"smoke test failed: {pdf.name} is not set in the bundled Noto Sans")
    return f"{pages} pages, {pdf.stat().st_size // 1000} kB, Noto Sans embedded"


def run_step(step: list[str], env: dict[str, str]) -> str:
    """Run one command of the smoke test; its output, or stop with what it said."""
    shown = " ".join(Path(step[0]).name if i == 0 else Path(a).name for i, a in enumerate(step))
    started = time.perf_counter()
    try:
        result = subprocess.run(step, capture_output=True, text=True, env=env, timeout=120)
    except subprocess.TimeoutExpired:
        raise SystemExit(f"smoke test failed: {shown} still running after 120 s") from None
    took = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(
            f"smoke test failed (exit {result.returncode}): {shown}\n{result.stdout}{result.stderr}"
        )
    print(f"  ok {took:5.1f} s  {shown}", flush=True)
    return result.stdout


def smoke(bundle: Path) -> None:
    """Run the bundled program as a user's desktop would, headless: its version; the app
    opening the demo (offscreen, quitting by itself); the demo made into a workshop file
    and printed as A2 posters through the headless verbs."""
    resources = bundled_resources(bundle)
    program, verbs = str(executable(bundle)), str(console_executable(bundle))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop(QUIT_AFTER_ENV, None)
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            env[name] = str(scratch)
        workshop_file, poster = str(scratch / "demo.pwshop"), scratch / "demo-posters.pdf"

        version = run_step([verbs, "--version"], env).strip()
        if version != f"{workshop.APP_NAME} {workshop.__version__}":
            raise SystemExit(f"smoke test failed: --version says {version!r}")

        shown = run_step(
            [program, "--demo"], dict(env, **{QUIT_AFTER_ENV: f"{SMOKE_QUIT_AFTER_MS}"})
        )
        if os.name != "nt":  # Windows: a windowed program, data folders not under HOME
            if "Showing: " not in shown:
                raise SystemExit(f"smoke test failed: the app did not say what it showed:\n{shown}")
            if not list(scratch.rglob(f"*demo*{workshop.FILE_SUFFIX}")):
                raise SystemExit("smoke test failed: the app made no copy of the demo")

        run_step([verbs, "import-json", str(resources / DEMO_DOCUMENT), "-o", workshop_file], env)
        personas = persona_count(run_step([verbs, "info", workshop_file], env))
        run_step([verbs, "poster", workshop_file, "--all", "--size", "A2", "-o", str(poster)], env)
        print(f"  ok         {poster.name}: {check_poster(poster, personas)}")

        if sys.platform.startswith("linux"):
            prefix = scratch / "prefix"
            run_step([verbs, "desktop-integration", "install", "--prefix", str(prefix)], env)
            print(f"  ok         menu entry runs {check_desktop_entry(prefix / 'share', verbs)}")
            run_step([verbs, "desktop-integration", "uninstall", "--prefix", str(prefix)], env)
            if prefix.exists() and any(prefix.rglob("*")):
                raise SystemExit(f"smoke test failed: uninstall left files in {prefix}")


def check_desktop_entry(share: Path, program: str) -> str:
    """The installed menu entry's Exec line, checked to run the bundle's own program."""
    entry = share / "applications" / f"{workshop.APP_ID}.desktop"
    if not entry.is_file():
        raise SystemExit(f"smoke test failed: desktop-integration wrote no {entry.name}")
    exec_line = next(
        (
            line[5:]
            for line in entry.read_text(encoding="utf-8").splitlines()
            if line.startswith("Exec=")
        ),
        "",
    )
    if exec_line.split(" %")[0].strip('"') != str(Path(program).absolute()):
        raise SystemExit(f"smoke test failed: the menu entry runs {exec_line!r}, not {program}")
    return exec_line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--smoke", action="store_true", help="smoke-test the bundle afterwards")
    parser.add_argument(
        "--smoke-only", action="store_true", help="smoke-test the bundle already built, no build"
    )
    args = parser.parse_args(argv)
    if args.smoke_only:
        smoke(args.dist / BUNDLE_NAME)
        print("Smoke test passed")
        return 0
    missing = [tool for tool in LINUX_BUILD_TOOLS if shutil.which(tool) is None]
    if missing and sys.platform.startswith("linux"):
        print(
            f"warning: PyInstaller needs {', '.join(missing)} (apt-get install binutils libc-bin)"
        )
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
