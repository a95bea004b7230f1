"""Reading rounds out of the database, in a few bulk queries for any number
of rounds (never one per round), so that the list, the export and the
discrepancy check stay fast with years of data.

- `read_rounds`: the rounds as `RoundDoc`s, with their open merge
  conflicts; with `revisions=True` also each figure's revision and the
  deleted figures (what an interchange file carries);
- `read_export`: the rounds as the interchange file writes them, straight
  from the rows (no figure objects);
- `existing_ids`, `round_filter`.

Figures are read from their own table alone and named through the small
tables read first (`_Names`): joining five tables per figure cost SQLite
more than the whole rest of the read. Rows come with raw ids and enum
values, converted once per distinct value (`_Memo`).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop.domain.content import (
    CategorySetDoc,
    CombinedDoc,
    FigureDoc,
    MergeConflict,
    Movement,
    Revision,
    RoundDoc,
    SourceDoc,
    combined_of,
    format_timestamp,
    movement_of,
)
from desktop.domain.types import (
    AffiliationKind,
    MovementKind,
    PartyRole,
    Qualifier,
    RoundStatus,
    Stage,
)
from desktop.storage.bulk import CHUNK, chunks
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

RAW = sa.String()


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


def read_rounds(
    session: Session, *, ids: Sequence[uuid.UUID] | None = None,
    date_from: dt.date | None = None, date_to: dt.date | None = None, revisions: bool = False,
) -> list[RoundDoc]:
    """The rounds selected, by date then id, with everything they say and
    their open merge conflicts; with `revisions`, also each figure's
    revision and the deleted figures."""
    def one(part):
        return _read_rounds(session, _Selection(part, date_from, date_to), revisions)
    return _by_chunks(one, ids, lambda d: (d.date, str(d.id)))


def read_export(
    session: Session, *, ids: Sequence[uuid.UUID] | None = None,
    date_from: dt.date | None = None, date_to: dt.date | None = None,
) -> list[dict]:
    """The rounds selected as the interchange file writes them — exactly
    `RoundDoc.to_dict()` of `read_rounds(..., revisions=True)` — built
    straight from the rows: an export of years of rounds makes no figure
    objects."""
    def one(part):
        selection = _Selection(part, date_from, date_to)
        names = _read_names(session, selection)
        if names is None:
            return []
        _, lost_by = _read_conflicts(session, selection)
        rows = session.execute(sa.select(*_FIGURE_COLUMNS, *_REVISION_COLUMNS)
                               .where(selection.of(FIGURES.c.round_id))).all()
        return _export(names.rounds, names.roles, names.sources, names.sets, names.category_of, names.movement_of,
                       names.source_name, lost_by, rows)
    return _by_chunks(one, ids, lambda d: (d["date"], d["id"]))


def _by_chunks(read: Callable, ids: Sequence[uuid.UUID] | None, key: Callable) -> list:
    """`read(ids)` at most `CHUNK` ids at a time, merged back in order."""
    if ids is None or len(ids) <= CHUNK:
        return read(ids)
    out: list = []
    for part in chunks(list(ids)):
        out.extend(read(part))
    out.sort(key=key)
    return out


@dataclass(frozen=True)
class _Selection:
    ids: Sequence[uuid.UUID] | None
    date_from: dt.date | None
    date_to: dt.date | None

    @property
    def where(self) -> sa.ColumnElement[bool]:
        return round_filter(ids=self.ids, date_from=self.date_from, date_to=self.date_to)

    def of(self, column: sa.Column) -> sa.ColumnElement[bool]:
        """Rows of the selected rounds. Everything: no IN list, so SQLite
        reads each table straight through."""
        if self.ids is None and self.date_from is None and self.date_to is None:
            return sa.true()
        return column.in_(sa.select(ROUNDS.c.id).where(self.where))


@dataclass
class _Names:
    """The selected rounds' rows and what names their figures' ids."""

    rounds: list
    roles: dict = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    sources: dict = field(default_factory=lambda: defaultdict(list))
    source_name: dict = field(default_factory=dict)
    sets: dict = field(default_factory=lambda: defaultdict(dict))
    category_of: dict = field(default_factory=lambda: {None: (None, None)})
    movement_of: dict = field(default_factory=dict)


def _read_names(session: Session, selection: _Selection) -> _Names | None:
    rounds = session.execute(
        sa.select(sa.cast(ROUNDS.c.id, RAW), ROUNDS.c.title, ROUNDS.c.date, ROUNDS.c.location, ROUNDS.c.notes,
                  ROUNDS.c.status, ROUNDS.c.operation, ROUNDS.c.combined)
        .where(selection.where).order_by(ROUNDS.c.date, ROUNDS.c.id)
    ).all()
    if not rounds:
        return None
    names = _Names(rounds)
    role_of = _Memo(PartyRole)
    for rid, role, name in session.execute(
        sa.select(sa.cast(ROUND_PARTIES.c.round_id, RAW), sa.cast(ROUND_PARTIES.c.role, RAW), PARTIES.c.name)
        .join(PARTIES, PARTIES.c.id == ROUND_PARTIES.c.party_id)
        .where(selection.of(ROUND_PARTIES.c.round_id))
        .order_by(ROUND_PARTIES.c.round_id, ROUND_PARTIES.c.role, ROUND_PARTIES.c.position)
    ).all():
        names.roles[rid][role_of(role)].append(name)
    stage_of = _Memo(Stage)
    for rid, sid, name, kind, party, stage in session.execute(
        sa.select(sa.cast(SOURCES.c.round_id, RAW), sa.cast(SOURCES.c.id, RAW), SOURCES.c.name,
                  sa.cast(SOURCES.c.affiliation_kind, RAW), PARTIES.c.name, sa.cast(SOURCES.c.stage, RAW))
        .outerjoin(PARTIES, PARTIES.c.id == SOURCES.c.affiliation_party_id)
        .where(selection.of(SOURCES.c.round_id))
        .order_by(SOURCES.c.round_id, SOURCES.c.position)
    ).all():
        names.source_name[sid] = name
        names.sources[rid].append(SourceDoc(name, party if kind == AffiliationKind.PARTY.value else kind,
                                            stage_of(stage)))
    for rid, set_name, exhaustive, cid, cat_name in session.execute(
        sa.select(sa.cast(CATEGORY_SETS.c.round_id, RAW), CATEGORY_SETS.c.name, CATEGORY_SETS.c.exhaustive,
                  sa.cast(CATEGORIES.c.id, RAW), CATEGORIES.c.name)
        .outerjoin(CATEGORIES, CATEGORIES.c.category_set_id == CATEGORY_SETS.c.id)
        .where(selection.of(CATEGORY_SETS.c.round_id))
        .order_by(CATEGORY_SETS.c.round_id, CATEGORY_SETS.c.position, CATEGORIES.c.position)
    ).all():
        entry = names.sets[rid].setdefault(set_name, (bool(exhaustive), []))
        if cat_name is not None:
            entry[1].append(cat_name)
            names.category_of[cid] = (set_name, cat_name)
    _read_movements(session, selection, names)
    return names


def _read_movements(session: Session, selection: _Selection, names: _Names) -> None:
    pf, pt = aliased(PARTIES), aliased(PARTIES)
    interned: dict[tuple, Movement] = {}
    kind_of = _Memo(MovementKind)
    for mid, src, dst, kind in session.execute(
        sa.select(sa.cast(MOVEMENTS.c.id, RAW), pf.c.name, pt.c.name, sa.cast(MOVEMENTS.c.kind, RAW))
        .join(pf, pf.c.id == MOVEMENTS.c.from_party_id)
        .join(pt, pt.c.id == MOVEMENTS.c.to_party_id)
        .where(selection.of(MOVEMENTS.c.round_id))
    ).all():
        key = (src, dst, kind)
        movement = interned.get(key)
        if movement is None:
            movement = interned[key] = Movement(src, dst, kind_of(kind))
        names.movement_of[mid] = movement


def _read_conflicts(session: Session, selection: _Selection) -> tuple[dict, dict]:
    """Open merge conflicts: per round (figure id, held side, other side),
    and per figure the other sides."""
    conflicts: dict[str, list] = defaultdict(list)
    lost_by: dict[str, list[dict]] = defaultdict(list)
    for rid, fid, held, other in session.execute(
        sa.select(sa.cast(FIGURE_CONFLICTS.c.round_id, RAW), sa.cast(FIGURE_CONFLICTS.c.figure_id, RAW),
                  FIGURE_CONFLICTS.c.winner, FIGURE_CONFLICTS.c.loser)
        .where(selection.of(FIGURE_CONFLICTS.c.round_id), FIGURE_CONFLICTS.c.closed_at.is_(None))
        .order_by(FIGURE_CONFLICTS.c.loser_rev)
    ).all():
        other = json.loads(other)
        conflicts[rid].append((fid, json.loads(held), other))
        lost_by[fid].append(other)
    return conflicts, lost_by


_FIGURE_COLUMNS = (
    sa.cast(FIGURES.c.round_id, RAW), sa.cast(FIGURES.c.movement_id, RAW), sa.cast(FIGURES.c.source_id, RAW),
    sa.cast(FIGURES.c.category_id, RAW), FIGURES.c.count, sa.cast(FIGURES.c.qualifier, RAW), FIGURES.c.citation,
    FIGURES.c.note, FIGURES.c.entered_by, sa.cast(FIGURES.c.entered_at, RAW), FIGURES.c.part_of,
)
_REVISION_COLUMNS = (
    sa.cast(FIGURES.c.id, RAW), sa.cast(FIGURES.c.rev, RAW), FIGURES.c.ancestors, FIGURES.c.updated_by,
    sa.cast(FIGURES.c.updated_at, RAW), sa.cast(FIGURES.c.deleted_at, RAW),
)


@dataclass
class _Figures:
    live: dict = field(default_factory=lambda: defaultdict(list))
    deleted: dict = field(default_factory=lambda: defaultdict(list))
    #: Figure id → FigureDoc (with revisions, and those under open conflicts).
    by_id: dict = field(default_factory=dict)
    #: Figure id → the side that holds, under an open conflict.
    held: dict = field(default_factory=dict)


def _read_rounds(session: Session, selection: _Selection, revisions: bool) -> list[RoundDoc]:
    names = _read_names(session, selection)
    if names is None:
        return []
    conflicts, lost_by = _read_conflicts(session, selection)
    figures = _Figures()
    qualifier_of, time_of = _Memo(Qualifier), _Memo(_to_utc)
    if not revisions:
        for (rid, mid, sid, cid, count, qualifier, citation, note, by, at, part_of) in session.execute(
            sa.select(*_FIGURE_COLUMNS).where(selection.of(FIGURES.c.round_id), FIGURES.c.deleted_at.is_(None))
        ).all():
            cset, cat = names.category_of[cid]
            # Positional, in FigureDoc's field order: keyword arguments cost
            # measurably over 200,000 figures.
            figures.live[rid].append(FigureDoc(
                names.movement_of[mid], names.source_name[sid], count, qualifier_of(qualifier), cset, cat, citation,
                note, by, None if at is None else time_of(at), None, part_of and _whole(part_of),
            ))
    else:
        _read_revised(session, selection, names, lost_by, figures, qualifier_of, time_of)
    if conflicts:
        _read_held(session, selection, names, figures, qualifier_of, time_of)
    return [_doc(row, names, figures, conflicts) for row in names.rounds]


def _read_revised(session, selection, names: _Names, lost_by, figures: _Figures, qualifier_of, time_of) -> None:
    for (rid, mid, sid, cid, count, qualifier, citation, note, by, at, part_of, fid, rev, ancestors,
         changed_by, changed_at, deleted_at) in session.execute(
        sa.select(*_FIGURE_COLUMNS, *_REVISION_COLUMNS).where(selection.of(FIGURES.c.round_id))
    ).all():
        cset, cat = names.category_of[cid]
        revision = Revision(
            rev_text(rev or fid), tuple(json.loads(ancestors)) if ancestors else (),
            changed_by, time_of(changed_at), None if deleted_at is None else time_of(deleted_at),
            tuple(lost_by.get(fid, ())),
        )
        figure = FigureDoc(
            names.movement_of[mid], names.source_name[sid], count, qualifier_of(qualifier), cset, cat, citation,
            note, by, None if at is None else time_of(at), revision, part_of and _whole(part_of),
        )
        (figures.live if deleted_at is None else figures.deleted)[rid].append(figure)
        figures.by_id[fid] = figure


def _read_held(session, selection, names: _Names, figures: _Figures, qualifier_of, time_of) -> None:
    """The figure under each open conflict, as it stands: the side that holds."""
    open_ones = sa.select(FIGURE_CONFLICTS.c.figure_id).where(
        selection.of(FIGURE_CONFLICTS.c.round_id), FIGURE_CONFLICTS.c.closed_at.is_(None))
    for (rid, mid, sid, cid, count, qualifier, citation, note, by, at, _part_of, fid, rev, changed_by, changed_at,
         deleted_at) in session.execute(
        sa.select(*_FIGURE_COLUMNS, sa.cast(FIGURES.c.id, RAW), sa.cast(FIGURES.c.rev, RAW), FIGURES.c.updated_by,
                  sa.cast(FIGURES.c.updated_at, RAW), FIGURES.c.deleted_at)
        .where(FIGURES.c.id.in_(open_ones))
    ).all():
        cset, cat = names.category_of[cid]
        figures.by_id[fid] = FigureDoc(names.movement_of[mid], names.source_name[sid], count,
                                       qualifier_of(qualifier), cset, cat)
        figures.held[fid] = {
            "count": count, "qualifier": qualifier_of(qualifier).value, "deleted": deleted_at is not None,
            "changed_by": changed_by, "changed_at": format_timestamp(time_of(changed_at)),
            "rev": rev_text(rev or fid),
        }


_ROUND_OF = _Memo(_to_uuid)


def _whole(text: str) -> Movement:
    """A figure's "of which" as the database keeps it. A value the program
    did not write (edited by hand) reads as a movement no round has, which
    `check` then finds unlike the signed history, rather than failing."""
    try:
        return movement_of(text)
    except (ValueError, KeyError, TypeError):
        return Movement(text[:40], "?", MovementKind.EXCHANGE)


def _combined_of(text: str | None) -> tuple[CombinedDoc, ...]:
    """A round's combined figures as stored; text that is not what this
    program writes reads as a figure of a source no round has, which
    `check` then finds unlike the signed history, rather than failing."""
    try:
        return combined_of(text)
    except (ValueError, KeyError, TypeError, AttributeError):
        return (CombinedDoc("?", (), 0),)


def _doc(row, names: _Names, figures: _Figures, conflicts: dict) -> RoundDoc:
    rid, title, day, location, notes, status, operation, combined = row
    r = names.roles.get(rid, {})
    return RoundDoc(
        id=_ROUND_OF(rid), title=title, date=day, location=location, notes=notes, status=status,
        operation=operation, combined=_combined_of(combined), sides=tuple(r.get(PartyRole.SIDE, ())),
        third_parties=tuple(r.get(PartyRole.THIRD_PARTY, ())),
        mediators=tuple(r.get(PartyRole.MEDIATOR, ())),
        sources=tuple(names.sources.get(rid, ())),
        category_sets=tuple(
            CategorySetDoc(name, exhaustive, tuple(cats))
            for name, (exhaustive, cats) in names.sets.get(rid, {}).items()
        ),
        figures=tuple(sorted(figures.live.get(rid, ()), key=FigureDoc.sort_key)),
        tombstones=tuple(figures.deleted.get(rid, ())),
        conflicts=tuple(MergeConflict(figures.by_id[fid], figures.held[fid], other)
                        for fid, _, other in conflicts.get(rid, ())),
        figures_sorted=True,
    )


def _export(rounds, roles, sources, sets, category_of, movement_of, source_name, lost_by, rows) -> list[dict]:
    """Round dicts in `RoundDoc.to_dict()`'s shape and order (a test holds
    the two paths to the same bytes)."""
    stamp = _Memo(lambda raw: format_timestamp(_to_utc(raw)))
    live: dict[str, list] = defaultdict(list)
    dead: dict[str, list] = defaultdict(list)
    # Per movement once: its three names, and the kind as text for sorting.
    named = {mid: (m.from_party, m.to_party, m.kind, m.kind.value) for mid, m in movement_of.items()}
    for (rid, mid, sid, cid, count, qualifier, citation, note, by, at, part_of, fid, rev, ancestors,
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
        if part_of is not None:
            f["part_of"] = _whole(part_of).to_dict()
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
    for rid, title, day, location, notes, status, operation, combined in rounds:
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
            # Every source's stage, the operation and the combined figures,
            # none included: a file states them, so that a change to
            # "delivered", "no operation" or "no combined figure" travels.
            "sources": [{**s.to_dict(), "stage": s.stage.value} for s in sources.get(rid, ())],
            "category_sets": [
                {"name": name, "exhaustive": exhaustive, "categories": list(cats)}
                for name, (exhaustive, cats) in sets.get(rid, {}).items()
            ],
            "operation": operation,
            "combined": [c.to_dict() for c in _combined_of(combined)],
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
