"""The JSON interchange: lossless round trips, and clear refusals of bad documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workshop.errors import ImportFailed
from workshop.io import interchange
from workshop.store import create_workshop, open_workshop

PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e2216b0a0000000049454e44ae426082"
)


def full_workshop(path: Path) -> None:
    with create_workshop(path, "Budget app — who?") as w:
        w.update_workshop(goal="Onboarding", decisions=["messaging"], metrics=["activation"])
        w.update_settings(check={"min_sources": 3}, timer={"frame": 300})
        ana = w.add_participant("Ana", "#ff0000").created[0]
        study = w.add_study("Nurse interviews", "interview_round", date_from="2026-03-01").created
        nurse = w.add_respondent("P7", {"role": "Nurse", "region": "Nord-Est"}).created[0]
        src = w.add_source(
            "Interview 7 — nurse", "interview", date="2026-03-04", study_id=study[0]
        ).created[0]
        w.update_source(src, respondent_id=nurse)
        notes = w.add_notes(
            [
                {
                    "text": f"note {i}",
                    "x": i * 1.5,
                    "y": -2.25,
                    "source_id": src,
                    "author_id": ana,
                    "question": f"Question {i}?",
                }
                for i in range(4)
            ]
        ).created
        w.add_image_notes(
            [{"data": PNG_1PX, "mime": "image/png", "width": 1, "height": 1, "text": "wall"}]
        )
        cluster = w.group_into_cluster(notes[:2], "Money timing").created[0]
        rnd = w.add_vote_round("Most painful", "clusters", 2).created[0]
        w.cast_vote(rnd, ana, cluster_id=cluster)
        persona = w.add_persona("Dana", "user", archetype="Time-poor planner").created[0]
        w.add_persona_from_clusters("Sam", [cluster])
        item = w.add_item(persona, "goal", "A 10-minute weekly review").created[0]
        w.add_item(
            persona, "metric_link", "30-day retention", metric_kind="retention", metric_target="+5%"
        )
        w.link_evidence(item, note_ids=notes[2:], cluster_ids=[cluster])


def test_export_import_export_is_identical(tmp_path: Path) -> None:
    full_workshop(tmp_path / "a.pwshop")
    with open_workshop(tmp_path / "a.pwshop") as a:
        first = interchange.export_json(a, tmp_path / "a.json").read_bytes()
        counts = a.counts()
    with interchange.import_json(tmp_path / "a.json", tmp_path / "b.pwshop") as b:
        second = interchange.export_json(b, tmp_path / "b.json").read_bytes()
        assert b.counts() == counts
        assert b.load_asset(b.snapshot().assets[0].id) == PNG_1PX
    assert first == second
    doc = json.loads(first)
    assert doc["format"] == "persona-workshop"
    assert doc["version"] == interchange.VERSION == 3
    assert doc["tables"]["respondent"][0]["attributes"] == {"role": "Nurse", "region": "Nord-Est"}
    assert doc["tables"]["study"][0]["kind"] == "interview_round"
    assert {n["question"] for n in doc["tables"]["note"]} >= {"Question 0?", "Question 3?"}
    assert doc["tables"]["workshop"][0]["decisions"] == ["messaging"]
    assert doc["tables"]["workshop"][0]["settings"]["check"] == {"min_sources": 3}


@given(st.text(), st.text(), st.text())
def test_any_unicode_survives_the_round_trip(
    tmp_path_factory: pytest.TempPathFactory, title: str, note: str, quote: str
) -> None:
    folder = tmp_path_factory.mktemp("rt")
    with create_workshop(folder / "a.pwshop", title if title.strip() else "t") as a:
        a.add_note(note)
        persona = a.add_persona(note, quote=quote).created[0]
        a.add_item(persona, "pain_point", title)
        first = interchange.dumps(interchange.document(interchange.workshop_rows(a)))
    (folder / "a.json").write_text(first, encoding="utf-8")
    with interchange.import_json(folder / "a.json", folder / "b.pwshop") as b:
        snap = b.snapshot()
        second = interchange.dumps(interchange.document(interchange.workshop_rows(b)))
    assert first == second
    assert snap.notes[0].text == note
    assert snap.personas[0].quote == quote
    assert snap.items[0].text == title


def _doc(tmp_path: Path) -> dict:
    full_workshop(tmp_path / "a.pwshop")
    with open_workshop(tmp_path / "a.pwshop") as a:
        return json.loads(interchange.dumps(interchange.document(interchange.workshop_rows(a))))


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (lambda d: d.update(format="something-else"), "not a Persona Workshop export"),
        (lambda d: d.update(version=99), "newer version"),
        (lambda d: d["tables"]["note"][0].update(x="left"), "'x' should be a number"),
        (lambda d: d["tables"]["note"][0].pop("text"), "has no 'text'"),
        (lambda d: d["tables"]["note"][0].update(evil=1), "unknown fields"),
        (lambda d: d["tables"]["note"][0].update(source_id="nope"), "not a source in this"),
        (lambda d: d["tables"]["asset"][0].update(data="bm90IGEgcG5n"), "checksum"),
        (lambda d: d["tables"]["asset"][0].update(data="***"), "not valid base64"),
        (lambda d: d["tables"]["workshop"].clear(), "exactly one workshop"),
        (lambda d: d["tables"]["note"].append(dict(d["tables"]["note"][0])), "already the id"),
        (lambda d: d["tables"].update(secrets=[]), "does not know"),
    ],
)
def test_bad_documents_are_refused_and_leave_nothing(tmp_path: Path, spoil, message: str) -> None:
    doc = _doc(tmp_path)
    spoil(doc)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ImportFailed, match=message):
        interchange.import_json(path, tmp_path / "out.pwshop")
    assert not (tmp_path / "out.pwshop").exists()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\xff\xfe\x00garbage",
        b"[1, 2]",
        b'{"format": "persona-workshop"}',
        b'{"x": NaN}',
        b"[" * 100000,
    ],
)
def test_not_an_export_gives_the_documented_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ImportFailed):
        interchange.read_document(path)


@given(st.binary(max_size=300))
def test_arbitrary_bytes_load_or_give_the_documented_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "x.json"
    path.write_bytes(data)
    try:
        interchange.read_document(path)
    except ImportFailed:
        pass
