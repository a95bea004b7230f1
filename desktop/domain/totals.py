"""Totals of a round's movements: the single number its sources agree on;
where they disagree, the value a supervisor accepted when resolving the
mismatch; until then the range of what the sources say (e.g. 305–307),
marked as disputed. (Below `review` and `reporting`, which both use it.)"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.domain.content import Movement, RoundDoc
from desktop.domain.types import Rule

if TYPE_CHECKING:
    from desktop.domain.review import ReviewedDiscrepancy


@dataclass(frozen=True, slots=True)
class Tally:
    """A count that may still be a range.

    `disputed`: the sources disagree and no supervisor has decided yet.
    `accepted`: the number is a supervisor's accepted value.
    """

    low: int
    high: int
    disputed: bool = False
    accepted: bool = False

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.low + other.low, self.high + other.high,
                     self.disputed or other.disputed, self.accepted or other.accepted)

    def __str__(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"


ZERO = Tally(0, 0)


def total(values: Iterable[Tally]) -> Tally:
    out = ZERO
    for v in values:
        out = out + v
    return out


def movement_totals(doc: RoundDoc, reviewed: Sequence[ReviewedDiscrepancy]) -> dict[Movement, Tally]:
    """Each movement's total: agreed, accepted, or a disputed range."""
    counts: dict[Movement, list[int]] = defaultdict(list)
    for f in doc.figures:
        if f.category is None:
            counts[f.movement].append(f.count)
    accepted: dict[Movement, int] = {}
    conflicting: set[Movement] = set()
    for item in reviewed:
        d = item.discrepancy
        if d.rule is not Rule.SOURCE_MISMATCH or d.category is not None:
            continue
        if item.resolution is not None and item.resolution.accepted_value is not None:
            accepted[d.movement] = item.resolution.accepted_value
        elif item.is_open:
            conflicting.add(d.movement)
    out: dict[Movement, Tally] = {}
    for movement, values in counts.items():
        if movement in accepted:
            n = accepted[movement]
            out[movement] = Tally(n, n, accepted=True)
        elif min(values) == max(values):
            out[movement] = Tally(values[0], values[0])
        else:
            # A range either way; "disputed" only where the sources cannot all
            # be right (an open mismatch), not for, say, >=100 beside ~103.
            out[movement] = Tally(min(values), max(values), disputed=movement in conflicting)
    return out


def received_totals(doc: RoundDoc, reviewed: Sequence[ReviewedDiscrepancy]) -> dict[str, Tally]:
    """What each party received in the round, over all kinds, using the
    values supervisors accepted."""
    order = {p: i for i, p in enumerate(doc.sides + doc.third_parties)}
    out: dict[str, Tally] = {}
    for movement, value in movement_totals(doc, reviewed).items():
        out[movement.to_party] = out.get(movement.to_party, ZERO) + value
    return dict(sorted(out.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))
