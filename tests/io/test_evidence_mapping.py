"""map_rows: which notes and sources an import creates, and what it leaves out and why."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from workshop.domain.model import SourceKind
from workshop.errors import ImportFailed
from workshop.io.evidence_mapping import WHOLE_FILE, map_rows
from workshop.io.import_mapping import ImportMapping, header_signature, parse_source_kind
from workshop.io.tabular import Table, read_table

MakeFile = Callable[..., Path]

SURVEY = """\
Respondent,Frustration,Wish,Submitted
17,Too many logins,Single sign-on,25/03/2024
17,,Dark mode,26/03/2024
Anna B,Printer is far away,n/a,03/04/2024
Anna B, ,-,someday
,Alarm fatigue,,04/04/2024
18,Charting at shift end,Voice notes,31/02/2024
"""


@pytest.fixture
def survey(make_file: MakeFile) -> Table:
    return read_table(make_file("survey.csv", SURVEY))


def test_one_source_per_respondent(survey: Table) -> None:
    plan = map_rows(
        survey,
        text_columns=["Frustration"],
        source_column="Respondent",
        source_kind="survey",
        date_column="Submitted",
    )

    assert [n.text for n in plan.notes] == [
        "Too many logins",
        "Printer is far away",
        "Alarm fatigue",
        "Charting at shift end",
    ]
    labels = {s.key: s.label for s in plan.sources}
    assert [labels[n.source_key] for n in plan.notes] == [
        "Respondent 17",
        "Anna B",
        "survey.csv (no Respondent)",
        "Respondent 18",
    ]
    assert all(s.kind is SourceKind.SURVEY for s in plan.sources)
    assert all(s.reference == "survey.csv" for s in plan.sources)
    assert plan.block_sizes() == [1, 1, 1, 1]
    assert plan.rows_read == 6


def test_skipped_cells_have_reasons(survey: Table) -> None:
    plan = map_rows(survey, text_columns=["Frustration", "Wish"], source_column="Respondent")

    skipped = {(s.row_number, s.column): s.reason for s in plan.skipped}
    assert skipped == {
        (3, "Frustration"): "no text in “Frustration”",
        (4, "Wish"): "no answer (“n/a”) in “Wish”",
        (5, "Frustration"): "no text in “Frustration”",
        (5, "Wish"): "no answer (“-”) in “Wish”",
        (6, "Wish"): "no text in “Wish”",
    }
    assert len(plan.notes) == 12 - 5
    assert [n.column for n in plan.notes_of("value:17")] == ["Frustration", "Wish", "Wish"]


def test_empty_cells_kept_when_asked(survey: Table) -> None:
    plan = map_rows(survey, text_columns=["Frustration"], skip_empty=False)

    assert [n.text for n in plan.notes] == [
        "Too many logins",
        "",
        "Printer is far away",
        "",
        "Alarm fatigue",
        "Charting at shift end",
    ]
    assert plan.skipped == ()


def test_one_source_for_the_whole_file(survey: Table) -> None:
    plan = map_rows(survey, text_columns=[1], source_kind=SourceKind.SUPPORT_TICKET)

    assert len(plan.sources) == 1
    source = plan.sources[0]
    assert source.key == WHOLE_FILE
    assert source.label == "survey.csv"
    assert source.kind is SourceKind.SUPPORT_TICKET
    assert {n.source_key for n in plan.notes} == {WHOLE_FILE}
    assert "4 notes" in source.notes


def test_dates_read_leniently_with_reasons_for_the_rest(survey: Table) -> None:
    plan = map_rows(
        survey, text_columns=["Frustration", "Wish"], source_column="A", date_column="D"
    )

    by_row = {n.row_number: n.date for n in plan.notes}
    # 25/03/2024 shows the column is day-first, so 03/04/2024 is 3 April.
    assert by_row[2] == date(2024, 3, 25)
    assert by_row[4] == date(2024, 4, 3)
    assert by_row[7] is None
    issues = {i.row_number: i.reason for i in plan.date_issues}
    assert issues == {5: "“someday” is not a date", 7: "“31/02/2024” is not a real date"}
    sources = {s.label: s for s in plan.sources}
    assert sources["Respondent 17"].date == date(2024, 3, 26)  # the latest of its rows
    assert "Dates 2024-03-25 to 2024-03-26" in sources["Respondent 17"].notes


def test_ambiguous_dates_are_ignored_with_a_reason(make_file: MakeFile) -> None:
    table = read_table(make_file("t.csv", "Text,Date\nA,03/04/2024\nB,2024-04-05\nC,05.04.2024\n"))

    plan = map_rows(table, text_columns=["Text"], date_column="Date")

    assert [n.date for n in plan.notes] == [None, date(2024, 4, 5), date(2024, 4, 5)]
    assert [i.reason for i in plan.date_issues] == ["“03/04/2024” could be 3 April or 4 March"]


def test_joined_columns_make_one_note_per_row(survey: Table) -> None:
    plan = map_rows(survey, text_columns=["Frustration", "Wish"], join_columns=True)

    assert [n.text for n in plan.notes] == [
        "Frustration: Too many logins\nWish: Single sign-on",
        "Dark mode",
        "Printer is far away",
        "Alarm fatigue",
        "Frustration: Charting at shift end\nWish: Voice notes",
    ]
    assert [s.reason for s in plan.skipped] == ["no text in “Frustration + Wish”"]


def test_the_summary_says_what_and_why(survey: Table) -> None:
    plan = map_rows(
        survey, text_columns=["Frustration"], source_column="Respondent", date_column="Submitted"
    )

    assert plan.summary_lines() == [
        "6 rows read from survey.csv: 4 notes from 4 sources, 3 respondents.",
        "Study: survey.csv (other study).",
        "Skipped 2 cells: no text in “Frustration” (row 3, 5)",
        "Date ignored for 1 cell: “someday” is not a date (row 5)",
        "Date ignored for 1 cell: “31/02/2024” is not a real date (row 7)",
    ]
    assert plan.summary() == "\n".join(plan.summary_lines())


def test_a_header_row_given_to_map_rows_resplits_the_table(make_file: MakeFile) -> None:
    table = read_table(make_file("t.csv", "Ward survey\nId,Comment\n1,Slow\n2,Loud\n"))

    plan = map_rows(table, text_columns=["Comment"], source_column="Id", header_row=2)

    assert [n.text for n in plan.notes] == ["Slow", "Loud"]
    assert [s.label for s in plan.sources] == ["Id 1", "Id 2"]


def test_source_values_group_ignoring_case_and_spacing(make_file: MakeFile) -> None:
    table = read_table(make_file("t.csv", "Who,Text\nAnna,a\n anna ,b\nANNA  B,c\nanna b,d\n"))

    plan = map_rows(table, text_columns=["Text"], source_column="Who")

    assert [s.label for s in plan.sources] == ["Anna", "ANNA B"]
    assert plan.block_sizes() == [2, 2]


def test_sheet_names_appear_in_labels_and_references() -> None:
    table = Table(
        name="research.xlsx",
        headers=("Text",),
        rows=[["Slow search"]],
        row_numbers=[2],
        sheet="Tickets",
        sheets=("Interviews", "Tickets"),
    )

    plan = map_rows(table, text_columns=["Text"])

    assert plan.sources[0].label == "research.xlsx (Tickets)"
    assert plan.sources[0].reference == "research.xlsx, sheet Tickets"


def test_control_characters_are_removed_from_note_text(make_file: MakeFile) -> None:
    table = Table(
        name="t.csv", headers=("Text",), rows=[["Bell\x07 and\x0b tab\tkept"]], row_numbers=[2]
    )

    assert map_rows(table, text_columns=["Text"]).notes[0].text == "Bell and tab\tkept"


def test_bad_choices_are_refused(survey: Table) -> None:
    with pytest.raises(ImportFailed, match="at least one column"):
        map_rows(survey, text_columns=[])
    with pytest.raises(ImportFailed, match="no column 'Feedback'"):
        map_rows(survey, text_columns=["Feedback"])
    with pytest.raises(ImportFailed, match="not a kind of source"):
        map_rows(survey, text_columns=["Wish"], source_kind="gossip")


def test_source_kinds_by_value_or_label() -> None:
    assert parse_source_kind("support_ticket") is SourceKind.SUPPORT_TICKET
    assert parse_source_kind("Support ticket") is SourceKind.SUPPORT_TICKET
    assert parse_source_kind("support-ticket") is SourceKind.SUPPORT_TICKET
    assert parse_source_kind(" Interview ") is SourceKind.INTERVIEW
    assert parse_source_kind(SourceKind.ANALYTICS) is SourceKind.ANALYTICS


def test_header_signature_is_stable_and_ignores_case_and_spacing() -> None:
    signature = header_signature(["Respondent", "Comment"])

    assert signature == header_signature(["respondent ", " COMMENT"])
    assert signature == header_signature(("Respondent", "Comment"))
    assert signature != header_signature(["Comment", "Respondent"])
    assert signature != header_signature(["Respondent", "Comment", "Date"])
    assert len(signature) == 16
    # Fixed forever: the wizard stores mappings under it.
    assert header_signature(["a"]) == "ca978112ca1bbdca"


def test_a_remembered_mapping_round_trips_and_checks_it_fits(survey: Table) -> None:
    mapping = ImportMapping(
        text_columns=("Frustration", "Wish"),
        source_column="Respondent",
        source_kind=SourceKind.SURVEY,
        date_column="Submitted",
        skip_empty=False,
        header_row=1,
    )

    again = ImportMapping.from_dict(mapping.to_dict())

    assert again == mapping
    assert mapping.fits(survey)
    assert not ImportMapping(text_columns=("Quote",)).fits(survey)
    assert ImportMapping.from_dict("junk") is None
    assert ImportMapping.from_dict({"text_columns": [1]}) is None
    odd = ImportMapping.from_dict({"text_columns": ["Wish"], "source_kind": "x", "header_row": -3})
    assert odd == ImportMapping(text_columns=("Wish",))
