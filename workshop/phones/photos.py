"""A photo sent from a phone: a ``data:`` URL holding a JPEG or PNG, within the size cap,
made into what a workshop stores (upright, sRGB, no EXIF: a phone's photo carries where
it was taken) by ``io.images.prepare_image``."""

from __future__ import annotations

import base64
import binascii
import io

from workshop.errors import ImportFailed
from workshop.i18n import _
from workshop.io.images import PreparedImage, prepare_image
from workshop.phones import caps
from workshop.phones.replies import Refusal

_PREFIXES = {"data:image/jpeg;base64,": b"\xff\xd8\xff", "data:image/png;base64,": b"\x89PNG\r\n"}


def photo_bytes(data_url: str) -> bytes:
    """The bytes of the photo in ``data_url``, checked for kind (by the first bytes) and
    size: quick. A Refusal (413 too large, 422 not a photo) otherwise."""
    prefix = next((p for p in _PREFIXES if data_url.startswith(p)), None)
    if prefix is None:
        raise Refusal(422, _("The photo must be a JPEG or PNG image."))
    encoded = data_url[len(prefix) :]
    if len(encoded) > (caps.PHOTO_MAX + 2) // 3 * 4 + 4:
        raise Refusal(413, _("The photo is too large (at most 2 MB)."))
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise Refusal(422, _("The photo could not be read.")) from None
    if len(data) > caps.PHOTO_MAX:
        raise Refusal(413, _("The photo is too large (at most 2 MB)."))
    if not data.startswith(_PREFIXES[prefix]):
        raise Refusal(422, _("The photo is not the kind of image it says it is."))
    return data


def prepare_photo(data: bytes) -> PreparedImage:
    """The photo as the workshop stores it: decoded, turned upright, without its EXIF
    data, at most ``io.images.MAX_SIDE`` pixels on its long side. Slow for a large photo
    (the server does it on a worker thread); safe on any thread. One that claims more
    than ``caps.PHOTO_PIXELS_MAX`` pixels is refused before it is decoded."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as header:
            width, height = header.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise Refusal(422, _("The photo could not be read.")) from None
    if width * height > caps.PHOTO_PIXELS_MAX:
        raise Refusal(
            413,
            _("The photo has too many pixels (at most {0} megapixels).").format(
                caps.PHOTO_PIXELS_MAX // 1_000_000
            ),
        )
    try:
        return prepare_image(data, name="the photo")
    except ImportFailed:
        raise Refusal(422, _("The photo could not be read.")) from None


def read_photo(data_url: str) -> PreparedImage:
    """``photo_bytes`` then ``prepare_photo``: the photo of a ``data:`` URL, ready."""
    return prepare_photo(photo_bytes(data_url))
