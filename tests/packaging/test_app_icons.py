"""The application icon: one drawing, every size rendered from it and checked in."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from packaging_helpers import load_packaging_module
from PIL import Image, ImageChops, ImageStat

from workshop.resources import resource_path

make_icons = load_packaging_module("make_icons.py")
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_the_sizes_are_the_standard_ones() -> None:
    assert make_icons.ICON_SIZES == SIZES


def test_source_drawing_is_a_square_svg() -> None:
    root = ET.parse(resource_path("icons", "persona-workshop.svg")).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _x, _y, width, height = (float(v) for v in root.attrib["viewBox"].split())
    assert width == height


@pytest.mark.parametrize("size", SIZES)
def test_png_at_each_size_is_square_with_transparent_corners(size: int) -> None:
    with Image.open(resource_path("icons", f"persona-workshop-{size}.png")) as image:
        assert image.format == "PNG"
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        # The note has a shadow down-right only: the other corners show the desktop.
        assert image.getpixel((size - 1, 0))[3] == 0
        assert image.getpixel((0, size - 1))[3] == 0
        assert image.getpixel((size // 2, size // 2))[3] == 255


def test_windows_icon_holds_every_size_up_to_256() -> None:
    with Image.open(resource_path("icons", "persona-workshop.ico")) as ico:
        assert ico.format == "ICO"
        assert sorted(ico.info["sizes"]) == [(s, s) for s in SIZES if s <= 256]


def test_macos_icon_is_readable_up_to_1024() -> None:
    with Image.open(resource_path("icons", "persona-workshop.icns")) as icns:
        assert icns.format == "ICNS"
        assert icns.size == (1024, 1024)
        assert (16, 16, 1) in icns.info["sizes"] or (16, 16, 2) in icns.info["sizes"]


@pytest.mark.gui
@pytest.mark.usefixtures("qapp")
def test_checked_in_pngs_match_the_drawing() -> None:
    # Catches an edited SVG whose sizes were not regenerated (packaging/make_icons.py).
    for size in (32, 128):
        fresh = make_icons.render(resource_path("icons", "persona-workshop.svg"), size)
        with Image.open(resource_path("icons", f"persona-workshop-{size}.png")) as stored:
            difference = ImageChops.difference(fresh, stored.convert("RGBA"))
        assert max(ImageStat.Stat(difference).mean) < 2.0, f"{size}px is stale: run make_icons"
