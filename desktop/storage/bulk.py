"""Bulk inserts for imports: one prepared statement, many rows.

SQLAlchemy Core's `executemany` rebuilds parameters row by row through its
statement machinery; for hundreds of thousands of figures that costs more
than the database itself. Here the INSERT is compiled once for the dialect,
each column's own bind processor (UUIDs, enums, UTC timestamps) is applied
to the values, and the rows go to the driver's `executemany` in one call.
Same SQL, same types, any backend.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.engine import Connection


def _processor(column: sa.Column, dialect):
    """The column's bind processor, remembering its results: in an import
    most values repeat (a round's id on each of its figures, one timestamp
    for all), so each distinct value is converted once."""
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    if process is None or column.primary_key:
        return process
    memo: dict = {}

    def remembered(value):
        try:
            return memo[value]
        except KeyError:
            result = memo[value] = process(value)
            return result
        except TypeError:  # unhashable: convert every time
            return process(value)

    return remembered


def insert_rows(conn: Connection, table: sa.Table, rows: Sequence[dict]) -> None:
    """Insert rows that all have the same keys."""
    if not rows:
        return
    dialect = conn.dialect
    keys = list(rows[0])
    columns = [table.c[k] for k in keys]
    compiled = sa.insert(table).compile(dialect=dialect, column_keys=keys)
    processors = {c.key: _processor(c, dialect) for c in columns}
    if compiled.positional:
        order = list(compiled.positiontup)
        procs = [processors[name] for name in order]
        plain = all(p is None for p in procs)
        if plain:
            params = [tuple(row[name] for name in order) for row in rows]
        else:
            pairs = list(zip(order, procs))
            params = [
                tuple(row[name] if p is None else p(row[name]) for name, p in pairs) for row in rows
            ]
    else:
        params = [
            {k: (v if processors[k] is None else processors[k](v)) for k, v in row.items()} for row in rows
        ]
    conn.exec_driver_sql(compiled.string, params)
