"""Bulk inserts for imports: one prepared statement, many rows.

SQLAlchemy Core's `executemany` rebuilds parameters row by row through its
statement machinery; for hundreds of thousands of figures that costs more
than the database itself. Here the INSERT is compiled once for the dialect,
each column's own bind processor (UUIDs, enums, UTC timestamps) is applied
to the values column by column, and the rows go to the driver's
`executemany` in one call. Same SQL, same types, any backend.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
import operator
from collections.abc import Iterable, Iterator, Sequence

import sqlalchemy as sa
from sqlalchemy.engine import Connection

#: Ids per IN (...) list: far below every backend's parameter limit.
CHUNK = 500


def chunks(items: Sequence, size: int = CHUNK) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cycle collector while millions of small, acyclic objects
    are built: otherwise it rescans them all again and again, which nearly
    doubled the time of a large import. Reference counting still frees
    everything; the collector runs again afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _processor(column: sa.Column, dialect):
    """The column's bind processor. Where values repeat (one timestamp for
    all rows, a handful of enum members) each distinct value is converted
    once; not UUIDs, whose hash costs as much as converting them (see
    `_by_identity`)."""
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    if process is None or column.primary_key or isinstance(column.type, sa.Uuid):
        return process
    return functools.lru_cache(maxsize=None)(process)


def _by_identity(process, values: Sequence) -> list:
    """`process` over references that are mostly the same few objects (a round's
    id on each of its figures): each object converted once, found again by
    identity, which costs nothing to hash."""
    keys = list(map(id, values))
    converted = {k: process(v) for k, v in dict(zip(keys, values)).items()}
    return list(map(converted.__getitem__, keys))


def _scalar_default(column: sa.Column):
    default = column.default
    if default is None or not default.is_scalar:
        raise KeyError(f"rows for {column.table.name} lack {column.key}, which has no fixed default")
    return default.arg


def insert_rows(conn: Connection, table: sa.Table, rows: Sequence[dict]) -> None:
    """Insert rows that all have the same keys."""
    if not rows:
        return
    keys = tuple(rows[0])
    get = operator.itemgetter(*keys)
    insert_tuples(conn, table, keys, list(map(get, rows)) if len(keys) > 1 else [(v,) for v in map(get, rows)])


def insert_tuples(conn: Connection, table: sa.Table, keys: Sequence[str], rows: Sequence[tuple]) -> None:
    """Insert rows given as tuples of the values of `keys`, in that order."""
    if not rows:
        return
    dialect = conn.dialect
    compiled = sa.insert(table).compile(dialect=dialect, column_keys=list(keys))
    # Column by column: `map` runs each converter over a whole column in C,
    # then the columns are zipped back into rows.
    columns = {}
    for key, values in zip(keys, zip(*rows, strict=True), strict=True):
        column = table.c[key]
        process = _processor(column, dialect)
        if process is None:
            columns[key] = values
        elif isinstance(column.type, sa.Uuid) and column.foreign_keys:
            columns[key] = _by_identity(process, values)
        else:
            columns[key] = list(map(process, values))
    n = len(rows)
    if compiled.positional:
        ordered = [columns[name] if name in columns else itertools.repeat(_scalar_default(table.c[name]), n)
                   for name in compiled.positiontup]
        params = list(zip(*ordered))
    else:
        missing = {c.key: _scalar_default(c) for c in table.c if c.key not in columns and c.default is not None}
        names = tuple(columns)
        params = [{**missing, **dict(zip(names, values))} for values in zip(*columns.values())]
    conn.exec_driver_sql(compiled.string, params)
