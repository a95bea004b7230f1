"""The Overview: people returned per month by receiving party, rounds
awaiting review and rounds with open errors, read from the rounds' summary
rows (never from their figures) so that it stays fast over years of rounds."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import defaultdict

import sqlalchemy as sa

from desktop.domain.overview import ListedRound, MonthTotals, Overview
from desktop.domain.totals import ZERO, Tally, received_of_rows
from desktop.domain.types import RoundStatus
from desktop.storage import Database
from desktop.storage.tables import ROUND_SUMMARIES, ROUNDS

__all__ = ["LIST_LIMIT", "Overview", "overview"]

#: How many rounds each short list holds at most (its count says how many
#: there are in all).
LIST_LIMIT = 50


def overview(db: Database, *, date_from: dt.date | None = None, date_to: dt.date | None = None,
             list_limit: int = LIST_LIMIT) -> Overview:
    """Two queries: one over every round in the range (its date, status,
    open errors and what each party received, all in the summary row) and
    one for the titles of the rounds the short lists show."""
    where = []
    if date_from is not None:
        where.append(ROUNDS.c.date >= date_from)
    if date_to is not None:
        where.append(ROUNDS.c.date <= date_to)
    statement = (
        sa.select(ROUNDS.c.id, ROUNDS.c.date, ROUNDS.c.status, ROUND_SUMMARIES.c.received, ROUND_SUMMARIES.c.open_errors)
        .select_from(ROUNDS.join(ROUND_SUMMARIES, ROUND_SUMMARIES.c.round_id == ROUNDS.c.id))
        .where(*where)
        .order_by(ROUNDS.c.date.desc(), ROUNDS.c.id.desc())
    )
    with db.reading() as session:
        rows = session.execute(statement).all()

        months: dict[dt.date, tuple[dict[str, Tally], list[uuid.UUID]]] = {}
        party_totals: dict[str, int] = defaultdict(int)
        in_review: list[tuple[uuid.UUID, int]] = []
        with_errors: list[tuple[uuid.UUID, int]] = []
        # One parse for every row's JSON instead of one call per row: half the time.
        received_lists = json.loads("[" + ",".join(r.received for r in rows) + "]")
        for (round_id, day, status, _, open_errors), received in zip(rows, received_lists, strict=True):
            first = day.replace(day=1)
            month = months.get(first)
            if month is None:
                month = months[first] = ({}, [])
            sums, ids = month
            ids.append(round_id)
            for party, value in received_of_rows(received).items():
                sums[party] = sums.get(party, ZERO) + value
                party_totals[party] += value.low
            if status == RoundStatus.IN_REVIEW:
                in_review.append((round_id, open_errors))
            if open_errors:
                with_errors.append((round_id, open_errors))

        shown = {i for i, _ in in_review[:list_limit]} | {i for i, _ in with_errors[:list_limit]}
        titles: dict[uuid.UUID, tuple[dt.date, str]] = {}
        if shown:
            # At most twice the limit: far below every backend's parameter limit.
            for round_id, day, title in session.execute(
                sa.select(ROUNDS.c.id, ROUNDS.c.date, ROUNDS.c.title).where(ROUNDS.c.id.in_(list(shown)))
            ):
                titles[round_id] = (day, title)

    def listed(picked: list[tuple[uuid.UUID, int]]) -> tuple[ListedRound, ...]:
        return tuple(ListedRound(i, *titles[i], open_errors=n) for i, n in picked[:list_limit])

    # Largest first, then by name: the legend (and its colours) the same each time for the same rounds.
    order = {p: k for k, p in enumerate(sorted(party_totals, key=lambda p: (-party_totals[p], p)))}
    return Overview(
        date_from=date_from,
        date_to=date_to,
        months=tuple(
            MonthTotals(
                month=first,
                received=dict(sorted(sums.items(), key=lambda kv: order[kv[0]])),
                round_ids=tuple(ids),
            )
            for first, (sums, ids) in sorted(months.items())
        ),
        parties=tuple(order),
        awaiting_review=listed(in_review),
        awaiting_review_count=len(in_review),
        open_error_rounds=listed(with_errors),
        open_error_round_count=len(with_errors),
        round_count=len(rows),
    )
