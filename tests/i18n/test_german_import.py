"""With LANGUAGE=de, importing evidence from the command line speaks German: the import
summary (rows read, notes, sources, cells left out and why, the first notes of a dry run)
and a refused file's error, which names the row."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.errors import OperationRefused
from workshop.i18n import set_language


@pytest.fixture(autouse=True)
def german_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("LANGUAGE", "de")
    assert set_language(None) == "de"  # decided again, from the environment
    yield
    set_language("en")


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def workshop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "berlin.pwshop"
    assert run(capsys, "new", path, "--title", "Berlin")[0] == 0
    return path


def test_an_import_summary_is_german(
    workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "interviews.csv"
    csv.write_text(
        "Person,Feedback\nAnna,Die Freigabe dauert zu lange\nBen,\nCem,n/a\nAnna,Zu teuer\n",
        encoding="utf-8",
    )
    args = [workshop, csv, "--text-column", "Feedback", "--source-column", "Person"]
    code, out, err = run(capsys, "import-evidence", *args, "--dry-run")
    assert code == 0, err
    assert (
        "Aus interviews.csv gelesen: 4 Zeilen; 2 Notizen aus 1 Quelle, 1 befragte Person.\n"
        "Studie: interviews.csv (Sonstige Studie).\n"
    ) in out
    assert "Übersprungen – 1 Zelle: kein Text in „Feedback“ (Zeile 3)" in out
    assert "Übersprungen – 1 Zelle: keine Antwort („n/a“) in „Feedback“ (Zeile 4)" in out
    assert "Zeile 2, Anna:" in out and "    Notiz: Die Freigabe dauert zu lange" in out
    assert "read from" not in out and "Skipped" not in out and "row 2" not in out

    code, out, err = run(capsys, "import-evidence", *args)
    assert code == 0, err
    assert out.startswith("Aus interviews.csv gelesen: 4 Zeilen; 2 Notizen aus 1 Quelle, ")
    code, out, err = run(capsys, "import-evidence", *args)
    assert code == 0, err
    assert "2 Notizen schon im Workshop (früher importiert): nicht erneut hinzugefügt." in out


def test_a_malformed_csv_is_refused_in_german_naming_the_row(
    workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "kaputt.csv"
    csv.write_text(
        "Person,Feedback\nAnna,Gut\nBen,Zu langsam, und zu teuer\nCem,Okay\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "import-evidence", workshop, csv, "--text-column", "Feedback")
    assert code == 1 and out == ""
    line = err.strip()
    assert line.startswith(
        "persona-workshop: kaputt.csv: Zeile 3 hat 3 Zellen, die Kopfzeile nennt aber 2"
    ), line
    assert "Trennzeichen (Komma)" in line and "„Feedback“ an (--join-extra-cells)" in line
    assert "row 3" not in line and "\n" not in line

    missing = tmp_path / "fehlt.csv"
    code, _out, err = run(capsys, "import-evidence", workshop, missing, "--text-column", "A")
    assert code == 1 and "die Datei existiert nicht" in err


def test_undo_steps_are_named_in_german(tmp_path: Path) -> None:
    """The store names each undo step (Edit › Undo, the Undo History) in the program's
    language; the window shows that name as it is."""
    from workshop.store import open_workshop
    from workshop.store.workshop_file import create_workshop

    create_workshop(tmp_path / "w.pwshop", "Berlin").close()
    with open_workshop(tmp_path / "w.pwshop") as workshop:
        added = workshop.add_notes([{"text": "Zu teuer"}, {"text": "Zu langsam"}])
        assert added.label == "Notizen hinzufügen"
        ids = list(added.created)
        assert workshop.delete_notes(ids).label == "2 Notizen löschen"
        with pytest.raises(OperationRefused, match=r"^eine Studie braucht einen Namen$"):
            workshop.add_study("  ")


def test_refusals_to_open_or_overwrite_are_german(
    workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "leer.pwshop"
    empty.write_bytes(b"")
    code, _out, err = run(capsys, "info", empty)
    assert code == 1 and "die Datei ist leer; sie ist keine Workshop-Datei" in err
    code, _out, err = run(capsys, "new", workshop, "--title", "Noch einmal")
    assert code == 1
    assert "eine Datei mit diesem Namen gibt es schon; fügen Sie --force hinzu, um sie zu" in err


def test_a_date_left_unread_says_why_in_german() -> None:
    from workshop.io.lenient_dates import read_date

    assert read_date("03/04/2024", None) == "„03/04/2024“ könnte der 3. April oder der 4. März sein"
    assert read_date("31/02/2024", "dmy") == "„31/02/2024“ ist kein echtes Datum"


def test_a_merge_report_is_german() -> None:
    from collections import Counter

    from workshop.io.merge_report import FileMerge, MergeReport

    breakout = FileMerge(source="gruppe-b.pwshop", read=Counter(note=3, cluster=1))
    breakout.came_in.update(note=2, cluster=1)
    breakout.unchanged.update(note=1)
    report = MergeReport(base="berlin.pwshop", output=None, files=[breakout])
    assert report.lines()[:4] == [
        "1 Kleingruppendatei mit berlin.pwshop zusammengeführt.",
        "Aus gruppe-b.pwshop:",
        "  in der Datei: 1 Cluster, 3 Notizen",
        "  übernommen: 1 Cluster, 2 Notizen",
    ]
    assert report.lines()[4] == "  schon gleich: 1 Notiz"


def test_a_json_document_that_is_not_an_export_is_refused_in_german(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = tmp_path / "fremd.json"
    document.write_text('{"hello": 1}', encoding="utf-8")
    code, _out, err = run(capsys, "import-json", document, "-o", tmp_path / "neu.pwshop")
    assert code == 1 and "diese JSON-Datei ist kein Export von Persona Workshop" in err
    assert not (tmp_path / "neu.pwshop").exists()
