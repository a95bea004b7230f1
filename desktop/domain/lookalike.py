"""Names that look the same are one name.

A party, source, category set or category is known by its name. A name
with an invisible character (`IC\u200bRC`: a zero-width space) or one
spelled with a look-alike letter (`Ukrаine`, its а Cyrillic) would be a
second party, source or category that a reader cannot tell from the first:
a mediator "Ukrаine" beside the side "Ukraine" would verify Ukraine's own
figures. So a name may hold no invisible or direction-control character,
and two names whose confusable skeletons are equal are the same name or an
error naming both.

The skeleton is Unicode's (UTS #39, section 4), taken after NFKC and case
folding: `skeleton(casefold(NFKC(name)))`, where skeleton maps each
character of the NFD form to its prototype in Unicode's confusables data
(`desktop/resources/unicode`, version 13.0.0) and normalizes to NFD again.
Case folding first loses some capitals' look-alikes (a Cyrillic Н folds to
н, whose prototype is not h), so the skeleton of NFKC(name) before folding
counts too: two names look the same when either of their skeletons is equal.
"""

from __future__ import annotations

import functools
import gzip
import unicodedata
from collections.abc import Iterable
from importlib import resources

#: Characters that show nothing though they are not format characters
#: (Unicode's Default_Ignorable_Code_Point beyond category Cf): the
#: combining grapheme joiner, Hangul fillers, Khmer inherent vowels,
#: Mongolian free variation selectors, variation selectors.
_IGNORABLE = frozenset(
    [0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180C, 0x180D, 0x180E, 0x180F, 0x3164, 0xFFA0]
    + list(range(0xFE00, 0xFE10)) + list(range(0xE0100, 0xE01F0)))


def invisible_at(name: str) -> int | None:
    """The index of the first character of `name` that shows nothing or
    steers the direction of text (category Cf: zero-width spaces and
    joiners, the word joiner, the byte-order mark, soft hyphens, the
    bidirectional controls; and the other default-ignorable characters);
    None if every character shows."""
    for i, ch in enumerate(name):
        if unicodedata.category(ch) == "Cf" or ord(ch) in _IGNORABLE:
            return i
    return None


@functools.cache
def _prototypes() -> dict[str, str]:
    data = resources.files("desktop.resources.unicode").joinpath("confusables.txt.gz").read_bytes()
    out: dict[str, str] = {}
    for line in gzip.decompress(data).decode("utf-8-sig").splitlines():
        fields = line.split("#", 1)[0].split(";")
        if len(fields) < 2:
            continue
        source = "".join(chr(int(h, 16)) for h in fields[0].split())
        out[source] = "".join(chr(int(h, 16)) for h in fields[1].split())
    return out


@functools.lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """What `name` looks like: equal for `Ukraine`, `Ukrаine` (Cyrillic а),
    `UKRAINE` and `Ｕｋｒａｉｎｅ` (full width)."""
    return _skeleton(unicodedata.normalize("NFKC", name).casefold())


def _skeleton(text: str) -> str:
    table = _prototypes()
    return unicodedata.normalize("NFD", "".join(table.get(ch, ch) for ch in unicodedata.normalize("NFD", text)))


@functools.lru_cache(maxsize=65536)
def looks(name: str) -> tuple[str, str]:
    """The keys two look-alike names share one of: the folded skeleton,
    and the skeleton of the name as written (`Coordination НQ`, a Cyrillic
    Н, beside `Coordination HQ`)."""
    return skeleton(name), "\x00" + _skeleton(unicodedata.normalize("NFKC", name))


def first_alike(names: Iterable[str]) -> tuple[str, str] | None:
    """The first two different names (in order) that look the same, as
    (the earlier, the later); None if there are none."""
    seen: dict[str, str] = {}
    for n in names:
        for key in looks(n):
            earlier = seen.setdefault(key, n)
            if earlier != n:
                return earlier, n
    return None


def difference(a: str, b: str) -> tuple[int, str, str | None]:
    """Where `b` first differs from its look-alike `a`: (its position from 1,
    `U+0430 CYRILLIC SMALL LETTER A`, what `a` has there or None past its end)."""
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return i + 1, code(y), code(x)
    if len(b) > len(a):
        return len(a) + 1, code(b[len(a)]), None
    return len(b) + 1, code(a[len(b)]), None


def code(ch: str) -> str:
    """`U+200B ZERO WIDTH SPACE`."""
    return f"U+{ord(ch):04X} {unicodedata.name(ch, 'unnamed')}"
