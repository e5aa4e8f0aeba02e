"""The wheel holds all the code and all of resources/ (as workshop/resources_data/)."""

from __future__ import annotations

import zipfile
from pathlib import Path


def _files_under(folder: Path) -> set[str]:
    return {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and not path.name.startswith(".")
    }


def test_wheel_holds_all_code_and_resources(built_wheel: Path, wheel_source: Path) -> None:
    names = set(zipfile.ZipFile(built_wheel).namelist())
    code = {f"workshop/{name}" for name in _files_under(wheel_source / "workshop")}
    assert {name for name in code if name.endswith(".py")} - names == set()
    shipped = {
        f"workshop/resources_data/{name}" for name in _files_under(wheel_source / "resources")
    }
    assert "workshop/resources_data/icons/persona-workshop.svg" in shipped
    assert shipped - names == set()
    assert not [name for name in names if name.startswith("resources/")], "no top-level resources"


def test_wheel_metadata_states_every_licence_it_ships(built_wheel: Path) -> None:
    wheel = zipfile.ZipFile(built_wheel)
    (metadata_name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    headers = [line.split(": ", 1) for line in wheel.read(metadata_name).decode().splitlines()]
    fields: dict[str, list[str]] = {}
    for pair in headers:
        if len(pair) == 2:
            fields.setdefault(pair[0], []).append(pair[1])
    (expression,) = fields["License-Expression"]
    for term in ("GPL-3.0-or-later", "OFL-1.1", "Apache-2.0", "Bitstream-Vera"):
        assert term in expression.split(" AND ")
    license_files = set(fields["License-File"])
    assert "LICENSE" in license_files
    assert {f for f in license_files if "LICENSE-" in f} == {
        f"resources/fonts/{p.name}"
        for p in (Path(__file__).resolve().parents[2] / "resources" / "fonts").glob("LICENSE-*")
    }
    assert "Project-URL" in fields
