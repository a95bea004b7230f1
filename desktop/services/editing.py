"""Editing rounds, one action per transaction: the desktop app's use cases.

Every action has the same shape: read the round as a `RoundDoc`, make the
new content, check it with the interchange file's own validation (so a round
typed in the app obeys the same rules as one imported), write the difference
with its audit entries, and rewrite the round's summary row. A signed-off
round refuses every change.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.domain.content import CategorySetDoc, FigureDoc, Movement, RoundDoc, SourceDoc, utc_now
from desktop.domain.ids import new_id
from desktop.domain.tables import AuditEntry
from desktop.domain.types import AffiliationKind, PartyRole, Qualifier, RoundStatus
from desktop.services.errors import Refused, UserError
from desktop.services.interchange.merge import dumps, ensure_parties, figure_value, load_existing
from desktop.services.interchange.parse import _Reader
from desktop.services.loading import CS, C, F, M, R, RP, S, load_docs
from desktop.services.summaries import refresh_summaries
from desktop.storage import Database
from desktop.storage import audit
from desktop.storage.bulk import insert_rows

AUDIT = AuditEntry.__table__

Slot = tuple[Movement, str, str | None, str | None]


@dataclass(frozen=True)
class Change:
    """What an action changed, for the views to decide what to redraw."""

    round_id: uuid.UUID
    what: str


def validate(doc: RoundDoc) -> RoundDoc:
    """The interchange file's checks, applied to a round typed in the app.
    Messages name the field, e.g. `figures[2].count: must be at most …`."""
    raw = doc.to_dict()
    reader = _Reader("round")
    checked = reader.round("round", raw)
    # Keep provenance, which the file's checks do not carry over.
    by_slot = {f.slot: f for f in doc.figures}
    figures = tuple(
        dataclasses.replace(f, entered_by=by_slot[f.slot].entered_by, entered_at=by_slot[f.slot].entered_at)
        if f.slot in by_slot else f
        for f in checked.figures
    )
    return dataclasses.replace(checked, figures=figures, status=doc.status)


def _short(message: str) -> str:
    """`round: round.title: …` → `title: …`."""
    for prefix in ("round: round.", "round: round"):
        if message.startswith(prefix):
            return message[len(prefix):].lstrip(": ")
    return message


def _load(session: Session, round_id: uuid.UUID) -> RoundDoc:
    docs = load_docs(session, ids=[round_id])
    if not docs:
        raise UserError(f"round {round_id}: no such round (was it deleted in another window?).")
    return docs[0]


def _editable(doc: RoundDoc) -> None:
    if doc.status is RoundStatus.SIGNED_OFF:
        raise Refused(f"round {doc.id} ({doc.title}) is signed off; reopen it to change it.")


class _Writer:
    """Writes the difference between two versions of a round."""

    def __init__(self, session: Session, *, actor: str, now: dt.datetime, detail: str | None):
        self.session = session
        self.conn = session.connection()
        self.actor = actor
        self.now = now
        self.detail = detail
        self.audit: list[dict] = []

    def log(self, action: str, entity: str, entity_id: object, round_id: uuid.UUID,
            before: object = None, after: object = None) -> None:
        self.audit.append({
            "at": self.now, "actor": self.actor, "action": action, "entity": entity,
            "entity_id": None if entity_id is None else str(entity_id), "round_id": round_id,
            "before": None if before is None else dumps(before),
            "after": None if after is None else dumps(after),
            "detail": self.detail,
        })

    def exec(self, statement) -> None:
        self.session.execute(statement)

    def write(self, old: RoundDoc | None, new: RoundDoc) -> None:
        rid = new.id
        names = set(new.sides) | set(new.third_parties) | set(new.mediators)
        parties = ensure_parties(self.session, names, self.now)
        if old is None:
            insert_rows(self.conn, R, [{
                "id": rid, "title": new.title, "date": new.date, "location": new.location,
                "notes": new.notes, "status": new.status or RoundStatus.DRAFT,
                "created_at": self.now, "created_by": self.actor,
                "updated_at": self.now, "updated_by": self.actor,
            }])
            self.log("create", "round", rid, rid, after=new.to_dict())
            old = RoundDoc(id=rid, title=new.title, date=new.date, sides=(), status=new.status)
        ex = load_existing(self.session, [rid]).get(rid)
        self._round_fields(old, new)
        self._figures_removed(old, new, ex)
        self._parties(old, new, parties)
        sources = self._sources(old, new, parties, ex)
        categories = self._category_sets(old, new, ex)
        self._figures_written(old, new, ex, parties, sources, categories)
        if self.audit:
            self.exec(sa.update(R).where(R.c.id == rid).values(updated_at=self.now, updated_by=self.actor))
            audit.append(self.conn, self.audit)

    def _round_fields(self, old: RoundDoc, new: RoundDoc) -> None:
        before, after = {}, {}
        for name in ("title", "date", "location", "notes", "status"):
            a, b = getattr(old, name), getattr(new, name)
            if a != b:
                before[name], after[name] = a, b
        if after:
            self.exec(sa.update(R).where(R.c.id == new.id).values(**after))
            self.log("update", "round", new.id, new.id, before, after)

    def _parties(self, old: RoundDoc, new: RoundDoc, parties: dict[str, uuid.UUID]) -> None:
        for role, label in ((PartyRole.SIDE, "sides"), (PartyRole.THIRD_PARTY, "third_parties"),
                            (PartyRole.MEDIATOR, "mediators")):
            a, b = getattr(old, label), getattr(new, label)
            if a == b:
                continue
            self.exec(sa.delete(RP).where(RP.c.round_id == new.id, RP.c.role == role))
            insert_rows(self.conn, RP, [
                {"round_id": new.id, "party_id": parties[n], "role": role, "position": i} for i, n in enumerate(b)
            ])
            self.log("update", "round", new.id, new.id, {label: list(a)}, {label: list(b)})

    def _sources(self, old, new, parties, ex) -> dict[str, uuid.UUID]:
        ids = {name: sid for name, (sid, _) in (ex.sources.items() if ex else ())}
        if old.sources == new.sources:
            return ids
        keep = {s.name for s in new.sources}
        for name, sid in list(ids.items()):
            if name not in keep:
                self.exec(sa.delete(S).where(S.c.id == sid))
                del ids[name]
        for position, s in enumerate(new.sources):
            if s.affiliation in (AffiliationKind.INDEPENDENT.value, AffiliationKind.UNKNOWN.value):
                kind, party = AffiliationKind(s.affiliation), None
            else:
                kind, party = AffiliationKind.PARTY, parties[s.affiliation]
            values = {"affiliation_kind": kind, "affiliation_party_id": party, "position": position}
            if s.name in ids:
                self.exec(sa.update(S).where(S.c.id == ids[s.name]).values(**values))
            else:
                ids[s.name] = new_id()
                insert_rows(self.conn, S, [{"id": ids[s.name], "round_id": new.id, "name": s.name, **values}])
        self.log("update", "round", new.id, new.id,
                 {"sources": [dataclasses.asdict(s) for s in old.sources]},
                 {"sources": [dataclasses.asdict(s) for s in new.sources]})
        return ids

    def _category_sets(self, old, new, ex) -> dict[tuple[str, str], uuid.UUID]:
        ids = dict(ex.categories) if ex else {}
        if old.category_sets == new.category_sets:
            return ids
        set_ids = {name: sid for name, (sid, _) in (ex.sets.items() if ex else ())}
        wanted = {cs.name: cs for cs in new.category_sets}
        for name, sid in list(set_ids.items()):
            if name not in wanted:
                self.exec(sa.delete(C).where(C.c.category_set_id == sid))
                self.exec(sa.delete(CS).where(CS.c.id == sid))
                del set_ids[name]
                for key in [k for k in ids if k[0] == name]:
                    del ids[key]
        for position, cs in enumerate(new.category_sets):
            if cs.name in set_ids:
                sid = set_ids[cs.name]
                self.exec(sa.update(CS).where(CS.c.id == sid).values(exhaustive=cs.exhaustive, position=position))
            else:
                sid = set_ids[cs.name] = new_id()
                insert_rows(self.conn, CS, [{"id": sid, "round_id": new.id, "name": cs.name,
                                             "exhaustive": cs.exhaustive, "position": position}])
            for key in [k for k in ids if k[0] == cs.name and k[1] not in cs.categories]:
                self.exec(sa.delete(C).where(C.c.id == ids.pop(key)))
            for cpos, cat in enumerate(cs.categories):
                if (cs.name, cat) in ids:
                    self.exec(sa.update(C).where(C.c.id == ids[(cs.name, cat)]).values(position=cpos))
                else:
                    ids[(cs.name, cat)] = new_id()
                    insert_rows(self.conn, C, [{"id": ids[(cs.name, cat)], "category_set_id": sid,
                                                "name": cat, "position": cpos}])
        self.log("update", "round", new.id, new.id,
                 {"category_sets": [dataclasses.asdict(c) for c in old.category_sets]},
                 {"category_sets": [dataclasses.asdict(c) for c in new.category_sets]})
        return ids

    def _figures_removed(self, old, new, ex) -> None:
        kept = {f.slot for f in new.figures}
        for f in old.figures:
            if f.slot not in kept and ex is not None and f.slot in ex.figures:
                fid = ex.figures[f.slot].id
                self.exec(sa.delete(F).where(F.c.id == fid))
                self.log("delete", "figure", fid, new.id, before=figure_value(f))

    def _figures_written(self, old, new, ex, parties, sources, categories) -> None:
        before = {f.slot: f for f in old.figures}
        movements = dict(ex.movements) if ex else {}
        for f in new.figures:
            prior = before.get(f.slot)
            if prior is not None and figure_value(prior) == figure_value(f):
                continue
            if prior is not None and ex is not None and f.slot in ex.figures:
                fid = ex.figures[f.slot].id
                self.exec(sa.update(F).where(F.c.id == fid).values(
                    count=f.count, qualifier=f.qualifier, citation=f.citation, note=f.note,
                    updated_by=self.actor, updated_at=self.now,
                ))
                self.log("update", "figure", fid, new.id, figure_value(prior), figure_value(f))
                continue
            mid = movements.get(f.movement)
            if mid is None:
                mid = movements[f.movement] = new_id()
                insert_rows(self.conn, M, [{
                    "id": mid, "round_id": new.id, "from_party_id": parties[f.movement.from_party],
                    "to_party_id": parties[f.movement.to_party], "kind": f.movement.kind,
                }])
            fid = new_id()
            insert_rows(self.conn, F, [{
                "id": fid, "round_id": new.id, "movement_id": mid, "source_id": sources[f.source],
                "category_id": None if f.category is None else categories[(f.category_set, f.category)],
                "count": f.count, "qualifier": f.qualifier, "citation": f.citation, "note": f.note,
                # A figure put back (an undone deletion) keeps who entered it and when.
                "entered_by": f.entered_by or self.actor, "entered_at": f.entered_at or self.now,
                "updated_by": self.actor, "updated_at": self.now,
            }])
            self.log("create", "figure", fid, new.id, after=figure_value(f))


def _commit_edit(db: Database, round_id: uuid.UUID, change, *, actor: str, what: str,
                 detail: str | None = None, allow_signed_off: bool = False) -> Change:
    """Read the round, apply `change(doc) -> doc`, validate, write, summarize."""
    with db.transaction() as session:
        old = _load(session, round_id)
        if not allow_signed_off:
            _editable(old)
        new = change(old)
        try:
            new = validate(new)
        except UserError as exc:
            raise UserError(_short(str(exc))) from None
        _Writer(session, actor=actor, now=utc_now(), detail=detail).write(old, new)
        refresh_summaries(session, [round_id])
    return Change(round_id, what)


# --- the actions -----------------------------------------------------------------


def create_round(
    db: Database, *, title: str, date: dt.date, sides: Sequence[str], actor: str,
    third_parties: Sequence[str] = (), mediators: Sequence[str] = (),
    location: str | None = None, notes: str | None = None,
) -> uuid.UUID:
    """A new draft round; its id is a fresh UUID."""
    doc = RoundDoc(
        id=new_id(), title=title, date=date, sides=tuple(sides), third_parties=tuple(third_parties),
        mediators=tuple(mediators), location=location or None, notes=notes or None, status=RoundStatus.DRAFT,
    )
    try:
        doc = validate(doc)
    except UserError as exc:
        raise UserError(_short(str(exc))) from None
    with db.transaction() as session:
        _Writer(session, actor=actor, now=utc_now(), detail="created in the app").write(None, doc)
        refresh_summaries(session, [doc.id])
    return doc.id


def update_round(db: Database, round_id: uuid.UUID, *, actor: str, **fields) -> Change:
    """Change title, date, location or notes."""
    allowed = {"title", "date", "location", "notes"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"cannot set {sorted(unknown)} with update_round")
    cleaned = {k: (v or None) if k in ("location", "notes") else v for k, v in fields.items()}
    return _commit_edit(db, round_id, lambda d: dataclasses.replace(d, **cleaned), actor=actor, what="round")


def set_parties(
    db: Database, round_id: uuid.UUID, *, actor: str, sides: Sequence[str] | None = None,
    third_parties: Sequence[str] | None = None, mediators: Sequence[str] | None = None,
) -> Change:
    """Replace the sides, third parties or mediators (a party with figures
    cannot be removed: clear its figures first)."""

    def change(d: RoundDoc) -> RoundDoc:
        new = dataclasses.replace(
            d,
            sides=tuple(sides) if sides is not None else d.sides,
            third_parties=tuple(third_parties) if third_parties is not None else d.third_parties,
            mediators=tuple(mediators) if mediators is not None else d.mediators,
        )
        movers = set(new.sides) | set(new.third_parties)
        for f in d.figures:
            for party in (f.movement.from_party, f.movement.to_party):
                if party not in movers:
                    raise UserError(f"{party} has figures in this round; clear them before removing it.")
        named = set(new.sides) | set(new.third_parties) | set(new.mediators)
        for s in d.sources:
            if s.affiliation not in named and s.affiliation not in ("independent", "unknown"):
                raise UserError(f"the source {s.name} speaks for {s.affiliation}; change its affiliation first.")
        return new

    return _commit_edit(db, round_id, change, actor=actor, what="parties")


def set_sources(db: Database, round_id: uuid.UUID, *, sources: Sequence[SourceDoc], actor: str) -> Change:
    """Replace the round's sources (one with figures cannot be removed)."""

    def change(d: RoundDoc) -> RoundDoc:
        keep = {s.name for s in sources}
        for f in d.figures:
            if f.source not in keep:
                raise UserError(f"the source {f.source} has figures in this round; clear them before removing it.")
        return dataclasses.replace(d, sources=tuple(sources))

    return _commit_edit(db, round_id, change, actor=actor, what="sources")


