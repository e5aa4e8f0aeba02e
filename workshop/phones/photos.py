"""A photo sent from a phone: a ``data:`` URL holding a JPEG or PNG, within the size cap,
made into what a workshop stores (upright, sRGB, no EXIF: a phone's photo carries where
it was taken) by ``io.images.prepare_image``."""

from __future__ import annotations

import base64
import binascii

from workshop.errors import ImportFailed
from workshop.i18n import _
from workshop.io.images import PreparedImage, prepare_image
from workshop.phones import caps
from workshop.phones.replies import Refusal

_PREFIXES = {"data:image/jpeg;base64,": b"\xff\xd8\xff", "data:image/png;base64,": b"\x89PNG\r\n"}


def read_photo(data_url: str) -> PreparedImage:
    """The photo in ``data_url``; a Refusal (413 too large, 422 not a photo) otherwise."""
    prefix = next((p for p in _PREFIXES if data_url.startswith(p)), None)
    if prefix is None:
        raise Refusal(422, _("The photo must be a JPEG or PNG image."))
    magic = _PREFIXES[prefix]
    encoded = data_url[len(prefix) :]
    if len(encoded) > (caps.PHOTO_MAX + 2) // 3 * 4 + 4:
        raise Refusal(413, _("The photo is too large (at most 2 MB)."))
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise Refusal(422, _("The photo could not be read.")) from None
    if len(data) > caps.PHOTO_MAX:
        raise Refusal(413, _("The photo is too large (at most 2 MB)."))
    if not data.startswith(magic):
        raise Refusal(422, _("The photo is not the kind of image it says it is."))
    try:
        return prepare_image(data, name="the photo")
    except ImportFailed:
        raise Refusal(422, _("The photo could not be read.")) from None
