"""``persona-workshop poster / deck / cards``: printed PDFs from the command line.

Every test prints from one copy of the demo workshop (two personas: Dana, researched, and
Sam, a proto-persona) and reads the PDF back with pypdf.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop.cli import main
from workshop.demo import fresh_demo_copy

MM = 72 / 25.4
A2 = (420 * MM, 594 * MM)
A4 = (210 * MM, 297 * MM)
LETTER = (612.0, 792.0)
DANA = "Dana, the working parent"
SAM = "Sam, the side-hustler"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fresh_demo_copy(tmp_path_factory.mktemp("demo"))


def sizes(path: Path) -> list[tuple[float, float]]:
    return [
        (round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1))
        for p in PdfReader(path).pages
    ]


def text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def rounded(size: tuple[float, float]) -> tuple[float, float]:
    return (round(size[0], 1), round(size[1], 1))


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_poster_of_every_persona_on_a2(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "posters.pdf"
    code, stdout, err = run(capsys, "poster", demo, "--all", "-o", out)
    assert (code, err) == (0, "")
    assert sizes(out) == [rounded(A2)] * 2
    assert f"2 pages written to {out}." in stdout
    words = text(out)
    assert "Dana, the working parent" in words
    assert "Sam, the" in words and "ASSUMPTION-BASED" in words


def test_one_persona_landscape_names_what_did_not_fit(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "dana.pdf"
    code, stdout, _ = run(
        capsys, "poster", demo, "--persona", DANA.upper(), "--size", "a4", "--landscape",
        "--theme", "High-Contrast", "-o", out,
    )  # fmt: skip
    assert code == 0
    pages = sizes(out)
    assert set(pages) == {rounded((A4[1], A4[0]))}
    assert "Sam, the" not in text(out)
    # Dana's research does not fit one A4 page at 9 pt: it continues, and the verb says so.
    assert len(pages) == 2
    assert "Not everything fitted where it belongs. Nothing was cut" in stdout
    assert "  - Dana, the working parent:" in stdout and "continues on 1 more page" in stdout


def test_tiled_poster_prints_on_letter_sheets(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "tiled.pdf"
    code, stdout, _ = run(
        capsys, "poster", demo, "--persona", SAM, "--size", "A2", "--tile", "letter",
        "--overlap", "15", "-o", out,
    )  # fmt: skip
    assert code == 0
    pages = sizes(out)
    assert len(pages) > 2
    assert set(pages) <= {LETTER, (LETTER[1], LETTER[0])}
    assert "Row 1, column 1" in text(out)
    assert f"{len(pages)} pages written" in stdout


def test_deck_with_and_without_cover_and_appendix(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full, bare = tmp_path / "deck.pdf", tmp_path / "bare.pdf"
    assert run(capsys, "deck", demo, "-o", full)[0] == 0
    code, _, _ = run(
        capsys, "deck", demo, "--persona", SAM, "--no-cover", "--no-appendix", "--portrait",
        "-o", bare,
    )  # fmt: skip
    assert code == 0
    assert set(sizes(full)) == {rounded((A4[1], A4[0]))}
    assert sizes(bare) == [rounded(A4)]
    assert len(sizes(full)) > 3  # cover, Dana (two pages), Sam, appendix
    assert "Dana, the working parent" not in text(bare)
    assert "Interview 2" in text(full)  # the appendix names the sources behind the items


def test_cards_of_one_cluster(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cards.pdf"
    code, stdout, _ = run(
        capsys, "cards", demo, "--cluster", "budgets are shared at home", "--size", "76x127",
        "--sheet", "Letter", "-o", out,
    )  # fmt: skip
    assert code == 0
    assert set(sizes(out)) <= {LETTER, (LETTER[1], LETTER[0])}
    assert "written to" in stdout
    assert "Budgets are shared at home" in text(out)  # the cluster, on each card's label


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["poster", "--persona", "Nobody"], "There is no persona called 'Nobody'"),
        (["deck", "--persona", "Sam"], "There is no persona called 'Sam'"),
        (["cards", "--cluster", "Nothing like it"], "no cluster called"),
        (["cards", "--source", "Nowhere"], "no source called"),
    ],
)
def test_names_that_are_not_there_exit_1_with_one_line(
    demo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    expected: str,
) -> None:
    out = tmp_path / "out.pdf"
    code, stdout, err = run(capsys, args[0], demo, *args[1:], "-o", out)
    assert code == 1
    assert stdout == ""
    assert err.count("\n") == 1 and expected in err
    assert err.startswith(f"persona-workshop {args[0]}: ")
    assert not out.exists()


def test_a_folder_that_is_not_there_exits_1(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "poster", demo, "-o", tmp_path / "missing" / "p.pdf")
    assert code == 1
    assert "does not exist" in err and err.count("\n") == 1


@pytest.mark.parametrize(
    "args",
    [
        ["poster", "--size", "B5"],
        ["poster", "--theme", "neon"],
        ["poster", "--tile", "A3"],
        ["poster", "--persona", "x", "--all"],
        ["deck", "--size", "A7"],
        ["cards", "--size", "50x50"],
    ],
)
def test_usage_errors_exit_2(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main([args[0], str(demo), *args[1:], "-o", str(tmp_path / "x.pdf")])
    assert stopped.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_printing_opens_the_workshop_read_only_and_without_qt(demo: Path, tmp_path: Path) -> None:
    before = demo.read_bytes()
    out = tmp_path / "cards.pdf"
    script = (
        "import sys; from workshop.cli import main; "
        f"code = main(['cards', {str(demo)!r}, '--unclustered', '-o', {str(out)!r}]); "
        "assert 'PySide6' not in sys.modules, 'Qt was imported'; sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert len(PdfReader(out).pages) >= 1
    assert demo.read_bytes() == before