def set_category_sets(
    db: Database, round_id: uuid.UUID, *, category_sets: Sequence[CategorySetDoc], actor: str,
) -> Change:
    """Replace the category sets in use (a category with figures stays)."""

    def change(d: RoundDoc) -> RoundDoc:
        keep = {(cs.name, c) for cs in category_sets for c in cs.categories}
        for f in d.figures:
            if f.category is not None and (f.category_set, f.category) not in keep:
                raise UserError(
                    f"{f.category_set}: {f.category} has figures in this round; clear them before removing it."
                )
        return dataclasses.replace(d, category_sets=tuple(category_sets))

    return _commit_edit(db, round_id, change, actor=actor, what="category_sets")


#: `expected` not given: the figure is set whatever it holds now.
ANY = object()


def _same(a: FigureDoc | None, b: FigureDoc | None) -> bool:
    if a is None or b is None:
        return a is b
    return (a.count, a.qualifier, a.citation, a.note) == (b.count, b.qualifier, b.citation, b.note)


def _check_expected(d: RoundDoc, slot: Slot, expected) -> FigureDoc | None:
    """The figure in `slot` now; refused if it is not what the caller saw
    (someone else changed it meanwhile: nothing is overwritten unseen)."""
    current = next((f for f in d.figures if f.slot == slot), None)
    if expected is not ANY and not _same(current, expected):
        what = "cleared" if current is None else f"set to {current.count}"
        raise Refused(
            f"the figure of {slot[1]} ({slot[0].label()}) was {what} elsewhere in the meantime; "
            "the view has been reloaded and nothing was overwritten."
        )
    return current


