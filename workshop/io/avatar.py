"""A persona's photo: a square cut out of a picture, kept square or made round.

The facilitator picks a photo, moves a square over the face, and chooses a square or a
circle. ``make_avatar`` turns that into what the persona stores: a square image at most
``AVATAR_SIDE`` pixels wide. A circle is a PNG whose corners are transparent, so the
poster and the editor show it round without knowing anything about shapes. The photo is
read with ``workshop.io.images`` (upright, sRGB, decompression-bomb limits on).
"""

from __future__ import annotations

import enum
import hashlib
import io
from typing import TYPE_CHECKING

from workshop.errors import ImportFailed
from workshop.i18n import _
from workshop.io.images import PreparedImage, crop_image, prepare_image

if TYPE_CHECKING:
    from PIL import Image

# Pillow is imported when an avatar is made, not with this module (the window imports it
# at start; see io/images.py).

#: The side of a stored persona photo, in pixels: sharp on an A2 poster's portrait.
AVATAR_SIDE = 600
#: The circle's edge is drawn this many times larger, then scaled down (smooth edge).
_EDGE_SUPERSAMPLE = 4


class AvatarShape(enum.StrEnum):
    SQUARE = "square"
    CIRCLE = "circle"


def square_box(width: int, height: int) -> tuple[int, int, int]:
    """The largest square in a picture as (x, y, side): centred across, and a little above
    the middle of a tall picture, where a portrait's face usually is."""
    side = max(1, min(width, height))
    x = (width - side) // 2
    y = (height - side) // 4
    return x, y, side


def make_avatar(
    photo: PreparedImage | bytes,
    box: tuple[int, int, int] | None = None,
    shape: AvatarShape | str = AvatarShape.SQUARE,
    *,
    side: int = AVATAR_SIDE,
    name: str | None = None,
) -> PreparedImage:
    """The square ``box`` = (x, y, side) of ``photo`` (the largest square if None), scaled to
    at most ``side`` pixels, with transparent corners when ``shape`` is a circle.

    Raises ImportFailed (naming the photo) for something that is not a readable picture,
    or a box outside it.
    """
    from PIL import Image

    label = name or "the photo"
    shape = AvatarShape(shape)
    prepared = photo if isinstance(photo, PreparedImage) else prepare_image(photo, name=label)
    x, y, edge = box if box is not None else square_box(prepared.width, prepared.height)
    # Keep the square inside the photo (a square that overhangs is pulled back in).
    edge = max(1, min(edge, prepared.width, prepared.height))
    x = min(max(0, x), prepared.width - edge)
    y = min(max(0, y), prepared.height - edge)
    piece = crop_image(prepared, (x, y, edge, edge), name=label)
    with Image.open(io.BytesIO(piece.data)) as opened:
        image = opened.convert("RGBA" if piece.mime == "image/png" else "RGB")
    if max(image.size) > side:
        image = image.resize((side, side), Image.Resampling.LANCZOS)
    if image.width != image.height:  # rounding in the crop: make it exactly square
        small = min(image.size)
        image = image.crop((0, 0, small, small))
    if shape is AvatarShape.CIRCLE:
        return _encode(_round(image), "PNG")
    return _encode(image, "PNG" if image.mode == "RGBA" else "JPEG")


def _round(image: Image.Image) -> Image.Image:
    from PIL import Image, ImageDraw

    big = image.width * _EDGE_SUPERSAMPLE
    mask = Image.new("L", (big, big), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, big - 1, big - 1), fill=255)
    mask = mask.resize(image.size, Image.Resampling.LANCZOS)
    rounded = image.convert("RGBA")
    if image.mode == "RGBA":  # keep transparency the photo had already
        mask = Image.composite(image.getchannel("A"), Image.new("L", image.size, 0), mask)
    rounded.putalpha(mask)
    return rounded


def _encode(image: Image.Image, kind: str) -> PreparedImage:
    out = io.BytesIO()
    try:
        if kind == "JPEG":
            image.save(out, "JPEG", quality=90, optimize=True)
        else:
            image.save(out, "PNG", compress_level=6)
    except OSError as error:
        raise ImportFailed(
            _("the photo could not be saved ({problem})").format(problem=error)
        ) from None
    data = out.getvalue()
    return PreparedImage(
        data=data,
        mime="image/jpeg" if kind == "JPEG" else "image/png",
        width=image.width,
        height=image.height,
        sha256=hashlib.sha256(data).hexdigest(),
    )
