"""Make an installed Persona Workshop a desktop application on Linux and other freedesktops.

Installs, under a ``share`` folder (``~/.local/share`` for one user, ``PREFIX/share`` for
everyone): the menu entry (``applications/``), the AppStream metainfo (``metainfo/``), the
workshop file type ``application/x-persona-workshop`` for ``*.pwshop`` (``mime/packages/``)
and the icons in every hicolor size (``icons/hicolor/``), then refreshes the desktop's
caches where the tools exist. After that a ``.pwshop`` file opens in Persona Workshop by
double-click.

Everything is read from the installed program's own resources (``resources/desktop`` and
``resources/icons``, see ``workshop.resources``), so it works the same from a wheel, pipx,
a source checkout and the frozen bundle. The menu entry runs this very program: the
bundle's executable, the ``persona-workshop`` script this was started as (or found on
PATH), or ``python -m workshop`` from a checkout.

What install wrote is listed in a manifest beside it, so uninstall removes exactly that:
the files, the folders install had to create, and the caches it caused in them.

Standard library only; no Qt.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from workshop import APP_ID
from workshop.i18n import _
from workshop.resources import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PROGRAM = "persona-workshop"
#: Where, under the share folder, install lists what it wrote (for uninstall).
MANIFEST = Path(APP_ID) / "desktop-integration.txt"
#: What the cache tools write, per folder they are run on (removed with a folder we made).
_CACHES = {
    "mime": None,  # update-mime-database writes many files: all but packages/ are cache
    "applications": ("mimeinfo.cache",),
    "icons/hicolor": ("icon-theme.cache",),
}
_NEEDS_QUOTES = re.compile(r"""[\s"'\\><~|&;$*?#()`]""")


class IntegrationError(Exception):
    """Desktop integration could not be done; the message says what and where."""


@dataclass(frozen=True)
class Result:
    share: Path
    files: list[Path]
    caches: list[str]


# -- where things go --------------------------------------------------------------------


def user_share() -> Path:
    """The share folder of the user: ``$XDG_DATA_HOME`` or ``~/.local/share``."""
    xdg = os.environ.get("XDG_DATA_HOME", "")
    return Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share"


def share_folder(*, user: bool, prefix: Path | None) -> Path:
    if prefix is not None:
        return Path(prefix).expanduser().absolute() / "share"
    return user_share() if user else Path("/usr/local/share")


def planned_files(share: Path) -> dict[Path, Path | None]:
    """Destination -> shipped source (None: the .desktop file, written by desktop_entry)."""
    desktop = resource_path("desktop")
    icons = resource_path("icons")
    files: dict[Path, Path | None] = {
        share / "applications" / f"{APP_ID}.desktop": None,
        share / "metainfo" / f"{APP_ID}.metainfo.xml": desktop / f"{APP_ID}.metainfo.xml",
        share / "mime" / "packages" / f"{APP_ID}.xml": desktop / f"{APP_ID}.mime.xml",
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": icons
        / "persona-workshop.svg",
    }
    for size in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        files[target] = icons / f"persona-workshop-{size}.png"
    return files


# -- the menu entry ---------------------------------------------------------------------


def program_command(
    *,
    frozen: bool | None = None,
    executable: str | None = None,
    argv0: str | None = None,
) -> list[str]:
    """The command that starts this program, as the menu entry should run it.

    The bundle: its executable. A wheel or pipx install: the ``persona-workshop`` script
    this was started as, made absolute (``~/.local/bin`` is often not on the desktop's
    PATH), else the one on PATH. Otherwise (``python -m workshop`` in a checkout): this
    Python with ``-m workshop``.
    """
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    executable = sys.executable if executable is None else executable
    argv0 = (sys.argv[0] if sys.argv else "") if argv0 is None else argv0
    if frozen:
        return [str(Path(executable).absolute())]
    started_as = Path(argv0)
    if started_as.name in (PROGRAM, PROGRAM + ".exe"):
        if os.sep in argv0 or (os.altsep and os.altsep in argv0):
            if started_as.is_file():
                return [str(started_as.absolute())]
        elif found := shutil.which(argv0):
            return [str(Path(found).absolute())]
    if found := shutil.which(PROGRAM):
        return [str(Path(found).absolute())]
    return [str(Path(executable).absolute()), "-m", "workshop"]


