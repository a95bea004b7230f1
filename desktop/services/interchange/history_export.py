"""What an export writes of supervision (format version 3): each round's
sealed history (its own entries and those received; an import's note of
what it received stays here), its signed summaries, the seals and
certificates they need, and the rounds merged away as duplicates."""

from __future__ import annotations

import base64
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.services.loading import chunks
from desktop.storage.received import timeline
from desktop.storage.tables import ROUNDS, SIGN_OFFS


def attach(session: Session, rounds: list[dict]) -> dict:
    """Add to each exported round its sealed history and signed summaries;
    returns the file's `seals` and `certificates` (only those used)."""
    from desktop.storage.audit import canonical_value
    from desktop.storage.tables import CERTIFICATES, SEALS

    if not rounds:
        return {}
    conn = session.connection()
    by_id = {d["id"]: d for d in rounds}
    every = session.execute(sa.select(sa.func.count()).select_from(ROUNDS)).scalar() == len(rounds)
    parts = [None] if every else list(chunks([uuid.UUID(i) for i in by_id], 500))
    seal_ids: set[str] = set()

    def entry_of(e) -> dict:
        seal_ids.add(e.seal_id)
        entry = {"seal": e.seal_id, "at": canonical_value(e.at), "actor": e.actor, "action": e.action,
                 "entity": e.entity}
        for f in ("entity_id", "before", "after", "detail"):
            value = getattr(e, f)
            if value is not None:
                entry[f] = value
        return entry

    for part in parts:
        for e in timeline(conn, part):
            d = by_id.get(str(e.round_id))
            # An import's note of what it received stays here: sent back, it
            # would be received and noted again, on and on.
            if d is not None and e.seal_id is not None and e.action != "receive":
                d.setdefault("history", []).append(entry_of(e))
        query = sa.select(SIGN_OFFS.c.round_id, SIGN_OFFS.c.amendment, SIGN_OFFS.c.pdf).where(SIGN_OFFS.c.pdf.is_not(None))
        if part is not None:
            query = query.where(SIGN_OFFS.c.round_id.in_(part))
        for rid, amendment, pdf in session.execute(query.order_by(SIGN_OFFS.c.round_id, SIGN_OFFS.c.amendment)):
            d = by_id.get(str(rid))
            if d is not None:
                d.setdefault("sign_offs", []).append({"amendment": amendment, "pdf": base64.b64encode(bytes(pdf)).decode("ascii")})
    removed = _removed(session, entry_of) if every else []
    seals, keys = [], set()
    for part in chunks(sorted(seal_ids), 500):
        for s in session.execute(sa.select(SEALS).where(SEALS.c.id.in_(part)).order_by(SEALS.c.id)):
            seals.append({"id": s.id, "key": s.key_id, "content": s.content, "signature": s.signature})
            keys.add(s.key_id)
    certs = [{"key": c.key_id, "pem": c.pem}
             for c in session.execute(sa.select(CERTIFICATES).where(CERTIFICATES.c.key_id.in_(sorted(keys))).order_by(CERTIFICATES.c.key_id))]
    seals.sort(key=lambda s: s["id"])
    out = {"seals": seals, "certificates": certs} if seals else {}
    if removed:
        out["removed"] = removed
    return out


def _removed(session: Session, entry_of) -> list[dict]:
    """Rounds merged into another as duplicates (held here no longer), each
    with its sealed history: tombstones, so that other laptops merge them too."""
    from desktop.domain.supervision import values
    from desktop.storage.tables import HISTORY, RECEIVED

    merged: dict[uuid.UUID, str] = {}
    for table in (HISTORY, RECEIVED):
        for rid, before in session.execute(sa.select(table.c.round_id, table.c.before).where(
                table.c.action == "merge", table.c.entity == "round")):
            into = values(before).get("into")
            if rid is not None and into:
                merged[rid] = into
    if not merged:
        return []
    held = {rid for part in chunks(sorted(merged), 500)
            for (rid,) in session.execute(sa.select(ROUNDS.c.id).where(ROUNDS.c.id.in_(part)))}
    out = []
    for rid in sorted(set(merged) - held, key=str):
        history = [entry_of(e) for e in timeline(session.connection(), [rid]) if e.seal_id is not None]
        if any(e["action"] == "merge" for e in history):
            out.append({"id": str(rid), "merged_into": merged[rid], "history": history})
    return out
