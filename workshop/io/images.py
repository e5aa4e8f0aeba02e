"""Photos for image notes: made upright, sRGB, print-sensible in size, and safe to decode.

A photo of the sticky-note wall comes from a phone: 12 megapixels or more, turned by an
EXIF tag rather than in its pixels, sometimes CMYK or with a wide-gamut colour profile,
sometimes cut short by a failed copy. ``prepare_image`` turns any of those into what a
workshop file stores: a JPEG (or a PNG when the image has transparency or is a flat
graphic such as a screenshot), at most ``MAX_SIDE`` pixels on its long side, with no
EXIF data left in it (phone photos carry the place they were taken). The bytes are the
same for the same input, so their sha256 deduplicates repeated imports.

Pillow's decompression-bomb limits stay on: an image that claims more pixels than
``Image.MAX_IMAGE_PIXELS`` is refused before it is decoded, as is a truncated file.
``crop_image`` cuts one rectangle out of a prepared photo (one sticky note of the wall).
"""

from __future__ import annotations

import hashlib
import io
import os
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from workshop.errors import ImportFailed
from workshop.i18n import N_, _
from workshop.io.text_decoding import read_limited

if TYPE_CHECKING:
    from PIL import Image

# Pillow is imported where an image is decoded, not with this module: the window imports
# this module at start and shows no image before one is imported (tests/ui/test_app.py).

#: The long side of a stored image, in pixels: sharp on an A4 poster at 300 dpi.
MAX_SIDE = 2400
#: An image file larger than this is refused before it is read.
MAX_IMAGE_FILE_BYTES = 100 * 1024 * 1024
#: The smallest crop, in pixels, on either side.
MIN_CROP_SIDE = 4

_FORMATS = frozenset({"JPEG", "MPO", "PNG", "GIF", "BMP", "WEBP", "TIFF"})
_JPEG_QUALITY = 88


@dataclass(frozen=True)
class PreparedImage:
    """An image ready to be stored: encoded bytes and what the store records about them."""

    data: bytes
    mime: str
    width: int
    height: int
    sha256: str

    @property
    def suffix(self) -> str:
        return ".png" if self.mime == "image/png" else ".jpg"


def prepare_image(
    source: bytes | str | os.PathLike[str], *, name: str | None = None, max_side: int = MAX_SIDE
) -> PreparedImage:
    """Decode, turn upright, convert to sRGB, downscale and re-encode an image.

    Raises ImportFailed (naming the file) for a file that is not an image, is truncated
    or damaged, or has more pixels than Pillow's decompression-bomb limit.
    """
    from PIL import Image

    data, label = _read(source, name)
    image, kind = _decode(data, label, max_side)
    try:
        image = _upright(image)
        image = _to_srgb(image)
        if max(image.size) > max_side:
            image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
        as_jpeg = image.mode == "RGB" and (kind in ("JPEG", "MPO") or _looks_like_photo(image))
        return _encode(image, as_jpeg)
    except ImportFailed:
        raise
    except Exception:  # Pillow raises many kinds of error on odd images
        raise ImportFailed(_(_DAMAGED), where=label) from None


def crop_image(
    image: PreparedImage | bytes,
    rect: tuple[float, float, float, float],
    *,
    name: str | None = None,
) -> PreparedImage:
    """The part of ``image`` inside ``rect`` = (x, y, width, height) in its pixels.

    Raw bytes are prepared first, so the rectangle is in the prepared image's pixels.
    The rectangle is clipped to the image; one that misses it, or is smaller than
    ``MIN_CROP_SIDE`` pixels, raises ImportFailed.
    """
    label = name or "the photo"
    prepared = image if isinstance(image, PreparedImage) else prepare_image(image, name=label)
    x, y, w, h = rect
    left, right = sorted((x, x + w))
    top, bottom = sorted((y, y + h))
    box = (
        max(0, round(left)),
        max(0, round(top)),
        min(prepared.width, round(right)),
        min(prepared.height, round(bottom)),
    )
    if box[2] - box[0] < MIN_CROP_SIDE or box[3] - box[1] < MIN_CROP_SIDE:
        raise ImportFailed(_("the rectangle is outside the photo or too small to cut"), where=label)
    decoded, _kind = _decode(prepared.data, label, max(prepared.width, prepared.height))
    try:
        piece = decoded.crop(box)
        piece.load()
        return _encode(piece, as_jpeg=prepared.mime == "image/jpeg" and piece.mode == "RGB")
    except Exception:  # Pillow raises many kinds of error on odd images
        raise ImportFailed(_(_DAMAGED), where=label) from None


_DAMAGED = N_("the image is damaged and cannot be read")


