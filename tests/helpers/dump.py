"""Every row of every table, on either backend: to show that a refused
action changed nothing."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import SQLModel

import desktop.domain.tables  # noqa: F401 - registers the tables


def table_dump(url: str) -> tuple[tuple[str, tuple], ...]:
    """(table, rows sorted) for each table, values as text."""
    from desktop.storage import resolve_url

    engine = sa.create_engine(resolve_url(url, None) if "://" not in url else sa.make_url(url))
    out = []
    try:
        with engine.connect() as conn:
            for table in SQLModel.metadata.sorted_tables:
                rows = conn.execute(sa.select(table)).all()
                out.append((table.name, tuple(sorted(tuple(map(str, r)) for r in rows))))
    finally:
        engine.dispose()
    return tuple(out)


def count_rows(url: str, table: str) -> int:
    return next(len(rows) for name, rows in table_dump(url) if name == table)
