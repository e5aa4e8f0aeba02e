"""The readers behind speech and survey imports: what is (and is not) taken for a transcript,
verbatim notes, a title row or a question row; Markdown to plain text; damaged CSV."""

from __future__ import annotations

import pytest

from workshop.errors import ImportFailed
from workshop.io.delimited import parse_delimited
from workshop.io.markdown_text import plain_text
from workshop.io.survey_headers import combine_headers, detect_header_rows
from workshop.io.text_decoding import decode_text
from workshop.io.transcripts import read_transcript, turns_of
from workshop.io.verbatim_notes import read_verbatim


def test_prose_with_colons_is_not_a_transcript() -> None:
    text = (
        "Summary: the team agreed on three pain points.\n"
        "Receipts fade before month end, which means lost money.\n"
        "Approvals are slow. Next step: interview two more finance leads.\n"
        "Open question: do managers approve on mobile?\n"
    )

    assert read_transcript(text) is None


def test_labelled_notes_where_nobody_speaks_are_not_a_transcript() -> None:
    text = (
        "Pain: receipts fade before month end\nGoal: close the month in a day\n"
        "Pain: approvals sit in inboxes\nGoal: fewer reminders to chase\n"
    )

    assert read_transcript(text) is None


def test_otter_speaker_lines_above_the_words() -> None:
    text = (
        "Speaker 1  0:02\nWhere do you keep receipts?\n\n"
        "Speaker 2  0:05\nIn my wallet until they fade.\nThen I guess the amounts.\n\n"
        "Speaker 1  0:12\nWhy not the app?\n\n"
        "Speaker 2  0:14\nIt logs me out every time.\n"
    )

    utterances = read_transcript(text)

    assert utterances is not None
    turns = [(u.speaker, u.text, u.at) for u in turns_of(utterances)]
    assert turns[1] == (
        "Speaker 2",
        "In my wallet until they fade. Then I guess the amounts.",
        "0:05",
    )
    assert len(turns) == 4


def test_srt_without_speaker_names_is_still_speech() -> None:
    text = (
        "1\n00:00:01,000 --> 00:00:03,000\nHello there.\n\n2\n00:00:03,500 --> 00:00:05,000\nHi!\n"
    )

    utterances = read_transcript(text, suffix=".srt")

    assert utterances is not None
    assert [(u.speaker, u.text, u.at) for u in utterances] == [
        ("", "Hello there.", "00:00:01"),
        ("", "Hi!", "00:00:03"),
    ]


def test_bold_subheadings_over_bullets_are_not_verbatim_notes() -> None:
    text = (
        "**Pain points**\n- Receipts fade before month end\n- Approvals are slow\n\n"
        "**Goals**\n- Close the month in a day\n- Fewer reminders to chase\n"
    )

    assert read_verbatim(text) is None


def test_verbatim_timestamps_prompts_and_speakers() -> None:
    text = (
        "(02:10) How do you file an expense today?\n"
        "**I photograph the receipt and then forget about it.** (02:14)\n"
        "*[Task: submit the taxi receipt]*\n"
        "**[02:30] Where is the category? I can't find it anywhere.**\n"
    )

    notes = read_verbatim(text)

    assert notes is not None
    assert notes.asides == [3]
    assert [(u.speaker, u.text, u.at) for u in notes.utterances] == [
        ("Interviewer", "How do you file an expense today?", "02:10"),
        ("Participant", "I photograph the receipt and then forget about it.", "02:14"),
        ("Participant", "Where is the category? I can't find it anywhere.", "02:30"),
    ]


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("**Bold** and __strong__", "Bold and strong"),
        ("It was *really* _awful_", "It was really awful"),
        ("See [the log](https://example.org) and ![chart](c.png)", "See the log and chart"),
        ("Press `Submit` ~~twice~~", "Press Submit twice"),
        ("snake_case_name and 2*3*4 stay", "snake_case_name and 2*3*4 stay"),
        (r"A literal \*star\*", "A literal *star*"),
    ],
)
def test_markdown_to_plain_text(markdown: str, plain: str) -> None:
    assert plain_text(markdown) == plain


