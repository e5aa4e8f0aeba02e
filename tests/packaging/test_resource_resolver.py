"""workshop.resources finds the shipped files in a checkout, a wheel and a frozen bundle."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from packaging_helpers import ROOT, clean_env

from workshop.resources import resource_mode, resource_path, resources_root

ICON = ("icons", "persona-workshop-256.png")


def test_checkout_finds_the_top_level_resources_folder() -> None:
    assert resource_mode() == "checkout"
    assert resources_root() == ROOT / "resources"
    icon = resource_path(*ICON)
    assert icon == ROOT / "resources" / "icons" / "persona-workshop-256.png"
    assert icon.is_file()


def test_names_may_be_given_as_one_slash_separated_string() -> None:
    assert resource_path("icons/persona-workshop.svg") == resource_path(
        "icons", "persona-workshop.svg"
    )


def test_frozen_bundle_uses_the_bundle_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = tmp_path / "resources" / "icons"
    bundled.mkdir(parents=True)
    (bundled / "persona-workshop-256.png").write_bytes(b"png")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    assert resource_mode() == "frozen"
    assert resources_root() == tmp_path / "resources"
    assert resource_path(*ICON) == bundled / "persona-workshop-256.png"


def test_frozen_flag_without_a_bundle_folder_is_not_frozen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Some freezers other than PyInstaller set sys.frozen only; fall back to the files.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert resource_mode() == "checkout"


def test_installed_wheel_uses_the_package_data(wheel_python: Path, tmp_path: Path) -> None:
    script = (
        "import json, workshop, workshop.resources as r\n"
        "print(json.dumps({'mode': r.resource_mode(), 'root': str(r.resources_root()),\n"
        "    'icon': str(r.resource_path('icons', 'persona-workshop-256.png')),\n"
        "    'package': workshop.__file__}))\n"
    )
    result = subprocess.run(
        [str(wheel_python), "-I", "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=clean_env(),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    package = Path(found["package"]).parent
    assert ROOT not in package.parents, "the test must run the installed copy"
    assert found["mode"] == "installed"
    assert Path(found["root"]) == package / "resources_data"
    assert Path(found["icon"]).read_bytes() == resource_path(*ICON).read_bytes()


@pytest.mark.parametrize("name", ["../pyproject.toml", "/etc/passwd", "icons\\x.png"])
def test_names_cannot_leave_the_resources_folder(name: str) -> None:
    with pytest.raises(ValueError, match="inside resources"):
        resource_path(name)


def test_a_missing_resource_says_the_installation_is_incomplete() -> None:
    with pytest.raises(FileNotFoundError, match=r"icons/nope\.png is missing.*reinstall"):
        resource_path("icons", "nope.png")
    assert not resource_path("icons", "nope.png", must_exist=False).exists()
