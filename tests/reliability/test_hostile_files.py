"""Hostile workshop files: each is refused with a clear message or opened safely; none
crashes the program, runs anything from the file, or is changed by the attempt."""

from __future__ import annotations

import hashlib
import math
import shutil
from pathlib import Path

import pytest
from hostile_files import CANARY, CORPUS, Hostile, good_workshop

from workshop.domain.board_geometry import COORD_LIMIT, SIZE_MAX, SIZE_MIN
from workshop.domain.model import Cluster, Note, WorkshopSnapshot
from workshop.errors import WorkshopError, WorkshopInUse
from workshop.store import WorkshopFile, open_workshop


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file in the folder and its bytes, except the SQLite side files an open makes
    and removes (an empty write-ahead log, the shared-memory index)."""
    prints = {}
    for path in sorted(folder.iterdir()):
        if path.name.endswith("-shm") or (path.name.endswith("-wal") and not path.stat().st_size):
            continue
        prints[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return prints


def assert_sane(snap: WorkshopSnapshot) -> None:
    """What the board and the persona editor get is usable whatever the file held."""
    things: list[Note | Cluster] = [*snap.notes, *snap.clusters]
    for thing in things:
        for value in (thing.x, thing.y, thing.z):
            assert math.isfinite(value) and abs(value) <= COORD_LIMIT
        for value in (thing.w, thing.h):
            assert SIZE_MIN <= value <= SIZE_MAX
    texts = [snap.workshop.title, *(n.text for n in snap.notes), *(p.name for p in snap.personas)]
    assert all(isinstance(t, str) for t in texts)
    assert all(r.votes_per_participant >= 1 for r in snap.vote_rounds)


def edit_a_little(wf: WorkshopFile) -> None:
    """The ordinary board operations work on what the file held."""
    notes = [n.id for n in wf.snapshot().notes]
    changes = [
        wf.add_note("Added after opening"),
        wf.move_notes({n: (10.0 * i, 20.0) for i, n in enumerate(notes[:5])}),
        wf.update_note(notes[0], text="Rewritten"),
        wf.raise_notes(notes[:3]),
    ]
    cluster = wf.group_into_cluster(notes[:4], "Theme").created[0]
    changes += [wf.tidy_cluster(cluster), wf.move_cluster(cluster, 5.0, 5.0)]
    for cluster_id in [c.id for c in wf.snapshot().clusters]:
        changes.append(wf.ungroup([cluster_id]))
    for change in reversed(changes):
        wf.revert(change)
    assert wf.integrity_ok()
    assert_sane(wf.snapshot())


@pytest.mark.parametrize("hostile", CORPUS, ids=[h.name for h in CORPUS])
def test_a_hostile_file_is_refused_or_opened_safely(hostile: Hostile, tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "workshop.pwshop"
    hostile.make(path)
    before = fingerprint(folder)

    for read_only in (False, True):
        if hostile.error is not None:
            with pytest.raises(WorkshopError) as caught:
                open_workshop(path, read_only=read_only)
            assert type(caught.value) is hostile.error, caught.value
            assert hostile.words in caught.value.message
            assert "\n" not in str(caught.value)
            assert caught.value.where == str(path)
        else:
            wf = open_workshop(path, read_only=read_only)
            try:
                assert_sane(wf.snapshot())
                wf.counts()
            finally:
                wf.close()
        assert fingerprint(folder) == before, "the attempt changed the file"

    assert not (folder / CANARY).exists()
    if hostile.error is None:  # edits work too (on a copy: the original stays as it was)
        copy = tmp_path / "copy.pwshop"
        shutil.copy(path, copy)
        wf = open_workshop(copy)
        try:
            edit_a_little(wf)
        finally:
            wf.close()
        assert fingerprint(folder) == before


def test_a_file_already_open_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = good_workshop(tmp_path / "open.pwshop")
    first = open_workshop(path)
    try:
        with pytest.raises(WorkshopInUse, match="already open"):
            open_workshop(path)
        viewer = open_workshop(path, read_only=True)
        assert_sane(viewer.snapshot())
        viewer.close()
    finally:
        first.close()


def test_the_corpus_covers_the_kinds_of_hostile_file() -> None:
    refused = [h for h in CORPUS if h.error is not None]
    opened = [h for h in CORPUS if h.error is None]
    print(f"\nhostile corpus: {len(refused)} refused, {len(opened)} opened safely")
    assert len({h.error for h in refused}) == 4
    assert len(opened) >= 4
