"""The sentences a phone is told that the Qt side of the server says too (its door and
live connections), kept here so they are in the headless message catalogue with the rest
of the phones' messages (``_`` in ``workshop/ui`` is not extracted)."""

from __future__ import annotations

from workshop.i18n import _


def too_large() -> str:
    return _("The request is too large.")


def unreadable() -> str:
    return _("The request could not be read.")


def length_required() -> str:
    return _("The request must say its length.")


def not_a_session() -> str:
    return _("This is not the address of a session in the room.")


def pick_your_name() -> str:
    return _("Pick your name first.")


def photo_unreadable() -> str:
    return _("The photo could not be read.")
