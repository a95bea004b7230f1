"""A figure's first revision is derived from what it says, and must stay the
same from one release to the next: laptops running different releases that
load the same file must agree on it, or their next exchange shows conflicts."""

from __future__ import annotations

import hashlib
import uuid

from desktop.domain.content import FigureDoc, Movement
from desktop.domain.types import MovementKind, Qualifier
from desktop.services.revisions import first_revision

ROUND = uuid.UUID("d23f0824-128b-4f33-8c5c-7fd0a6a3a450")


def figure(**changes) -> FigureDoc:
    values = {
        "movement": Movement("Україна", "Росія", MovementKind.EXCHANGE), "source": "Monitor", "count": 175,
        "qualifier": Qualifier.AT_LEAST, "category_set": "Place of capture", "category": "Azovstal",
        "citation": "Synthetic", "note": None,
    }
    return FigureDoc(**(values | changes))


def test_the_first_revision_is_the_one_earlier_releases_made():
    assert first_revision(ROUND, figure()) == uuid.UUID("bfd57c47-04f6-5de0-85d2-ee65b4bc33be")
    # As docs/interchange.md defines it: the version-5 UUID of these fields.
    text = "\x1f".join([str(ROUND), "Україна", "Росія", "exchange", "Monitor", "Place of capture", "Azovstal",
                        "175", "at_least", "Synthetic", "None"])
    expected = uuid.UUID(bytes=hashlib.sha1(text.encode()).digest()[:16], version=5)
    assert first_revision(ROUND, figure()) == expected
    assert first_revision(str(ROUND), figure()) == expected


def test_every_field_of_the_value_changes_it():
    base = first_revision(ROUND, figure())
    for change in ({"count": 176}, {"qualifier": Qualifier.EXACT}, {"citation": None}, {"note": "n"},
                   {"source": "Other"}, {"category": "Зміїний"}, {"movement": Movement("Росія", "Україна",
                                                                                      MovementKind.EXCHANGE)}):
        assert first_revision(ROUND, figure(**change)) != base, change
    assert first_revision(uuid.uuid4(), figure()) != base
