"""One-line texts stay one line and bounded from every way in: a workshop title from
``new``, a source name from an evidence table. Refused in one line that says what and
where; nothing is written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.domain.limits import SHORT_TEXT_MAX
from workshop.store import create_workshop, open_workshop


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("a\x01b\nc", "the title holds a line break or a control character (U+0001)"),
        ("two\nlines", "the title holds a line break or a control character (U+000A)"),
        ("a" * (SHORT_TEXT_MAX + 1), "the title is 2,001 characters long; it may be at most 2,000"),
    ],
)
def test_new_refuses_a_title_that_is_not_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], title: str, said: str
) -> None:
    code = main(["new", str(tmp_path / "w.pwshop"), "--title", title])
    err = capsys.readouterr().err
    assert code == 1
    assert said in err and err.count("\n") == 1, err
    assert os.listdir(tmp_path) == []


def test_new_keeps_a_title_with_accents_and_inner_spaces(tmp_path: Path) -> None:
    assert main(["new", str(tmp_path / "w.pwshop"), "--title", "Ça  marche — 日本"]) == 0
    with open_workshop(tmp_path / "w.pwshop", read_only=True) as w:
        assert w.title == "Ça  marche — 日本"  # type: ignore[attr-defined]


def test_an_evidence_table_with_a_huge_source_name_is_refused_with_its_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workshop = tmp_path / "w.pwshop"
    with create_workshop(workshop, "Budgeting"):
        pass
    before = workshop.read_bytes()
    table = tmp_path / "answers.csv"
    table.write_text(
        "Respondent,Answer\nAnn,Pays on Thursdays\n" + "R" * 5000 + ",Budget on Sunday\n",
        encoding="utf-8",
    )
    code = main(
        [
            "import-evidence",
            str(workshop),
            str(table),
            "--text-column",
            "Answer",
            "--source-column",
            "Respondent",
        ]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "row 3, “Respondent”: the source name is 5,000 characters long" in err, err
    assert err.count("\n") == 1
    assert workshop.read_bytes() == before