def _read(source: bytes | str | os.PathLike[str], name: str | None) -> tuple[bytes, str]:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        label = name or "the image"
        if len(data) > MAX_IMAGE_FILE_BYTES:
            raise ImportFailed(_("the image is too large to import"), where=label)
        return data, label
    path = Path(source)
    return read_limited(path, limit=MAX_IMAGE_FILE_BYTES), name or path.name


def _decode(data: bytes, label: str, max_side: int) -> tuple[Image.Image, str]:
    """The decoded image (reduced while decoding when it is a large JPEG) and its format."""
    from PIL import Image, UnidentifiedImageError

    if not data:
        raise ImportFailed(_("the file is empty"), where=label)
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftyphevc"):
        raise ImportFailed(
            _(
                "HEIC photos (the iPhone's own format) cannot be read; export or send the "
                "photo as JPEG"
            ),
            where=label,
        )
    try:
        with warnings.catch_warnings():
            # Over MAX_IMAGE_PIXELS Pillow only warns (over twice that it refuses): refuse both.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            kind = image.format or ""
            if kind not in _FORMATS:
                raise ImportFailed(
                    _("{kind} images cannot be imported; use JPEG or PNG").format(kind=kind)
                    if kind
                    else _("this kind of image cannot be imported; use JPEG or PNG"),
                    where=label,
                )
            if kind in ("JPEG", "MPO") and max(image.size) > max_side:
                scale = max_side / max(image.size)
                image.draft(None, (round(image.width * scale), round(image.height * scale)))
            image.load()
    except ImportFailed:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImportFailed(
            _("the image is too large (it has more pixels than a photo can sensibly have)"),
            where=label,
        ) from None
    except UnidentifiedImageError:
        raise ImportFailed(
            _("this is not an image (JPEG or PNG) that can be read"), where=label
        ) from None
    except Exception as exc:  # Pillow raises many kinds of error on damaged files
        if "truncated" in str(exc) or isinstance(exc, EOFError):
            raise ImportFailed(
                _("the image file is incomplete (perhaps it was not fully copied)"), where=label
            ) from None
        raise ImportFailed(_(_DAMAGED), where=label) from None
    return image, kind


def _upright(image: Image.Image) -> Image.Image:
    """The image turned the way its EXIF orientation tag says (phones rotate by tag)."""
    from PIL import ImageOps

    try:
        turned = ImageOps.exif_transpose(image)
    except Exception:  # a broken EXIF block: keep the pixels as they are
        return image
    return turned if turned is not None else image


def _to_srgb(image: Image.Image) -> Image.Image:
    """RGB, or RGBA when the image really has transparency; colour profiles applied."""
    if image.mode in ("I", "F") or image.mode.startswith("I;"):
        image = image.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    alpha = image.has_transparency_data
    mode = "RGBA" if alpha else "RGB"
    profile = image.info.get("icc_profile")
    converted = None
    if profile and image.mode in ("RGB", "RGBA", "CMYK"):
        converted = _apply_profile(image, profile)
    if converted is None:
        converted = image.convert(mode)
    elif converted.mode != mode:
        converted = converted.convert(mode)
    if mode == "RGBA":
        low, _high = converted.getchannel("A").getextrema()
        if low == 255:  # an alpha channel that hides nothing
            converted = converted.convert("RGB")
    return converted


def _apply_profile(image: Image.Image, profile: bytes) -> Image.Image | None:
    from PIL import ImageCms

    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        target = ImageCms.createProfile("sRGB")
        out_mode = "RGBA" if image.mode == "RGBA" else "RGB"
        return ImageCms.profileToProfile(image, source, target, outputMode=out_mode)
    except Exception:  # a broken or unusable profile: fall back to a plain conversion
        return None


def _looks_like_photo(image: Image.Image) -> bool:
    """Many distinct colours in a small sample: a photo (JPEG), not a graphic (PNG)."""
    from PIL import Image

    sample = image.resize((64, 64), Image.Resampling.NEAREST)
    return sample.getcolors(maxcolors=1024) is None


def _encode(image: Image.Image, as_jpeg: bool) -> PreparedImage:
    # Pixels are sRGB by now; the original's profile and EXIF (which may hold the place a
    # photo was taken) are not carried over.
    for key in ("icc_profile", "exif", "xmp", "XML:com.adobe.xmp", "comment"):
        image.info.pop(key, None)
    out = io.BytesIO()
    if as_jpeg:
        image.save(out, "JPEG", quality=_JPEG_QUALITY, optimize=True)
        mime = "image/jpeg"
    else:
        image.save(out, "PNG", compress_level=6)
        mime = "image/png"
    data = out.getvalue()
    return PreparedImage(
        data=data,
        mime=mime,
        width=image.width,
        height=image.height,
        sha256=hashlib.sha256(data).hexdigest(),
    )
