"""The audit history: appended, never rewritten, and chained.

Each entry holds the SHA-256 of the entry before it (`prev_hash`) and of its
own canonical content chained to that (`hash`), so an edited, deleted or
reordered entry breaks the chain where it happened. Triggers refuse UPDATE
and DELETE on the table. A chain alone cannot show that its newest entries
were cut off, so the head's hash is also kept elsewhere (each sign-off
record and signed PDF carries it) and `check` compares.

A chain can be recomputed by whoever can write the file, so each action's
entries are also sealed: signed by the key of the person who acted (one
signature per action, see `HistorySeal`), and that person's certified role
must allow every entry (`domain.people.may`). Rewriting an entry, or adding
one, then takes that person's private key.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from desktop.domain.errors import Refused
from desktop.domain.people import Actor, may
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.storage.bulk import insert_rows
from desktop.storage.tables import CERTIFICATES, HISTORY, SEALS

SEAL_FORMAT = "exchange-desk-seal/1"
#: Where the seal puts entries that belong to no round.
NO_ROUND = "-"
GENESIS = "0" * 64
#: An entry's own fields: what its hashes and its seal cover.
FIELDS = ("at", "actor", "action", "entity", "entity_id", "round_id", "before", "after", "detail")


def canonical_value(value: object) -> object:
    """A field's value as the history's hashes and seals read it."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return str(value)


def _canonical(entry: dict) -> str:
    return json.dumps({f: canonical_value(entry.get(f)) for f in FIELDS}, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))


def entry_hash(prev_hash: str, entry: dict) -> str:
    """SHA-256 over the previous hash and the entry's fields as canonical JSON."""
    return hashlib.sha256(f"{prev_hash}\n{_canonical(entry)}".encode()).hexdigest()


def entry_digest(entry: dict) -> str:
    """SHA-256 of the entry's own content (wherever it stands in a chain)."""
    return hashlib.sha256(_canonical(entry).encode()).hexdigest()


def round_digests(entries: Iterable[dict], digests: Sequence[str] | None = None) -> dict[str, str]:
    """Per round (its id as text, `NO_ROUND` for none), the digest of these
    entries on it, in order: what a seal signs. `digests`: the entries' own
    digests, if made already."""
    groups: dict[str, list[str]] = {}
    for i, entry in enumerate(entries):
        rid = entry.get("round_id")
        groups.setdefault(NO_ROUND if rid is None else str(rid), []).append(
            entry_digest(entry) if digests is None else digests[i])
    return {rid: hashlib.sha256("\n".join(d).encode()).hexdigest() for rid, d in groups.items()}


def seal_content(key_id: str, entries: Sequence[dict], digests: Sequence[str] | None = None) -> str:
    """The exact text a seal signs (a nonce makes each seal its own)."""
    import secrets

    return json.dumps({"format": SEAL_FORMAT, "key": key_id, "nonce": secrets.token_hex(8),
                       "rounds": round_digests(entries, digests)}, sort_keys=True, separators=(",", ":"))


def entry(action: str, entity: str, entity_id: object, round_id, *, at: dt.datetime,
          before: object = None, after: object = None, detail: str | None = None) -> dict:
    """One history entry, as every writer makes it; its author is whoever
    `append` seals it for. `before` and `after`: values (or their JSON)."""
    return {"at": at, "action": action, "entity": entity,
            "entity_id": None if entity_id is None else str(entity_id), "round_id": round_id,
            "before": before if before is None or isinstance(before, str) else dumps(before),
            "after": after if after is None or isinstance(after, str) else dumps(after), "detail": detail}


def dumps(value: object) -> str:
    """A value as the history stores it (before/after): compact JSON."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def head(conn: Connection) -> str:
    """The hash of the newest entry (the genesis value for an empty history)."""
    value = conn.execute(sa.select(HISTORY.c.hash).order_by(HISTORY.c.seq.desc()).limit(1)).scalar()
    return value or GENESIS


#: Where a transaction keeps the head it last wrote (Connection.info).
_WRITTEN = "exchange_desk_audit_written"


def _not_allowed(actor: Actor, entry: dict) -> Refused:
    return Refused(translate(
        "people", "{name}'s key is certified as {role}, which may not do this ({action} {entity}); nothing was written."
    ).format(name=actor.name, role=actor.role.value, action=entry.get("action"), entity=entry.get("entity")))


def append(conn: Connection, entries: Sequence[dict], actor: Actor) -> str:
    """Add entries at the end of the chain, in the caller's transaction
    (which holds the write lock, so no other writer can interleave), each
    written as `actor`'s and sealed with `actor`'s key. Returns the new head."""
    if not entries:
        return head(conn)
    entries = [{**entry, "actor": actor.name} for entry in entries]
    for entry in entries:
        if not may(actor.role, entry["action"], entry["entity"], entry.get("detail")):
            raise _not_allowed(actor, entry)
    # Each entry's canonical text made once, for its own digest (sealed) and
    # its chain hash, and let go: an import's entries hold whole rounds.
    start = prev = head(conn)
    digests, chain = [], []
    for entry in entries:
        text = _canonical(entry).encode()
        digests.append(hashlib.sha256(text).hexdigest())
        prev = hashlib.sha256(prev.encode() + b"\n" + text).hexdigest()
        chain.append(prev)
    content = seal_content(actor.key_id, entries, digests)
    seal = {"id": hashlib.sha256(content.encode()).hexdigest(), "key_id": actor.key_id, "content": content,
            "signature": base64.b64encode(actor.sign(content.encode())).decode("ascii")}
    cert = {"key_id": actor.key_id, "name": actor.name, "role": actor.role.value,
            "pem": actor.certificate.decode("ascii")}
    rows = []
    for entry, prior, digest in zip(entries, [start, *chain], chain, strict=False):
        rows.append({**{f: entry.get(f) for f in FIELDS}, "prev_hash": prior, "hash": digest, "seal_id": seal["id"]})
    if conn.dialect.name == "postgresql":
        # Through the owner's function: no login may insert into the
        # history itself, and the server checks the login's role.
        from desktop.storage import server

        server.append_history(conn, cert, seal, rows)
    else:
        conn.execute(sa.insert(CERTIFICATES).prefix_with("OR IGNORE"), [cert])
        insert_rows(conn, SEALS, [seal])
        insert_rows(conn, HISTORY, rows)
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
        entry = {f: getattr(row, f) for f in FIELDS}
        if row.prev_hash != prev:
            breaks.append(ChainBreak(row.seq, QT_TRANSLATE_NOOP(
                "integrity", "does not follow the entry before it (one was removed, inserted or moved)")))
        if entry_hash(row.prev_hash or "", entry) != row.hash:
            breaks.append(ChainBreak(row.seq, QT_TRANSLATE_NOOP("integrity", "was changed after it was written")))
        prev = row.hash or ""
    return breaks, prev, count
