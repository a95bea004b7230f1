"""What the database holds of rounds, keyed by names, for the two writers
(the import's merge and the app's edits): ids of parties, sources, sets,
categories, movements and figures."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop.domain.content import Movement
from desktop.domain.ids import new_id
from desktop.domain.types import AffiliationKind, PartyRole, Qualifier, RoundStatus
from desktop.services.loading import CS, RP, C, F, M, P, R, S, chunks


@dataclass
class FigureState:
    id: uuid.UUID
    count: int
    qualifier: Qualifier
    citation: str | None
    note: str | None
    #: The revision held (the row's id until the figure first changes), the
    #: revisions before it, newest first, and whether it is a tombstone.
    rev: uuid.UUID | None = None
    ancestors: str | None = None
    deleted: bool = False
    updated_by: str = ""
    updated_at: dt.datetime | None = None

    @property
    def current_rev(self) -> uuid.UUID:
        return self.rev or self.id

    def history(self) -> list[str]:
        """The revisions before this one, newest first (as text)."""
        return json.loads(self.ancestors) if self.ancestors else []


@dataclass
class ExistingRound:
    """What the database holds of one round, keyed by names."""

    title: str = ""
    date: dt.date | None = None
    location: str | None = None
    notes: str | None = None
    status: RoundStatus = RoundStatus.DRAFT
    roles: dict[str, set[PartyRole]] = field(default_factory=lambda: defaultdict(set))
    positions: dict[PartyRole, int] = field(default_factory=lambda: defaultdict(lambda: -1))
    sources: dict[str, tuple[uuid.UUID, str]] = field(default_factory=dict)
    sets: dict[str, tuple[uuid.UUID, bool]] = field(default_factory=dict)
    categories: dict[tuple[str, str], uuid.UUID] = field(default_factory=dict)
    category_positions: dict[str, int] = field(default_factory=lambda: defaultdict(lambda: -1))
    movements: dict[Movement, uuid.UUID] = field(default_factory=dict)
    figures: dict[tuple, FigureState] = field(default_factory=dict)


def load_existing(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, ExistingRound]:
    out: dict[uuid.UUID, ExistingRound] = {}
    for part in chunks(ids):
        part = list(part)
        rows = session.execute(
            sa.select(R.c.id, R.c.title, R.c.date, R.c.location, R.c.notes, R.c.status).where(R.c.id.in_(part))
        ).all()
        if not rows:
            continue
        found = [r.id for r in rows]
        for rid, title, day, location, notes, status in rows:
            out[rid] = ExistingRound(title=title, date=day, location=location, notes=notes, status=status)
        for rid, name, role, position in session.execute(
            sa.select(RP.c.round_id, P.c.name, RP.c.role, RP.c.position)
            .join(P, P.c.id == RP.c.party_id).where(RP.c.round_id.in_(found))
        ):
            ex = out[rid]
            ex.roles[name].add(role)
            ex.positions[role] = max(ex.positions[role], position)
        source_names: dict[uuid.UUID, str] = {}
        for rid, sid, name, kind, party in session.execute(
            sa.select(S.c.round_id, S.c.id, S.c.name, S.c.affiliation_kind, P.c.name)
            .outerjoin(P, P.c.id == S.c.affiliation_party_id).where(S.c.round_id.in_(found))
        ):
            out[rid].sources[name] = (sid, party if kind == AffiliationKind.PARTY else kind.value)
            source_names[sid] = name
        set_names: dict[uuid.UUID, tuple[uuid.UUID, str]] = {}
        for rid, set_id, name, exhaustive in session.execute(
            sa.select(CS.c.round_id, CS.c.id, CS.c.name, CS.c.exhaustive).where(CS.c.round_id.in_(found))
        ):
            out[rid].sets[name] = (set_id, exhaustive)
            set_names[set_id] = (rid, name)
        category_names: dict[uuid.UUID, tuple[str, str]] = {}
        for set_id, cid, name, position in session.execute(
            sa.select(C.c.category_set_id, C.c.id, C.c.name, C.c.position)
            .join(CS, CS.c.id == C.c.category_set_id).where(CS.c.round_id.in_(found))
        ):
            rid, set_name = set_names[set_id]
            ex = out[rid]
            ex.categories[(set_name, name)] = cid
            ex.category_positions[set_name] = max(ex.category_positions[set_name], position)
            category_names[cid] = (set_name, name)
        pf, pt = aliased(P), aliased(P)
        movement_of: dict[uuid.UUID, Movement] = {}
        for rid, mid, src, dst, kind in session.execute(
            sa.select(M.c.round_id, M.c.id, pf.c.name, pt.c.name, M.c.kind)
            .join(pf, pf.c.id == M.c.from_party_id).join(pt, pt.c.id == M.c.to_party_id)
            .where(M.c.round_id.in_(found))
        ):
            movement = Movement(src, dst, kind)
            out[rid].movements[movement] = mid
            movement_of[mid] = movement
        for (rid, fid, mid, sid, cid, count, qualifier, citation, note, rev, ancestors, deleted_at,
             updated_by, updated_at) in session.execute(
            sa.select(
                F.c.round_id, F.c.id, F.c.movement_id, F.c.source_id, F.c.category_id,
                F.c.count, F.c.qualifier, F.c.citation, F.c.note, F.c.rev, F.c.ancestors, F.c.deleted_at,
                F.c.updated_by, F.c.updated_at,
            ).where(F.c.round_id.in_(found))
        ):
            cset, cat = category_names[cid] if cid is not None else (None, None)
            slot = (movement_of[mid], source_names[sid], cset, cat)
            out[rid].figures[slot] = FigureState(
                fid, count, qualifier, citation, note, rev, ancestors, deleted_at is not None, updated_by, updated_at)
    return out


def ensure_parties(session: Session, names: set[str], now: dt.datetime, *, create: bool = True) -> dict[str, uuid.UUID]:
    """The ids of these parties, adding those not here yet (with `create`
    false, new ones get ids but nothing is written: for a preview)."""
    ids: dict[str, uuid.UUID] = {}
    ordered = sorted(names)
    for part in chunks(ordered):
        for pid, name in session.execute(sa.select(P.c.id, P.c.name).where(P.c.name.in_(list(part)))):
            ids[name] = pid
    missing = [n for n in ordered if n not in ids]
    if missing:
        rows = [{"id": new_id(), "name": n, "created_at": now} for n in missing]
        if create:
            session.execute(sa.insert(P), rows)
        ids.update((r["name"], r["id"]) for r in rows)
    return ids
