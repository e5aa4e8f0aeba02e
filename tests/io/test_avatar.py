"""A persona's photo: a square cut from a picture, kept square or made round (no Qt)."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from workshop.errors import ImportFailed
from workshop.io.avatar import AvatarShape, make_avatar, square_box


def picture(width: int, height: int, mode: str = "RGB", kind: str = "PNG") -> bytes:
    image = Image.new(mode, (width, height), "#3366cc")
    out = io.BytesIO()
    image.save(out, kind)
    return out.getvalue()


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_the_largest_square_sits_centred_and_a_little_high_on_a_portrait() -> None:
    assert square_box(300, 200) == (50, 0, 200)
    assert square_box(200, 400) == (0, 50, 200)  # a quarter of the spare height above
    assert square_box(64, 64) == (0, 0, 64)


def test_a_square_photo_is_a_square_jpeg_when_it_is_a_photo() -> None:
    noisy = Image.effect_noise((900, 700), 60).convert("RGB")
    out = io.BytesIO()
    noisy.save(out, "JPEG")
    avatar = make_avatar(out.getvalue(), (100, 50, 640), AvatarShape.SQUARE)
    assert (avatar.mime, avatar.width, avatar.height) == ("image/jpeg", 600, 600)
    assert opened(avatar.data).size == (600, 600)


def test_a_round_photo_has_transparent_corners() -> None:
    avatar = make_avatar(picture(300, 200), None, "circle")
    assert (avatar.mime, avatar.width, avatar.height) == ("image/png", 200, 200)
    image = opened(avatar.data)
    assert image.mode == "RGBA"
    assert image.getpixel((0, 0))[3] == 0
    assert image.getpixel((199, 199))[3] == 0
    assert image.getpixel((100, 100)) == (0x33, 0x66, 0xCC, 255)
    assert image.getpixel((100, 1))[3] > 0  # the circle touches the edge


def test_a_square_hanging_over_the_edge_is_pulled_back_in() -> None:
    avatar = make_avatar(picture(300, 200), (250, 150, 500), AvatarShape.SQUARE)
    assert (avatar.width, avatar.height) == (200, 200)


def test_the_same_crop_gives_the_same_bytes() -> None:
    data = picture(300, 200)
    assert make_avatar(data, (10, 10, 120)).sha256 == make_avatar(data, (10, 10, 120)).sha256


def test_something_that_is_not_a_picture_is_refused_by_name() -> None:
    with pytest.raises(ImportFailed) as refused:
        make_avatar(b"just text", name="sam.png")
    assert refused.value.where == "sam.png"
