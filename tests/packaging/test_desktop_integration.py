"""``persona-workshop desktop-integration install|uninstall``: from any install, into a prefix."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from packaging_helpers import clean_env

import workshop
from workshop import desktop_integration as desktop
from workshop.store import create_workshop, schema

ENTRY = f"applications/{workshop.APP_ID}.desktop"
METAINFO = f"metainfo/{workshop.APP_ID}.metainfo.xml"
MIME_TYPE = "application/x-persona-workshop"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed on this machine")
    return found


def _verb(*args: str, env: dict[str, str] | None = None, program: list[str] | None = None):  # type: ignore[no-untyped-def]
    command = program or [sys.executable, "-m", "workshop"]
    return subprocess.run(
        [*command, "desktop-integration", *args],
        capture_output=True,
        text=True,
        env=env or clean_env(),
        timeout=120,
    )


def _tree(root: Path) -> dict[str, bytes | None]:
    return {
        str(p.relative_to(root)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(root.rglob("*"))
    }


def _exec(entry: Path) -> str:
    (line,) = [x for x in entry.read_text().splitlines() if x.startswith("Exec=")]
    return line.removeprefix("Exec=")


def _workshop_file(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return path


# -- the verb, into a temporary prefix ------------------------------------------------------


def test_install_into_a_prefix_writes_valid_desktop_files(tmp_path: Path) -> None:
    result = _verb("install", "--prefix", str(tmp_path / "prefix"))
    assert result.returncode == 0, result.stderr
    share = tmp_path / "prefix" / "share"
    assert f"Installed 12 files under {share}" in result.stdout
    for size in desktop.ICON_SIZES:
        icon = share / f"icons/hicolor/{size}x{size}/apps/{workshop.APP_ID}.png"
        assert icon.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (share / f"icons/hicolor/scalable/apps/{workshop.APP_ID}.svg").is_file()
    assert (share / f"mime/packages/{workshop.APP_ID}.xml").is_file()
    # From a checkout (python -m workshop) the entry runs this Python with -m workshop.
    assert _exec(share / ENTRY) == f"{sys.executable} -m workshop %f"

    validate = subprocess.run(
        [_tool("desktop-file-validate"), str(share / ENTRY)], capture_output=True, text=True
    )
    assert validate.returncode == 0, validate.stdout + validate.stderr
    assert not validate.stdout.strip(), validate.stdout
    appstream = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--explain", str(share / METAINFO)],
        capture_output=True,
        text=True,
    )
    assert appstream.returncode == 0, appstream.stdout + appstream.stderr


def test_the_mime_database_maps_a_workshop_file_to_the_app(tmp_path: Path) -> None:
    _tool("update-mime-database")  # install runs it; without it there is no mime.cache
    gio = _tool("gio")
    share = tmp_path / "prefix" / "share"
    assert _verb("install", "--prefix", str(tmp_path / "prefix")).returncode == 0
    assert (share / "mime" / "mime.cache").is_file(), "update-mime-database ran on the prefix"
    # Only the prefix is a data folder: the machine's own databases say nothing.
    env = clean_env(
        XDG_DATA_DIRS=str(share),
        XDG_DATA_HOME=str(tmp_path / "empty-home"),
        XDG_CONFIG_HOME=str(tmp_path / "empty-config"),
        XDG_CONFIG_DIRS=str(tmp_path / "empty-config"),
    )
    by_name = tmp_path / "Kick-off.pwshop"
    by_name.write_bytes(b"not even SQLite")
    by_content = _workshop_file(tmp_path / "renamed.db")
    for path in (by_name, by_content):
        info = subprocess.run(
            [gio, "info", "-a", "standard::content-type", str(path)],
            capture_output=True,
            text=True,
            env=env,
        )
        assert f"standard::content-type: {MIME_TYPE}" in info.stdout, info.stdout + info.stderr
    handler = subprocess.run([gio, "mime", MIME_TYPE], capture_output=True, text=True, env=env)
    assert f"Default application for “{MIME_TYPE}”: {workshop.APP_ID}.desktop" in handler.stdout

    assert _verb("uninstall", "--prefix", str(tmp_path / "prefix")).returncode == 0
    info = subprocess.run(
        [gio, "info", "-a", "standard::content-type", str(by_name)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert MIME_TYPE not in info.stdout


def test_user_install_goes_to_xdg_data_home(tmp_path: Path) -> None:
    data = tmp_path / "data-home"
    result = _verb("install", "--user", env=clean_env(XDG_DATA_HOME=str(data)))
    assert result.returncode == 0, result.stderr
    assert (data / ENTRY).is_file()
    assert (data / METAINFO).is_file()


def test_user_and_prefix_together_are_a_usage_error(tmp_path: Path) -> None:
    result = _verb("install", "--user", "--prefix", str(tmp_path))
    assert result.returncode == 2
    assert "not allowed with" in result.stderr
    assert not any(tmp_path.iterdir())


def test_uninstall_into_an_empty_prefix_leaves_nothing_behind(tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    assert _verb("install", "--prefix", str(prefix)).returncode == 0
    result = _verb("uninstall", "--prefix", str(prefix))
    assert result.returncode == 0, result.stderr
    assert "Removed 12 files" in result.stdout
    # The folders install made, and the caches the desktop's tools wrote in them, are gone.
    assert _tree(prefix) == {}


def test_uninstall_keeps_what_was_there_before(tmp_path: Path) -> None:
    share = tmp_path / "prefix" / "share"
    other_icon = share / "icons/hicolor/48x48/apps/other-app.png"
    other_mime = share / "mime/packages/other-app.xml"
    other_icon.parent.mkdir(parents=True)
    other_icon.write_bytes(b"\x89PNG other")
    other_mime.parent.mkdir(parents=True)
    other_mime.write_text(
        '<?xml version="1.0"?>\n<mime-info xmlns="http://www.freedesktop.org/standards/'
        'shared-mime-info"><mime-type type="text/x-other"><comment>Other</comment>'
        '<glob pattern="*.other"/></mime-type></mime-info>\n'
    )
    before = _tree(tmp_path / "prefix")
    assert _verb("install", "--prefix", str(tmp_path / "prefix")).returncode == 0
    assert _verb("uninstall", "--prefix", str(tmp_path / "prefix")).returncode == 0
    after = _tree(tmp_path / "prefix")
    for name, content in before.items():
        assert after.get(name, "gone") == content, name
    ours = [name for name in after if workshop.APP_ID in name]
    assert ours == []
    if shutil.which("update-mime-database"):
        # The MIME cache was refreshed without our type, not left claiming it.
        assert MIME_TYPE.encode() not in (share / "mime/mime.cache").read_bytes()


def test_a_failed_install_takes_back_what_it_wrote(tmp_path: Path) -> None:
    share = tmp_path / "share"
    blocker = share / METAINFO
    blocker.mkdir(parents=True)  # a folder where the metainfo file goes
    before = _tree(share)
    with pytest.raises(desktop.IntegrationError, match="could not write the desktop files"):
        desktop.install(share, ["/opt/pw/persona-workshop"])
    assert _tree(share) == before


def test_the_verb_reports_a_failure_on_one_line(tmp_path: Path) -> None:
    (tmp_path / "prefix").write_text("a file, not a folder")
    result = _verb("install", "--prefix", str(tmp_path / "prefix"))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "could not write the desktop files" in result.stderr


# -- the command the menu entry runs --------------------------------------------------------


def test_the_bundle_runs_its_own_executable() -> None:
    command = desktop.program_command(
        frozen=True, executable="/opt/Persona Workshop/persona-workshop", argv0="whatever"
    )
    assert command == ["/opt/Persona Workshop/persona-workshop"]


def test_a_wheel_runs_the_script_it_was_started_as(tmp_path: Path) -> None:
    script = tmp_path / "pipx bin" / "persona-workshop"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    command = desktop.program_command(
        frozen=False, executable="/usr/bin/python3", argv0=str(script)
    )
    assert command == [str(script)]


def test_a_script_started_by_name_is_found_on_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "persona-workshop"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    command = desktop.program_command(
        frozen=False, executable="/usr/bin/python3", argv0="persona-workshop"
    )
    assert command == [str(script)]


def test_a_checkout_runs_python_dash_m(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no persona-workshop anywhere
    command = desktop.program_command(
        frozen=False, executable="/srv/venv/bin/python", argv0="/src/workshop/__main__.py"
    )
    assert command == ["/srv/venv/bin/python", "-m", "workshop"]


def test_the_entry_for_a_bundle_with_spaces_passes_desktop_file_validate(tmp_path: Path) -> None:
    desktop.install(tmp_path / "share", ["/opt/Persona Workshop/persona-workshop"])
    entry = tmp_path / "share" / ENTRY
    assert 'Exec="/opt/Persona Workshop/persona-workshop" %f' in entry.read_text().splitlines()
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(entry)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert not result.stdout.strip(), result.stdout


@pytest.mark.parametrize(
    ("argument", "quoted"),
    [
        ("persona-workshop", "persona-workshop"),
        ("/a b/run", '"/a b/run"'),
        ('/x"y', '"/x\\\\"y"'),
        ("/100%/run", "/100%%/run"),
    ],
)
def test_exec_arguments_are_quoted_for_desktop_files(argument: str, quoted: str) -> None:
    assert desktop.desktop_exec_argument(argument) == quoted


# -- from the installed wheel ---------------------------------------------------------------


def test_the_installed_wheel_installs_from_its_own_resources(
    wheel_python: Path, tmp_path: Path
) -> None:
    """The wheel alone (no source tree near) carries every desktop file, and the entry
    runs the wheel's ``persona-workshop`` script."""
    script = wheel_python.parent / (
        "persona-workshop.exe" if os.name == "nt" else "persona-workshop"
    )
    assert script.is_file()
    result = _verb("install", "--prefix", str(tmp_path / "p"), program=[str(script)])
    assert result.returncode == 0, result.stderr
    share = tmp_path / "p" / "share"
    assert _exec(share / ENTRY) == f"{desktop.desktop_exec_argument(str(script))} %f"
    installed = {p.relative_to(share).as_posix() for p in share.rglob("*") if p.is_file()}
    assert {ENTRY, METAINFO, f"mime/packages/{workshop.APP_ID}.xml"} <= installed


