"""Reading rounds out of the database as `RoundDoc`s, in a few bulk queries.

A handful of queries for any number of rounds (never one per round), so the
list, the export and the discrepancy check stay fast with years of data.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop.domain.content import (
    CategorySetDoc,
    FigureDoc,
    MergeConflict,
    Movement,
    Revision,
    RoundDoc,
    SourceDoc,
    format_timestamp,
)
from desktop.domain.types import (
    AffiliationKind,
    MovementKind,
    PartyRole,
    Qualifier,
    RoundStatus,
)
from desktop.storage.tables import (
    CATEGORIES,
    CATEGORY_SETS,
    FIGURE_CONFLICTS,
    FIGURES,
    MOVEMENTS,
    PARTIES,
    ROUND_PARTIES,
    ROUNDS,
    SOURCES,
)

#: Ids per IN (...) list: far below every backend's parameter limit.
CHUNK = 500



@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cycle collector while millions of small, acyclic objects
    are built: otherwise it rescans them all again and again, which nearly
    doubled the time of a large import. Reference counting still frees
    everything; the collector runs again afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _Memo:
    """A conversion remembered per distinct raw value."""

    __slots__ = ("convert", "seen")

    def __init__(self, convert):
        self.convert = convert
        self.seen: dict = {}

    def __call__(self, value):
        try:
            return self.seen[value]
        except KeyError:
            result = self.seen[value] = self.convert(value)
            return result


def _to_uuid(value) -> uuid.UUID:
    """A raw id as the driver gives it: SQLite's 32 hex digits, or a UUID."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _to_utc(value) -> dt.datetime:
    """A raw timestamp (SQLite's text, or a driver's naive datetime), as UTC."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def chunks(items: Sequence, size: int = CHUNK) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def round_filter(
    *, ids: Sequence[uuid.UUID] | None = None,
    date_from: dt.date | None = None, date_to: dt.date | None = None,
) -> sa.ColumnElement[bool]:
    clauses: list[sa.ColumnElement[bool]] = []
    if ids is not None:
        clauses.append(ROUNDS.c.id.in_(list(ids)))
    if date_from is not None:
        clauses.append(ROUNDS.c.date >= date_from)
    if date_to is not None:
        clauses.append(ROUNDS.c.date <= date_to)
    return sa.and_(sa.true(), *clauses)


def load_docs(
    session: Session, *, ids: Sequence[uuid.UUID] | None = None,
    date_from: dt.date | None = None, date_to: dt.date | None = None, revisions: bool = False,
) -> list[RoundDoc]:
    """The rounds selected, by date then id, with everything they say and
    their open merge conflicts; with `revisions`, also each figure's
    revision and the deleted figures (what an interchange file carries)."""
    return _load(session, ids, date_from, date_to, "revisions" if revisions else "docs")


def export_rounds(
    session: Session, *, ids: Sequence[uuid.UUID] | None = None,
    date_from: dt.date | None = None, date_to: dt.date | None = None,
) -> list[dict]:
    """The rounds selected as the interchange file writes them — exactly
    `RoundDoc.to_dict()` of `load_docs(..., revisions=True)` — built straight
    from the rows: an export of years of rounds makes no figure objects."""
    return _load(session, ids, date_from, date_to, "export")


def _load(session: Session, ids, date_from, date_to, mode: str) -> list:
    if ids is not None and len(ids) > CHUNK:
        out: list = []
        for part in chunks(list(ids)):
            out.extend(_load(session, part, date_from, date_to, mode))
        if mode == "export":
            out.sort(key=lambda d: (d["date"], d["id"]))
        else:
            out.sort(key=lambda d: (d.date, str(d.id)))
        return out
    revisions = mode != "docs"
    where = round_filter(ids=ids, date_from=date_from, date_to=date_to)
    everything = ids is None and date_from is None and date_to is None

    def of_selected(column: sa.Column) -> sa.ColumnElement[bool]:
        # Everything: no IN list, so SQLite reads each table straight through.
        return sa.true() if everything else column.in_(sa.select(ROUNDS.c.id).where(where))
    # Rows come with raw ids and enum values, converted once per distinct
    # value: converting 200,000 figures' UUIDs one by one cost more than
    # reading them.
    raw = sa.String()
    round_of = _Memo(_to_uuid)
    rounds = session.execute(
        sa.select(sa.cast(ROUNDS.c.id, raw), ROUNDS.c.title, ROUNDS.c.date, ROUNDS.c.location, ROUNDS.c.notes, ROUNDS.c.status)
        .where(where).order_by(ROUNDS.c.date, ROUNDS.c.id)
    ).all()
    if not rounds:
        return []

    role_of = _Memo(PartyRole)
    roles: dict[str, dict[PartyRole, list[str]]] = defaultdict(lambda: defaultdict(list))
    for rid, role, name in session.execute(
        sa.select(sa.cast(ROUND_PARTIES.c.round_id, raw), sa.cast(ROUND_PARTIES.c.role, raw), PARTIES.c.name)
        .join(PARTIES, PARTIES.c.id == ROUND_PARTIES.c.party_id)
        .where(of_selected(ROUND_PARTIES.c.round_id))
        .order_by(ROUND_PARTIES.c.round_id, ROUND_PARTIES.c.role, ROUND_PARTIES.c.position)
    ).all():
        roles[rid][role_of(role)].append(name)

    # Figures are read from their own table alone and named through the
    # small tables read here: joining five tables per figure cost SQLite
    # more than the whole rest of the load.
    source_name: dict[str, str] = {}
    sources: dict[str, list[SourceDoc]] = defaultdict(list)
    for rid, sid, name, kind, party in session.execute(
        sa.select(sa.cast(SOURCES.c.round_id, raw), sa.cast(SOURCES.c.id, raw), SOURCES.c.name,
                  sa.cast(SOURCES.c.affiliation_kind, raw), PARTIES.c.name)
        .outerjoin(PARTIES, PARTIES.c.id == SOURCES.c.affiliation_party_id)
        .where(of_selected(SOURCES.c.round_id))
        .order_by(SOURCES.c.round_id, SOURCES.c.position)
    ).all():
        source_name[sid] = name
        sources[rid].append(SourceDoc(name, party if kind == AffiliationKind.PARTY.value else kind))

    category_of: dict[str | None, tuple[str | None, str | None]] = {None: (None, None)}
    sets: dict[str, dict[str, tuple[bool, list[str]]]] = defaultdict(dict)
    for rid, set_name, exhaustive, cid, cat_name in session.execute(
        sa.select(sa.cast(CATEGORY_SETS.c.round_id, raw), CATEGORY_SETS.c.name, CATEGORY_SETS.c.exhaustive, sa.cast(CATEGORIES.c.id, raw), CATEGORIES.c.name)
        .outerjoin(CATEGORIES, CATEGORIES.c.category_set_id == CATEGORY_SETS.c.id)
        .where(of_selected(CATEGORY_SETS.c.round_id))
        .order_by(CATEGORY_SETS.c.round_id, CATEGORY_SETS.c.position, CATEGORIES.c.position)
    ).all():
        entry = sets[rid].setdefault(set_name, (bool(exhaustive), []))
        if cat_name is not None:
            entry[1].append(cat_name)
            category_of[cid] = (set_name, cat_name)

    pf, pt = aliased(PARTIES), aliased(PARTIES)
    movement_of: dict[str, Movement] = {}
    interned: dict[tuple, Movement] = {}
    kind_of = _Memo(MovementKind)
    for mid, src, dst, kind in session.execute(
        sa.select(sa.cast(MOVEMENTS.c.id, raw), pf.c.name, pt.c.name, sa.cast(MOVEMENTS.c.kind, raw))
        .join(pf, pf.c.id == MOVEMENTS.c.from_party_id)
        .join(pt, pt.c.id == MOVEMENTS.c.to_party_id)
        .where(of_selected(MOVEMENTS.c.round_id))
    ).all():
        key = (src, dst, kind)
        movement = interned.get(key)
        if movement is None:
            movement = interned[key] = Movement(src, dst, kind_of(kind))
        movement_of[mid] = movement

    conflicts: dict[str, list[MergeConflict]] = defaultdict(list)
    lost_by: dict[str, list[dict]] = defaultdict(list)
    for rid, fid, held, other in session.execute(
        sa.select(sa.cast(FIGURE_CONFLICTS.c.round_id, raw), sa.cast(FIGURE_CONFLICTS.c.figure_id, raw), FIGURE_CONFLICTS.c.winner, FIGURE_CONFLICTS.c.loser)
        .where(of_selected(FIGURE_CONFLICTS.c.round_id), FIGURE_CONFLICTS.c.closed_at.is_(None))
        .order_by(FIGURE_CONFLICTS.c.loser_rev)
    ).all():
        other = json.loads(other)
        conflicts[rid].append((fid, json.loads(held), other))
        lost_by[fid].append(other)

    figures: dict[str, list[FigureDoc]] = defaultdict(list)
    tombstones: dict[str, list[FigureDoc]] = defaultdict(list)
    figure_of: dict[str, FigureDoc] = {}
    qualifier_of = _Memo(Qualifier)
    time_of = _Memo(_to_utc)
    columns = [
        sa.cast(FIGURES.c.round_id, raw), sa.cast(FIGURES.c.movement_id, raw), sa.cast(FIGURES.c.source_id, raw),
        sa.cast(FIGURES.c.category_id, raw), FIGURES.c.count, sa.cast(FIGURES.c.qualifier, raw), FIGURES.c.citation, FIGURES.c.note,
        FIGURES.c.entered_by, sa.cast(FIGURES.c.entered_at, raw),
    ]
    if not revisions:
        for row in session.execute(
            sa.select(*columns).where(of_selected(FIGURES.c.round_id), FIGURES.c.deleted_at.is_(None))
        ).all():
            (rid, mid, sid, cid, count, qualifier, citation, note, by, at) = row
            cset, cat = category_of[cid]
            # Positional, in FigureDoc's field order: keyword arguments cost
            # measurably over 200,000 figures.
            figures[rid].append(FigureDoc(
                movement_of[mid], source_name[sid], count, qualifier_of(qualifier), cset, cat, citation, note,
                by, None if at is None else time_of(at),
            ))
    elif mode == "export":
        return _export(rounds, roles, sources, sets, category_of, movement_of, source_name, lost_by, session.execute(
            sa.select(*columns, sa.cast(FIGURES.c.id, raw), sa.cast(FIGURES.c.rev, raw), FIGURES.c.ancestors, FIGURES.c.updated_by,
                      sa.cast(FIGURES.c.updated_at, raw), sa.cast(FIGURES.c.deleted_at, raw))
            .where(of_selected(FIGURES.c.round_id))
        ).all())
    else:
        for row in session.execute(
            sa.select(*columns, sa.cast(FIGURES.c.id, raw), sa.cast(FIGURES.c.rev, raw), FIGURES.c.ancestors, FIGURES.c.updated_by,
                      sa.cast(FIGURES.c.updated_at, raw), sa.cast(FIGURES.c.deleted_at, raw))
            .where(of_selected(FIGURES.c.round_id))
        ).all():
            (rid, mid, sid, cid, count, qualifier, citation, note, by, at, fid, rev, ancestors,
             changed_by, changed_at, deleted_at) = row
            cset, cat = category_of[cid]
            revision = Revision(
                rev_text(rev or fid), tuple(json.loads(ancestors)) if ancestors else (),
                changed_by, time_of(changed_at), None if deleted_at is None else time_of(deleted_at),
                tuple(lost_by.get(fid, ())),
            )
            figure = FigureDoc(
                movement_of[mid], source_name[sid], count, qualifier_of(qualifier), cset, cat, citation, note,
                by, None if at is None else time_of(at), revision,
            )
            (figures if deleted_at is None else tombstones)[rid].append(figure)
            figure_of[fid] = figure

    # The figure under each open conflict, as it stands: the side that holds.
    held_of: dict[str, dict] = {}
    if conflicts:
        for row in session.execute(
            sa.select(*columns, sa.cast(FIGURES.c.id, raw), sa.cast(FIGURES.c.rev, raw), FIGURES.c.updated_by,
                      sa.cast(FIGURES.c.updated_at, raw), FIGURES.c.deleted_at)
            .where(FIGURES.c.id.in_(sa.select(FIGURE_CONFLICTS.c.figure_id).where(of_selected(FIGURE_CONFLICTS.c.round_id), FIGURE_CONFLICTS.c.closed_at.is_(None))))
        ).all():
            (rid, mid, sid, cid, count, qualifier, citation, note, by, at, fid, rev, changed_by, changed_at,
             deleted_at) = row
            cset, cat = category_of[cid]
            figure_of[fid] = FigureDoc(movement_of[mid], source_name[sid], count, qualifier_of(qualifier), cset, cat)
            held_of[fid] = {
                "count": count, "qualifier": qualifier_of(qualifier).value, "deleted": deleted_at is not None,
                "changed_by": changed_by, "changed_at": format_timestamp(time_of(changed_at)),
                "rev": rev_text(rev or fid),
            }

    out = []
    for rid, title, day, location, notes, status in rounds:
        r = roles.get(rid, {})
        out.append(RoundDoc(
            id=round_of(rid), title=title, date=day, location=location, notes=notes, status=status,
            sides=tuple(r.get(PartyRole.SIDE, ())),
            third_parties=tuple(r.get(PartyRole.THIRD_PARTY, ())),
            mediators=tuple(r.get(PartyRole.MEDIATOR, ())),
            sources=tuple(sources.get(rid, ())),
            category_sets=tuple(
                CategorySetDoc(name, exhaustive, tuple(cats))
                for name, (exhaustive, cats) in sets.get(rid, {}).items()
            ),
            figures=tuple(sorted(figures.get(rid, ()), key=FigureDoc.sort_key)),
            tombstones=tuple(tombstones.get(rid, ())),
            conflicts=tuple(MergeConflict(figure_of[fid], held_of[fid], other)
                            for fid, _, other in conflicts.get(rid, ())),
            figures_sorted=True,
        ))
    return out


def _export(rounds, roles, sources, sets, category_of, movement_of, source_name, lost_by, rows) -> list[dict]:
    """Round dicts in `RoundDoc.to_dict()`'s shape and order (a test holds
    the two paths to the same bytes)."""
    stamp = _Memo(lambda raw: format_timestamp(_to_utc(raw)))
    live: dict[str, list] = defaultdict(list)
    dead: dict[str, list] = defaultdict(list)
    # Per movement once: its three names, and the kind as text for sorting.
    named = {mid: (m.from_party, m.to_party, m.kind, m.kind.value) for mid, m in movement_of.items()}
    for (rid, mid, sid, cid, count, qualifier, citation, note, by, at, fid, rev, ancestors,
         changed_by, changed_at, deleted_at) in rows:
        src, dst, kind, kind_text = named[mid]
        source = source_name[sid]
        cset, cat = category_of[cid]
        f = {"from": src, "to": dst, "kind": kind, "source": source}
        if cat is not None:
            f["category_set"] = cset
            f["category"] = cat
        f["count"] = count
        f["qualifier"] = qualifier
        if citation is not None:
            f["citation"] = citation
        if note is not None:
            f["note"] = note
        if by is not None:
            f["entered_by"] = by
        if at is not None:
            f["entered_at"] = stamp(at)
        if changed_by != by or changed_at != at:  # never changed since entered: entered_* say it
            f["changed_by"] = changed_by
            f["changed_at"] = stamp(changed_at)
        if deleted_at is not None:
            f["deleted_at"] = stamp(deleted_at)
        rev = rev or fid
        f["rev"] = f"{rev[:8]}-{rev[8:12]}-{rev[12:16]}-{rev[16:20]}-{rev[20:]}" if len(rev) == 32 else rev
        if ancestors:
            history = json.loads(ancestors)
            if history:
                f["history"] = history
        lost = lost_by.get(fid)
        if lost:
            f["conflicts"] = lost
        key = (src, dst, kind_text, source, cat is not None, cset or "", cat or "")
        (live if deleted_at is None else dead)[rid].append((key, f))
    out = []
    for rid, title, day, location, notes, status in rounds:
        r = roles.get(rid, {})
        figures = [f for _, f in sorted(live.get(rid, ()), key=_first)]
        figures += [f for _, f in sorted(dead.get(rid, ()), key=_first)]
        out.append({
            "id": rev_text(rid),
            "title": title,
            "date": day.isoformat(),
            "location": location,
            "notes": notes,
            "status": (status or RoundStatus.DRAFT).value,
            "sides": list(r.get(PartyRole.SIDE, ())),
            "third_parties": list(r.get(PartyRole.THIRD_PARTY, ())),
            "mediators": list(r.get(PartyRole.MEDIATOR, ())),
            "sources": [{"name": s.name, "affiliation": s.affiliation} for s in sources.get(rid, ())],
            "category_sets": [
                {"name": name, "exhaustive": exhaustive, "categories": list(cats)}
                for name, (exhaustive, cats) in sets.get(rid, {}).items()
            ],
            "figures": figures,
        })
    return out


def _first(pair: tuple) -> tuple:
    return pair[0]


def rev_text(raw) -> str:
    """A revision id as files write it (a UUID's usual form), from what the
    driver gives (SQLite: 32 hex digits)."""
    text = str(raw)
    if len(text) == 32:
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
    return text


def existing_ids(session: Session, ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    """Which of these rounds the database already holds."""
    found: set[uuid.UUID] = set()
    for part in chunks(list(ids)):
        found.update(session.execute(sa.select(ROUNDS.c.id).where(ROUNDS.c.id.in_(list(part)))).scalars())
    return found
