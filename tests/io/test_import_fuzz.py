"""Arbitrary bytes fed to every reader: each returns or raises ImportFailed, nothing else."""

from __future__ import annotations

import csv
import io
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from openpyxl import Workbook
from PIL import Image

from workshop.errors import ImportFailed
from workshop.io.evidence_mapping import map_rows
from workshop.io.images import crop_image, prepare_image
from workshop.io.plaintext import read_text_notes, split_pasted_text
from workshop.io.tabular import list_sheets, read_table


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    # Hypothesis runs many examples per test; a module-scoped folder is reused by all.
    with tempfile.TemporaryDirectory(prefix="fuzz-import-") as folder:
        yield Path(folder)


def _workbook_bytes() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Respondent", "Comment"])
    sheet.append(["R1", "Too many logins"])
    sheet.merge_cells("A2:A3")
    workbook.create_sheet("Second").append(["x"])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _csv_bytes() -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows([["Id", "Comment"], ["1", 'Slow, "really"\nslow'], ["2", "Fine"]])
    return out.getvalue().encode("utf-16")


def _image_bytes(fmt: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (24, 16), (200, 30, 30)).save(out, fmt)
    return out.getvalue()


VALID = {
    "xlsx": _workbook_bytes(),
    "csv": _csv_bytes(),
    "jpeg": _image_bytes("JPEG"),
    "png": _image_bytes("PNG"),
}


@st.composite
def damaged(draw: st.DrawFn, original: bytes) -> bytes:
    """A valid file cut short, with some bytes overwritten, or with bytes inserted."""
    data = bytearray(original)
    for _ in range(draw(st.integers(0, 6))):
        position = draw(st.integers(0, len(data) - 1))
        data[position] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        position = draw(st.integers(0, len(data)))
        data[position:position] = draw(st.binary(max_size=40))
    cut = draw(st.integers(1, len(data)))
    return bytes(data[:cut])


@st.composite
def damaged_workbook(draw: st.DrawFn) -> bytes:
    """A workbook whose zip is sound but one part (sheet XML, styles...) is damaged."""
    with zipfile.ZipFile(io.BytesIO(VALID["xlsx"])) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    name = draw(st.sampled_from(sorted(parts)))
    parts[name] = draw(damaged(parts[name]) if parts[name] else st.binary(max_size=40))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, content in parts.items():
            archive.writestr(part, content)
    return out.getvalue()


def arbitrary(kind: str) -> st.SearchStrategy[bytes]:
    text = st.text(max_size=300).flatmap(
        lambda t: st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "cp1252", "latin-1"]).map(
            lambda e: t.encode(e, errors="replace")
        )
    )
    strategies = [st.binary(max_size=600), text]
    if kind in VALID:
        strategies.append(damaged(VALID[kind]))
    return st.one_of(strategies)


def _write(folder: Path, suffix: str, data: bytes) -> Path:
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    return path


def _returns_or_import_failed(call: Callable[[], object]) -> None:
    message = ""
    try:
        call()
    except ImportFailed as error:
        message = str(error)
        assert message.strip(), "an ImportFailed must say why"
    assert "\n" not in message


@given(data=arbitrary("csv"), suffix=st.sampled_from([".csv", ".tsv", ".txt"]))
@example(data=b"a,b\n" + b'"' * 3 + b"x" * 200_000, suffix=".csv")
@example(data=b"\xff\xfe" + b"\x00" * 7, suffix=".csv")
def test_read_table_on_any_bytes(scratch: Path, data: bytes, suffix: str) -> None:
    path = _write(scratch, suffix, data)

    def read_and_map() -> None:
        table = read_table(path)
        assert all(len(row) == len(table.headers) for row in table.rows)
        map_rows(table, text_columns=[0], source_column=len(table.headers) - 1, date_column=0)

    _returns_or_import_failed(read_and_map)


@given(data=st.one_of(arbitrary("xlsx"), damaged_workbook()))
def test_read_table_on_any_workbook_bytes(scratch: Path, data: bytes) -> None:
    path = _write(scratch, ".xlsx", data)

    _returns_or_import_failed(lambda: read_table(path, header_row=0))
    _returns_or_import_failed(lambda: list_sheets(path))


@given(data=arbitrary("text"), suffix=st.sampled_from([".md", ".txt"]))
def test_read_text_notes_on_any_bytes(scratch: Path, data: bytes, suffix: str) -> None:
    path = _write(scratch, suffix, data)

    _returns_or_import_failed(lambda: read_text_notes(path))


@given(data=st.one_of(arbitrary("jpeg"), arbitrary("png")))
def test_prepare_image_on_any_bytes(data: bytes) -> None:
    def prepare_and_crop() -> None:
        prepared = prepare_image(data, name="photo.jpg")
        crop_image(prepared, (0, 0, prepared.width, prepared.height))

    _returns_or_import_failed(prepare_and_crop)


@given(text=st.text(), mode=st.sampled_from(["line", "paragraph", "cell"]))
def test_split_pasted_text_on_any_text(text: str, mode: str) -> None:
    notes = split_pasted_text(text, mode)  # type: ignore[arg-type]

    assert all(note and note == note.strip() for note in notes)
