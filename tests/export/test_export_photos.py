"""Photos are downscaled to print resolution and embedded as JPEG without ASCII85."""

from __future__ import annotations

import io
from dataclasses import replace

from export_samples import pdf, squash, workshop_snapshot
from PIL import Image
from pypdf import PdfReader

from workshop.domain.model import WorkshopSnapshot
from workshop.export import export_cards, export_posters
from workshop.export.photos import PRINT_DPI


def jpeg(width: int, height: int) -> bytes:
    image = Image.new("RGB", (width, height))
    for x in range(0, width, 50):
        image.paste((x % 256, 90, 160), (x, 0, min(width, x + 25), height))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def png_with_alpha() -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (400, 300), (200, 30, 30, 120)).save(out, "PNG")
    return out.getvalue()


def images(reader: PdfReader) -> list[dict[str, object]]:
    found = []
    for page in reader.pages:
        for obj in page["/Resources"].get("/XObject", {}).values():
            x_object = obj.get_object()
            if x_object["/Subtype"] == "/Image":
                found.append(
                    {
                        "width": int(x_object["/Width"]),
                        "height": int(x_object["/Height"]),
                        "filter": _names(x_object.get("/Filter")),
                        "smask": "/SMask" in x_object,
                    }
                )
    return found


def _names(value: object) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def with_photo(snapshot: WorkshopSnapshot) -> WorkshopSnapshot:
    return replace(snapshot, personas=[replace(snapshot.personas[0], photo_asset_id="a1")])


def test_a_big_photo_is_downscaled_to_print_resolution_and_embedded_as_jpeg() -> None:
    data = jpeg(3000, 2000)
    out = io.BytesIO()
    report = export_posters(
        with_photo(workshop_snapshot(1)), out, size="A4", load_asset={"a1": data}.get
    )
    assert not report.warnings
    (image,) = images(pdf(out.getvalue()))
    side_inches = 210 * 0.2 / 25.4  # the photo is a fifth of the short side
    assert image["width"] == image["height"]  # cropped to the square it is shown in
    assert image["width"] <= round(side_inches * PRINT_DPI) + 1  # type: ignore[operator]
    assert image["filter"] == ["/DCTDecode"]  # JPEG as is: no ASCII85 on top
    assert b"ASCII85Decode" not in out.getvalue()


def test_a_photo_with_transparency_keeps_it_on_the_tinted_header() -> None:
    out = io.BytesIO()
    report = export_posters(
        with_photo(workshop_snapshot(1)), out, size="A4", load_asset={"a1": png_with_alpha()}.get
    )
    assert not report.warnings
    (image,) = images(pdf(out.getvalue()))
    assert image["filter"] == ["/FlateDecode"]  # PNG with its alpha, not JPEG on white
    assert image["smask"]  # the see-through pixels stay see-through


def test_a_missing_or_unreadable_photo_prints_initials_and_says_so() -> None:
    snapshot = with_photo(workshop_snapshot(1))
    for loader, words in (
        (lambda _id: None, "missing"),
        (lambda _id: b"not an image", "cannot be read"),
    ):
        out = io.BytesIO()
        report = export_posters(snapshot, out, size="A4", load_asset=loader)
        assert not images(pdf(out.getvalue()))
        (warning,) = report.warnings
        assert "Planner 0" in warning and "initials" in warning
        assert words in warning or "not an image" in warning
        # Initials: letters only ("Planner 0" has one word with letters).
        assert pdf(out.getvalue()).pages[0].extract_text().startswith("P\nPlanner 0")


def test_a_photo_note_prints_its_picture_on_its_card() -> None:
    snapshot = workshop_snapshot(1)
    notes = [snapshot.notes[0]._replace(asset_id="wall", text="Photo of the wall")]
    out = io.BytesIO()
    report = export_cards(
        replace(snapshot, notes=notes), out, load_asset={"wall": jpeg(2400, 1800)}.get
    )
    assert not report.warnings
    (image,) = images(pdf(out.getvalue()))
    card_inches = (76 - 9) / 25.4
    assert image["width"] <= round(card_inches * PRINT_DPI) + 1  # type: ignore[operator]
    assert squash("Photo of the wall") in squash(pdf(out.getvalue()).pages[0].extract_text())
