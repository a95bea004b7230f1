"""Storage errors that come from the environment, not from a bug.

As qutebrowser does: the database being busy, read-only, full, damaged or
unreachable is the user's situation to fix and gets one sentence; any other
error is a bug and keeps its traceback.
"""

from __future__ import annotations

import sqlalchemy as sa

from desktop.i18n import QT_TRANSLATE_NOOP, translate

_ENVIRONMENT = (
    ("database is locked", QT_TRANSLATE_NOOP("storage", "The database is busy in another program; try again in a moment.")),
    ("readonly database", QT_TRANSLATE_NOOP("storage", "The database is read-only; check the file's permissions.")),
    ("attempt to write a readonly", QT_TRANSLATE_NOOP("storage", "The database is read-only; check the file's permissions.")),
    ("database or disk is full", QT_TRANSLATE_NOOP("storage", "The disk is full; free some space and try again.")),
    ("disk i/o error", QT_TRANSLATE_NOOP("storage", "The disk could not be read or written (I/O error).")),
    ("database disk image is malformed", QT_TRANSLATE_NOOP("storage", "The database file is damaged; restore a backup.")),
    ("file is not a database", QT_TRANSLATE_NOOP("storage", "The database file is damaged or is not a database; restore a backup.")),
    ("unable to open database file", QT_TRANSLATE_NOOP("storage", "The database file cannot be opened; check the folder and its permissions.")),
    ("could not connect to server", QT_TRANSLATE_NOOP("storage", "The database server cannot be reached.")),
    ("connection refused", QT_TRANSLATE_NOOP("storage", "The database server cannot be reached.")),
)


def environment_error(exc: BaseException, context: object = None) -> str | None:
    """One sentence for an environment error, or None for a bug."""
    if not isinstance(exc, (sa.exc.OperationalError, sa.exc.DatabaseError)):
        return None
    text = str(getattr(exc, "orig", exc)).lower()
    for fragment, sentence in _ENVIRONMENT:
        if fragment in text:
            return translate("storage", sentence)
    return None
