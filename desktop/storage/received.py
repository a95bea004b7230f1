"""The history received from other laptops (`received_entry`), and a
round's whole history as this database knows it: its own entries and those
received, in the order they reached it.

Received entries are not chained into this database's history (they were
chained where they were made); each is covered by its author's seal, which
whoever uses it checks. The importing action's own entries record that they
arrived (`receive`, naming the seals brought).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from desktop.storage.audit import FIELDS
from desktop.storage.bulk import insert_rows
from desktop.storage.tables import CERTIFICATES, HISTORY, RECEIVED, SEALS


@dataclass(frozen=True, slots=True)
class Entry:
    """One sealed entry of a round's history, wherever it was made."""

    at: object
    actor: str
    action: str
    entity: str
    entity_id: str | None
    round_id: uuid.UUID | None
    before: str | None
    after: str | None
    detail: str | None
    seal_id: str | None
    #: False for an entry made in this database; True for one received.
    received: bool
    #: Where it stands in this database's history: (seq, 0) for its own,
    #: (the seq it arrived after, its arrival number) for one received.
    order: tuple[int, int]

    @property
    def seq(self) -> int:
        """Its number: in this database's history, or among those received."""
        return self.order[1] if self.received else self.order[0]

    def fields(self) -> dict:
        return {f: getattr(self, f) for f in FIELDS}


def local_entry(row) -> Entry:
    """An entry of this database's own history (an AUDIT row) as an `Entry`."""
    return Entry(row.at, row.actor, row.action, row.entity, row.entity_id, row.round_id, row.before, row.after,
                 row.detail, row.seal_id, False, (row.seq, 0))


def _received(row) -> Entry:
    return Entry(row.at, row.actor, row.action, row.entity, row.entity_id, row.round_id, row.before, row.after,
                 row.detail, row.seal_id, True, (row.after_seq, row.rseq))


def timeline(conn: Connection, round_ids: Sequence[uuid.UUID] | None = None) -> list[Entry]:
    """The rounds' history (every round's, with None): this database's own
    entries and those received, in the order they reached it."""
    local = sa.select(HISTORY)
    received = sa.select(RECEIVED)
    if round_ids is not None:
        local = local.where(HISTORY.c.round_id.in_(list(round_ids)))
        received = received.where(RECEIVED.c.round_id.in_(list(round_ids)))
    out = [local_entry(r) for r in conn.execute(local)]
    out += [_received(r) for r in conn.execute(received)]
    out.sort(key=lambda e: e.order)
    return out


def received_entries(conn: Connection) -> list[Entry]:
    return [_received(r) for r in conn.execute(sa.select(RECEIVED).order_by(RECEIVED.c.rseq))]


def held_groups(conn: Connection, seal_ids: Iterable[str]) -> set[tuple[str, uuid.UUID]]:
    """Which (seal, round) groups of entries this database holds already,
    its own or received."""
    ids = sorted(set(seal_ids))
    out: set[tuple[str, uuid.UUID]] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for table in (HISTORY, RECEIVED):
            out.update((s, r) for s, r in conn.execute(
                sa.select(table.c.seal_id, table.c.round_id).where(table.c.seal_id.in_(chunk)).distinct()))
    return out


def receive(conn: Connection, certs: list[dict], seals: list[dict], rows: list[dict]) -> None:
    """Keep entries made elsewhere, with their seals and their authors'
    certificates. `rows`: RECEIVED's columns but `rseq`."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        from desktop.storage import server

        server.receive_history(conn, certs, seals, rows)
        return
    held_seals = {s for (s,) in conn.execute(sa.select(SEALS.c.id).where(SEALS.c.id.in_([s["id"] for s in seals])))}
    if certs:
        conn.execute(sa.insert(CERTIFICATES).prefix_with("OR IGNORE"), certs)
    new_seals = [s for s in seals if s["id"] not in held_seals]
    if new_seals:
        insert_rows(conn, SEALS, new_seals)
    insert_rows(conn, RECEIVED, rows)
