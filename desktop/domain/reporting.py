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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from desktop.domain.content import Movement, RoundDoc
from desktop.domain.operations import Operation, operations
from desktop.domain.review import ResolutionFact, ReviewedDiscrepancy, review
from desktop.domain.totals import (
    ZERO,
    Tally,
    counted_totals,
    movement_totals,
    received_totals,
    total,
)
from desktop.domain.types import MovementKind, RoundStatus, Rule, Severity

__all__ = ["ZERO", "PeriodReportData", "PeriodRound", "RoundReportData", "SignOffInfo", "Tally", "movement_totals",
           "period_report", "received_totals", "round_report", "total"]


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
    totals: dict[Movement, Tally] = field(default_factory=dict)
    #: The audit history's head at the sign-off, carried by the signed PDF.
    audit_head: str | None = None


@dataclass(frozen=True)
class PeriodRound:
    id: uuid.UUID
    date: dt.date
    title: str
    status: RoundStatus
    received: dict[str, Tally]
    mediators: tuple[str, ...]
    #: The round's open discrepancies: (severity, rule) → how many.
    open: dict[tuple[Severity, Rule], int] = field(default_factory=dict)


@dataclass(frozen=True)
class PeriodReportData:
    """Everything the period report shows."""

    date_from: dt.date | None
    date_to: dt.date | None
    generated_at: dt.datetime
    rounds: list[PeriodRound]
    received_by_party: dict[str, Tally]
    moved_by_kind: dict[MovementKind, Tally]
    moved_by_mediator: dict[str, Tally]
    #: People moved in every round on record up to the end of the period.
    running_total: Tally
    first_round_date: dt.date | None
    #: ("2024-01", people moved that month) for each month of the period with rounds.
    monthly: list[tuple[str, Tally]]
    #: ("2024-01", {party: people it received that month}), the same months.
    monthly_by_party: list[tuple[str, dict[str, Tally]]] = field(default_factory=list)
    #: "Of which": people of a kind counted within another movement's total
    #: (the 75 handed over without exchange, inside the 248 exchanged).
    within_by_kind: dict[MovementKind, Tally] = field(default_factory=dict)
    #: Remains each party received in the period: counted apart from people.
    remains_by_party: dict[str, Tally] = field(default_factory=dict)
    #: Operations with a round in the period, over their rounds in it.
    operations: list[Operation] = field(default_factory=list)

    @property
    def received_by_year(self) -> dict[int, dict[str, Tally]]:
        """What each party received, year by year."""
        out: dict[int, dict[str, Tally]] = {}
        for r in self.rounds:
            year = out.setdefault(r.date.year, {})
            for party, value in r.received.items():
                year[party] = year.get(party, ZERO) + value
        return {y: dict(sorted(v.items())) for y, v in sorted(out.items())}

    @property
    def open_discrepancies(self) -> dict[tuple[Severity, Rule], tuple[int, int]]:
        """Open discrepancies of the period: (severity, rule) → (how many,
        in how many rounds), errors first."""
        counts: dict[tuple[Severity, Rule], list[int]] = {}
        for r in self.rounds:
            for key, n in r.open.items():
                c = counts.setdefault(key, [0, 0])
                c[0] += n
                c[1] += 1
        order = list(Severity)
        return {k: (v[0], v[1]) for k, v in sorted(counts.items(), key=lambda kv: (order.index(kv[0][0]), kv[0][1]))}

    @property
    def not_signed_off(self) -> list[PeriodRound]:
        return [r for r in self.rounds if r.status is not RoundStatus.SIGNED_OFF]


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
    earlier_total: Tally = ZERO, first_round_date: dt.date | None = None,
) -> PeriodReportData:
    """Totals over the rounds of a period. `earlier_total` is what every
    round before the period moved, for the running total."""
    rounds: list[PeriodRound] = []
    by_party: dict[str, Tally] = defaultdict(lambda: ZERO)
    by_kind: dict[MovementKind, Tally] = defaultdict(lambda: ZERO)
    by_mediator: dict[str, Tally] = defaultdict(lambda: ZERO)
    by_month: dict[str, Tally] = defaultdict(lambda: ZERO)
    by_month_party: dict[str, dict[str, Tally]] = defaultdict(dict)
    within: dict[MovementKind, Tally] = defaultdict(lambda: ZERO)
    remains: dict[str, Tally] = {}
    moved = ZERO
    for doc in sorted(docs, key=lambda d: (d.date, str(d.id))):
        reviewed = review(doc, resolutions.get(doc.id, {}))
        totals = counted_totals(doc, reviewed)
        for movement, value in movement_totals(doc, reviewed).items():
            if movement not in totals and movement.kind is not MovementKind.REMAINS:
                within[movement.kind] = within[movement.kind] + value
        for movement, value in counted_totals(doc, reviewed, remains=True).items():
            remains[movement.to_party] = remains.get(movement.to_party, ZERO) + value
        received: dict[str, Tally] = defaultdict(lambda: ZERO)
        round_total = ZERO
        month = by_month_party[doc.date.strftime("%Y-%m")]
        for movement, value in totals.items():
            received[movement.to_party] = received[movement.to_party] + value
            month[movement.to_party] = month.get(movement.to_party, ZERO) + value
            by_party[movement.to_party] = by_party[movement.to_party] + value
            by_kind[movement.kind] = by_kind[movement.kind] + value
            round_total = round_total + value
        for mediator in doc.mediators:
            by_mediator[mediator] = by_mediator[mediator] + round_total
        by_month[doc.date.strftime("%Y-%m")] = by_month[doc.date.strftime("%Y-%m")] + round_total
        moved = moved + round_total
        order = {p: i for i, p in enumerate(doc.sides + doc.third_parties)}
        open_counts: dict[tuple[Severity, Rule], int] = defaultdict(int)
        for item in reviewed:
            if item.is_open:
                open_counts[(item.discrepancy.severity, item.discrepancy.rule)] += 1
        rounds.append(PeriodRound(
            id=doc.id, date=doc.date, title=doc.title, status=doc.status or RoundStatus.DRAFT,
            received=dict(sorted(received.items(), key=lambda kv: (order.get(kv[0], 99), kv[0]))),
            mediators=doc.mediators, open=dict(open_counts),
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
        monthly_by_party=sorted((m, dict(sorted(v.items()))) for m, v in by_month_party.items()),
        within_by_kind={k: within[k] for k in MovementKind if k in within},
        remains_by_party=dict(sorted(remains.items())),
        operations=operations(docs, resolutions),
    )
