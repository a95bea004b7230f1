"""The Overview read from the summary rows: months and totals, rounds
awaiting review, rounds with open errors."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict

import pytest
import sqlalchemy as sa

from desktop.domain.totals import ZERO, Tally
from desktop.domain.types import RoundStatus, Severity
from desktop.services import editing, listing, review
from desktop.services.demo import add_demo
from desktop.services.overview import overview
from desktop.storage import Database
from tests.helpers.people import person

ACTOR = person("x")
#: The demo round of 31 January 2024 (Ukraine 195–207, one open error).
JAN_31 = uuid.UUID("c31a0124-2024-4131-8000-000000000131")
JAN_3 = uuid.UUID("6f1c2a3b-2024-4103-8000-000000000103")


@pytest.fixture
def demo_db(db: Database) -> Database:
    add_demo(db, actor=ACTOR)
    return db


def all_rows(db: Database) -> list[listing.RoundRow]:
    return listing.fetch_rounds(db, listing.RoundQuery(), limit=10_000)


def test_months_and_totals_are_what_the_rounds_say(demo_db: Database):
    """Each month adds up its rounds' received values, low and high, per party; ids newest first."""
    rows = all_rows(demo_db)
    expected: dict[dt.date, dict[str, Tally]] = defaultdict(lambda: defaultdict(lambda: ZERO))
    ids: dict[dt.date, list[uuid.UUID]] = defaultdict(list)
    for row in rows:  # newest first, as the list sorts by date
        month = row.date.replace(day=1)
        ids[month].append(row.id)
        for party, value in row.received.items():
            expected[month][party] += value

    result = overview(demo_db)

    assert [m.month for m in result.months] == sorted(expected)
    for month in result.months:
        assert month.received == dict(expected[month.month])
        assert list(month.round_ids) == ids[month.month]
    assert result.round_count == len(rows) == 21


def test_demo_months(demo_db: Database):
    """Two rounds in January 2024, the 31st first; ranges where sources disagree."""
    result = overview(demo_db)
    assert [m.month for m in result.months] == [dt.date(*ym, 1) for ym in (
        (2022, 3), (2022, 4), (2022, 6), (2022, 9), (2022, 10), (2022, 12), (2023, 1), (2023, 2), (2023, 3),
        (2023, 5), (2023, 7), (2024, 1), (2024, 12), (2025, 3))]
    assert result.month_of(dt.date(2022, 4, 1)).received["Ukraine"] == Tally(86 + 30 + 76 + 45, 86 + 30 + 76 + 45)
    january = result.month_of(dt.date(2024, 1, 15))
    assert january.round_ids == (JAN_31, JAN_3)
    assert january.newest_round == JAN_31
    assert january.has_ranges
    assert not result.month_of(dt.date(2023, 7, 8)).has_ranges
    assert set(result.parties) == {"Ukraine", "Russia"}


def test_parties_ordered_by_people_received(demo_db: Database):
    """The party that received most (low values) comes first."""
    result = overview(demo_db)
    totals = {p: sum(m.received[p].low for m in result.months if p in m.received) for p in result.parties}
    assert list(result.parties) == sorted(totals, key=lambda p: -totals[p])


def test_date_range(demo_db: Database):
    """Only the rounds within the dates, bounds included."""
    result = overview(demo_db, date_from=dt.date(2024, 1, 31), date_to=dt.date(2024, 12, 30))
    assert [m.month for m in result.months] == [dt.date(2024, 1, 1), dt.date(2024, 12, 1)]
    assert result.month_of(dt.date(2024, 1, 1)).round_ids == (JAN_31,)
    assert result.round_count == 2
    assert (result.date_from, result.date_to) == (dt.date(2024, 1, 31), dt.date(2024, 12, 30))
    assert overview(demo_db, date_from=dt.date(2030, 1, 1)).months == ()


def test_awaiting_review_follows_the_status(demo_db: Database):
    """A round sent to review is listed (date, title); back to draft, it is gone."""
    assert overview(demo_db).awaiting_review == ()
    editing.set_status(demo_db, JAN_3, status=RoundStatus.IN_REVIEW, actor=ACTOR)
    editing.set_status(demo_db, JAN_31, status=RoundStatus.IN_REVIEW, actor=ACTOR)

    result = overview(demo_db)
    assert [(r.id, r.date, r.title) for r in result.awaiting_review] == [
        (JAN_31, dt.date(2024, 1, 31), "Exchange of 31 January 2024"),
        (JAN_3, dt.date(2024, 1, 3), "Exchange of 3 January 2024"),
    ]
    assert result.awaiting_review_count == 2

    editing.set_status(demo_db, JAN_31, status=RoundStatus.DRAFT, comment="figures to check", actor=ACTOR)
    result = overview(demo_db)
    assert [r.id for r in result.awaiting_review] == [JAN_3]
    assert result.awaiting_review_count == 1


def test_open_errors_are_the_rounds_with_errors(demo_db: Database):
    """Listed newest first with their number of open errors, as the rounds list counts them."""
    expected = [(r.id, r.open_errors) for r in all_rows(demo_db) if r.open_errors]
    result = overview(demo_db)
    assert [(r.id, r.open_errors) for r in result.open_error_rounds] == expected
    # 21 September 2022 (55 or 56 to Russia), 31 January and 30 December
    # 2024, and the invented example.
    assert result.open_error_round_count == len(expected) == 4
    assert all(r.title for r in result.open_error_rounds)


def test_open_errors_follow_a_resolution(demo_db: Database):
    """Once its error is resolved, a round leaves the list; its status change keeps it there."""
    editing.set_status(demo_db, JAN_31, status=RoundStatus.IN_REVIEW, actor=ACTOR)
    assert JAN_31 in [r.id for r in overview(demo_db).open_error_rounds]
    errors = [i for i in review.round_review(demo_db, JAN_31).items
              if i.is_open and i.discrepancy.severity is Severity.ERROR]
    for item in errors:
        review.resolve(demo_db, JAN_31, item.discrepancy.key, value=max(v.count for v in item.discrepancy.values),
                       note="checked with the mediator", actor=ACTOR)
    result = overview(demo_db)
    assert JAN_31 not in [r.id for r in result.open_error_rounds]
    assert result.open_error_round_count == 3
    assert [r.id for r in result.awaiting_review] == [JAN_31]


def test_lists_are_short_but_counted(demo_db: Database):
    """Past the limit a list keeps the newest rounds; its count stays whole."""
    result = overview(demo_db, list_limit=1)
    assert result.open_error_round_count == 4
    assert [r.id for r in result.open_error_rounds] == [overview(demo_db).open_error_rounds[0].id]


def test_no_rounds(db: Database):
    """An empty database gives an empty Overview."""
    result = overview(db)
    assert (result.months, result.awaiting_review, result.open_error_rounds, result.round_count) == ((), (), (), 0)


def test_two_queries_and_no_round_content(demo_db: Database):
    """Two SELECTs, on the rounds and their summary rows only (never the figures)."""
    editing.set_status(demo_db, JAN_3, status=RoundStatus.IN_REVIEW, actor=ACTOR)
    statements: list[str] = []

    def seen(conn, cursor, statement, *args):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    sa.event.listen(demo_db.engine, "before_cursor_execute", seen)
    try:
        overview(demo_db)
    finally:
        sa.event.remove(demo_db.engine, "before_cursor_execute", seen)
    assert len(statements) == 2
    assert not any("figure" in s or "movement" in s for s in statements)