def test_gio_open_starts_the_app_on_a_workshop_file(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """What a double-click does: the desktop finds the app for the file's type and runs
    the installed menu entry's Exec line with the file (offscreen, quitting by itself)."""
    gio = _tool("gio")
    _tool("update-mime-database")
    share = tmp_path / "prefix" / "share"
    assert _verb("install", "--prefix", str(tmp_path / "prefix")).returncode == 0
    home = tmp_path / "home"
    workshop_file = tmp_path / "Kick-off.pwshop"
    create_workshop(workshop_file, "Kick-off").close()
    env = clean_env(
        HOME=str(home),
        XDG_DATA_DIRS=str(share),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CONFIG_DIRS=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
        PERSONA_WORKSHOP_QUIT_AFTER_MS="1500",
    )
    result = subprocess.run(
        [gio, "open", str(workshop_file)], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    # The app opening the file takes its first safety copy into the user data folder.
    backups = home / "data" / "Persona Workshop" / "backups"
    qtbot.waitUntil(lambda: any(backups.glob("Kick-off-*/*.pwshop")), timeout=60_000)
    # ...and quits by itself, closing the workshop (its side files go).
    beside = workshop_file.with_name(workshop_file.name + "-wal")
    qtbot.waitUntil(lambda: not beside.exists(), timeout=60_000)
