"""Operations: one agreement carried out over several rounds (1,000 for
1,000 in three stages), held against what its rounds handed over.

A round is a stage of an operation when it names one (rounds of one name
are one operation). What was agreed for the whole operation is given by
sources whose figures are `agreed_for_operation`, in any of its rounds;
what was handed over is the sum of its rounds' movement totals (as
supervisors accepted them). The two differ when no number the agreement
allows can equal any the rounds' sum allows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop.domain.content import Movement, RoundDoc
from desktop.domain.review import ResolutionFact, review
from desktop.domain.totals import ZERO, Tally, consensus, movement_totals, source_totals
from desktop.domain.types import Stage


@dataclass(frozen=True, slots=True)
class OperationMovement:
    """One movement of an operation: what was agreed (None when no source
    gives it) and what its rounds handed over, round by round (None for a
    round with no total of it: then the sum is a lower bound, and None when
    no round has one)."""

    movement: Movement
    agreed: Tally | None
    delivered: Tally | None
    by_round: tuple[Tally | None, ...]

    @property
    def differs(self) -> bool:
        """Whether nothing the agreement allows can equal what was handed
        over (an approximate value counts as its numbers here)."""
        if self.agreed is None or self.delivered is None:
            return False
        a_lo, a_hi = _bounds(self.agreed)
        d_lo, d_hi = _bounds(self.delivered)
        return a_hi < d_lo or d_hi < a_lo


def _bounds(value: Tally) -> tuple[float, float]:
    if value.at_least:
        return value.low, float("inf")
    if value.at_most:
        return 0, value.high
    return value.low, value.high


@dataclass(frozen=True, slots=True)
class Operation:
    name: str
    #: Its rounds, by date: (id, date, title).
    rounds: tuple[tuple[uuid.UUID, dt.date, str], ...]
    movements: tuple[OperationMovement, ...]

    @property
    def differs(self) -> bool:
        return any(m.differs for m in self.movements)


def operations(docs: Sequence[RoundDoc],
               resolutions: Mapping[uuid.UUID, Mapping[str, ResolutionFact]]) -> list[Operation]:
    """Every operation the rounds name, by the date of its first round."""
    grouped: dict[str, list[RoundDoc]] = defaultdict(list)
    for doc in docs:
        if doc.operation:
            grouped[doc.operation].append(doc)
    out = []
    for name, rounds in grouped.items():
        rounds.sort(key=lambda d: (d.date, str(d.id)))
        promised: dict[Movement, list[Tally]] = defaultdict(list)
        delivered: dict[Movement, list[Tally]] = defaultdict(list)
        for i, doc in enumerate(rounds):
            for movement, given in source_totals(doc, Stage.AGREED_FOR_OPERATION).items():
                promised[movement] += [Tally.of(t.count, t.qualifier, derived=t.derived) for t in given]
            for movement, value in movement_totals(doc, review(doc, resolutions.get(doc.id, {}))).items():
                delivered[movement] += [None] * (i - len(delivered[movement])) + [value]
        movements = []
        for movement in sorted({*promised, *delivered}):
            by_round = tuple(delivered.get(movement, ()))
            by_round += (None,) * (len(rounds) - len(by_round))
            known = [v for v in by_round if v is not None]
            total: Tally | None = None
            if known:
                total = ZERO
                for value in known:
                    total = total + value
                if len(known) < len(by_round):  # a round says nothing of it: at least this many
                    total = dataclasses.replace(total, at_least=True, approximate=False, at_most=False)
            agreed = consensus(promised[movement]) if promised.get(movement) else None
            movements.append(OperationMovement(movement, agreed, total, by_round))
        out.append(Operation(name, tuple((d.id, d.date, d.title) for d in rounds), tuple(movements)))
    out.sort(key=lambda o: (o.rounds[0][1], o.name))
    return out
