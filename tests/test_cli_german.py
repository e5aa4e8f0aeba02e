"""With the program's language German, every verb speaks German: its messages, its --help
(argparse's own words too: "Aufruf:", "Fehler:") and its usage errors."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.commands import VERB_NAMES
from workshop.demo import fresh_demo_copy
from workshop.i18n import set_language


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fresh_demo_copy(tmp_path_factory.mktemp("demo"))


@pytest.fixture(autouse=True)
def german_program() -> Iterator[None]:
    set_language("de")
    yield
    set_language("en")


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        status = main(args)
    except SystemExit as exit_:
        status = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def test_info_new_and_export_json_in_german(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _err = run(["info", str(demo)], capsys)
    assert status == 0
    assert out.splitlines()[0].startswith("Titel:        ")
    for label in ("Quellen:", "Notizen:", "Cluster:", "Personas:", "Stimmen:", "Teilnehmende:"):
        assert f"\n{label}" in out
    created = tmp_path / "neu.pwshop"
    assert run(["new", str(created), "--title", "Berlin"], capsys)[1] == f"{created} angelegt\n"
    status, _out, err = run(["new", str(tmp_path / "leer.pwshop"), "--title", " "], capsys)
    assert status == 1 and "ein Workshop braucht einen Titel" in err
    out_json = tmp_path / "w.json"
    assert run(["export-json", str(demo), "-o", str(out_json)], capsys)[1] == (
        f"{out_json} geschrieben\n"
    )


def test_every_verbs_help_is_german(capsys: pytest.CaptureFixture[str]) -> None:
    for verb in VERB_NAMES:
        status, out, err = run([verb, "--help"], capsys)
        assert status == 0 and err == "", verb
        assert out.startswith(f"Aufruf: persona-workshop {verb}"), verb
        assert "diese Hilfe anzeigen und beenden" in out, verb
        assert "show this help" not in out and "usage:" not in out, verb
    _status, out, _err = run(["poster", "--help"], capsys)
    assert "Positionsargumente:" in out and "Optionen:" in out
    assert "Papierformat: A4, A3" in out and "Persona-Poster drucken, eine Persona pro Seite" in out
    _status, out, _err = run(["--help"], capsys)
    assert "Befehle ohne Fenster (jeder hat --help" in out
    assert "die Belegprüfung für die Personas eines Workshops ausführen" in out


def test_usage_errors_are_german(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _out, err = run(["poster", str(demo), "--size", "B9", "-o", "p.pdf"], capsys)
    assert status == 2
    assert err.splitlines()[0].startswith("Aufruf: persona-workshop poster")
    assert err.splitlines()[-1] == (
        "persona-workshop poster: Fehler: Argument --size: unbekanntes Papierformat „B9“; "
        "wählen Sie eines von A4, A3, A2, A1, A0, Letter, Legal, Tabloid, Ledger"
    )
    status, _out, err = run(["info"], capsys)
    assert status == 2 and "Fehler: folgende Argumente sind erforderlich: file" in err
    status, _out, err = run(["inof", str(tmp_path / "x")], capsys)
    assert status == 2 and "es gibt keinen Befehl „inof“; meinten Sie „info“?" in err
    status, _out, err = run(["check", str(demo), "--today", "gestern"], capsys)
    assert status == 2 and "„gestern“ ist kein Datum wie 2025-06-01" in err


def test_cards_report_in_german(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_pdf = tmp_path / "karten.pdf"
    status, out, err = run(["cards", str(demo), "--cluster", "Nowhere", "-o", str(out_pdf)], capsys)
    assert status == 1 and "Es gibt keinen Cluster namens 'Nowhere'." in err
    status, out, err = run(["cards", str(demo), "-o", str(out_pdf)], capsys)
    assert status == 0, err
    assert re.fullmatch(rf"\d+ Seiten nach {re.escape(str(out_pdf))} geschrieben\.", out.strip())


def test_import_evidence_dry_run_in_german(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "interview.txt"
    text.write_text("Ich plane sonntags.\n\nDie App ist mir zu langsam.\n", "utf-8")
    status, out, err = run(["import-evidence", str(demo), str(text), "--dry-run"], capsys)
    assert status == 0, err
    assert out.rstrip().endswith("Probelauf: Es wurde nichts importiert.")
    assert "Die ersten Notizen wären:" in out
    status, out, err = run(
        ["import-evidence", str(demo), str(text), str(text), "--dry-run"], capsys
    )
    assert status == 1 and "importieren Sie Tabellen und Textdateien einzeln" in err


def test_desktop_integration_reports_in_german(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prefix = tmp_path / "prefix"
    status, out, err = run(["desktop-integration", "install", "--prefix", str(prefix)], capsys)
    assert status == 0, err
    assert re.match(rf"\d+ Dateien unter {re.escape(str(prefix / 'share'))} installiert\n", out)
    assert "Der Menüeintrag startet: " in out
    status, out, err = run(["desktop-integration", "uninstall", "--prefix", str(prefix)], capsys)
    assert status == 0, err
    assert re.match(r"\d+ Dateien aus .* entfernt\n", out)
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the prefix should be a folder")
    status, _out, err = run(["desktop-integration", "install", "--prefix", str(blocked)], capsys)
    assert status == 1
    assert "die Desktop-Dateien unter" in err and "konnten nicht geschrieben werden" in err


def test_an_unknown_source_kind_is_refused_in_german(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workshop = tmp_path / "w.pwshop"
    assert run(["new", str(workshop), "--title", "Berlin"], capsys)[0] == 0
    answers = tmp_path / "antworten.csv"
    answers.write_text("Kommentar\nZu teuer\n", "utf-8")
    args = ["import-evidence", str(workshop), str(answers), "--source-kind", "gossip"]
    status, _out, err = run(args, capsys)
    assert status == 1
    assert "„gossip“ ist keine Art von Quelle; verwenden Sie eine von: interview, survey" in err