def desktop_exec_argument(arg: str) -> str:
    """One argument quoted by the Desktop Entry rules for the Exec key."""
    quoted = arg
    if _NEEDS_QUOTES.search(arg):
        quoted = '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
    # The key's value is itself a string: backslashes escaped again, % doubled.
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def desktop_entry(command: list[str]) -> str:
    """The shipped .desktop file's text, with Exec and TryExec running ``command``."""
    text = resource_path("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    exec_line = " ".join(desktop_exec_argument(arg) for arg in command) + " %f"
    text = re.sub(r"^Exec=.*$", lambda _m: f"Exec={exec_line}", text, flags=re.M)
    try_exec = desktop_exec_argument(command[0])
    return re.sub(r"^TryExec=.*$", lambda _m: f"TryExec={try_exec}", text, flags=re.M)


# -- install and uninstall --------------------------------------------------------------


def install(share: Path, command: list[str] | None = None) -> Result:
    """Install everything under ``share``; returns the files written."""
    share = Path(share)
    command = command or program_command()
    plan = planned_files(share)
    made: list[Path] = []
    written: list[Path] = []
    try:
        for target, source in plan.items():
            made += _make_folders(target.parent)
            if source is None:
                _write_text(target, desktop_entry(command))
            else:
                shutil.copyfile(source, target)
            written.append(target)
        manifest = share / MANIFEST
        made += _make_folders(manifest.parent)
        lines = [f"file {p.relative_to(share)}" for p in written]
        lines += [f"folder {p.relative_to(share)}" for p in made if p.is_relative_to(share)]
        _write_text(manifest, "\n".join(lines) + "\n")
    except OSError as error:
        _undo(written, made)
        if _is_permission(error):
            said = _(
                "could not write the desktop files under {folder}: {reason} (try --user, or "
                "run it as an administrator)"
            )
        else:
            said = _("could not write the desktop files under {folder}: {reason}")
        raise IntegrationError(said.format(folder=share, reason=error.strerror or error)) from None
    return Result(share, written, refresh_caches(share))


def uninstall(share: Path) -> Result:
    """Remove what install wrote under ``share`` (as its manifest lists), and nothing else.

    Folders install created go too once empty, with the caches the desktop's tools wrote
    in them; caches in folders that were there before are refreshed instead."""
    share = Path(share)
    files, folders = _read_manifest(share)
    removed: list[Path] = []
    try:
        for path in files:
            if path.is_file() or path.is_symlink():
                path.unlink()
                removed.append(path)
        (share / MANIFEST).unlink(missing_ok=True)
        ran = refresh_caches(share, skip=folders)
        for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
            _remove_made_folder(share, folder)
    except OSError as error:
        raise IntegrationError(
            _("could not remove the desktop files under {folder}: {reason}").format(
                folder=share, reason=error.strerror or error
            )
        ) from None
    return Result(share, removed, ran)


def refresh_caches(share: Path, *, skip: list[Path] | None = None) -> list[str]:
    """Run the desktop's cache tools that exist; return the names of those that ran.

    A folder install made and left without sources (``skip``) is not refreshed: its caches
    are about to be removed with it."""
    skip_set = set(skip or [])
    commands = [
        (share / "mime", ["update-mime-database"], share / "mime" / "packages"),
        (share / "applications", ["update-desktop-database", "-q"], share / "applications"),
        (
            share / "icons" / "hicolor",
            ["gtk-update-icon-cache", "-q", "-t", "-f"],
            share / "icons" / "hicolor",
        ),
    ]
    ran = []
    for folder, tool, sources in commands:
        if not folder.is_dir() or shutil.which(tool[0]) is None:
            continue
        if folder in skip_set and not _has_sources(folder, sources):
            continue
        subprocess.run([*tool, str(folder)], check=False, capture_output=True, timeout=120)
        ran.append(tool[0])
    return ran


# -- helpers ----------------------------------------------------------------------------


def _make_folders(folder: Path) -> list[Path]:
    """Create ``folder`` and its missing parents; return those created, outermost first."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir()
    return list(reversed(missing))


def _undo(written: list[Path], made: list[Path]) -> None:
    """Take back a half-done install: the files written and the folders made for them."""
    for path in written:
        path.unlink(missing_ok=True)
    for folder in reversed(made):
        with contextlib.suppress(OSError):
            folder.rmdir()


def _write_text(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as stream:
        stream.write(text)


def _read_manifest(share: Path) -> tuple[list[Path], list[Path]]:
    manifest = share / MANIFEST
    if not manifest.is_file():
        # Installed before manifests (or by hand): remove the files install would write.
        return list(planned_files(share)), []
    files: list[Path] = []
    folders: list[Path] = []
    for line in manifest.read_text(encoding="utf-8").splitlines():
        kind, _, relative = line.partition(" ")
        path = share / relative
        if ".." in Path(relative).parts or Path(relative).is_absolute():
            continue  # a manifest edited by hand never reaches outside the share folder
        (files if kind == "file" else folders if kind == "folder" else []).append(path)
    return files, folders


def _has_sources(folder: Path, sources: Path) -> bool:
    if sources == folder:  # applications/, icons/hicolor: anything but the caches
        caches = {"mimeinfo.cache", "icon-theme.cache"}
        return any(p.name not in caches for p in folder.iterdir())
    return sources.is_dir() and any(sources.iterdir())


def _remove_made_folder(share: Path, folder: Path) -> None:
    if not folder.is_dir():
        return
    relative = folder.relative_to(share).as_posix()
    if relative in _CACHES:
        caches = _CACHES[relative]
        if caches is None:  # mime/: everything but packages/ is update-mime-database's
            if (folder / "packages").exists():
                return
            shutil.rmtree(folder)
            return
        for name in caches:
            (folder / name).unlink(missing_ok=True)
    if not any(folder.iterdir()):
        folder.rmdir()


def _is_permission(error: OSError) -> bool:
    return isinstance(error, PermissionError)
