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
