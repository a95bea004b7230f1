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
from desktop.domain.lookalike import looks
from desktop.domain.types import (
    AffiliationKind,
    PartyRole,
    Qualifier,
    RoundStatus,
    Stage,
)
from desktop.domain.validity import alike_detail, safe
from desktop.i18n import translate
from desktop.services.errors import UserError
from desktop.services.loading import chunks
from desktop.storage.tables import (
    CATEGORIES,
    CATEGORY_SETS,
    FIGURES,
    MOVEMENTS,
    PARTIES,
    ROUND_PARTIES,
    ROUNDS,
    SOURCES,
)


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
    #: "Of which" (`content.movement_text`), or None.
    part_of: str | None = None

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
    operation: str | None = None
    #: Combined figures as stored (`content.combined_text`).
    combined: str | None = None
    status: RoundStatus = RoundStatus.DRAFT
    roles: dict[str, set[PartyRole]] = field(default_factory=lambda: defaultdict(set))
    positions: dict[PartyRole, int] = field(default_factory=lambda: defaultdict(lambda: -1))
    sources: dict[str, tuple[uuid.UUID, str]] = field(default_factory=dict)
    source_stages: dict[str, Stage] = field(default_factory=dict)
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
            sa.select(ROUNDS.c.id, ROUNDS.c.title, ROUNDS.c.date, ROUNDS.c.location, ROUNDS.c.notes, ROUNDS.c.status,
                      ROUNDS.c.operation, ROUNDS.c.combined).where(ROUNDS.c.id.in_(part))
        ).all()
        if not rows:
            continue
        found = [r.id for r in rows]
        for rid, title, day, location, notes, status, operation, combined in rows:
            out[rid] = ExistingRound(title=title, date=day, location=location, notes=notes, status=status,
                                     operation=operation, combined=combined)
        for rid, name, role, position in session.execute(
            sa.select(ROUND_PARTIES.c.round_id, PARTIES.c.name, ROUND_PARTIES.c.role, ROUND_PARTIES.c.position)
            .join(PARTIES, PARTIES.c.id == ROUND_PARTIES.c.party_id).where(ROUND_PARTIES.c.round_id.in_(found))
        ):
            ex = out[rid]
            ex.roles[name].add(role)
            ex.positions[role] = max(ex.positions[role], position)
        source_names: dict[uuid.UUID, str] = {}
        for rid, sid, name, kind, party, stage in session.execute(
            sa.select(SOURCES.c.round_id, SOURCES.c.id, SOURCES.c.name, SOURCES.c.affiliation_kind, PARTIES.c.name,
                      SOURCES.c.stage)
            .outerjoin(PARTIES, PARTIES.c.id == SOURCES.c.affiliation_party_id).where(SOURCES.c.round_id.in_(found))
        ):
            out[rid].sources[name] = (sid, party if kind == AffiliationKind.PARTY else kind.value)
            out[rid].source_stages[name] = Stage(stage)
            source_names[sid] = name
        set_names: dict[uuid.UUID, tuple[uuid.UUID, str]] = {}
        for rid, set_id, name, exhaustive in session.execute(
            sa.select(CATEGORY_SETS.c.round_id, CATEGORY_SETS.c.id, CATEGORY_SETS.c.name, CATEGORY_SETS.c.exhaustive).where(CATEGORY_SETS.c.round_id.in_(found))
        ):
            out[rid].sets[name] = (set_id, exhaustive)
            set_names[set_id] = (rid, name)
        category_names: dict[uuid.UUID, tuple[str, str]] = {}
        for set_id, cid, name, position in session.execute(
            sa.select(CATEGORIES.c.category_set_id, CATEGORIES.c.id, CATEGORIES.c.name, CATEGORIES.c.position)
            .join(CATEGORY_SETS, CATEGORY_SETS.c.id == CATEGORIES.c.category_set_id).where(CATEGORY_SETS.c.round_id.in_(found))
        ):
            rid, set_name = set_names[set_id]
            ex = out[rid]
            ex.categories[(set_name, name)] = cid
            ex.category_positions[set_name] = max(ex.category_positions[set_name], position)
            category_names[cid] = (set_name, name)
        pf, pt = aliased(PARTIES), aliased(PARTIES)
        movement_of: dict[uuid.UUID, Movement] = {}
        for rid, mid, src, dst, kind in session.execute(
            sa.select(MOVEMENTS.c.round_id, MOVEMENTS.c.id, pf.c.name, pt.c.name, MOVEMENTS.c.kind)
            .join(pf, pf.c.id == MOVEMENTS.c.from_party_id).join(pt, pt.c.id == MOVEMENTS.c.to_party_id)
            .where(MOVEMENTS.c.round_id.in_(found))
        ):
            movement = Movement(src, dst, kind)
            out[rid].movements[movement] = mid
            movement_of[mid] = movement
        for (rid, fid, mid, sid, cid, count, qualifier, citation, note, rev, ancestors, deleted_at,
             updated_by, updated_at, part_of) in session.execute(
            sa.select(
                FIGURES.c.round_id, FIGURES.c.id, FIGURES.c.movement_id, FIGURES.c.source_id, FIGURES.c.category_id,
                FIGURES.c.count, FIGURES.c.qualifier, FIGURES.c.citation, FIGURES.c.note, FIGURES.c.rev, FIGURES.c.ancestors, FIGURES.c.deleted_at,
                FIGURES.c.updated_by, FIGURES.c.updated_at, FIGURES.c.part_of,
            ).where(FIGURES.c.round_id.in_(found))
        ):
            cset, cat = category_names[cid] if cid is not None else (None, None)
            slot = (movement_of[mid], source_names[sid], cset, cat)
            out[rid].figures[slot] = FigureState(
                fid, count, qualifier, citation, note, rev, ancestors, deleted_at is not None, updated_by, updated_at,
                part_of)
    return out


def _unlike_known_parties(session: Session, new: list[str]) -> None:
    """A party new here must not look the same as one already known (nor as
    another new one): "Ukrаine" (a Cyrillic а) would be a second Ukraine in
    every total, and a mediator of Ukraine's own rounds."""
    known: dict[str, str] = {}
    for (name,) in session.execute(sa.select(PARTIES.c.name)):
        for key in looks(name):
            known.setdefault(key, name)
    for name in new:
        other = next((known[k] for k in looks(name) if known.get(k, name) != name), name)
        known.update((k, known.get(k, name)) for k in looks(name))
        if other != name:
            raise UserError(translate(
                "import", "The party {name} looks the same as the party {other} already known here, but is another "
                "name ({detail}); use {other} for both."
            ).format(name=safe(repr(name)), other=safe(repr(other)), detail=alike_detail(name, other)))


def ensure_parties(session: Session, names: set[str], now: dt.datetime, *, create: bool = True) -> dict[str, uuid.UUID]:
    """The ids of these parties, adding those not here yet (with `create`
    false, new ones get ids but nothing is written: for a preview)."""
    ids: dict[str, uuid.UUID] = {}
    ordered = sorted(names)
    for part in chunks(ordered):
        for pid, name in session.execute(sa.select(PARTIES.c.id, PARTIES.c.name).where(PARTIES.c.name.in_(list(part)))):
            ids[name] = pid
    missing = [n for n in ordered if n not in ids]
    if missing:
        _unlike_known_parties(session, missing)
        rows = [{"id": new_id(), "name": n, "created_at": now} for n in missing]
        if create:
            session.execute(sa.insert(PARTIES), rows)
        ids.update((r["name"], r["id"]) for r in rows)
    return ids
