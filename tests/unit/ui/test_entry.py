"""What a coordinator types into a figures cell."""

import pytest

from desktop.domain.types import Qualifier
from desktop.ui.figures.entry import EntryError, format_entry, parse_entry


@pytest.mark.parametrize(("text", "expected"), [
    ("230", (230, Qualifier.EXACT)),
    ("  230 ", (230, Qualifier.EXACT)),
    ("~100", (100, Qualifier.APPROXIMATE)),
    (">=90", (90, Qualifier.AT_LEAST)),
    ("≥ 90", (90, Qualifier.AT_LEAST)),
    ("<=12", (12, Qualifier.AT_MOST)),
    ("1 250", (1250, Qualifier.EXACT)),
    ("1,250", (1250, Qualifier.EXACT)),
    ("1 000 000", (1_000_000, Qualifier.EXACT)),
    ("0", (0, Qualifier.EXACT)),
    ("", None),
    ("   ", None),
])
def test_accepted_entries(text, expected):
    """Digits, a qualifier prefix, spaces; empty clears."""
    assert parse_entry(text) == expected


@pytest.mark.parametrize("text", ["12a", "-5", "2.5", ">=", "~", "ten", "1e3", "5000000",
                                  "12,5", "1,5", "19 5", ">= 1,0", "1,250 000", "1 25"])
def test_refused_entries_say_what_to_type(text):
    """Anything else is refused with a sentence."""
    with pytest.raises(EntryError) as caught:
        parse_entry(text)
    assert str(caught.value).endswith(".")


def test_format_round_trips():
    """What a cell shows reads back as the same figure."""
    for q in Qualifier:
        assert parse_entry(format_entry(42, q)) == (42, q)
