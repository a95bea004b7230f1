"""The rounds list as a query: filtered, sorted and paged in the database,
so that it stays instant with tens of thousands of rounds."""

from __future__ import annotations

import json
import uuid

import sqlalchemy as sa

from desktop.domain.listing import RoundQuery, RoundRow, SortKey
from desktop.domain.totals import received_of_rows
from desktop.services.summaries import ensure_summaries
from desktop.storage import Database
from desktop.storage.tables import (
    CATEGORY_SETS,
    PARTIES,
    ROUND_SUMMARIES,
    ROUNDS,
    SOURCES,
)

__all__ = ["RoundQuery", "RoundRow", "SortKey", "count_rounds", "ensure_summaries", "fetch_rounds"]


_SORT_COLUMNS = {
    SortKey.DATE: (ROUNDS.c.date,),
    SortKey.TITLE: (sa.func.lower(ROUNDS.c.title),),
    SortKey.SIDES: (ROUND_SUMMARIES.c.sides,),
    SortKey.RECEIVED: (ROUND_SUMMARIES.c.received_total,),
    SortKey.STATUS: (ROUNDS.c.status,),
    SortKey.OPEN: (ROUND_SUMMARIES.c.open_errors, ROUND_SUMMARIES.c.open_warnings),
}


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _where(query: RoundQuery) -> list[sa.ColumnElement[bool]]:
    clauses: list[sa.ColumnElement[bool]] = []
    for word in query.words():
        clauses.append(ROUND_SUMMARIES.c.search.like(f"%{_escape_like(word)}%", escape="\\"))
    if query.date_from is not None:
        clauses.append(ROUNDS.c.date >= query.date_from)
    if query.date_to is not None:
        clauses.append(ROUNDS.c.date <= query.date_to)
    if query.status is not None:
        clauses.append(ROUNDS.c.status == query.status)
    if query.open_errors_only:
        clauses.append(ROUND_SUMMARIES.c.open_errors > 0)
    return clauses


def _base(columns) -> sa.Select:
    return sa.select(*columns).select_from(ROUNDS.join(ROUND_SUMMARIES, ROUND_SUMMARIES.c.round_id == ROUNDS.c.id))


def count_rounds(db: Database, query: RoundQuery) -> int:
    with db.reading() as session:
        return session.execute(_base([sa.func.count()]).where(*_where(query))).scalar_one()


def fetch_rounds(db: Database, query: RoundQuery, *, offset: int = 0, limit: int = 200) -> list[RoundRow]:
    """One page of the list, in the query's order (ties broken by id, so
    pages never overlap or skip)."""
    order = []
    for column in _SORT_COLUMNS[query.sort]:
        order.append(column.desc() if query.descending else column.asc())
    order.append(ROUNDS.c.id.desc() if query.descending else ROUNDS.c.id.asc())
    statement = (
        _base([ROUNDS.c.id, ROUNDS.c.date, ROUNDS.c.title, ROUNDS.c.status, ROUND_SUMMARIES.c.sides, ROUND_SUMMARIES.c.received,
               ROUND_SUMMARIES.c.open_errors, ROUND_SUMMARIES.c.open_warnings, ROUND_SUMMARIES.c.open_infos])
        .where(*_where(query)).order_by(*order).offset(offset).limit(limit)
    )
    with db.reading() as session:
        rows = session.execute(statement).all()
    return [
        RoundRow(
            id=r.id, date=r.date, title=r.title, sides=r.sides,
            received=received_of_rows(json.loads(r.received)),
            status=r.status, open_errors=r.open_errors, open_warnings=r.open_warnings, open_infos=r.open_infos,
        )
        for r in rows
    ]


def row_index(db: Database, query: RoundQuery, round_id: uuid.UUID) -> int | None:
    """Where a round stands in the list, to select it after a change."""
    ids = fetch_ids(db, query)
    try:
        return ids.index(round_id)
    except ValueError:
        return None


def fetch_ids(db: Database, query: RoundQuery) -> list[uuid.UUID]:
    order = [c.desc() if query.descending else c.asc() for c in _SORT_COLUMNS[query.sort]]
    order.append(ROUNDS.c.id.desc() if query.descending else ROUNDS.c.id.asc())
    with db.reading() as session:
        return list(session.execute(_base([ROUNDS.c.id]).where(*_where(query)).order_by(*order)).scalars())


def known_names(db: Database) -> dict[str, list[str]]:
    """Names already in use, for completion: parties and sources."""
    with db.reading() as session:
        return known_names_in(session)


def known_names_in(session) -> dict[str, list[str]]:
    parties = list(session.execute(sa.select(PARTIES.c.name).order_by(PARTIES.c.name)).scalars())
    sources = list(session.execute(sa.select(SOURCES.c.name).distinct().order_by(SOURCES.c.name)).scalars())
    sets = list(session.execute(sa.select(CATEGORY_SETS.c.name).distinct().order_by(CATEGORY_SETS.c.name)).scalars())
    return {"parties": parties, "sources": sources, "category_sets": sets}
