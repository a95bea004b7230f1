"""What the rules could not check in a round, said as what it is.

A round without discrepancies is not a round whose figures were all
checked: it may have no figures, a movement of parts with no total, a total
only one source gives, or a total derived from categories. Each of these is
a `Caveat`; every report of a round (the PDF, the command line, the app)
says them beside its discrepancies, and claims that "the sources agree,
every breakdown fits and every total is verified" only when no caveat
stands (`fully_checked`).
"""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass

from desktop.domain.content import Movement, RoundDoc
from desktop.domain.totals import source_totals, untotalled


class Gap(enum.StrEnum):
    #: The round has no figures: no rule had anything to check.
    NO_FIGURES = "no_figures"
    #: A movement has figures but no total, stated or derived: its parts
    #: are counted in no total and no rule reads them as one.
    NO_TOTAL = "no_total"
    #: A source's total is the sum of its categories, not a number it stated.
    DERIVED_TOTAL = "derived_total"
    #: One source alone gives the movement's total: nothing was compared with it.
    ONE_SOURCE = "one_source"


@dataclass(frozen=True, slots=True)
class Caveat:
    gap: Gap
    movement: Movement | None = None
    #: The sources concerned (for a derived total, the one it is derived for).
    sources: tuple[str, ...] = ()
    #: For a derived total: the category set summed.
    category_set: str | None = None


def caveats(doc: RoundDoc) -> list[Caveat]:
    """What could not be checked in `doc`, movements in order."""
    if not doc.figures:
        return [Caveat(Gap.NO_FIGURES)]
    out: list[Caveat] = []
    reporting: dict[Movement, list[str]] = defaultdict(list)
    for f in doc.figures:
        if f.source not in reporting[f.movement]:
            reporting[f.movement].append(f.source)
    for movement in untotalled(doc):
        out.append(Caveat(Gap.NO_TOTAL, movement, tuple(sorted(reporting[movement]))))
    for movement, totals in sorted(source_totals(doc).items()):
        for t in totals:
            if t.derived:
                out.append(Caveat(Gap.DERIVED_TOTAL, movement, (t.source,), t.derived_from))
        if len(totals) == 1:
            out.append(Caveat(Gap.ONE_SOURCE, movement, (totals[0].source,)))
    order = list(Gap)
    out.sort(key=lambda c: (c.movement, order.index(c.gap)))
    return out


def fully_checked(doc: RoundDoc) -> bool:
    """Every movement totalled, by two or more sources, each stated: only
    then may a round without discrepancies be called agreed and verified."""
    return not caveats(doc)
