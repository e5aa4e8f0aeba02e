"""Fixtures for the import tests: real files, written by the test, with every oddity."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

MakeFile = Callable[..., Path]


@pytest.fixture
def make_file(tmp_path: Path) -> MakeFile:
    """Write ``content`` (bytes, or text in ``encoding``) to ``tmp_path / name``."""

    def make(name: str, content: bytes | str, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        data = content.encode(encoding) if isinstance(content, str) else content
        path.write_bytes(data)
        return path

    return make


@pytest.fixture
def make_workbook(tmp_path: Path) -> Callable[..., Path]:
    """Write an .xlsx with one sheet per ``sheets`` entry (name -> rows of values)."""

    def make(
        name: str, sheets: dict[str, list[list[object]]], merges: dict[str, list[str]] | None = None
    ) -> Path:
        workbook = Workbook()
        assert workbook.active is not None
        workbook.remove(workbook.active)
        for title, rows in sheets.items():
            sheet = workbook.create_sheet(title)
            for row in rows:
                sheet.append(row)
            for cell_range in (merges or {}).get(title, []):
                sheet.merge_cells(cell_range)
        path = tmp_path / name
        workbook.save(path)
        return path

    return make
