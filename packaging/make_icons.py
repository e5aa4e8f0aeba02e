"""Render the application icon at every size from its one source drawing.

    .venv/bin/python packaging/make_icons.py

Reads ``resources/icons/persona-workshop.svg`` and writes, next to it:

- ``persona-workshop-<N>.png`` for N in ICON_SIZES (window icon, Linux hicolor theme),
- ``persona-workshop.ico`` (Windows: installer, shortcuts, the .exe),
- ``persona-workshop.icns`` (macOS bundle; Pillow writes it here, no Mac needed).

The outputs are checked in, so building needs none of this; run it after changing the SVG.
Rendering uses Qt's SVG renderer (already in the venv) so every platform gets the same pixels.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"
SOURCE = ICON_DIR / "persona-workshop.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest a Windows .ico holds
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def png_name(size: int) -> str:
    return f"persona-workshop-{size}.png"


def render(svg: Path, size: int) -> Image.Image:
    """The drawing rendered to a square RGBA image of ``size`` pixels."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        render.app = QGuiApplication([sys.argv[0]])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a drawing Qt can read")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    # Format_ARGB32 is 0xAARRGGBB per pixel, i.e. B, G, R, A bytes on little-endian machines.
    raw = "BGRA" if sys.byteorder == "little" else "ARGB"
    pixels = bytes(image.constBits())
    return Image.frombuffer("RGBA", (size, size), pixels, "raw", raw, image.bytesPerLine(), 1)


def make_icons(svg: Path = SOURCE, out_dir: Path = ICON_DIR) -> list[Path]:
    """Write every PNG size, the .ico and the .icns; return the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rendered = {size: render(svg, size) for size in sorted({*ICON_SIZES, *ICNS_SIZES})}
    written: list[Path] = []
    for size in ICON_SIZES:
        path = out_dir / png_name(size)
        rendered[size].save(path, optimize=True)
        written.append(path)

    ico = out_dir / "persona-workshop.ico"
    largest = max(ICO_SIZES)
    rendered[largest].save(
        ico,
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[rendered[s] for s in ICO_SIZES if s != largest],
    )
    written.append(ico)

    icns = out_dir / "persona-workshop.icns"
    largest = max(ICNS_SIZES)
    rendered[largest].save(icns, append_images=[rendered[s] for s in ICNS_SIZES if s != largest])
    written.append(icns)
    return written


def main() -> int:
    for path in make_icons():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
