"""Where the column names of a survey export are: title rows, and a question row above an
answer row.

Survey tools do not export one tidy header row:

- SurveyMonkey writes two: the question in the first (once, over all the columns of a
  multiple-choice question) and under it the answer each column holds — "Response",
  "Open-Ended Response", or the label of one checkbox ("Spreadsheets"), whose cells then
  hold that same label or nothing;
- Qualtrics writes three: the column ids ("Q1", "ResponseId"), the question texts, and
  a row of ``{"ImportId": "QID1_TEXT"}`` objects; the questions are the header and the
  import-id row is left out (and said);
- a workbook often has a title ("Customer survey Q2 2025") in a merged row above the
  header, which the workbook reader fills into every cell of the merge; a CSV has it in
  the first cell of an otherwise empty row.

``detect_header_rows`` finds the header row below such title rows, above Qualtrics' import
ids, and a question row above it; ``combine_headers`` names each column by its question
and, where the answer row says which answer the column holds, by that answer too ("Which
tools do you use? — Paper"), and keeps each column's question for the note made from its
cells.
"""

from __future__ import annotations

from collections.abc import Sequence

#: What a question ends with: "?", the full-width "？" (Japanese, Chinese), the Arabic "؟".
QUESTION_MARKS = ("?", "？", "؟")
#: What a survey's answer row says above a column of free answers or ratings.
ANSWER_WORDS = frozenset(
    {"response", "open-ended response", "open ended response", "responses", "answer"}
)
#: The same, for "other" boxes (their column is a free answer too).
_OTHER_WORDS = ("other (please specify)", "other (please specify):", "other")
_ROWS_LOOKED_AT = 4
_IMPORT_ID = '{"ImportId":'
#: Data rows looked at to tell a title row from a one-column file's header.
_DATA_ROWS_LOOKED_AT = 20


def detect_header_rows(records: Sequence[Sequence[str]]) -> tuple[int, int]:
    """(header row, question row), 1-based; question row 0 when there is none.

    Title rows (one value, alone or merged over the row) are passed over; the header row
    is a question row's answer row when it names answers ("Response", ...) or when the
    questions span several answer columns.
    """
    for index in range(1, min(_ROWS_LOOKED_AT, len(records))):
        if is_import_id_row(records[index]):
            return index, 0  # Qualtrics: the questions are the row above the import ids
    header = 1
    while header < min(_ROWS_LOOKED_AT, len(records)) and _is_title(records, header - 1):
        header += 1
    if header < len(records) and _is_answer_row(records[header - 1], records[header]):
        return header + 1, header
    return header, 0


def is_import_id_row(cells: Sequence[str]) -> bool:
    """Qualtrics' third header row: each filled cell a {"ImportId": ...} object."""
    filled = [c.strip() for c in cells if c.strip()]
    return bool(filled) and all(c.startswith(_IMPORT_ID) and c.endswith("}") for c in filled)


def combine_headers(
    questions: Sequence[str], answers: Sequence[str]
) -> tuple[list[str], list[str]]:
    """Column names and questions of a question row over an answer row.

    A question spans the blank cells to its right (a multiple-choice question's columns);
    a column named only "Response" is named by its question.
    """
    width = max(len(questions), len(answers))
    names: list[str] = []
    asked: list[str] = []
    current = ""
    for index in range(width):
        question = questions[index].strip() if index < len(questions) else ""
        answer = answers[index].strip() if index < len(answers) else ""
        if question:
            current = question
        elif not answer:
            current = ""  # a column with no name at all does not belong to a question
        if not current:
            names.append(answer)
            asked.append(answer)
        elif not answer or answer.casefold() in ANSWER_WORDS:
            names.append(current)
            asked.append(current)
        else:
            names.append(f"{current} — {answer}")
            asked.append(current)
    return names, asked


def _is_title(records: Sequence[Sequence[str]], index: int) -> bool:
    """One value above a row of several, with data rows of several cells under that: the
    rows under a one-column file's header are one cell wide, and a data row that an
    unquoted comma split into three cells is no header (the import must refuse it)."""
    row = [c.strip() for c in records[index] if c.strip()]
    if len(set(row)) != 1 or index + 1 >= len(records):
        return False
    below = {c.strip() for c in records[index + 1] if c.strip()}
    if len(below) < 2:
        return False
    data = [r for r in records[index + 2 : index + 2 + _DATA_ROWS_LOOKED_AT] if _filled(r)]
    return not data or sum(_filled(r) >= 2 for r in data) * 2 >= len(data)


def _filled(cells: Sequence[str]) -> int:
    return sum(1 for c in cells if c.strip())


def _is_answer_row(questions: Sequence[str], answers: Sequence[str]) -> bool:
    """An answer row leaves cells blank under single-column questions (Respondent ID,
    dates) or fills cells a question spans; a data row that merely holds the word
    "Response" (a help desk's message type) does neither."""
    folded = [a.strip().casefold() for a in answers]
    width = min(len(questions), len(answers))
    spans = sum(
        1 for i in range(width) if not questions[i].strip() and answers[i].strip() and i > 0
    )
    spans += max(0, len(answers) - len(questions))
    bare = sum(1 for i in range(width) if questions[i].strip() and not answers[i].strip())
    if any(a in ANSWER_WORDS for a in folded):
        return spans + bare >= 1
    other = any(a.startswith(_OTHER_WORDS) for a in folded)
    return spans >= 2 and (bare >= 2 or other)
