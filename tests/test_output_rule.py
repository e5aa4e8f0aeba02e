"""The output rule, verb by verb (``workshop/store/outputs.py``): an output never replaces an
input (by its name, a link, ``..`` or a hard link), never a workshop open for editing,
another existing file only with ``--force``; it appears whole or not at all."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from output_files import HeldOpen, leftovers, one_line, run, write_json

from workshop.demo import fresh_demo_copy
from workshop.errors import WorkshopError
from workshop.store import create_workshop, open_workshop, outputs


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fresh_demo_copy(tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="module")
def document(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("doc") / "doc.json"
    assert run_quiet("export-json", demo, "-o", out) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def run_quiet(*args: str | Path) -> int:
    from workshop.cli import main

    return main([str(a) for a in args])


@pytest.fixture
def room(tmp_path: Path, demo: Path, document: dict, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp/dir holding w.pwshop, other.pwshop and doc.json; the tests run in tmp/elsewhere."""
    folder = tmp_path / "dir"
    folder.mkdir()
    shutil.copyfile(demo, folder / "w.pwshop")
    shutil.copyfile(demo, folder / "other.pwshop")
    write_json(folder / "doc.json", document)
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    return folder


# Every way of naming the same file ---------------------------------------------------------
def same_name(folder: Path, name: str) -> Path:
    return folder / name


def through_a_symlink(folder: Path, name: str) -> Path:
    link = folder / f"link-to-{name}"
    link.symlink_to(name)
    return link


def through_dot_dot(folder: Path, name: str) -> Path:
    return Path("..") / folder.name / "." / name  # from tmp/elsewhere


def through_a_hard_link(folder: Path, name: str) -> Path:
    hard = folder / f"hard-{name}"
    os.link(folder / name, hard)
    return hard


ALIASES = [same_name, through_a_symlink, through_dot_dot, through_a_hard_link]

#: Each output verb, with the input it reads, as (name of the input in the room, arguments).
VERBS: dict[str, tuple[str, Callable[[Path], list[str | Path]]]] = {
    "poster": ("w.pwshop", lambda d: ["poster", d / "w.pwshop"]),
    "deck": ("w.pwshop", lambda d: ["deck", d / "w.pwshop"]),
    "cards": ("w.pwshop", lambda d: ["cards", d / "w.pwshop"]),
    "export-json": ("w.pwshop", lambda d: ["export-json", d / "w.pwshop"]),
    "merge (into BASE)": ("w.pwshop", lambda d: ["merge", d / "w.pwshop", d / "other.pwshop"]),
    "merge (into OTHER)": ("other.pwshop", lambda d: ["merge", d / "w.pwshop", d / "other.pwshop"]),
    "import-json": ("doc.json", lambda d: ["import-json", d / "doc.json"]),
}


@pytest.mark.parametrize("force", [False, True], ids=["", "--force"])
@pytest.mark.parametrize("alias", ALIASES, ids=lambda f: f.__name__)
@pytest.mark.parametrize("verb", list(VERBS))
def test_no_verb_writes_over_its_input(
    room: Path,
    verb: str,
    alias: Callable[[Path, str], Path],
    force: bool,
    capsys: pytest.CaptureFixture[str],
) -> None:
    name, arguments = VERBS[verb]
    before = (room / name).read_bytes()
    target = alias(room, name)
    code, out, err = run(capsys, *arguments(room), "-o", target, *(["--force"] if force else []))
    assert code == 1, out
    assert one_line(err), err
    assert "being read" in err
    assert (room / name).read_bytes() == before
    assert leftovers(room) == []


