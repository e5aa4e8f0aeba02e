"""The ``desktop-integration`` verb: menu entry, icons and the workshop file type."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workshop.errors import WorkshopError
from workshop.i18n import N_, _, ngettext

DESCRIPTION = N_(
    "Install (or remove) the menu entry, the icons, the AppStream metainfo and the workshop "
    "file type, so that .pwshop files open in Persona Workshop by double-click. Everything "
    "comes from this installed copy of the program, and the menu entry runs it. With "
    "--user it goes to your own data folder ($XDG_DATA_HOME or ~/.local/share); otherwise "
    "to PREFIX/share (default /usr/local/share, which needs an administrator)."
)


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = verbs.add_parser(
        "desktop-integration",
        help=_("add Persona Workshop to the desktop's menu and file types (Linux)"),
        description=_(DESCRIPTION),
    )
    parser.add_argument(
        "action",
        choices=("install", "uninstall"),
        help=_("install the desktop files, or remove exactly what install wrote"),
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--user", action="store_true", help=_("for you only, no administrator"))
    where.add_argument(
        "--prefix", type=Path, help=_("install under PREFIX/share (default: /usr/local)")
    )
    parser.set_defaults(run=run_desktop_integration)


def run_desktop_integration(args: argparse.Namespace) -> int:
    from workshop import desktop_integration as desktop

    share = desktop.share_folder(user=args.user, prefix=args.prefix)
    try:
        if args.action == "install":
            result = desktop.install(share)
            entry = share / "applications" / f"{desktop.APP_ID}.desktop"
            count = len(result.files)
            print(
                ngettext(
                    "Installed {count} file under {folder}",
                    "Installed {count} files under {folder}",
                    count,
                ).format(count=count, folder=share)
            )
            print(_("The menu entry runs: {command}").format(command=_exec_line(entry)))
        else:
            result = desktop.uninstall(share)
            count = len(result.files)
            print(
                ngettext(
                    "Removed {count} file from {folder}",
                    "Removed {count} files from {folder}",
                    count,
                ).format(count=count, folder=share)
            )
    except (desktop.IntegrationError, FileNotFoundError) as error:
        raise WorkshopError(str(error)) from None
    if args.action == "install" and not result.caches:
        print(
            _(
                "The desktop's cache tools (update-mime-database) were not found: log out and "
                "in again for the file type to take effect."
            ),
            file=sys.stderr,
        )
    return 0


def _exec_line(entry: Path) -> str:
    for line in entry.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            return line.removeprefix("Exec=")
    return "?"
