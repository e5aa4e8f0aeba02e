"""Ids for new rows: random (version 4) UUIDs as text, one at a time or many at once.

An import of 10,000 rows needs 10,000 ids; ``uuid.uuid4()`` makes each from its own call
for random bytes and a ``UUID`` object. ``new_ids`` reads the random bytes once and
writes the ids straight from their hex digits: the same kind of id (the version and
variant bits set as RFC 4122 says), about four times faster.
"""

from __future__ import annotations

import os
import uuid

#: The variant digit of an RFC 4122 UUID is 8, 9, a or b: the top bits of the 17th digit
#: are forced to binary 10.
_VARIANT = {f"{n:x}": f"{8 | (n & 3):x}" for n in range(16)}


def new_id() -> str:
    """One new random id."""
    return str(uuid.uuid4())


def new_ids(count: int) -> list[str]:
    """``count`` new random ids, made in one go."""
    digits = os.urandom(16 * count).hex()
    variant = _VARIANT
    return [
        f"{digits[i : i + 8]}-{digits[i + 8 : i + 12]}-4{digits[i + 13 : i + 16]}-"
        f"{variant[digits[i + 16]]}{digits[i + 17 : i + 20]}-{digits[i + 20 : i + 32]}"
        for i in range(0, 32 * count, 32)
    ]
