"""Visual regression (issue 17): each kind of printed page, rendered small with pdftoppm,
matches its reference PNG in tests/export/references/ within a tolerance, so a layout change
shows up in review as a changed reference image.

To accept a deliberate change: ``UPDATE_REFERENCES=1 pytest tests/export/test_visual_references.py``
rewrites the references; look at them before committing.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from export_samples import workshop_snapshot
from PIL import Image, ImageChops, ImageStat

from workshop.domain.model import WorkshopSnapshot
from workshop.export import export_cards, export_deck, export_posters

REFERENCES = Path(__file__).parent / "references"
#: Rendered this many pixels on the long side: enough to see the grid, a few KB per image.
LONG_SIDE = 200
#: Mean difference per pixel (0-255 grey) tolerated: anti-aliasing and font hinting noise,
#: well below what another layout makes (another theme: more than 3x, tested below).
TOLERANCE = 2.0

pytestmark = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed"
)


def sample() -> WorkshopSnapshot:
    return workshop_snapshot(2, items_per_section=2)


def poster(size: str, **options: object) -> Callable[[io.BytesIO], object]:
    return lambda out: export_posters(sample(), out, size=size, **options)  # type: ignore[arg-type]


KINDS: dict[str, tuple[Callable[[io.BytesIO], object], int]] = {
    "poster-a4": (poster("A4"), 1),
    "poster-a2": (poster("A2"), 1),
    "poster-a0-landscape": (poster("A0", landscape=True), 1),
    "poster-proto-a2": (
        lambda out: export_posters(workshop_snapshot(1, proto=True), out, size="A2"),
        1,
    ),
    "poster-tiled-a2-on-a4": (poster("A2", tile="A4"), 1),
    "deck-persona-page": (lambda out: export_deck(sample(), out), 2),
    "cards": (lambda out: export_cards(sample(), out), 1),
}


def render(make: Callable[[io.BytesIO], object], page: int, folder: Path) -> Image.Image:
    out = io.BytesIO()
    make(out)
    source = folder / "page.pdf"
    source.write_bytes(out.getvalue())
    subprocess.run(
        [
            *("pdftoppm", "-f", str(page), "-l", str(page), "-gray", "-png"),
            *("-scale-to", str(LONG_SIDE), "-singlefile", str(source), str(folder / "page")),
        ],
        check=True,
        timeout=60,
    )
    with Image.open(folder / "page.png") as image:
        return image.convert("L")


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_kind_of_page_looks_like_its_reference(kind: str, tmp_path: Path) -> None:
    make, page = KINDS[kind]
    image = render(make, page, tmp_path)
    reference_path = REFERENCES / f"{kind}.png"
    if os.environ.get("UPDATE_REFERENCES") == "1":
        REFERENCES.mkdir(exist_ok=True)
        image.save(reference_path, optimize=True)
    assert reference_path.exists(), f"no reference for {kind}: run with UPDATE_REFERENCES=1"
    with Image.open(reference_path) as stored:
        reference = stored.convert("L")
    assert image.size == reference.size, f"{kind}: the page's shape changed"
    difference = ImageStat.Stat(ImageChops.difference(image, reference)).mean[0]
    assert difference <= TOLERANCE, f"{kind} differs from its reference by {difference:.2f}"


def test_the_comparison_sees_a_layout_change(tmp_path: Path) -> None:
    """The tolerance is tight enough: an A2 poster in another theme is far off it."""
    image = render(poster("A2", theme="bold"), 1, tmp_path)
    with Image.open(REFERENCES / "poster-a2.png") as stored:
        reference = stored.convert("L")
    assert ImageStat.Stat(ImageChops.difference(image, reference)).mean[0] > 3 * TOLERANCE
