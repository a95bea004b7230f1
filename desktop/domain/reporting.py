"""What the PDF summaries show, computed from rounds: plain values that the
reports draw (no reportlab here, no database).

A movement's total is the single number its sources agree on; where they
disagree, the value a supervisor accepted when resolving the mismatch; until
then the range of what the sources say (e.g. 305–307), marked as disputed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from desktop.domain.content import Movement, RoundDoc
from desktop.domain.review import ResolutionFact, ReviewedDiscrepancy, review
from desktop.domain.types import MovementKind, RoundStatus, Rule


@dataclass(frozen=True, slots=True)
class Value:
    """A count that may still be a range.

    `disputed`: the sources disagree and no supervisor has decided yet.
    `accepted`: the number is a supervisor's accepted value.
    """

    low: int
    high: int
    disputed: bool = False
    accepted: bool = False

    def __add__(self, other: Value) -> Value:
        return Value(self.low + other.low, self.high + other.high,
                     self.disputed or other.disputed, self.accepted or other.accepted)

    def __str__(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"


ZERO = Value(0, 0)


def total(values: Iterable[Value]) -> Value:
    out = ZERO
    for v in values:
        out = out + v
    return out


@dataclass(frozen=True, slots=True)
class SignOffInfo:
    signer: str
    signed_at: dt.datetime
    amendment: int
    fingerprint: str


@dataclass(frozen=True)
class RoundReportData:
    """Everything the one-round summary shows."""

    doc: RoundDoc
    reviewed: list[ReviewedDiscrepancy]
    fingerprint: str
    generated_at: dt.datetime
    sign_off: SignOffInfo | None = None
    #: Earlier sign-offs that a reopening superseded: (amendment, signer, when, reason).
    amendments: list[tuple[int, str, dt.datetime, str]] = field(default_factory=list)
    totals: dict[Movement, Value] = field(default_factory=dict)
    #: The audit history's head at the sign-off, carried by the signed PDF.
    audit_head: str | None = None


@dataclass(frozen=True)
class PeriodRound:
    id: uuid.UUID
    date: dt.date
    title: str
    status: RoundStatus
    received: dict[str, Value]
    mediators: tuple[str, ...]


@dataclass(frozen=True)
class PeriodReportData:
    """Everything the period report shows."""

    date_from: dt.date | None
    date_to: dt.date | None
    generated_at: dt.datetime
    rounds: list[PeriodRound]
    received_by_party: dict[str, Value]
    moved_by_kind: dict[MovementKind, Value]
    moved_by_mediator: dict[str, Value]
    #: People moved in every round on record up to the end of the period.
    running_total: Value
    first_round_date: dt.date | None
    #: ("2024-01", people moved that month) for each month of the period with rounds.
    monthly: list[tuple[str, Value]]

    @property
    def not_signed_off(self) -> list[PeriodRound]:
        return [r for r in self.rounds if r.status is not RoundStatus.SIGNED_OFF]


def movement_totals(doc: RoundDoc, reviewed: Sequence[ReviewedDiscrepancy]) -> dict[Movement, Value]:
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
    out: dict[Movement, Value] = {}
    for movement, values in counts.items():
        if movement in accepted:
            n = accepted[movement]
            out[movement] = Value(n, n, accepted=True)
        elif min(values) == max(values):
            out[movement] = Value(values[0], values[0])
        else:
            # A range either way; "disputed" only where the sources cannot all
            # be right (an open mismatch), not for, say, >=100 beside ~103.
            out[movement] = Value(min(values), max(values), disputed=movement in conflicting)
    return out


def received_totals(doc: RoundDoc, reviewed: Sequence[ReviewedDiscrepancy]) -> dict[str, Value]:
    """What each party received in the round, over all kinds, using the
    values supervisors accepted."""
    order = {p: i for i, p in enumerate(doc.sides + doc.third_parties)}
    out: dict[str, Value] = {}
    for movement, value in movement_totals(doc, reviewed).items():
        out[movement.to_party] = out.get(movement.to_party, ZERO) + value
    return dict(sorted(out.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))


def round_report(
    doc: RoundDoc, resolutions: Mapping[str, ResolutionFact], *, generated_at: dt.datetime,
    sign_off: SignOffInfo | None = None, amendments: list | None = None, audit_head: str | None = None,
) -> RoundReportData:
    reviewed = review(doc, resolutions)
    return RoundReportData(
        doc=doc, reviewed=reviewed, fingerprint=doc.fingerprint(), generated_at=generated_at,
        sign_off=sign_off, amendments=list(amendments or []), totals=movement_totals(doc, reviewed),
        audit_head=audit_head,
    )


def period_report(
    docs: Sequence[RoundDoc], resolutions: Mapping[uuid.UUID, Mapping[str, ResolutionFact]], *,
    date_from: dt.date | None, date_to: dt.date | None, generated_at: dt.datetime,
    earlier_total: Value = ZERO, first_round_date: dt.date | None = None,
) -> PeriodReportData:
    """Totals over the rounds of a period. `earlier_total` is what every
    round before the period moved, for the running total."""
    rounds: list[PeriodRound] = []
    by_party: dict[str, Value] = defaultdict(lambda: ZERO)
    by_kind: dict[MovementKind, Value] = defaultdict(lambda: ZERO)
    by_mediator: dict[str, Value] = defaultdict(lambda: ZERO)
    by_month: dict[str, Value] = defaultdict(lambda: ZERO)
    moved = ZERO
    for doc in sorted(docs, key=lambda d: (d.date, str(d.id))):
        totals = movement_totals(doc, review(doc, resolutions.get(doc.id, {})))
        received: dict[str, Value] = defaultdict(lambda: ZERO)
        round_total = ZERO
        for movement, value in totals.items():
            received[movement.to_party] = received[movement.to_party] + value
            by_party[movement.to_party] = by_party[movement.to_party] + value
            by_kind[movement.kind] = by_kind[movement.kind] + value
            round_total = round_total + value
        for mediator in doc.mediators:
            by_mediator[mediator] = by_mediator[mediator] + round_total
        by_month[doc.date.strftime("%Y-%m")] = by_month[doc.date.strftime("%Y-%m")] + round_total
        moved = moved + round_total
        order = {p: i for i, p in enumerate(doc.sides + doc.third_parties)}
        rounds.append(PeriodRound(
            id=doc.id, date=doc.date, title=doc.title, status=doc.status or RoundStatus.DRAFT,
            received=dict(sorted(received.items(), key=lambda kv: (order.get(kv[0], 99), kv[0]))),
            mediators=doc.mediators,
        ))
    if first_round_date is None and rounds:
        first_round_date = rounds[0].date
    return PeriodReportData(
        date_from=date_from, date_to=date_to, generated_at=generated_at, rounds=rounds,
        received_by_party=dict(sorted(by_party.items())),
        moved_by_kind={k: by_kind[k] for k in MovementKind if k in by_kind},
        moved_by_mediator=dict(sorted(by_mediator.items())),
        running_total=earlier_total + moved, first_round_date=first_round_date,
        monthly=sorted(by_month.items()),
    )
