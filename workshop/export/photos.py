"""Photos for print: decoded with Pillow, cropped, downscaled to print resolution.

A 3000×3000 phone photo placed 6 cm wide needs about 600 pixels; embedding the original
costs seconds and megabytes. So every image is cropped to the shape it is shown in,
resized to at most ``PRINT_DPI`` at its printed size, and re-encoded as JPEG, which
ReportLab embeds as it is (the export also switches ReportLab's ASCII85 encoding off).
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable

from PIL import Image, ImageOps
from reportlab.lib.utils import ImageReader

#: Pixels per inch of a photo at its printed size; enough for print seen from a step away.
PRINT_DPI = 200

#: Where image bytes come from: an asset id in, the bytes (or None when missing) out.
AssetLoader = Callable[[str], bytes | None]


def no_assets(_asset_id: str) -> bytes | None:
    return None


class PhotoError(Exception):
    """The bytes are not an image Pillow can read."""


def print_image(
    data: bytes,
    width_pt: float,
    height_pt: float,
    *,
    crop: bool = True,
    keep_transparency: bool = False,
) -> tuple[ImageReader, float, float]:
    """The image ready to embed, and its aspect-kept size in points within the box.

    With ``crop`` the image fills the box (cut to its shape around the centre); without, it
    keeps its shape and the returned size fits inside the box. With ``keep_transparency``
    an image with see-through pixels stays see-through (PNG with its alpha; draw it with
    ``mask="auto"``) instead of being flattened onto white.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            opened = Image.open(io.BytesIO(data))
            target = (
                max(1, round(width_pt / 72 * PRINT_DPI)),
                max(1, round(height_pt / 72 * PRINT_DPI)),
            )
            opened.draft("RGB", target)
            image: Image.Image = ImageOps.exif_transpose(opened)
            image.load()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        raise PhotoError(str(error)) from error
    transparent = False
    if image.mode in ("RGBA", "LA", "P", "PA"):
        image = image.convert("RGBA")
        lowest = image.getchannel("A").getextrema()[0]
        transparent = keep_transparency and isinstance(lowest, (int, float)) and lowest < 255
    if transparent:
        pass
    elif image.mode == "RGBA":
        flat = Image.new("RGB", image.size, "white")
        flat.paste(image, mask=image.getchannel("A"))
        image = flat
    elif image.mode != "RGB":
        image = image.convert("RGB")
    if crop:
        image = ImageOps.fit(image, _limit(image.size, target, crop=True), Image.Resampling.LANCZOS)
        shown_w, shown_h = width_pt, height_pt
    else:
        scale = min(width_pt / image.width, height_pt / image.height)
        shown_w, shown_h = image.width * scale, image.height * scale
        size = _limit(
            image.size, (round(shown_w / 72 * PRINT_DPI), round(shown_h / 72 * PRINT_DPI))
        )
        if size != image.size:
            image = image.resize(size, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if transparent:
        image.save(out, "PNG")
    else:
        image.save(out, "JPEG", quality=88, optimize=False)
    out.seek(0)
    return ImageReader(out), shown_w, shown_h


def _limit(
    size: tuple[int, int], target: tuple[int, int], *, crop: bool = False
) -> tuple[int, int]:
    """Never upscale: ``target`` unless the image is smaller, keeping the target's shape."""
    width, height = size
    goal_w, goal_h = max(1, target[0]), max(1, target[1])
    if crop:
        factor = min(1.0, width / goal_w, height / goal_h)
        return max(1, round(goal_w * factor)), max(1, round(goal_h * factor))
    if width <= goal_w and height <= goal_h:
        return size
    return max(1, goal_w), max(1, goal_h)