def test_surveymonkey_question_row_over_answer_row() -> None:
    records = [
        ["Respondent ID", "Which tools do you use?", "", "", "What frustrates you?"],
        ["", "Spreadsheets", "Paper", "Other (please specify)", "Open-Ended Response"],
        ["1", "Spreadsheets", "", "", "Fading receipts"],
    ]

    assert detect_header_rows(records) == (2, 1)
    names, questions = combine_headers(records[0], records[1])
    assert names == [
        "Respondent ID",
        "Which tools do you use? — Spreadsheets",
        "Which tools do you use? — Paper",
        "Which tools do you use? — Other (please specify)",
        "What frustrates you?",
    ]
    assert questions[1:4] == ["Which tools do you use?"] * 3


@pytest.mark.parametrize(
    ("records", "found"),
    [
        ([["Feedback"], ["Export is slow"], ["Love it"]], (1, 0)),
        ([["Id", "Comment"], ["1", "Slow"], ["2", ""]], (1, 0)),
        ([["Survey May"] * 3, ["Id", "Plan", "Why?"], ["1", "Pro", "Price"]], (2, 0)),
        ([["Survey May", "", ""], ["Id", "Plan", "Why?"], ["1", "Pro", "Price"]], (2, 0)),
        ([["Id", "Note", ""], ["1", "", "x"], ["2", "y", "z"]], (1, 0)),
        # A help desk export whose first message is of type "Response".
        ([["Type", "Text"], ["Response", "Thanks, fixed"], ["Question", "Why?"]], (1, 0)),
        ([["Id", "Why?"], ["", "Response"], ["1", "Price"]], (2, 1)),
        # A one-column file whose first answer an unquoted comma split: no title row.
        ([["Comment"], ["The app crashes", " often", " on login"], ["Good"]], (1, 0)),
    ],
)
def test_header_rows_found_only_where_they_are(
    records: list[list[str]], found: tuple[int, int]
) -> None:
    assert detect_header_rows(records) == found


def test_a_quoted_cell_with_line_breaks_is_not_an_unclosed_quote() -> None:
    text = 'Id,Comment\n1,"Line one\nline two, with a comma"\n2,Done\n'

    assert parse_delimited(text, ",", name="x.csv")[1] == ["1", "Line one\nline two, with a comma"]


def test_multi_line_comments_with_commas_are_not_swallowed_rows() -> None:
    text = (
        "Id,Comment,Score\n"
        '1,"Slow, very slow.\n2 reasons, mainly: sync, export\n3 days, lost, twice",4\n'
        "2,ok,5\n"
    )

    assert len(parse_delimited(text, ",", name="x.csv")) == 3


def test_an_unclosed_quote_in_the_last_row_names_it() -> None:
    with pytest.raises(ImportFailed, match=r"row 3 \(line 3\) opens a quote"):
        parse_delimited('Id,Comment\n1,Fine\n2,"Broken\n3,Swallowed\n', ",", name="x.csv")


def test_a_given_encoding_that_makes_control_characters_is_refused() -> None:
    data = "“Quoted” – fine".encode("cp1252")

    with pytest.raises(ImportFailed, match="U\\+0093"):
        decode_text(data, name="x.csv", encoding="latin-1")
    assert decode_text(data, name="x.csv", encoding="cp1252").text == "“Quoted” – fine"


def test_a_heading_in_verbatim_notes_starts_a_new_turn() -> None:
    text = (
        "Recorded with consent.\n\n## Warm-up\n\nWhat do you do all day?\n"
        "**I run finance for a design agency of forty people.**\n"
        "## Task\n**Where is the category list, I cannot find it?**\n"
        "Why did you expect it there?\n"
    )

    notes = read_verbatim(text)

    assert notes is not None
    turns = [(t.speaker, t.text) for t in turns_of(notes.utterances)]
    assert turns[:2] == [
        ("Interviewer", "Recorded with consent."),
        ("Interviewer", "What do you do all day?"),
    ]
    assert turns[3] == ("Participant", "Where is the category list, I cannot find it?")
