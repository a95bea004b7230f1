"""Storage: the engine, sessions, migrations and the audit history."""

from desktop.storage.database import Database, DatabaseRefused, resolve_url

__all__ = ["Database", "DatabaseRefused", "resolve_url"]
