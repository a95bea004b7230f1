"""The audit history: appended, never rewritten, and chained.

Each entry holds the SHA-256 of the entry before it (`prev_hash`) and of its
own canonical content chained to that (`hash`), so an edited, deleted or
reordered entry breaks the chain where it happened. Triggers refuse UPDATE
and DELETE on the table. A chain alone cannot show that its newest entries
were cut off, so the head's hash is also kept elsewhere (each sign-off
record and signed PDF carries it) and `check` compares.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from desktop.domain.tables import AuditEntry
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.storage.bulk import insert_rows

AUDIT = AuditEntry.__table__
GENESIS = "0" * 64
_FIELDS = ("at", "actor", "action", "entity", "entity_id", "round_id", "before", "after", "detail")


def _text(value: object) -> object:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return str(value)


def entry_hash(prev_hash: str, entry: dict) -> str:
    """SHA-256 over the previous hash and the entry's fields as canonical JSON."""
    content = json.dumps({f: _text(entry.get(f)) for f in _FIELDS}, ensure_ascii=False, sort_keys=True,
                         separators=(",", ":"))
    return hashlib.sha256(f"{prev_hash}\n{content}".encode()).hexdigest()


def dumps(value: object) -> str:
    """A value as the history stores it (before/after): compact JSON."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def head(conn: Connection) -> str:
    """The hash of the newest entry (the genesis value for an empty history)."""
    value = conn.execute(sa.select(AUDIT.c.hash).order_by(AUDIT.c.seq.desc()).limit(1)).scalar()
    return value or GENESIS


#: Where a transaction keeps the head it last wrote (Connection.info).
_WRITTEN = "exchange_desk_audit_written"


def append(conn: Connection, entries: Sequence[dict]) -> str:
    """Add entries at the end of the chain, in the caller's transaction
    (which holds the write lock, so no other writer can interleave).
    Returns the new head."""
    if not entries:
        return head(conn)
    prev = head(conn)
    rows = []
    for entry in entries:
        digest = entry_hash(prev, entry)
        rows.append({**{f: entry.get(f) for f in _FIELDS}, "prev_hash": prev, "hash": digest})
        prev = digest
    insert_rows(conn, AUDIT, rows)
    conn.info[_WRITTEN] = prev
    return prev


def forget_written(conn: Connection) -> None:
    """At the start of a transaction: nothing written by it yet."""
    conn.info.pop(_WRITTEN, None)


def written(conn: Connection) -> str | None:
    """The head of the history as this transaction left it, if it wrote any
    entry (without reading it again)."""
    return conn.info.get(_WRITTEN)


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    #: English, marked for translation: `translate("integrity", problem)`.
    problem: str


def verify_chain(rows: Iterable) -> tuple[list[ChainBreak], str, int]:
    """Walk the entries in order: (breaks found, head hash, entries seen)."""
    breaks: list[ChainBreak] = []
    prev = GENESIS
    count = 0
    for row in rows:
        count += 1
        entry = {f: getattr(row, f) for f in _FIELDS}
        if row.prev_hash != prev:
            breaks.append(ChainBreak(row.seq, QT_TRANSLATE_NOOP(
                "integrity", "does not follow the entry before it (one was removed, inserted or moved)")))
        if entry_hash(row.prev_hash or "", entry) != row.hash:
            breaks.append(ChainBreak(row.seq, QT_TRANSLATE_NOOP("integrity", "was changed after it was written")))
        prev = row.hash or ""
    return breaks, prev, count
