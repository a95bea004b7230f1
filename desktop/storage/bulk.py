"""Bulk inserts for imports: one prepared statement, many rows.

SQLAlchemy Core's `executemany` rebuilds parameters row by row through its
statement machinery; for hundreds of thousands of figures that costs more
than the database itself. Here the INSERT is compiled once for the dialect,
each column's own bind processor (UUIDs, enums, UTC timestamps) is applied
to the values, and the rows go to the driver's `executemany` in one call.
Same SQL, same types, any backend.
"""

from __future__ import annotations

import functools
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
    return functools.lru_cache(maxsize=None)(process)


def _scalar_default(column: sa.Column):
    default = column.default
    if default is None or not default.is_scalar:
        raise KeyError(f"rows for {column.table.name} lack {column.key}, which has no fixed default")
    return default.arg


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
        # Column by column: `map` runs each converter over a whole column in
        # C, then the columns are zipped back into rows.
        columns = []
        for name in compiled.positiontup:
            if name in rows[0]:
                values = [row[name] for row in rows]
            else:  # a column the rows leave to its default (a version starting at 1)
                values = [_scalar_default(table.c[name])] * len(rows)
            process = processors.get(name)
            columns.append(values if process is None else list(map(process, values)))
        params = list(zip(*columns, strict=True))
    else:
        missing = {c.key: _scalar_default(c) for c in table.c
                   if c.key not in rows[0] and c.default is not None}
        params = [
            {**missing, **{k: (v if processors[k] is None else processors[k](v)) for k, v in row.items()}}
            for row in rows
        ]
    conn.exec_driver_sql(compiled.string, params)
