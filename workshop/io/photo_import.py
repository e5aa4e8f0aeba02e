"""Photos of a sticky-note wall as image notes, and one photo cut into several.

``import_photos`` prepares each photo (upright, sRGB, print-sized, no EXIF: see
``images.prepare_image``), leaves out the ones that cannot be read or are already on the
board (saying why), and adds the rest as image notes in one step, in a tidy block in free
space. ``cut_photo`` makes one image note per rectangle drawn on a photo; each keeps a
link to the whole photo (``origin_asset_id``).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from workshop.domain.board_geometry import Point, place_blocks
from workshop.domain.model import Asset
from workshop.errors import ImportFailed
from workshop.i18n import _, grouped, ngettext
from workshop.io.images import PreparedImage, crop_image, prepare_image
from workshop.io.import_summary import ImportSummary
from workshop.store import Change, WorkshopFile

#: The board cell of an image note: the store makes them 240 on the long side, plus the
#: caption band, so no image note is larger than this.
IMAGE_CELL: Point = (240.0, 268.0)

#: ``progress(photos_done, photos_total)``; raise to cancel.
PhotoProgress = Callable[[int, int], None]

Rect = tuple[float, float, float, float]


@dataclass(frozen=True)
class Photo:
    name: str
    image: PreparedImage


def prepare_photos(
    paths: Sequence[str | os.PathLike[str]],
    *,
    strict: bool = False,
    known: set[str] | frozenset[str] = frozenset(),
    progress: PhotoProgress | None = None,
) -> tuple[list[Photo], list[str]]:
    """The photos ready to store, and one line per photo left out ("name: why").

    ``known`` are the sha256 of pictures already on the board: those are left out, as is
    the same photo chosen twice. ``strict`` raises ImportFailed at the first photo that
    cannot be read instead of leaving it out.
    """
    photos: list[Photo] = []
    skipped: list[str] = []
    seen = set(known)
    total = len(paths)
    for done, path in enumerate(paths):
        if progress is not None:
            progress(done, total)
        name = Path(path).name
        try:
            image = prepare_image(path, name=name)
        except ImportFailed as error:
            if strict:
                raise
            skipped.append(_("{file}: {problem}").format(file=name, problem=error.message))
            continue
        if image.sha256 in seen:
            if image.sha256 in known:
                why = _("{file}: the same photo is already on the board")
            else:
                why = _("{file}: the same photo is already in this import")
            skipped.append(why.format(file=name))
            continue
        seen.add(image.sha256)
        photos.append(Photo(name, image))
    if progress is not None:
        progress(total, total)
    return photos, skipped


def add_photos(
    workshop: WorkshopFile,
    photos: Sequence[Photo],
    *,
    near: Point | None = None,
    label: str | None = None,
) -> Change:
    """The photos as image notes, in one block in free space, in one step."""
    if not photos:
        raise ImportFailed(_("there are no photos to import"))
    places = place_blocks(workshop.board_rects(), [len(photos)], IMAGE_CELL, near=near)[0]
    notes = [
        {
            "data": p.image.data,
            "mime": p.image.mime,
            "width": p.image.width,
            "height": p.image.height,
            "x": x,
            "y": y,
        }
        for p, (x, y) in zip(photos, places, strict=True)
    ]
    return workshop.add_image_notes(notes, label or _photos_label(len(photos)))


def import_photos(
    workshop: WorkshopFile,
    paths: Sequence[str | os.PathLike[str]],
    *,
    near: Point | None = None,
    strict: bool = False,
    progress: PhotoProgress | None = None,
) -> tuple[Change, ImportSummary]:
    """Prepare and add photos as image notes; raises ImportFailed when none can be added."""
    photos, skipped = prepare_photos(
        paths, strict=strict, known=workshop.image_note_hashes(), progress=progress
    )
    if not photos:
        if len(skipped) == 1:
            name, _, reason = skipped[0].partition(": ")
            raise ImportFailed(reason, where=name)
        raise ImportFailed(
            _("none of the photos could be imported: {reasons}").format(reasons="; ".join(skipped))
        )
    change = add_photos(workshop, photos, near=near)
    return change, photo_summary(photos, skipped)


def photo_summary(photos: Sequence[Photo], skipped: Sequence[str]) -> ImportSummary:
    count = len(photos)
    lines = [
        ngettext(
            "{count} photo imported as an image note (it has no source yet: assign one in "
            "the Sources panel).",
            "{count} photos imported as image notes (they have no source yet: assign one in "
            "the Sources panel).",
            count,
        ).format(count=grouped(count))
    ]
    skipped_lines = [_("Skipped {what}").format(what=line) for line in skipped]
    lines += skipped_lines
    name = (
        photos[0].name
        if count == 1
        else ngettext("{count} photo", "{count} photos", count).format(count=grouped(count))
    )
    return ImportSummary(
        file_name=name,
        notes=count,
        sources=0,
        skipped=tuple(skipped_lines),
        lines=tuple(lines),
    )


def stored_photo(workshop: WorkshopFile, asset: Asset) -> PreparedImage:
    """A picture stored in the workshop, ready to cut (its bytes as they are stored)."""
    data = workshop.load_asset(asset.id)
    if data is None:
        raise ImportFailed(_("the photo is no longer in the workshop"))
    return PreparedImage(data, asset.mime, asset.width, asset.height, asset.sha256)


def cut_photo(
    workshop: WorkshopFile,
    photo: PreparedImage,
    rects: Sequence[Rect],
    *,
    name: str = "the photo",
    near: Point | None = None,
) -> Change:
    """One image note per rectangle (x, y, w, h in the photo's pixels), in one step.

    Each note keeps a link to the whole photo (its ``origin_asset_id``). A rectangle
    outside the photo or too small raises ImportFailed before anything is written.
    """
    return add_cuts(workshop, photo, cut_pieces(photo, rects, name=name), near=near)


def cut_pieces(
    photo: PreparedImage, rects: Sequence[Rect], *, name: str = "the photo"
) -> list[PreparedImage]:
    """The pictures inside the rectangles; raises ImportFailed for a bad rectangle."""
    if not rects:
        raise ImportFailed(_("draw a rectangle around each sticky note first"), where=name)
    if hashlib.sha256(photo.data).hexdigest() != photo.sha256:
        raise ImportFailed(_("the photo's stored data is damaged"), where=name)
    return [crop_image(photo, rect, name=name) for rect in rects]


def add_cuts(
    workshop: WorkshopFile,
    photo: PreparedImage,
    pieces: Sequence[PreparedImage],
    *,
    near: Point | None = None,
) -> Change:
    """Image notes of pieces cut from ``photo``, each linked to it, in one step."""
    if not pieces:
        raise ImportFailed(_("there is nothing to cut out of the photo"))
    origin = (photo.data, photo.mime, photo.width, photo.height)
    places = place_blocks(workshop.board_rects(), [len(pieces)], IMAGE_CELL, near=near)[0]
    notes = [
        {
            "data": piece.data,
            "mime": piece.mime,
            "width": piece.width,
            "height": piece.height,
            "origin": origin,
            "x": x,
            "y": y,
        }
        for piece, (x, y) in zip(pieces, places, strict=True)
    ]
    count = len(pieces)
    label = ngettext("Cut photo into {count} note", "Cut photo into {count} notes", count)
    return workshop.add_image_notes(notes, label.format(count=count))


def _photos_label(count: int) -> str:
    if count == 1:
        return _("Import photo")
    return ngettext("Import {count} photo", "Import {count} photos", count).format(count=count)
