"""Storage: the engine, sessions, migrations and the audit history.

`Database`, `DatabaseRefused` and `resolve_url` load SQLAlchemy when first
used, so that `storage.sqlite` and `storage.schema` can be read at start-up
without it.
"""

from __future__ import annotations

__all__ = ["Database", "DatabaseLocked", "DatabaseNew", "DatabaseRefused", "DatabaseReplaced", "DatabaseWrongKey", "resolve_url"]


def __getattr__(name: str):
    if name in __all__:
        from desktop.storage import database

        return getattr(database, name)
    raise AttributeError(name)
