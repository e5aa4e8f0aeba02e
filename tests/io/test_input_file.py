"""Input files are looked at before they are read, and read in bounded chunks.

Real named pipes (nobody ever writes to them: reading one would wait forever), real
devices (``/dev/zero`` never ends), folders, sockets and sparse files bigger than the cap.
Every reader of user files goes through ``io.input_file``; these tests call it directly
and through each reader (tables, text notes, photos, JSON documents, the kind guess).
"""

from __future__ import annotations

import os
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from workshop.domain.limits import INPUT_FILE_MAX
from workshop.errors import ImportFailed
from workshop.io import input_file, interchange
from workshop.io.evidence_import import read_evidence
from workshop.io.images import prepare_image
from workshop.io.input_file import check_input, read_head, read_input
from workshop.io.plaintext import read_text_notes
from workshop.io.tabular import import_kind, read_table

posix_only = pytest.mark.skipif(
    not hasattr(os, "mkfifo"), reason="this system has no named pipes (os.mkfifo)"
)
needs_dev_zero = pytest.mark.skipif(
    not Path("/dev/zero").exists(), reason="this system has no /dev/zero device"
)


def one_line(error: pytest.ExceptionInfo[ImportFailed]) -> str:
    text = str(error.value)
    assert "\n" not in text
    return text


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    """A named pipe nobody writes to. Should a reader wait on it anyway (the bug), a writer
    comes after a few seconds and closes at once, so the reader gets nothing and the test
    fails instead of hanging."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("this system has no named pipes (os.mkfifo)")
    path = tmp_path / "answers.csv"
    os.mkfifo(path)

    def unblock() -> None:
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass  # nobody was waiting: nothing to unblock

    guard = threading.Timer(5.0, unblock)
    guard.start()
    yield path
    guard.cancel()
    guard.join()


READERS: dict[str, Callable[[Path], object]] = {
    "read_input": read_input,
    "read_head": lambda p: read_head(p, 100),
    "read_table": read_table,
    "read_evidence": read_evidence,
    "read_text_notes": read_text_notes,
    "prepare_image": prepare_image,
    "read_document": interchange.read_document,
}


@posix_only
@pytest.mark.parametrize("reader", READERS.values(), ids=READERS.keys())
def test_a_named_pipe_is_refused_in_words_without_waiting(
    fifo: Path, reader: Callable[[Path], object]
) -> None:
    # Nothing ever writes to the pipe: a reader that opened it normally would hang here.
    with pytest.raises(ImportFailed) as error:
        reader(fifo)

    assert "is not a regular file (a named pipe)" in one_line(error)
    assert "folder" not in str(error.value)
    assert "answers.csv" in str(error.value)


@posix_only
def test_the_kind_guess_does_not_wait_on_a_named_pipe(fifo: Path) -> None:
    # "Never raises": the pipe is called a table, and reading it says what is wrong.
    assert import_kind(fifo) == "table"


@needs_dev_zero
@pytest.mark.parametrize("reader", READERS.values(), ids=READERS.keys())
def test_a_device_is_refused_before_anything_is_read(reader: Callable[[Path], object]) -> None:
    with pytest.raises(ImportFailed) as error:
        reader(Path("/dev/zero"))

    assert "is not a regular file (a device)" in one_line(error)


@pytest.mark.parametrize("reader", READERS.values(), ids=READERS.keys())
def test_a_folder_is_called_a_folder(tmp_path: Path, reader: Callable[[Path], object]) -> None:
    folder = tmp_path / "exports.csv"
    folder.mkdir()

    with pytest.raises(ImportFailed) as error:
        reader(folder)

    assert "this is a folder, not a file" in one_line(error)


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="this system has no Unix sockets")
def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    if len(str(path)) > 100:
        pytest.skip("the temporary folder's path is too long for a Unix socket name")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        with pytest.raises(ImportFailed) as error:
            read_table(path)
    finally:
        server.close()

    assert "is not a regular file (a socket)" in one_line(error)


def test_a_file_over_the_cap_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "export.json"
    with open(path, "wb") as handle:  # sparse: no disk space used
        handle.truncate(INPUT_FILE_MAX + 10 * 1024 * 1024)
    read: list[int] = []
    real_read = input_file.read_chunks

    def counted(*args: object, **kwargs: object) -> object:
        read.append(1)
        return real_read(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(input_file, "read_chunks", counted)

    with pytest.raises(ImportFailed) as error:
        read_input(path)

    assert "too large to import (266 MB; the limit is 256 MB)" in one_line(error)
    assert read == []
    with pytest.raises(ImportFailed, match="too large"):
        interchange.read_document(path)


def test_the_cap_holds_while_reading_when_the_size_was_wrong(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that grows after it was looked at (or reports a wrong size, as /proc files
    do) is still read only up to the cap."""
    path = tmp_path / "growing.txt"
    path.write_bytes(b"a" * 10)
    real_fstat = os.fstat

    def small_then_grows(fd: int) -> os.stat_result:
        info = real_fstat(fd)
        path.write_bytes(b"a" * 5000)  # grows after the check
        return info

    monkeypatch.setattr(os, "fstat", small_then_grows)

    with pytest.raises(ImportFailed, match="too large to import") as error:
        read_input(path, limit=100)
    one_line(error)


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="this system has no /proc")
def test_a_file_that_says_it_is_empty_is_still_capped() -> None:
    # /proc files are regular files that report a size of 0 and hold more.
    assert os.stat("/proc/self/maps").st_size == 0

    with pytest.raises(ImportFailed, match="too large to import"):
        read_input("/proc/self/maps", limit=16)
    assert len(read_input("/proc/self/maps")) > 16


def test_reading_is_in_chunks_never_one_unbounded_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"x" * 2500)
    monkeypatch.setattr(input_file, "CHUNK_BYTES", 1000)
    sizes: list[int] = []
    real_fdopen = os.fdopen

    class Watched:
        def __init__(self, handle: object) -> None:
            self.handle = handle

        def read(self, size: int = -1) -> bytes:
            sizes.append(size)
            return self.handle.read(size)  # type: ignore[attr-defined,no-any-return]

        def __enter__(self) -> Watched:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()  # type: ignore[attr-defined]

    monkeypatch.setattr(os, "fdopen", lambda *a, **k: Watched(real_fdopen(*a, **k)))

    assert read_input(path, limit=10_000) == b"x" * 2500
    assert sizes and all(0 < size <= 1000 for size in sizes)


def test_a_regular_file_reads_whole_and_its_size_is_told(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(b"Comment\nfine\n")

    assert check_input(path) == 13
    assert read_input(path) == b"Comment\nfine\n"
    assert read_head(path, 4) == b"Comm"
    with pytest.raises(ImportFailed, match="does not exist"):
        read_input(tmp_path / "gone.csv")


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_a_link_to_a_pipe_is_a_pipe(fifo: Path, tmp_path: Path) -> None:
    link = tmp_path / "looks-fine.csv"
    link.symlink_to(fifo)

    with pytest.raises(ImportFailed, match=r"not a regular file \(a named pipe\)"):
        read_table(link)
