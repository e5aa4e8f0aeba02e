"""The QR code on screen is the session's address, module for module: read back from the
widget's pixels and compared with the code segno makes, with its quiet zone white."""

from __future__ import annotations

import segno

from workshop.ui.phones.qr_code import QUIET_ZONE, QrCode, qr_modules

URL = "http://192.168.1.23:45678/p/nsX03nc3cC0_ulcMS8Isq79o/"


def test_the_drawn_code_is_the_address_module_for_module(qtbot) -> None:  # type: ignore[no-untyped-def]
    code = QrCode(URL)
    qtbot.addWidget(code)
    code.resize(403, 371)
    image = code.grab().toImage()
    area = code.code_rect()
    count = len(code.modules)
    module = area.width() // count
    assert module >= 2 and area.width() == module * count <= 371
    expected = [[bool(d) for d in row] for row in segno.make(URL, error="m").matrix_iter(border=4)]
    assert code.modules == expected
    read = [
        [
            image.pixelColor(
                area.x() + column * module + module // 2, area.y() + row * module + module // 2
            ).lightness()
            < 128
            for column in range(count)
        ]
        for row in range(count)
    ]
    assert read == expected
    assert not any(read[0]) and not any(row[0] for row in read)  # the quiet zone is white
    assert "nsX03nc3cC0" in code.accessibleName()


def test_a_longer_address_makes_a_bigger_code_with_its_quiet_zone() -> None:
    short, longer = qr_modules("http://10.0.0.2:8/p/x/"), qr_modules(URL + "x" * 60)
    assert len(longer) > len(short)
    for modules in (short, longer):
        assert all(not any(row) for row in modules[:QUIET_ZONE])
        assert all(not any(row) for row in modules[-QUIET_ZONE:])
