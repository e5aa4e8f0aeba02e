"""Tiled posters: the sheets cover the whole poster, neighbours overlap as stated."""

from __future__ import annotations

import io
import re

import pytest
from export_samples import page_sizes, pdf, workshop_snapshot
from pypdf import PdfReader
from pypdf.generic import ContentStream

from workshop.export import export_posters, paper
from workshop.export.tiling import plan_tiles

MM = 72 / 25.4


def shown_area(reader: PdfReader, index: int) -> tuple[float, float, float, float]:
    """The poster area a sheet shows, read from its content stream: the clip rectangle
    (``re W``) moved back by the translation (``cm``) that follows it."""
    page = reader.pages[index]
    operations = ContentStream(page.get_contents(), reader).operations
    for position, (operands, operator) in enumerate(operations):
        if operator == b"re" and operations[position + 1][1] in (b"W", b"W*"):
            x, y, width, height = (float(v) for v in operands)
            for later, name in operations[position + 2 :]:
                if name == b"cm":
                    tx, ty = float(later[4]), float(later[5])
                    return (x - tx, y - ty, width, height)
    raise AssertionError("no clipped poster area on this sheet")


def covered(areas: list[tuple[float, float, float, float]], width: float, height: float) -> bool:
    """True when every point of a grid over the poster (edges included) lies in some area,
    allowing for the 5 decimals a PDF keeps."""
    slack = 0.01
    for i in range(41):
        for j in range(41):
            x, y = width * i / 40, height * j / 40
            if not any(
                a[0] - slack <= x <= a[0] + a[2] + slack
                and a[1] - slack <= y <= a[1] + a[3] + slack
                for a in areas
            ):
                return False
    return True


@pytest.mark.parametrize(
    ("size", "sheet", "overlap_mm"), [("A1", "A4", 10), ("A2", "Letter", 15), ("A0", "A4", 8)]
)
def test_tiles_cover_the_poster_with_the_stated_overlap(
    size: str, sheet: str, overlap_mm: float
) -> None:
    out = io.BytesIO()
    report = export_posters(
        workshop_snapshot(1, items_per_section=1), out, size=size, tile=sheet, overlap_mm=overlap_mm
    )
    reader = pdf(out.getvalue())
    poster = paper(size)
    sheet_paper = paper(sheet)
    assert len(reader.pages) == report.pages == len(report.sheets)
    for width, height in page_sizes(reader):
        assert sorted((width, height)) == pytest.approx(sorted(sheet_paper.size), abs=0.5)
    areas = [shown_area(reader, i) for i in range(len(reader.pages))]
    for area, sheet_info in zip(areas, report.sheets, strict=True):
        assert area == pytest.approx(sheet_info.area, abs=0.01)
    assert covered(areas, poster.width, poster.height)
    overlap = overlap_mm * MM
    by_place = {(s.row, s.column): s.area for s in report.sheets}
    rows, columns = report.sheets[0].rows, report.sheets[0].columns
    assert rows * columns == len(report.sheets) > 1
    for (row, column), (x, y, w, h) in by_place.items():
        if column == 1:
            assert x == pytest.approx(0, abs=0.01)
        if column == columns:
            assert x + w == pytest.approx(poster.width, abs=0.01)
        if row == 1:
            assert y + h == pytest.approx(poster.height, abs=0.01)
        if row == rows:
            assert y == pytest.approx(0, abs=0.01)
        if column < columns:
            right = by_place[(row, column + 1)]
            assert x + w - right[0] == pytest.approx(overlap, abs=0.01)
        if row < rows:
            below = by_place[(row + 1, column)]
            assert below[1] + below[3] - y == pytest.approx(overlap, abs=0.01)


def test_every_sheet_is_labelled_with_its_row_and_column() -> None:
    out = io.BytesIO()
    report = export_posters(workshop_snapshot(1, items_per_section=1), out, size="A2", tile="A4")
    reader = pdf(out.getvalue())
    labels = []
    for page in reader.pages:
        match = re.search(
            r"Row (\d+), column (\d+)\s+·\s+sheet (\d+) of (\d+)", page.extract_text()
        )
        assert match, "every sheet says where it goes"
        labels.append(tuple(int(g) for g in match.groups()))
    count = len(reader.pages)
    assert [label[2] for label in labels] == list(range(1, count + 1))
    assert {label[3] for label in labels} == {count}
    assert [(s.row, s.column) for s in report.sheets] == [label[:2] for label in labels]


def test_the_plan_uses_the_sheet_orientation_that_needs_fewer_sheets() -> None:
    a1 = paper("A1")
    grid = plan_tiles(a1.width, a1.height, "A4")
    assert len(grid.tiles) == 15  # landscape A4: 3 columns × 5 rows (portrait would need 16)
    assert grid.sheet_width > grid.sheet_height
    small = plan_tiles(100, 100, "A4")
    assert len(small.tiles) == 1
