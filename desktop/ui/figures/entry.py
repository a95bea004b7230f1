"""What a coordinator types into a figures cell, read without Qt.

`230` is exact, `~230` approximate, `>=230` (or `≥230`) at least, `<=230`
(or `≤230`) at most; thousands may be grouped by threes with a space, a
thin space or a comma (`1 250`, `1,250`), nothing else (`12,5` is refused,
not read as 125); an empty cell clears the figure.
"""

from __future__ import annotations

import re

from desktop.domain.types import MAX_COUNT, QUALIFIER_SIGN, Qualifier
from desktop.i18n import format_number, translate

_PREFIXES = (
    (">=", Qualifier.AT_LEAST), ("≥", Qualifier.AT_LEAST),
    ("<=", Qualifier.AT_MOST), ("≤", Qualifier.AT_MOST),
    ("~", Qualifier.APPROXIMATE), ("≈", Qualifier.APPROXIMATE),
)
MARKS = QUALIFIER_SIGN
_NUMBER = re.compile(r"[0-9]+|[0-9]{1,3}(?:([ ,\u202f\u00a0])[0-9]{3})(?:\1[0-9]{3})*")


class EntryError(ValueError):
    """The text is not a count; the message says what to type."""


def parse_entry(text: str) -> tuple[int, Qualifier] | None:
    """(count, qualifier), or None to clear the figure."""
    raw = text.strip()
    if not raw:
        return None
    qualifier = Qualifier.EXACT
    for prefix, q in _PREFIXES:
        if raw.startswith(prefix):
            qualifier = q
            raw = raw[len(prefix):].strip()
            break
    if not _NUMBER.fullmatch(raw):
        raise EntryError(translate(
            "FiguresView", "“{text}” is not a count: type a whole number, optionally after ~, >= or <=."
        ).format(text=text.strip()))
    count = int(re.sub(r"[^0-9]", "", raw))
    if count > MAX_COUNT:
        raise EntryError(translate("FiguresView", "{count} is more than {most}; check the number.").format(
            count=format_number(count), most=format_number(MAX_COUNT)))
    return count, qualifier


def format_entry(count: int, qualifier: Qualifier) -> str:
    return f"{MARKS[qualifier]}{count}"
