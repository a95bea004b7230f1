"""What the rules could not check in a round, said as what it is.

A round without discrepancies is not a round whose figures were all
checked: it may have no figures, a movement of parts with no total, a total
only one source gives, or a total derived from categories. Each of these is
a `Caveat`; every report of a round (the PDF, the command line, the app)
says them beside its discrepancies, and claims that "the sources agree,
every breakdown fits and every total is verified" only when no caveat
stands.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass

from desktop.domain.content import Movement, RoundDoc
from desktop.domain.discrepancies import check_combined
from desktop.domain.totals import source_totals, untotalled, wholes
from desktop.domain.types import Qualifier, Stage


class Gap(enum.StrEnum):
    #: The round has no figures: no rule had anything to check.
    NO_FIGURES = "no_figures"
    #: A movement has figures but no total, stated or derived: its parts
    #: are counted in no total and no rule reads them as one.
    NO_TOTAL = "no_total"
    #: A source's total is the sum of its categories, not a number it stated.
    DERIVED_TOTAL = "derived_total"
    #: A movement has only figures of what was agreed or announced.
    ONLY_AGREED = "only_agreed"
    #: A source's figure for several movements together could not be held
    #: against their totals (one has none, or only an approximate one).
    COMBINED_UNCHECKED = "combined_unchecked"
    #: One source alone gives the movement's total: nothing was compared with it.
    ONE_SOURCE = "one_source"
    #: The sources' totals differ, but as approximations or bounds no rule
    #: can hold against each other: the total stays a range.
    UNSETTLED = "unsettled"
    #: A source gives categories but no total of its own (another source
    #: totals the movement): its parts were checked against no total.
    PARTS_UNCHECKED = "parts_unchecked"
    #: A source's total is approximate: its categories were not checked against it.
    APPROXIMATE_TOTAL = "approximate_total"


@dataclass(frozen=True, slots=True)
class Caveat:
    gap: Gap
    movement: Movement | None = None
    #: The sources concerned (for a derived total, the one it is derived for).
    sources: tuple[str, ...] = ()
    #: For a derived total: the category set summed.
    category_set: str | None = None
    #: For a combined figure: the movements it is given for.
    movements: tuple[Movement, ...] = ()


def caveats(doc: RoundDoc, totals: dict | None = None) -> list[Caveat]:
    """What could not be checked in `doc`, movements in order. `totals`:
    the movements' totals as reviewed (`totals.movement_totals`), where a
    range no open mismatch explains is said to be unsettled."""
    if not doc.figures:
        return [Caveat(Gap.NO_FIGURES)]
    out: list[Caveat] = []
    delivered = doc.delivered()
    promised: dict[Movement, list[str]] = defaultdict(list)
    for f in doc.figures:
        if doc.stage_of(f.source) is not Stage.DELIVERED and f.source not in promised[f.movement]:
            promised[f.movement].append(f.source)
    moved = {f.movement for f in delivered.figures}
    for movement in sorted(set(promised) - moved):
        out.append(Caveat(Gap.ONLY_AGREED, movement, tuple(sorted(promised[movement]))))
    given, within = source_totals(doc), wholes(doc)
    for c in doc.combined:
        checked = check_combined(c, given, {}, within)
        unchecked = not checked.complete and checked.gap is None
        if doc.stage_of(c.source) is not Stage.AGREED_FOR_OPERATION and unchecked:
            out.append(Caveat(Gap.COMBINED_UNCHECKED, c.movements[0], (c.source,), movements=c.movements))
    doc = delivered
    reporting: dict[Movement, list[str]] = defaultdict(list)
    for f in doc.figures:
        if f.source not in reporting[f.movement]:
            reporting[f.movement].append(f.source)
    for movement in untotalled(doc):
        out.append(Caveat(Gap.NO_TOTAL, movement, tuple(sorted(reporting[movement]))))
    parts_of: dict[Movement, set[str]] = defaultdict(set)
    for f in doc.figures:
        if f.category is not None:
            parts_of[f.movement].add(f.source)
    for movement, given in sorted(source_totals(doc).items()):
        by_source = {t.source: t for t in given}
        for t in given:
            if t.derived:
                out.append(Caveat(Gap.DERIVED_TOTAL, movement, (t.source,), t.derived_from))
            elif t.qualifier is Qualifier.APPROXIMATE and t.source in parts_of[movement]:
                out.append(Caveat(Gap.APPROXIMATE_TOTAL, movement, (t.source,)))
        for source in sorted(parts_of[movement] - set(by_source)):
            out.append(Caveat(Gap.PARTS_UNCHECKED, movement, (source,)))
        if len(given) == 1:
            out.append(Caveat(Gap.ONE_SOURCE, movement, (given[0].source,)))
        value = (totals or {}).get(movement)
        if value is not None and value.low != value.high and not value.disputed and not value.accepted:
            out.append(Caveat(Gap.UNSETTLED, movement, tuple(sorted(by_source))))
    order = list(Gap)
    out.sort(key=lambda c: (c.movement, order.index(c.gap)))
    return out
