"""``persona-workshop poster --fit-each`` and tiling onto the poster's own paper (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop.cli import main
from workshop.demo import fresh_demo_copy


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fresh_demo_copy(tmp_path_factory.mktemp("demo"))


def name_size(page: object, name: str) -> float:
    """The size the persona's name is printed at on ``page``."""
    found: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip() and name.startswith(text.strip()[:4]):
            found.append(size * abs(cm[0] * cm[3]) ** 0.5 * abs(tm[0] * tm[3]) ** 0.5)

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return max(found)


def name_sizes(path: Path) -> list[float]:
    pages = PdfReader(path).pages
    return [
        round(name_size(page, name), 2)
        for page, name in zip(
            pages, ("Dana, the working parent", "Sam, the side-hustler"), strict=True
        )
    ]


def test_posters_share_one_scale_unless_fit_each(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared, each = tmp_path / "shared.pdf", tmp_path / "each.pdf"
    assert main(["poster", str(demo), "--all", "-o", str(shared)]) == 0
    assert main(["poster", str(demo), "--all", "--fit-each", "-o", str(each)]) == 0
    capsys.readouterr()
    dana, sam = name_sizes(shared)
    assert dana == sam  # one type scale: the names are the same size
    dana_alone, sam_alone = name_sizes(each)
    assert sam_alone > dana_alone  # the short proto-persona grows when fit on its own


def test_tiling_onto_the_same_paper_is_refused(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "tiled.pdf"
    code = main(["poster", str(demo), "--size", "A4", "--tile", "A4", "-o", str(out)])
    _, err = capsys.readouterr()
    assert code == 1
    assert "already A4" in err and "\n" not in err.rstrip("\n")
    assert not out.exists()
