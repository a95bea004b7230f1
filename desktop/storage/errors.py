"""Storage errors that come from the environment, not from a bug.

As qutebrowser does: the database being busy, read-only, full, damaged or
unreachable is the user's situation to fix and gets one sentence; any other
error is a bug and keeps its traceback. Told apart by SQLite's result code
(`sqlite_errorcode`, its primary part) and PostgreSQL's SQLSTATE, never by
the wording of a message.
"""

from __future__ import annotations

import sqlalchemy as sa

from desktop.i18n import QT_TRANSLATE_NOOP, translate

_BUSY = QT_TRANSLATE_NOOP("storage", "The database is busy in another program; try again in a moment.")
_READ_ONLY = QT_TRANSLATE_NOOP("storage", "The database is read-only; check the file's permissions.")
_FULL = QT_TRANSLATE_NOOP("storage", "The disk is full; free some space and try again.")
_IO = QT_TRANSLATE_NOOP("storage", "The disk could not be read or written (I/O error).")
_DAMAGED = QT_TRANSLATE_NOOP("storage", "The database file is damaged; restore a backup.")
_NOT_A_DATABASE = QT_TRANSLATE_NOOP(
    "storage", "The database file is damaged or is not a database; restore a backup.")
_CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "storage", "The database file cannot be opened; check the folder and its permissions.")
_UNREACHABLE = QT_TRANSLATE_NOOP("storage", "The database server cannot be reached.")
_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "storage", "The database server refused: this login's role may not do this (ask the database's owner).")

#: SQLite's primary result codes (https://sqlite.org/rescode.html).
SQLITE = {5: _BUSY, 6: _BUSY, 8: _READ_ONLY, 10: _IO, 11: _DAMAGED, 13: _FULL, 14: _CANNOT_OPEN,
          26: _NOT_A_DATABASE}
#: PostgreSQL's SQLSTATE, by class (two characters) or whole.
POSTGRES_CLASSES = {"08": _UNREACHABLE, "53": _FULL, "58": _IO, "XX": _DAMAGED}
POSTGRES = {"42501": _NOT_ALLOWED, "57P03": _UNREACHABLE, "55P03": _BUSY, "40P01": _BUSY, "53200": None}


def environment_error(exc: BaseException, context: object = None) -> str | None:
    """One sentence for an environment error, or None for a bug."""
    if not isinstance(exc, (sa.exc.OperationalError, sa.exc.DatabaseError)):
        return None
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        sentence = SQLITE.get(code & 0xFF)
        return translate("storage", sentence) if sentence else None
    state = getattr(orig, "sqlstate", None)
    if state:
        sentence = POSTGRES.get(state, POSTGRES_CLASSES.get(state[:2]))
        return translate("storage", sentence) if sentence else None
    if type(orig).__module__.startswith("psycopg") and type(orig).__name__ == "OperationalError":
        # No SQLSTATE: the connection itself failed (refused, timed out, bad host).
        return translate("storage", _UNREACHABLE)
    return None
