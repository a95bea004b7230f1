"""New row ids: UUIDv7, increasing, unique, also across a batch's blocks."""

from __future__ import annotations

import uuid

from desktop.domain.ids import from_int, new_id, new_ids


def test_a_batch_is_increasing_unique_version_7():
    batch = new_ids(10_000)  # three blocks of one millisecond each
    assert len(batch) == len(set(batch)) == 10_000
    assert batch == sorted(batch)
    assert all(u.version == 7 and u.variant == uuid.RFC_4122 for u in batch)
    assert len({u.int >> 80 for u in batch}) == 3


def test_ids_keep_increasing_after_a_batch():
    first = new_ids(5000)
    second = new_ids(3)
    single = new_id()
    assert max(first) < min(second) < max(second) < single < new_id()
    assert new_ids(0) == []


def test_from_int_makes_the_same_uuid_as_the_constructor():
    for value in (0, 1, (1 << 128) - 1, uuid.uuid4().int, new_id().int):
        made, expected = from_int(value), uuid.UUID(int=value)
        assert made == expected and hash(made) == hash(expected)
        assert str(made) == str(expected) and made.hex == expected.hex
        assert made.version == expected.version and made.is_safe == expected.is_safe
