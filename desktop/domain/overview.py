"""What the Overview shows, as plain values (no database): people returned
per month by receiving party, rounds awaiting review, rounds with open errors."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from desktop.domain.totals import Tally


@dataclass(frozen=True)
class MonthTotals:
    """One calendar month with rounds in it."""

    #: The first day of the month.
    month: dt.date
    #: What each party received over the month's rounds: the sum of the
    #: rounds' low values and the sum of their high values.
    received: dict[str, Tally] = field(default_factory=dict)
    #: The month's rounds, newest first (by date, then id, as the rounds list
    #: orders them when sorted by date).
    round_ids: tuple[uuid.UUID, ...] = ()

    @property
    def newest_round(self) -> uuid.UUID | None:
        return self.round_ids[0] if self.round_ids else None

    @property
    def low_total(self) -> int:
        return sum(r.low for r in self.received.values())

    @property
    def high_total(self) -> int:
        return sum(r.high for r in self.received.values())

    @property
    def has_ranges(self) -> bool:
        """Whether the sources disagree on what some party received."""
        return any(r.low != r.high for r in self.received.values())


@dataclass(frozen=True)
class ListedRound:
    """A round in one of the Overview's short lists."""

    id: uuid.UUID
    date: dt.date
    title: str
    open_errors: int = 0


@dataclass(frozen=True)
class Overview:
    """Every round in the range (all rounds when a bound is None)."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    #: Months with rounds, oldest first; months without rounds are absent.
    months: tuple[MonthTotals, ...] = ()
    #: Receiving parties, the most people received (low values) first.
    parties: tuple[str, ...] = ()
    #: Rounds in review, newest first: at most the service's limit of them.
    awaiting_review: tuple[ListedRound, ...] = ()
    #: How many rounds are in review (the list may show fewer).
    awaiting_review_count: int = 0
    #: Rounds with open error-level discrepancies, newest first (at most the limit).
    open_error_rounds: tuple[ListedRound, ...] = ()
    #: How many rounds have open errors (the list may show fewer).
    open_error_round_count: int = 0
    #: How many rounds the range holds.
    round_count: int = 0

    def month_of(self, day: dt.date) -> MonthTotals | None:
        first = day.replace(day=1)
        for m in self.months:
            if m.month == first:
                return m
        return None


def first_of_month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def month_span(first: dt.date, last: dt.date) -> list[dt.date]:
    """Every month from `first`'s to `last`'s, as first days."""
    out = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        out.append(dt.date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out
