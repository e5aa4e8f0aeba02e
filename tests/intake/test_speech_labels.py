"""Labelled interview notes as a second tester wrote them: bold speaker labels in Markdown
("**Interviewer:** …", "**P4**: …") are speaker turns like plain ones, the heading names the
respondent and the day, and the team sitting in ("Tom (PM)") is not a respondent."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.store import open_workshop

FIXTURES = Path(__file__).parents[1] / "fixtures" / "intake"
P4_SAID = [
    "I open my bank app and look at what is left. Then I panic a little.",
    "I pay rent first, then I move 10% to savings.",
    "The app logs me out every time.",
]


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, " ".join(out.err.split())


def imported(path: Path) -> tuple[list[tuple[str, str]], dict[str, date | None], list[str]]:
    """(note text, source label) in board order, each source's date, the respondents."""
    with open_workshop(path, read_only=True) as workshop:
        snapshot = workshop.snapshot()  # type: ignore[attr-defined]
    labels = {s.id: s.label for s in snapshot.sources}
    notes = [(n.text, labels[n.source_id]) for n in sorted(snapshot.notes, key=lambda n: n.z)]
    dates = {s.label: s.date for s in snapshot.sources}
    return notes, dates, sorted(r.label for r in snapshot.respondents)


@pytest.mark.parametrize(
    "name", ["bold-labels-p4.md", "bold-labels-colon-outside.md", "plain-labels-p4.md"]
)
def test_labelled_turns_bold_or_not_are_the_respondents_words_dated_by_the_heading(
    name: str, workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "import-evidence", workshop_path, FIXTURES / name)

    assert code == 0, err
    notes, dates, respondents = imported(workshop_path)
    source = f"P4 ({name})"
    assert notes == [(text, source) for text in P4_SAID]
    assert respondents == ["P4"]
    assert dates == {source: date(2025, 4, 20)}
    assert "Skipped 4 turns: the interviewer's words (Interviewer): not evidence" in out
    assert "3 notes from 1 source, 1 respondent" in out


def test_the_heading_names_a_respondent_labelled_only_participant(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes_file = tmp_path / "session.md"
    notes_file.write_text(
        "# Interview P9 — 2025-03-02\n\n"
        "**Interviewer:** What do you do on payday?\n\n"
        "**Participant:** I pay the rent first.\n\n"
        "**Interviewer:** And then?\n\n"
        "**Participant:** I check what is *left*.\n",
        encoding="utf-8",
    )
    code, _, err = run_cli(capsys, "import-evidence", workshop_path, notes_file)

    assert code == 0, err
    notes, dates, respondents = imported(workshop_path)
    assert notes == [
        ("I pay the rent first.", "P9 (session.md)"),
        ("I check what is left.", "P9 (session.md)"),
    ]
    assert respondents == ["P9"]
    assert dates == {"P9 (session.md)": date(2025, 3, 2)}


def test_a_team_member_sitting_in_is_not_a_respondent(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(
        capsys, "import-evidence", workshop_path, FIXTURES / "team-sitting-in.txt"
    )

    assert code == 0, err
    notes, _, respondents = imported(workshop_path)
    assert notes == [
        ("I look at my bank app on payday.", "P7 (team-sitting-in.txt)"),
        ("The app logs me out.", "P7 (team-sitting-in.txt)"),
        ("No.", "P7 (team-sitting-in.txt)"),
    ]
    assert respondents == ["P7"]
    assert (
        "Skipped 2 turns: the team's words (Tom (PM), sitting in): not evidence (line 3, 6)" in out
    )


@pytest.mark.parametrize(
    "label",
    ["Tom (PM)", "Tom (our PM)", "Tom (product manager)", "Tom (facilitator)",
     "Tom (observer)", "Tom (note-taker)", "Observer", "Note-taker"],
)  # fmt: skip
def test_every_team_role_is_left_out(
    label: str, workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    transcript = tmp_path / "call.txt"
    transcript.write_text(
        "Interviewer: How do you plan your month?\n"
        "Ana: I look at my bank app on payday.\n"
        f"{label}: Most of our users do a weekly review, I think.\n"
        "Interviewer: What annoys you?\n"
        "Ana: The app logs me out.\n"
        f"{label}: Everyone hates the logout.\n",
        encoding="utf-8",
    )
    code, out, err = run_cli(capsys, "import-evidence", workshop_path, transcript)

    assert code == 0, err
    notes, _, respondents = imported(workshop_path)
    assert [text for text, _ in notes] == [
        "I look at my bank app on payday.",
        "The app logs me out.",
    ]
    assert respondents == ["Ana"]
    assert f"the team's words ({label}, sitting in)" in out


def test_a_team_member_is_kept_only_when_named_as_the_speaker(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(
        capsys,
        "import-evidence",
        workshop_path,
        FIXTURES / "team-sitting-in.txt",
        "--speaker",
        "Tom (PM)",
    )

    assert code == 0, err
    notes, _, _ = imported(workshop_path)
    assert [text for text, _ in notes] == [
        "Most of our users do a weekly review, I think.",
        "Yes, everyone hates the logout, we hear that a lot.",
    ]