def test_an_output_is_never_the_change_log_of_an_input(
    room: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(
        capsys, "poster", room / "w.pwshop", "-o", room / "w.pwshop-wal", "--force"
    )
    assert (code, one_line(err)) == (1, True)
    assert "change log" in err
    assert not (room / "w.pwshop-wal").exists()


#: Each output verb writing to OUT (any existing file there), with how to check its result.
OUTPUTS: dict[str, Callable[[Path], list[str | Path]]] = {
    "poster": lambda d: ["poster", d / "w.pwshop"],
    "deck": lambda d: ["deck", d / "w.pwshop"],
    "cards": lambda d: ["cards", d / "w.pwshop"],
    "export-json": lambda d: ["export-json", d / "w.pwshop"],
    "import-json": lambda d: ["import-json", d / "doc.json"],
    "merge": lambda d: ["merge", d / "w.pwshop", d / "other.pwshop"],
    "new": lambda d: ["new", "--title", "Fresh"],
}
MAKES_WORKSHOPS = {"import-json", "merge", "new"}


def with_output(verb: str, room: Path, out: Path, *extra: str) -> list[str | Path]:
    if verb == "new":
        return ["new", out, "--title", "Fresh", *extra]
    return [*OUTPUTS[verb](room), "-o", out, *extra]


def looks_finished(verb: str, out: Path) -> bool:
    data = out.read_bytes()
    if verb in MAKES_WORKSHOPS:
        with open_workshop(out, read_only=True) as workshop:
            return bool(workshop.title)  # type: ignore[attr-defined]
    if verb == "export-json":
        return json.loads(data)["format"] == "persona-workshop"
    return data.startswith(b"%PDF") and b"%%EOF" in data[-64:]


def earlier_output(verb: str, room: Path) -> bytes:
    """What an earlier run of ``verb`` left: the only kind of file --force replaces."""
    if verb in MAKES_WORKSHOPS:
        return (room / "other.pwshop").read_bytes()
    if verb == "export-json":
        return b'\xef\xbb\xbf  {"format": "an earlier export"}'
    return b"%PDF-1.4 an earlier poster"


@pytest.mark.parametrize("verb", list(OUTPUTS))
def test_an_existing_file_is_replaced_only_with_force(
    room: Path, verb: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = room / "existing.out"
    earlier = earlier_output(verb, room)
    out.write_bytes(earlier)
    out.chmod(0o640)
    code, stdout, err = run(capsys, *with_output(verb, room, out))
    assert code == 1, stdout
    assert one_line(err), err
    assert "exists already" in err and "--force" in err
    assert out.read_bytes() == earlier

    code, _stdout, err = run(capsys, *with_output(verb, room, out, "--force"))
    assert (code, err) == (0, "")
    assert looks_finished(verb, out)
    assert out.stat().st_mode & 0o777 == 0o640, "a replaced file keeps its permissions"
    assert leftovers(room) == []


#: Files a facilitator keeps beside a workshop, none of them an output of ours.
PRECIOUS = {
    "interviews.csv": b"Respondent,Comment\r\nP1,The export takes too long\r\n",
    "portrait.png": b"\x89PNG\r\n\x1a\n a photo",
    "brief.docx": b"PK\x03\x04 a document",
    "notes.txt": b"what the sponsor said",
}


@pytest.mark.parametrize("name", list(PRECIOUS))
@pytest.mark.parametrize("verb", list(OUTPUTS))
def test_force_replaces_only_an_earlier_output_of_the_same_kind(
    room: Path, verb: str, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """--force means "replace my earlier poster", never "replace whatever is there"."""
    out = room / f"kept-{name}"
    out.write_bytes(PRECIOUS[name])
    code, stdout, err = run(capsys, *with_output(verb, room, out, "--force"))
    assert code == 1, stdout
    assert one_line(err), err
    assert out.read_bytes() == PRECIOUS[name]
    assert leftovers(room) == []


@pytest.mark.parametrize(
    ("verb", "name"),
    [
        ("poster", "new.pwshop"),
        ("deck", "deck.csv"),
        ("cards", "cards.json"),
        ("export-json", "doc.pdf"),
        ("export-json", "doc.xlsx"),
        ("new", "fresh.csv"),
        ("import-json", "again.json"),
        ("merge", "merged.pdf"),
    ],
)
def test_an_output_is_never_named_as_another_kind_of_file(
    room: Path, verb: str, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = room / name
    code, stdout, err = run(capsys, *with_output(verb, room, out))
    assert code == 1, stdout
    assert one_line(err), err
    assert f"ending in {out.suffix}" in err
    assert not out.exists()
    assert leftovers(room) == []


def test_an_output_without_a_known_ending_is_written_as_named(
    room: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for verb, name in (("poster", "dana-v2.1"), ("export-json", "snapshot"), ("new", "spare")):
        out = room / name
        code, _stdout, err = run(capsys, *with_output(verb, room, out))
        assert (code, err) == (0, "")
        assert looks_finished(verb, out)
    empty = room / "placeholder.pdf"
    empty.touch()  # an empty file holds nothing to lose
    code, _stdout, err = run(capsys, *with_output("poster", room, empty, "--force"))
    assert (code, err) == (0, "")
    assert looks_finished("poster", empty)


@pytest.mark.parametrize("verb", ["poster", "deck", "cards", "export-json"])
def test_an_export_never_replaces_a_workshop_file(
    room: Path, verb: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (room / "other.pwshop").read_bytes()
    code, _out, err = run(capsys, *with_output(verb, room, room / "other.pwshop", "--force"))
    assert (code, one_line(err)) == (1, True), err
    assert "workshop file" in err
    assert (room / "other.pwshop").read_bytes() == before


def test_a_new_file_gets_the_usual_permissions(room: Path, capsys: pytest.CaptureFixture[str]):
    mask = os.umask(0o027)
    try:
        code, _out, err = run(capsys, "export-json", room / "w.pwshop", "-o", room / "n.json")
    finally:
        os.umask(mask)
    assert (code, err) == (0, "")
    assert (room / "n.json").stat().st_mode & 0o777 == 0o640


# A workshop open for editing elsewhere ------------------------------------------------------
@pytest.mark.parametrize("verb", ["import-json", "merge", "new", "poster"])
def test_force_never_replaces_a_workshop_open_for_editing(
    room: Path, verb: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = room / "open.pwshop"
    create_workshop(target, "Being edited").close()
    held = HeldOpen(target)
    try:
        before = target.read_bytes()
        names = sorted(p.name for p in room.iterdir())
        code, _out, err = run(capsys, *with_output(verb, room, target, "--force"))
        assert code == 1
        assert one_line(err), err
        assert "open for editing" in err
        assert target.read_bytes() == before
        assert sorted(p.name for p in room.iterdir()) == names
    finally:
        held.close()
    with open_workshop(target, read_only=True) as workshop:
        assert workshop.title == "Being edited"  # type: ignore[attr-defined]


def test_force_never_replaces_a_workshop_open_under_another_name(
    room: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = room / "open.pwshop"
    create_workshop(target, "Being edited").close()
    os.link(target, room / "also.pwshop")
    held = HeldOpen(room / "also.pwshop")
    try:
        code, _out, err = run(capsys, *with_output("import-json", room, target, "--force"))
        assert (code, "open for editing" in err) == (1, True)
    finally:
        held.close()


# import-json --force: the old workshop stays byte for byte when the document is refused ----
def _broken_json(doc: dict) -> str:
    return json.dumps(doc)[:-40]


def _not_ours(doc: dict) -> dict:
    return {**doc, "format": "something-else"}


def _bad_field(doc: dict) -> dict:
    notes = [dict(n) for n in doc["tables"]["note"]]
    notes[0]["x"] = "left"
    return {**doc, "tables": {**doc["tables"], "note": notes}}


def _dangling(doc: dict) -> dict:
    notes = [dict(n) for n in doc["tables"]["note"]]
    notes[-1]["cluster_id"] = "no-such-cluster"
    return {**doc, "tables": {**doc["tables"], "note": notes}}


def _duplicate(doc: dict) -> dict:
    notes = [dict(n) for n in doc["tables"]["note"]]
    notes.append(dict(notes[0]))
    return {**doc, "tables": {**doc["tables"], "note": notes}}


def _two_workshops(doc: dict) -> dict:
    second = {**doc["tables"]["workshop"][0], "id": "another"}
    return {**doc, "tables": {**doc["tables"], "workshop": doc["tables"]["workshop"] + [second]}}


REFUSED = {
    "JSON syntax": (_broken_json, "not valid JSON"),
    "not an export": (_not_ours, "not a Persona Workshop export"),
    "a field of the wrong kind": (_bad_field, "should be a number"),
    "a dangling id": (_dangling, "is not a cluster in this export"),
    "a duplicate id": (_duplicate, "is already the id of"),
    "two workshops": (_two_workshops, "exactly one workshop"),
}


@pytest.mark.parametrize("stage", list(REFUSED))
def test_import_json_force_keeps_the_old_workshop_when_the_document_is_refused(
    room: Path, document: dict, stage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    spoil, words = REFUSED[stage]
    bad = room / "bad.json"
    spoiled = spoil(document)
    bad.write_text(spoiled if isinstance(spoiled, str) else json.dumps(spoiled), encoding="utf-8")
    old = room / "other.pwshop"
    before = old.read_bytes()
    code, _out, err = run(capsys, "import-json", bad, "-o", old, "--force")
    assert code == 1
    assert one_line(err), err
    assert words in err
    assert old.read_bytes() == before
    assert not Path(f"{old}-wal").exists()
    assert leftovers(room) == []


def test_import_json_force_replaces_a_workshop_and_its_stale_change_log(
    room: Path, document: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    old = room / "old.pwshop"
    create_workshop(old, "Old").close()
    Path(f"{old}-wal").write_bytes(b"a change log left by a crash" * 100)
    code, _out, err = run(capsys, "import-json", room / "doc.json", "-o", old, "--force")
    assert (code, err) == (0, "")
    with open_workshop(old, read_only=True) as workshop:
        assert workshop.title == document["tables"]["workshop"][0]["title"]  # type: ignore[attr-defined]
        assert len(workshop.snapshot().notes) == len(document["tables"]["note"])  # type: ignore[attr-defined]
    assert leftovers(room) == []


# A failure in the middle of writing ------------------------------------------------------------
def test_disk_full_while_a_pdf_is_written_keeps_the_old_pdf(
    room: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from workshop.export import poster

    out = room / "posters.pdf"
    out.write_bytes(b"%PDF the old posters")

    def half_then_full(data: bytes, target: object) -> None:
        target.write(data[: len(data) // 2])  # type: ignore[attr-defined]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(poster, "write_pdf", half_then_full)
    code, _out, err = run(capsys, "poster", room / "w.pwshop", "-o", out, "--force")
    assert code == 1
    assert one_line(err), err
    assert "disk is full" in err
    assert out.read_bytes() == b"%PDF the old posters"
    assert leftovers(room) == []


def test_ctrl_c_while_importing_keeps_the_old_workshop(
    room: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from workshop.io import interchange

    written = interchange.write_rows

    def write_then_interrupt(*args: object, **kwargs: object) -> None:
        written(*args, **kwargs)  # type: ignore[arg-type]
        raise KeyboardInterrupt

    monkeypatch.setattr(interchange, "write_rows", write_then_interrupt)
    old = room / "other.pwshop"
    before = old.read_bytes()
    assert run_quiet("import-json", room / "doc.json", "-o", old, "--force") == 130
    assert old.read_bytes() == before
    assert leftovers(room) == []


def test_a_merge_failing_half_way_keeps_the_old_output(
    room: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from workshop.io import merge

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(merge, "merge_into", full)
    out = room / "merged.pwshop"
    shutil.copyfile(room / "other.pwshop", out)  # the merge of yesterday
    yesterday = out.read_bytes()
    code, _out, err = run(
        capsys, "merge", room / "w.pwshop", room / "other.pwshop", "-o", out, "--force"
    )
    assert (code, one_line(err)) == (1, True), err
    assert "disk is full" in err
    assert out.read_bytes() == yesterday
    assert leftovers(room) == []


# The rule itself -------------------------------------------------------------------------------
def test_the_output_is_built_under_a_name_that_looks_unfinished(tmp_path: Path) -> None:
    target = tmp_path / "posters.pdf"
    with outputs.writing(target) as partial:
        assert partial.parent == tmp_path
        assert partial.name.startswith(".posters.pdf.partial-")
        assert not target.exists()
        partial.write_bytes(b"whole")
    assert target.read_bytes() == b"whole"
    assert not partial.exists()


def test_a_failure_removes_the_partial_file_and_its_journals(tmp_path: Path) -> None:
    target = tmp_path / "w.pwshop"
    opened = []

    def build_half_and_fail() -> None:
        with outputs.writing(target, replaces_workshop=True) as partial:
            opened.append(create_workshop(partial, "Half", overwrite=True))  # its -wal is there
            Path(f"{partial}-journal").write_bytes(b"journal")
            assert Path(f"{partial}-wal").exists()
            raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        build_half_and_fail()
    assert list(tmp_path.iterdir()) == []
    opened[0].close()


def test_an_output_whose_folder_is_missing_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WorkshopError, match="does not exist"):
        outputs.check_output(tmp_path / "nowhere" / "out.pdf")
    with pytest.raises(WorkshopError, match="folder"):
        outputs.check_output(tmp_path, force=True)


def test_the_next_output_removes_what_a_killed_run_left(room: Path) -> None:
    gone_pid = subprocess.Popen([sys.executable, "-c", "pass"])
    gone_pid.wait()
    target = room / "out.json"
    abandoned = room / f".out.json.partial-{gone_pid.pid}-abcd1234"
    abandoned.write_bytes(b"half")
    Path(f"{abandoned}-journal").write_bytes(b"journal")
    running = room / f".out.json.partial-{os.getpid()}-efgh5678"
    running.write_bytes(b"being written by a live process")
    with outputs.writing(target) as partial:
        partial.write_text("{}", encoding="utf-8")
    assert target.read_text(encoding="utf-8") == "{}"
    assert not abandoned.exists() and not Path(f"{abandoned}-journal").exists()
    assert running.exists(), "a partial file of a running writer is left alone"


@pytest.mark.parametrize("side", ["-wal", "-shm", "-journal", "-session"])
@pytest.mark.parametrize("verb", list(OUTPUTS))
def test_no_output_replaces_the_side_files_of_a_workshop_open_elsewhere(
    room: Path, verb: str, side: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found from outside: `new OPEN.pwshop-wal --force` replaced the change log of a
    workshop another copy of the app was editing; after a crash its saved notes were gone."""
    target = room / "open.pwshop"
    create_workshop(target, "Being edited").close()
    held = HeldOpen(target)
    try:
        side_file = Path(f"{target}{side}")
        before = side_file.read_bytes() if side_file.exists() else None
        code, _out, err = run(capsys, *with_output(verb, room, side_file, "--force"))
        assert code == 1
        assert one_line(err), err
        assert "one of the files kept beside open.pwshop (its change log)" in err
        assert (side_file.read_bytes() if side_file.exists() else None) == before
    finally:
        held.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="this system has no named pipes")
@pytest.mark.parametrize("verb", list(OUTPUTS))
def test_an_output_is_only_ever_a_file(
    room: Path, verb: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found from outside: `--force` replaced /dev/null with a regular file, and a named
    pipe as the output made every verb wait for a reader forever."""
    pipe = room / "pipe"
    os.mkfifo(pipe)
    code, _out, err = run(capsys, *with_output(verb, room, pipe, "--force"))
    assert (code, one_line(err)) == (1, True), err
    assert "this is a named pipe, not a file" in err
    assert os.path.exists(pipe) and not pipe.is_file()
    with pytest.raises(WorkshopError, match="this is a device, not a file"):
        outputs.check_output("/dev/null", force=True)
