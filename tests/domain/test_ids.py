"""New ids are version-4 UUIDs, distinct, whether made one at a time or in bulk."""

from __future__ import annotations

import uuid

from workshop.domain.ids import new_id, new_ids


def test_bulk_ids_are_distinct_version_4_uuids_in_canonical_form() -> None:
    ids = new_ids(5000)
    assert len(set(ids)) == 5000
    for text in ids:
        parsed = uuid.UUID(text)
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
        assert str(parsed) == text  # lower case, dashes where uuid puts them


def test_every_variant_digit_comes_out() -> None:
    # The 17th digit's top bits are forced to 10: over many ids each of 8, 9, a, b appears.
    assert {text[19] for text in new_ids(400)} == set("89ab")


def test_one_id_and_none() -> None:
    assert uuid.UUID(new_id()).version == 4
    assert new_ids(0) == []
