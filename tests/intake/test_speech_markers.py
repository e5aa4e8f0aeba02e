"""Interviews import as speech by their markers, not their length: short verbatim notes,
two labelled lines, the heading and details of verbatim notes; a transcript whose
interviewer cannot be told apart is refused, not guessed; Otter's footer and WebVTT's
character references are not words anyone said."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.cli import main
from workshop.store import open_workshop

FIXTURES = Path(__file__).parents[1] / "fixtures" / "intake"


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, " ".join(out.err.split())


def notes_of(path: Path) -> list[tuple[str, str, str]]:
    """(note text, source label, question) in board order."""
    with open_workshop(path, read_only=True) as workshop:
        snapshot = workshop.snapshot()  # type: ignore[attr-defined]
    labels = {s.id: s.label for s in snapshot.sources}
    return [
        (n.text, labels.get(n.source_id, ""), n.question)
        for n in sorted(snapshot.notes, key=lambda n: n.z)
    ]


def test_three_short_answers_in_bold_under_plain_questions_are_the_participants_words(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(
        capsys, "import-evidence", workshop_path, FIXTURES / "short-verbatim-3-pairs.md"
    )

    assert code == 0, err
    assert [text for text, _, _ in notes_of(workshop_path)] == [
        "I use a notebook and forget it on payday.",
        "Too busy.",
        "No.",
    ]
    assert "Skipped 3 turns: the interviewer's words (Interviewer)" in out


def test_two_pairs_are_enough_and_one_bold_line_under_a_heading_is_not_speech(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    two = tmp_path / "two.md"
    two.write_text("How do you budget?\n\n**A notebook.**\n\nWhy?\n\n**Too busy.**\n")
    code, _, err = run_cli(capsys, "import-evidence", workshop_path, two)
    assert code == 0, err
    assert [text for text, _, _ in notes_of(workshop_path)] == ["A notebook.", "Too busy."]

    plain = tmp_path / "plain.md"
    plain.write_text("What we heard?\n\n**Budgets break on payday.**\n\nMore in the report.\n")
    code, _, err = run_cli(capsys, "import-evidence", workshop_path, plain)
    assert code == 0, err
    assert [text for text, label, _ in notes_of(workshop_path) if label == "plain.md"] == [
        "What we heard?",
        "Budgets break on payday.",
        "More in the report.",
    ]


def test_two_labelled_lines_are_an_interviewer_turn_and_a_respondent_turn(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(
        capsys,
        "import-evidence",
        workshop_path,
        FIXTURES / "two-labelled-lines.txt",
        "--with-questions",
    )

    assert code == 0, err
    assert notes_of(workshop_path) == [
        ("A notebook.", "P1 (two-labelled-lines.txt)", "How do you budget?")
    ]


def test_two_lines_of_labelled_notes_are_not_speech(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "labels.txt"
    notes.write_text("Pain: receipts fade.\nGoal: close the month in a day.\n")

    code, _, err = run_cli(capsys, "import-evidence", workshop_path, notes, "--split", "line")

    assert code == 0, err
    assert [text for text, _, _ in notes_of(workshop_path)] == [
        "Pain: receipts fade.",
        "Goal: close the month in a day.",
    ]


VERBATIM = FIXTURES / "verbatim-heading-and-participant-line.md"


def test_the_heading_names_the_respondent_and_the_day_and_details_are_not_speech(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "import-evidence", workshop_path, VERBATIM, "--with-questions")

    assert code == 0, err
    notes = notes_of(workshop_path)
    assert notes[0] == (
        "I look at my bank account first and then panic a bit. I never know when the next "
        "invoice gets paid.",
        "P3 (verbatim-heading-and-participant-line.md)",
        "How do you usually start the month?",
    )
    assert all("freelancer" not in text + question for text, _, question in notes)
    assert "1 line of details about the interview left out (line 3)" in out
    with open_workshop(workshop_path, read_only=True) as workshop:
        snapshot = workshop.snapshot()  # type: ignore[attr-defined]
    assert [r.label for r in snapshot.respondents] == ["P3"]
    assert [str(s.date) for s in snapshot.sources] == ["2025-04-17"]
    assert [(str(s.date_from), str(s.date_to)) for s in snapshot.studies] == [
        ("2025-04-17", "2025-04-17")
    ]


def test_a_participant_line_names_the_respondent_when_the_heading_does_not(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "session.md"
    notes.write_text(
        "# Budget interview\n\n**Participant:** Maria, nurse, 40s\n\n**Date:** 2025-05-02\n\n"
        "How do you budget?\n\n**On paper.**\n\nWhy?\n\n**Habit.**\n"
    )

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, notes)

    assert code == 0, err
    assert [label for _, label, _ in notes_of(workshop_path)] == ["Maria (session.md)"] * 2
    assert "2 lines of details about the interview left out (lines 3, 5)" in out
    with open_workshop(workshop_path, read_only=True) as workshop:
        snapshot = workshop.snapshot()  # type: ignore[attr-defined]
    assert [str(s.date) for s in snapshot.sources] == ["2025-05-02"]


PARTICIPANT_ASKS = FIXTURES / "participant-asks-questions.vtt"


def test_a_transcript_whose_questioner_talks_most_is_refused_asking_for_the_speaker(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for extra in ([], ["--dry-run"]):
        code, out, err = run_cli(capsys, "import-evidence", workshop_path, PARTICIPANT_ASKS, *extra)

        assert code == 1, out
        assert "cannot tell who the interviewer is: Lee asks the most questions" in err
        assert "--speaker" in err and "the speakers are: Sam (3 turns), Lee (3 turns)" in err
    assert notes_of(workshop_path) == []


def test_naming_the_speaker_imports_that_transcript(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(
        capsys, "import-evidence", workshop_path, PARTICIPANT_ASKS, "--speaker", "Lee"
    )

    assert code == 0, err
    notes = notes_of(workshop_path)
    assert len(notes) == 3 and {label for _, label, _ in notes} == {
        "Lee (participant-asks-questions.vtt)"
    }


def test_otters_footer_is_left_out_and_said(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(
        capsys, "import-evidence", workshop_path, FIXTURES / "otter-with-footer.txt"
    )

    assert code == 0, err
    notes = notes_of(workshop_path)
    assert notes[-1][0] == (
        "Because my receipts are all over the place. And my bank app only shows the last 30 days."
    )
    assert all("otter.ai" not in text for text, _, _ in notes)
    assert "“Transcribed by https://otter.ai” line left out (line 16)" in out


def test_webvtt_character_references_are_the_characters_they_stand_for(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(
        capsys, "import-evidence", workshop_path, FIXTURES / "character-references.vtt"
    )

    assert code == 0, err
    assert notes_of(workshop_path)[0][0] == (
        "I save <50 a month & that's it. Honestly nothing more really."
    )
