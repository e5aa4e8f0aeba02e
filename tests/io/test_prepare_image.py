"""prepare_image and crop_image on phone-like photos made here, and on broken files."""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from workshop.errors import ImportFailed
from workshop.io.images import MAX_SIDE, PreparedImage, crop_image, prepare_image


def encode(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def noise_photo(width: int, height: int) -> Image.Image:
    """Photo-like pixels: three channels of noise, so a nearly unique colour per pixel."""
    channels = [Image.effect_noise((width, height), sigma) for sigma in (40, 60, 80)]
    return Image.merge("RGB", channels)


def gradient_photo(width: int, height: int) -> Image.Image:
    """A large smooth photo, cheap to make: three gradients in different directions."""
    ramp = Image.linear_gradient("L").resize((width, height))
    turned = Image.linear_gradient("L").rotate(90).resize((width, height))
    return Image.merge("RGB", [ramp, turned, ramp.transpose(Image.Transpose.FLIP_LEFT_RIGHT)])


def halves(
    width: int, height: int, left: tuple[int, ...], right: tuple[int, ...], mode: str = "RGB"
) -> Image.Image:
    image = Image.new(mode, (width, height), left)
    image.paste(Image.new(mode, (width // 2, height), right), (width // 2, 0))
    return image


def decoded(prepared: PreparedImage) -> Image.Image:
    image = Image.open(io.BytesIO(prepared.data))
    image.load()
    return image


def pixel(image: Image.Image, xy: tuple[int, int]) -> tuple[int, ...]:
    value = image.getpixel(xy)
    assert isinstance(value, tuple)
    return value


def near(pixel: tuple[int, ...], wanted: tuple[int, ...], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, wanted, strict=False))


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims a size but holds no pixels (what a decompression bomb looks like)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", ihdr)
        + png_chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + png_chunk(b"IEND", b"")
    )


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def test_a_twelve_megapixel_phone_photo_is_downscaled_to_a_jpeg(tmp_path: Path) -> None:
    path = tmp_path / "IMG_2041.JPG"
    path.write_bytes(encode(gradient_photo(4032, 3024), "JPEG", quality=90))

    prepared = prepare_image(path)

    assert (prepared.width, prepared.height) == (MAX_SIDE, 1800)
    assert prepared.mime == "image/jpeg"
    assert prepared.suffix == ".jpg"
    assert prepared.sha256 == hashlib.sha256(prepared.data).hexdigest()
    image = decoded(prepared)
    assert image.format == "JPEG"
    assert image.size == (MAX_SIDE, 1800)


def test_the_same_photo_gives_the_same_bytes(tmp_path: Path) -> None:
    data = encode(noise_photo(600, 400), "JPEG")

    assert prepare_image(data).sha256 == prepare_image(data).sha256


def test_exif_orientation_is_applied_and_exif_removed() -> None:
    # Red on the left, blue on the right, stored sideways with "rotate 90° clockwise".
    image = halves(400, 200, (255, 0, 0), (0, 0, 255))
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "PhoneMaker"
    data = encode(image, "JPEG", exif=exif.tobytes(), quality=95)

    prepared = prepare_image(data, name="wall.jpg")

    assert (prepared.width, prepared.height) == (200, 400)
    upright = decoded(prepared)
    assert near(pixel(upright, (100, 50)), (255, 0, 0))  # the left is now on top
    assert near(pixel(upright, (100, 350)), (0, 0, 255))
    assert dict(upright.getexif()) == {}


def test_a_cmyk_jpeg_becomes_rgb() -> None:
    cmyk = halves(300, 200, (0, 255, 255, 0), (255, 255, 0, 0), mode="CMYK")  # red | blue
    data = encode(cmyk, "JPEG", quality=95)

    prepared = prepare_image(data)
    image = decoded(prepared)

    assert prepared.mime == "image/jpeg"
    assert image.mode == "RGB"
    assert near(pixel(image, (40, 100)), (255, 0, 0), 60)
    assert near(pixel(image, (260, 100)), (0, 0, 255), 60)


def test_a_colour_profile_is_applied() -> None:
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = encode(Image.new("RGB", (64, 64), (200, 120, 40)), "PNG", icc_profile=srgb)

    image = decoded(prepare_image(data))

    assert near(pixel(image, (10, 10)), (200, 120, 40), 3)
    assert "icc_profile" not in image.info


def test_transparency_keeps_png_with_alpha() -> None:
    image = Image.new("RGBA", (120, 80), (255, 255, 0, 0))
    image.paste(Image.new("RGBA", (60, 80), (0, 128, 0, 255)))
    prepared = prepare_image(encode(image, "PNG"))

    result = decoded(prepared)

    assert prepared.mime == "image/png"
    assert result.mode == "RGBA"
    assert pixel(result, (100, 10))[3] == 0


@pytest.mark.parametrize(
    ("make", "fmt", "mime"),
    [
        (lambda: Image.new("RGBA", (200, 100), (30, 60, 90, 255)), "PNG", "image/png"),
        (lambda: noise_photo(300, 200), "PNG", "image/jpeg"),
        (lambda: Image.new("P", (50, 50), 3), "GIF", "image/png"),
        (lambda: Image.new("LA", (50, 50), (128, 255)), "PNG", "image/png"),
        (lambda: Image.new("I;16", (50, 50), 40000), "PNG", "image/png"),
        (lambda: Image.new("1", (50, 50), 1), "BMP", "image/png"),
        (lambda: noise_photo(300, 200), "WEBP", "image/jpeg"),
    ],
    ids=[
        "opaque-rgba-graphic",
        "photo-saved-as-png",
        "palette-gif",
        "grey-alpha",
        "16-bit-grey",
        "bitmap",
        "webp-photo",
    ],
)
def test_modes_and_formats_become_rgb_jpeg_or_png(make: object, fmt: str, mime: str) -> None:
    assert callable(make)
    prepared = prepare_image(encode(make(), fmt))

    assert prepared.mime == mime
    assert decoded(prepared).mode in ("RGB", "RGBA")


def test_sixteen_bit_grey_keeps_its_brightness() -> None:
    image = decoded(prepare_image(encode(Image.new("I;16", (8, 8), 40000), "PNG")))

    assert near(pixel(image, (1, 1)), (156, 156, 156), 2)


def test_a_truncated_photo_is_refused(tmp_path: Path) -> None:
    data = encode(noise_photo(800, 600), "JPEG")
    path = tmp_path / "half.jpg"
    path.write_bytes(data[: len(data) // 2])

    with pytest.raises(ImportFailed, match="incomplete") as error:
        prepare_image(path)
    assert "half.jpg" in str(error.value)


def test_a_text_file_renamed_jpg_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.jpg"
    path.write_text("These are my interview notes, not a photo.\n", encoding="utf-8")

    with pytest.raises(ImportFailed, match="not an image") as error:
        prepare_image(path)
    assert "notes.jpg" in str(error.value)


@pytest.mark.parametrize(
    "size", [(20000, 20000), (10000, 9000)], ids=["over-twice-the-limit", "over-the-limit"]
)
def test_a_decompression_bomb_is_refused_before_decoding(size: tuple[int, int]) -> None:
    with pytest.raises(ImportFailed, match="too large"):
        prepare_image(png_header(*size), name="bomb.png")


def test_empty_unsupported_and_oversized_inputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ImportFailed, match="empty"):
        prepare_image(b"", name="nothing.png")
    with pytest.raises(ImportFailed, match="PPM images cannot be imported"):
        prepare_image(encode(Image.new("RGB", (4, 4)), "PPM"), name="x.ppm")
    from workshop.io import images

    monkeypatch.setattr(images, "MAX_IMAGE_FILE_BYTES", 10)
    with pytest.raises(ImportFailed, match="too large"):
        prepare_image(b"\x89PNG" + b"\x00" * 20, name="big.png")
    path = tmp_path / "big.png"
    path.write_bytes(b"\x00" * 20)
    with pytest.raises(ImportFailed, match="too large"):
        prepare_image(path)
    with pytest.raises(ImportFailed, match="does not exist"):
        prepare_image(tmp_path / "gone.jpg")


def quadrants() -> PreparedImage:
    image = Image.new("RGB", (400, 300), (255, 0, 0))
    image.paste(Image.new("RGB", (200, 150), (0, 0, 255)), (200, 150))
    return prepare_image(encode(image, "PNG"))


def test_crop_cuts_one_note_out_of_a_wall_photo() -> None:
    wall = quadrants()

    piece = crop_image(wall, (210, 160, 100, 80))

    assert (piece.width, piece.height) == (100, 80)
    assert piece.mime == wall.mime == "image/png"
    assert near(pixel(decoded(piece), (50, 40)), (0, 0, 255), 2)
    assert piece.sha256 != wall.sha256


def test_crop_rectangles_are_normalised_and_clipped() -> None:
    wall = quadrants()

    dragged_backwards = crop_image(wall, (110.4, 90.4, -100.2, -80.3))
    overhanging = crop_image(wall, (350, 250, 500, 500))

    assert (dragged_backwards.width, dragged_backwards.height) == (100, 80)
    assert (overhanging.width, overhanging.height) == (50, 50)


def test_crop_of_a_jpeg_photo_stays_jpeg_and_works_from_raw_bytes() -> None:
    data = encode(gradient_photo(3000, 2000), "JPEG")

    piece = crop_image(data, (100, 100, 300, 200))

    assert piece.mime == "image/jpeg"
    assert (piece.width, piece.height) == (300, 200)


@pytest.mark.parametrize("rect", [(500, 500, 50, 50), (10, 10, 2, 50), (-100, -100, 50, 50)])
def test_crop_outside_or_too_small_is_refused(rect: tuple[float, float, float, float]) -> None:
    with pytest.raises(ImportFailed, match="outside the photo or too small"):
        crop_image(quadrants(), rect, name="wall.jpg")


def test_an_iphone_heic_photo_gets_advice() -> None:
    with pytest.raises(ImportFailed, match=r"HEIC photos .* export or send the photo as JPEG"):
        prepare_image(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", name="IMG_0001.HEIC")
