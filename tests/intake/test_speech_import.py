"""Interviews and transcripts import as speech: the respondent's words become notes, the
interviewer's do not, timestamps and prompts are not note text, Markdown is plain text."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.cli import main
from workshop.store import open_workshop

FIXTURES = Path(__file__).parents[1] / "fixtures" / "intake"


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def board(path: Path) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """(note text, source label) in board order, and each source's kind by label."""
    with open_workshop(path, read_only=True) as workshop:
        snapshot = workshop.snapshot()  # type: ignore[attr-defined]
    labels = {s.id: s.label for s in snapshot.sources}
    notes = sorted(snapshot.notes, key=lambda n: n.z)
    return [(n.text, labels[n.source_id]) for n in notes], {
        s.label: s.kind.value for s in snapshot.sources
    }


def test_verbatim_notes_keep_only_the_participants_words_as_plain_text(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(
        capsys, "import-evidence", workshop_path, FIXTURES / "interview-p3-verbatim.md"
    )

    assert code == 0, err
    notes, kinds = board(workshop_path)
    texts = [text for text, _ in notes]
    assert texts == [
        "I run finance for a 40-person design agency, so basically everything that costs "
        "money goes through me.",
        "Every Friday. I block two hours for it and it's never enough. The receipts come in "
        "as photos on WhatsApp, emails, paper — everything.",
        "OK so I tap the camera… it wants a category first? I don't know the category, I "
        "just want to get rid of the paper.",
        "I'd expect it to read the receipt and guess the category, like my bank app does.",
        "No, that's the main thing. Well — the Submit button is hidden under the keyboard.",
    ]
    for text in texts:
        assert "*" not in text and "`" not in text and "_guess_" not in text
        assert "15:50" not in text and "(00:41)" not in text
    assert {label for _, label in notes} == {"P3 (interview-p3-verbatim.md)"}
    assert kinds == {"P3 (interview-p3-verbatim.md)": "interview"}
    assert "6 turns: the interviewer's words (Interviewer): not evidence" in out
    assert "3 task prompts or asides in [brackets] left out (lines 19, 25, 31)" in out


def test_a_webvtt_transcript_with_two_speakers_makes_one_note_per_respondent_turn(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(
        capsys, "import-evidence", workshop_path, FIXTURES / "usability-session-2.vtt"
    )

    assert code == 0, err
    notes, kinds = board(workshop_path)
    assert kinds == {"Tomás Ruiz (usability-session-2.vtt)": "interview"}
    assert notes == [
        (
            "Honestly, I keep them in my wallet until the end of the month. By then half of "
            "them have faded and I can't read the amount.",
            "Tomás Ruiz (usability-session-2.vtt)",
        ),
        (
            "I guess. Or I just don't claim it, which is money I lose.",
            "Tomás Ruiz (usability-session-2.vtt)",
        ),
        (
            "Once. It logged me out halfway through and I gave up.",
            "Tomás Ruiz (usability-session-2.vtt)",
        ),
    ]
    assert "Anna Berg asks the questions" in out
    assert "3 turns: the interviewer's words (Anna Berg)" in out


def test_the_facilitator_says_which_speaker_is_the_respondent(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(
        capsys,
        "import-evidence",
        workshop_path,
        FIXTURES / "usability-session-2.vtt",
        "--speaker",
        "anna berg",
    )

    assert code == 0, err
    notes, _ = board(workshop_path)
    assert [label for _, label in notes] == ["Anna Berg (usability-session-2.vtt)"] * 3
    assert notes[0][0] == "Thanks for joining. How do you usually handle receipts today?"


def test_an_unknown_speaker_is_refused_with_the_speakers_listed(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(
        capsys,
        "import-evidence",
        workshop_path,
        FIXTURES / "usability-session-2.vtt",
        "--speaker",
        "P1",
    )

    assert code == 1
    assert "no speaker 'P1'" in err
    assert "Anna Berg (3 turns), Tomás Ruiz (3 turns)" in err
    assert board(workshop_path)[0] == []


@pytest.mark.parametrize(
    ("fixture", "respondent", "first"),
    [
        (
            "support-call.srt",
            "Customer (support-call.srt)",
            "The export to our accounting tool stopped working last week. We have a board "
            "meeting on Friday and need the numbers.",
        ),
        (
            "zoom-transcript-p7.txt",
            "Priya Nair (zoom-transcript-p7.txt)",
            "Sure. I got an email, clicked the link, and it asked me to log in again. I "
            "approve maybe thirty claims a week, so that happens a lot.",
        ),
    ],
)
def test_srt_and_zoom_transcripts_become_the_respondents_turns(
    fixture: str,
    respondent: str,
    first: str,
    workshop_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run_cli(capsys, "import-evidence", workshop_path, FIXTURES / fixture)

    assert code == 0, err
    notes, _ = board(workshop_path)
    assert notes[0] == (first, respondent)
    assert {label for _, label in notes} == {respondent}
    assert not any("?" in text and text.endswith("?") for text, _ in notes)


def test_labelled_interview_notes_and_q_and_a(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    labelled = tmp_path / "p1.txt"
    labelled.write_text(
        "Interviewer: Thanks for joining. What do you do?\n"
        "P1: I run finance for a small agency.\n"
        "Interviewer: How do you track spend today?\n"
        "P1: Spreadsheets, mostly.\n"
        "It's a mess though, nobody updates them.\n"
        "P1: And the bank export never matches.\n",
        encoding="utf-8",
    )
    qa = tmp_path / "qa.md"
    qa.write_text(
        "Q: What slows you down?\nA: Approvals. They sit in someone's inbox for days.\n\n"
        "Q: And then?\nA: I chase people on Slack.\n",
        encoding="utf-8",
    )

    assert run_cli(capsys, "import-evidence", workshop_path, labelled)[0] == 0
    assert run_cli(capsys, "import-evidence", workshop_path, qa)[0] == 0

    notes, _ = board(workshop_path)
    assert notes == [
        ("I run finance for a small agency.", "P1 (p1.txt)"),
        (
            "Spreadsheets, mostly. It's a mess though, nobody updates them. And the bank "
            "export never matches.",
            "P1 (p1.txt)",
        ),
        ("Approvals. They sit in someone's inbox for days.", "A (qa.md)"),
        ("I chase people on Slack.", "A (qa.md)"),
    ]


def test_with_questions_keeps_the_interviewers_question_under_the_answer(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(
        capsys,
        "import-evidence",
        workshop_path,
        FIXTURES / "zoom-transcript-p7.txt",
        "--with-questions",
    )

    assert code == 0, err
    with open_workshop(workshop_path, read_only=True) as workshop:
        notes = sorted(workshop.snapshot().notes, key=lambda n: n.z)
    assert (notes[1].text, notes[1].question) == (
        "Annoying. I end up approving them in one batch on Sunday night.",
        "How does that feel?",
    )


def test_the_dry_run_shows_who_said_what_before_anything_is_written(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = workshop_path.read_bytes()

    code, out, _ = run_cli(
        capsys,
        "import-evidence",
        workshop_path,
        FIXTURES / "usability-session-2.vtt",
        "--dry-run",
    )

    assert code == 0
    assert "at 00:00:08, Tomás Ruiz (usability-session-2.vtt):" in out
    assert "note: Honestly, I keep them in my wallet" in out
    assert "Dry run: nothing was imported." in out
    assert workshop_path.read_bytes() == before


def test_one_note_per_line_for_plain_text(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sticky = tmp_path / "sticky-wall.txt"
    sticky.write_text(
        "Export is slow\nCan't find the invoices\n\n- Wants dark mode\nLogin every day\n",
        encoding="utf-8",
    )

    code, _, err = run_cli(capsys, "import-evidence", workshop_path, sticky, "--split", "line")

    assert code == 0, err
    assert [text for text, _ in board(workshop_path)[0]] == [
        "Export is slow",
        "Can't find the invoices",
        "Wants dark mode",
        "Login every day",
    ]


def test_markdown_notes_that_are_not_verbatim_lose_their_markup(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "synthesis.md"
    notes.write_text(
        "# Pain points\n\n- **Receipts fade** before month end\n"
        "- Approvals take _days_, see [the log](https://example.org/log)\n",
        encoding="utf-8",
    )

    code, _, err = run_cli(capsys, "import-evidence", workshop_path, notes)

    assert code == 0, err
    assert [text for text, _ in board(workshop_path)[0]] == [
        "Receipts fade before month end",
        "Approvals take days, see the log",
    ]


def test_a_timestamped_transcript_of_one_utterance_per_line_is_not_one_note(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    transcript = tmp_path / "field-visit-4.txt"
    transcript.write_text(
        "[00:00:05] The scanner on the desk is switched off, nobody uses it.\n"
        "[00:01:10] I never know which category to pick for parking.\n"
        "[00:01:40] The app logs me out every time I switch to my email.\n"
        "[00:02:15] Receipts fade in my wallet before I submit them.\n",
        encoding="utf-8",
    )

    code, _, err = run_cli(capsys, "import-evidence", workshop_path, transcript)

    assert code == 0, err
    notes, _ = board(workshop_path)
    assert [text for text, _ in notes] == [
        "The scanner on the desk is switched off, nobody uses it.",
        "I never know which category to pick for parking.",
        "The app logs me out every time I switch to my email.",
        "Receipts fade in my wallet before I submit them.",
    ]
    assert {label for _, label in notes} == {"field-visit-4.txt"}
