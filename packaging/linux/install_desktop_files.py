"""Make Persona Workshop a desktop application on Linux: menu entry, icon, file type.

    python3 packaging/linux/install_desktop_files.py                # for you: ~/.local/share
    python3 packaging/linux/install_desktop_files.py --exec /opt/persona-workshop/persona-workshop
    sudo python3 packaging/linux/install_desktop_files.py --prefix /usr/local
    python3 packaging/linux/install_desktop_files.py --uninstall

Installs under PREFIX/share: the .desktop file (applications/), the AppStream metainfo
(metainfo/), the workshop file type (mime/packages/) and the icons (icons/hicolor/), then
refreshes the desktop's caches where the tools exist. After that, .pwshop files open in
Persona Workshop by double-click. ``--exec`` points the menu entry at a bundle or a venv's
``persona-workshop``; by default it runs ``persona-workshop`` from PATH (a pip install).

Standard library only; runs with any Python 3.11.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
APP_ID = "org.personaworkshop.PersonaWorkshop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICON_DIR = ROOT / "resources" / "icons"
_NEEDS_QUOTES = re.compile(r"""[\s"'\\><~|&;$*?#()`]""")


def desktop_exec_argument(arg: str) -> str:
    """One argument quoted by the Desktop Entry rules for the Exec key."""
    quoted = arg
    if _NEEDS_QUOTES.search(arg):
        quoted = '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
    # The key's value is itself a string: backslashes escaped again, % doubled.
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def desktop_entry(command: str | None) -> str:
    """The .desktop file's text, with Exec/TryExec pointing at ``command`` when given."""
    text = (HERE / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    if command:
        text = re.sub(r"^Exec=.*$", f"Exec={desktop_exec_argument(command)} %f", text, flags=re.M)
        text = re.sub(
            r"^TryExec=.*$", f"TryExec={desktop_exec_argument(command)}", text, flags=re.M
        )
    return text


def planned_files(share: Path) -> dict[Path, Path | None]:
    """Destination -> source (None: the .desktop file, written from desktop_entry)."""
    files: dict[Path, Path | None] = {
        share / "applications" / f"{APP_ID}.desktop": None,
        share / "metainfo" / f"{APP_ID}.metainfo.xml": HERE / f"{APP_ID}.metainfo.xml",
        share / "mime" / "packages" / f"{APP_ID}.xml": HERE / f"{APP_ID}.mime.xml",
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": ICON_DIR
        / "persona-workshop.svg",
    }
    for size in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        files[target] = ICON_DIR / f"persona-workshop-{size}.png"
    return files


def refresh_caches(share: Path) -> list[str]:
    """Run the cache tools that exist; return what ran."""
    commands = [
        ["update-mime-database", str(share / "mime")],
        ["update-desktop-database", "-q", str(share / "applications")],
        ["gtk-update-icon-cache", "-q", "-t", "-f", str(share / "icons" / "hicolor")],
    ]
    ran = []
    for command in commands:
        if shutil.which(command[0]) and Path(command[-1]).is_dir():
            subprocess.run(command, check=False, capture_output=True)
            ran.append(command[0])
    return ran


def install(share: Path, command: str | None = None) -> list[Path]:
    written = []
    for target, source in planned_files(share).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            target.write_text(desktop_entry(command), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    refresh_caches(share)
    return written


def uninstall(share: Path) -> list[Path]:
    removed = []
    for target in planned_files(share):
        if target.exists():
            target.unlink()
            removed.append(target)
    refresh_caches(share)
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--prefix", type=Path, default=Path.home() / ".local", help="default: ~/.local"
    )
    parser.add_argument("--exec", dest="command", help="the program the menu entry runs")
    parser.add_argument("--uninstall", action="store_true", help="remove what was installed")
    args = parser.parse_args(argv)
    share = args.prefix.expanduser() / "share"
    if args.uninstall:
        paths = uninstall(share)
        print(f"Removed {len(paths)} files from {share}")
    else:
        paths = install(share, args.command)
        print(f"Installed {len(paths)} files under {share}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
