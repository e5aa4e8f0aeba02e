"""What is on the board: sticky notes (text or a picture), the clusters they are grouped
in, their colours and sizes, and the pictures stored in the workshop file.

Pure data, no Qt, no SQL; import these from ``workshop.domain.model``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from workshop.domain.board_geometry import CLUSTER_SIZE, NOTE_SIZE

#: Sticky-note colours offered by default (name, hex).
NOTE_COLOURS: tuple[tuple[str, str], ...] = (
    ("Yellow", "#fff59d"),
    ("Orange", "#ffcc80"),
    ("Pink", "#f8bbd0"),
    ("Green", "#c5e1a5"),
    ("Blue", "#b3e5fc"),
    ("Purple", "#d1c4e9"),
    ("White", "#fafafa"),
)
DEFAULT_NOTE_COLOUR = NOTE_COLOURS[0][1]
DEFAULT_NOTE_SIZE = NOTE_SIZE
DEFAULT_CLUSTER_SIZE = CLUSTER_SIZE


class Note(NamedTuple):
    """A sticky note on the board (text, or a picture when ``asset_id`` is set).

    A named tuple rather than a frozen dataclass: a workshop holds thousands of notes and
    opening the board reads them all, and a checked row becomes a note with ``Note._make``
    in ~0.4 us against ~2.3 us through a frozen dataclass's ``__init__`` (and 40 bytes
    less each). Reading a field is a little slower (Python 3.11 does not specialise tuple
    fields as it does dataclass attributes: ~3 ms over building a 10,000-note board, where
    reading them saves ~19 ms). Immutable and compared field by field like the
    dataclasses; unlike them it is also a tuple (it unpacks, and equals a plain tuple of
    the same values), which nothing relies on. Copy with changes through ``_replace``, not
    ``dataclasses.replace`` (mypy refuses that on a note).
    """

    id: str
    text: str
    x: float = 0.0
    y: float = 0.0
    w: float = DEFAULT_NOTE_SIZE[0]
    h: float = DEFAULT_NOTE_SIZE[1]
    z: float = 0.0
    colour: str = DEFAULT_NOTE_COLOUR
    source_id: str | None = None
    author_id: str | None = None
    cluster_id: str | None = None
    asset_id: str | None = None
    origin_asset_id: str | None = None
    created_at: str = ""
    #: The question the note answers (a survey question, an interview prompt), or "".
    question: str = ""

    @property
    def is_assumption(self) -> bool:
        """A note with no source is an assumption, not research."""
        return self.source_id is None

    @property
    def is_image(self) -> bool:
        return self.asset_id is not None


@dataclass(frozen=True)
class Cluster:
    id: str
    title: str
    x: float = 0.0
    y: float = 0.0
    w: float = CLUSTER_SIZE[0]
    h: float = CLUSTER_SIZE[1]
    z: float = -1.0
    colour: str = "#eceff1"


@dataclass(frozen=True)
class Asset:
    """An image stored inside the workshop file; ``data`` is loaded only on demand."""

    id: str
    sha256: str
    mime: str
    width: int
    height: int
