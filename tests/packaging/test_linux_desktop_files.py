"""The shipped desktop files: menu entry, AppStream metainfo, the workshop file type.

Installing them is tested in test_desktop_integration.py."""

from __future__ import annotations

import configparser
import shutil
import sqlite3
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from packaging_helpers import ROOT, clean_env

import workshop
from workshop.store import schema

DESKTOP_FILES = ROOT / "resources" / "desktop"
DESKTOP = DESKTOP_FILES / f"{workshop.APP_ID}.desktop"
METAINFO = DESKTOP_FILES / f"{workshop.APP_ID}.metainfo.xml"
MIME = DESKTOP_FILES / f"{workshop.APP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
MIME_TYPE = "application/x-persona-workshop"


def _run_tool(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (the file is still checked by parsing)")
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


# -- .desktop ------------------------------------------------------------------------------


def test_desktop_entry_opens_workshop_files() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == workshop.APP_NAME
    assert entry["Icon"] == workshop.APP_ID
    assert entry["Exec"].split()[-1] in {"%f", "%F", "%u", "%U"}
    assert entry["Exec"].split()[0] == "persona-workshop"  # the console script in pyproject
    assert MIME_TYPE in entry["MimeType"].split(";")


def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = _run_tool("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert not result.stdout.strip(), result.stdout  # no hints or warnings either


# -- AppStream -----------------------------------------------------------------------------


def test_metainfo_matches_the_program() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == workshop.APP_ID
    assert component.findtext("name") == workshop.APP_NAME
    launchable = component.find("launchable")
    assert launchable is not None
    assert launchable.text == DESKTOP.name
    assert MIME_TYPE in [m.text for m in component.iter("mediatype")]
    license_ = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["license"]
    assert component.findtext("project_license") == license_
    releases = [r.get("version") for r in component.iter("release")]
    assert releases[0] == workshop.__version__, "add a <release> for the new version"


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = _run_tool("appstreamcli", "validate", "--no-net", "--explain", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


# -- shared-mime-info ----------------------------------------------------------------------


def _mime_type() -> ET.Element:
    element = ET.parse(MIME).getroot().find(f"{MIME_NS}mime-type")
    assert element is not None
    return element


def test_mime_type_is_known_by_suffix_and_by_content() -> None:
    mime = _mime_type()
    assert mime.get("type") == MIME_TYPE
    globs = [g.get("pattern") for g in mime.iter(f"{MIME_NS}glob")]
    assert globs == [f"*{workshop.FILE_SUFFIX}"]
    outer = mime.find(f"{MIME_NS}magic/{MIME_NS}match")
    assert outer is not None
    assert outer.get("offset") == "0"
    assert outer.get("value") == "SQLite format 3"
    inner = outer.find(f"{MIME_NS}match")
    assert inner is not None
    assert inner.get("offset") == "68"
    # The application_id every workshop file carries in its SQLite header.
    assert inner.get("value", "").encode("ascii") == schema.APPLICATION_ID.to_bytes(4, "big")


def test_mime_package_passes_update_mime_database(tmp_path: Path) -> None:
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages / f"{workshop.APP_ID}.xml")
    result = _run_tool("update-mime-database", "-V", str(tmp_path / "mime"))
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr.lower(), result.stderr
    assert (tmp_path / "mime" / "application" / "x-persona-workshop.xml").is_file()


def test_file_manager_recognises_a_workshop_file_by_its_content(tmp_path: Path) -> None:
    # Qt reads the same shared-mime-info XML as the file managers do.
    data = tmp_path / "data"
    (data / "mime" / "packages").mkdir(parents=True)
    shutil.copy(MIME, data / "mime" / "packages" / f"{workshop.APP_ID}.xml")
    ours = tmp_path / "renamed.db"
    plain = tmp_path / "plain.db"
    for path, app_id in ((ours, schema.APPLICATION_ID), (plain, 0)):
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA application_id = {app_id}")
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    script = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "db = QMimeDatabase()\n"
        "for name in sys.argv[1:]:\n"
        "    print(db.mimeTypeForFile(name, QMimeDatabase.MatchMode.MatchContent).name())\n"
        "print(db.mimeTypeForFile('x' + sys.argv[-1][-1:] + '.pwshop',\n"
        "    QMimeDatabase.MatchMode.MatchExtension).name())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(ours), str(plain)],
        capture_output=True,
        text=True,
        env=clean_env(XDG_DATA_HOME=str(data)),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    by_content_ours, by_content_plain, by_name = result.stdout.split()
    assert by_content_ours == MIME_TYPE
    assert by_content_plain != MIME_TYPE
    assert by_name == MIME_TYPE


def test_metainfo_has_what_software_centres_require() -> None:
    component = ET.parse(METAINFO).getroot()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    homepage = component.find("url[@type='homepage']")
    assert homepage is not None
    assert homepage.text == project["urls"]["Homepage"]
    developer = component.find("developer")
    assert developer is not None
    assert developer.get("id")
    assert developer.findtext("name")
    rating = component.find("content_rating")
    assert rating is not None
    assert rating.get("type") == "oars-1.1"
    images = list(component.iter("image"))
    assert images, "at least one screenshot"
    for image in images:
        # Published from packaging/screenshots/ under the homepage (AppStream wants URLs).
        url = image.text or ""
        assert url.startswith(homepage.text + "screenshots/"), url
        shot = ROOT / "packaging" / "screenshots" / url.rsplit("/", 1)[-1]
        data = shot.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert (image.get("width"), image.get("height")) == (str(width), str(height))


def test_the_licence_covers_every_bundled_font() -> None:
    """Each font licence shipped in resources/fonts/ has its term in the SPDX expression."""
    license_ = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["license"]
    terms = set(license_.split(" AND "))
    by_file = {
        "LICENSE-Noto-OFL-1.1.txt": {"OFL-1.1"},
        "LICENSE-Droid-Apache-2.0.txt": {"Apache-2.0"},
        "LICENSE-DejaVu.txt": {"Bitstream-Vera", "LicenseRef-Arev"},
        "LICENSE-Symbola.txt": {"LicenseRef-Symbola"},
    }
    shipped = {p.name for p in (ROOT / "resources" / "fonts").glob("LICENSE-*")}
    assert shipped == set(by_file), "a new font licence: add its term to pyproject's license"
    assert "GPL-3.0-or-later" in terms
    for needed in by_file.values():
        assert needed <= terms


def test_the_changelog_has_the_version_and_an_unreleased_section() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in text
    assert f"## [{workshop.__version__}] - " in text