def set_figure(
    db: Database, round_id: uuid.UUID, *, movement: Movement, source: str, count: int,
    qualifier: Qualifier = Qualifier.EXACT, category_set: str | None = None, category: str | None = None,
    citation: str | None = None, note: str | None = None, actor: str, expected=ANY,
    entered_by: str | None = None, entered_at: dt.datetime | None = None,
) -> Change:
    """Record or change one figure (a source new to the round is added with
    affiliation unknown). With `expected` (a figure, or None for an empty
    cell), it is refused if the figure is no longer that."""

    def change(d: RoundDoc) -> RoundDoc:
        slot = (movement, source, category_set, category)
        prior = _check_expected(d, slot, expected)
        figure = FigureDoc(
            movement=movement, source=source, count=count, qualifier=qualifier,
            category_set=category_set, category=category, citation=citation or None, note=note or None,
            entered_by=prior.entered_by if prior else entered_by,
            entered_at=prior.entered_at if prior else entered_at,
        )
        figures = [f for f in d.figures if f.slot != slot] + [figure]
        return dataclasses.replace(d, figures=tuple(figures), figures_sorted=False)

    return _commit_edit(db, round_id, change, actor=actor, what="figures")


def clear_figure(db: Database, round_id: uuid.UUID, *, slot: Slot, actor: str, expected=ANY) -> Change:
    """Delete one figure (kept in the history); with `expected`, only if it
    still holds that."""

    def change(d: RoundDoc) -> RoundDoc:
        _check_expected(d, slot, expected)
        return dataclasses.replace(d, figures=tuple(f for f in d.figures if f.slot != slot), figures_sorted=False)

    return _commit_edit(db, round_id, change, actor=actor, what="figures")


_MOVES = {
    (RoundStatus.DRAFT, RoundStatus.IN_REVIEW),
    (RoundStatus.IN_REVIEW, RoundStatus.DRAFT),
}


def set_status(db: Database, round_id: uuid.UUID, *, status: RoundStatus, comment: str = "", actor: str) -> Change:
    """Draft → in review, or back to draft with a comment. (Sign-off has
    its own use case.)"""

    def change(d: RoundDoc) -> RoundDoc:
        current = d.status or RoundStatus.DRAFT
        if (current, status) not in _MOVES:
            raise Refused(f"round {d.id} is {current.value.replace('_', ' ')}; it cannot move to "
                          f"{status.value.replace('_', ' ')} from there.")
        if status is RoundStatus.DRAFT and not comment.strip():
            raise UserError("comment: say why the round goes back to draft.")
        return dataclasses.replace(d, status=status)

    return _commit_edit(db, round_id, change, actor=actor, what="status", detail=comment.strip() or None)


def get_round_doc(db: Database, round_id: uuid.UUID) -> RoundDoc:
    with db.reading() as session:
        return _load(session, round_id)
