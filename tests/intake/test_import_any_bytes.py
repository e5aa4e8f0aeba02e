"""Arbitrary bytes through the whole import path into a workshop: each input either imports
or raises ImportFailed (with one line saying why), and a failed import writes nothing."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from intake_files import CASES
from PIL import Image

from workshop.errors import ImportFailed
from workshop.io.evidence_import import import_evidence_file
from workshop.io.photo_import import import_photos
from workshop.store import WorkshopFile, create_workshop

SAMPLES = {case.name.rsplit(".", 1)[1]: case.data for case in CASES if len(case.data) < 20_000}


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (20, 12), (10, 200, 90)).save(out, "JPEG")
    return out.getvalue()


SAMPLES["jpg"] = _jpeg()
# Transcripts and verbatim notes, damaged at random too.
_FIXTURES = Path(__file__).parents[1] / "fixtures" / "intake"
SAMPLES["vtt"] = (_FIXTURES / "usability-session-2.vtt").read_bytes()
SAMPLES["srt"] = (_FIXTURES / "support-call.srt").read_bytes()
SAMPLES["markdown"] = (_FIXTURES / "interview-p3-verbatim.md").read_bytes()


@pytest.fixture(scope="module")
def place() -> Iterator[tuple[Path, WorkshopFile]]:
    # Hypothesis runs many examples per test: one folder and one workshop serve them all.
    with tempfile.TemporaryDirectory(prefix="intake-any-bytes-") as folder:
        workshop = create_workshop(Path(folder) / "w.pwshop", "Fuzz")
        yield Path(folder), workshop
        assert workshop.integrity_ok()
        workshop.close()


@st.composite
def damaged(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(0, 6))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data[: draw(st.integers(0, len(data)))])


def any_bytes(suffix: str) -> st.SearchStrategy[bytes]:
    text = st.tuples(
        st.text(max_size=200), st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "cp1252"])
    ).map(lambda pair: pair[0].encode(pair[1], errors="replace"))
    strategies = [st.binary(max_size=500), text]
    if suffix in SAMPLES:
        strategies.append(damaged(SAMPLES[suffix]))
    return st.one_of(strategies)


def _counts(workshop: WorkshopFile) -> tuple[int, int, int]:
    counts = workshop.counts()
    asset = int(workshop._read("SELECT COUNT(*) FROM asset")[0][0])
    return counts["note"], counts["source"], asset


def _imports_or_fails_cleanly(workshop: WorkshopFile, call) -> None:  # type: ignore[no-untyped-def]
    before = _counts(workshop)
    message = None
    try:
        call()
    except ImportFailed as error:
        message = str(error)
    if message is not None:
        assert message.strip() and "\n" not in message
        assert _counts(workshop) == before


@given(
    suffix=st.sampled_from(["csv", "tsv", "txt", "md", "xlsx", "vtt", "srt", "markdown"]).flatmap(
        lambda s: st.tuples(st.just(s), any_bytes(s))
    )
)
@example(suffix=("csv", b'a;b\r\n"x\r\ny";"""\r'))
@example(suffix=("xlsx", b"PK\x03\x04" + b"\x00" * 40))
def test_any_table_or_text_bytes_import_or_fail_cleanly(
    place: tuple[Path, WorkshopFile], suffix: tuple[str, bytes]
) -> None:
    folder, workshop = place
    kind, data = suffix
    path = folder / f"input.{kind}"
    path.write_bytes(data)

    _imports_or_fails_cleanly(workshop, lambda: import_evidence_file(workshop, path))


@given(data=any_bytes("jpg"), suffix=st.sampled_from(["jpg", "png"]))
def test_any_photo_bytes_import_or_fail_cleanly(
    place: tuple[Path, WorkshopFile], data: bytes, suffix: str
) -> None:
    folder, workshop = place
    path = folder / f"photo.{suffix}"
    path.write_bytes(data)

    _imports_or_fails_cleanly(workshop, lambda: import_photos(workshop, [path], strict=True))
