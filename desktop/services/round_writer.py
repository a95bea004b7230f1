"""Writing the difference between two versions of a round, with its
history entries: the app's edits all end here."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.domain.content import RoundDoc, combined_text, movement_text
from desktop.domain.ids import new_id
from desktop.domain.people import Actor
from desktop.domain.types import AffiliationKind, PartyRole, RoundStatus
from desktop.services.existing import ensure_parties, load_existing
from desktop.services.revisions import next_revision, supersede_conflicts
from desktop.storage import audit
from desktop.storage.bulk import insert_rows
from desktop.storage.tables import (
    CATEGORIES,
    CATEGORY_SETS,
    FIGURES,
    MOVEMENTS,
    ROUND_PARTIES,
    ROUNDS,
    SOURCES,
)


class RoundWriter:
    """Writes the difference between two versions of a round."""

    def __init__(self, session: Session, *, actor: Actor, now: dt.datetime, detail: str | None):
        self.session = session
        self.conn = session.connection()
        self.signer = actor
        #: The name the rows record (the history's entries are sealed by `signer`).
        self.actor = actor.name
        self.now = now
        self.detail = detail
        self.audit: list[dict] = []
        #: The round's version once written (None while nothing changed).
        self.version: int | None = None

    def log(self, action: str, entity: str, entity_id: object, round_id: uuid.UUID,
            before: object = None, after: object = None) -> None:
        self.audit.append(audit.entry(action, entity, entity_id, round_id, at=self.now, before=before, after=after,
                                      detail=self.detail))

    def exec(self, statement) -> None:
        self.session.execute(statement)

    def write(self, old: RoundDoc | None, new: RoundDoc) -> None:
        rid = new.id
        names = set(new.sides) | set(new.third_parties) | set(new.mediators)
        parties = ensure_parties(self.session, names, self.now)
        if old is None:
            insert_rows(self.conn, ROUNDS, [{
                "id": rid, "title": new.title, "date": new.date, "location": new.location,
                "notes": new.notes, "operation": new.operation, "combined": combined_text(new.combined),
                "status": new.status or RoundStatus.DRAFT,
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
            self.version = self.session.execute(sa.update(ROUNDS).where(ROUNDS.c.id == rid).values(
                updated_at=self.now, updated_by=self.actor, version=ROUNDS.c.version + 1).returning(ROUNDS.c.version)).scalar()
            audit.append(self.conn, self.audit, self.signer)

    def _round_fields(self, old: RoundDoc, new: RoundDoc) -> None:
        before, after = {}, {}
        for name in ("title", "date", "location", "notes", "operation", "status"):
            a, b = getattr(old, name), getattr(new, name)
            if a != b:
                before[name], after[name] = a, b
        values = dict(after)
        if old.combined != new.combined:
            before["combined"] = [c.to_dict() for c in old.combined]
            after["combined"] = [c.to_dict() for c in new.combined]
            values["combined"] = combined_text(new.combined)
        if after:
            self.exec(sa.update(ROUNDS).where(ROUNDS.c.id == new.id).values(**values))
            self.log("update", "round", new.id, new.id, before, after)

    def _parties(self, old: RoundDoc, new: RoundDoc, parties: dict[str, uuid.UUID]) -> None:
        for role, label in ((PartyRole.SIDE, "sides"), (PartyRole.THIRD_PARTY, "third_parties"),
                            (PartyRole.MEDIATOR, "mediators")):
            a, b = getattr(old, label), getattr(new, label)
            if a == b:
                continue
            self.exec(sa.delete(ROUND_PARTIES).where(ROUND_PARTIES.c.round_id == new.id, ROUND_PARTIES.c.role == role))
            insert_rows(self.conn, ROUND_PARTIES, [
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
                # Only tombstones can still name it (a source with figures is
                # not removed); they go with it.
                self.exec(sa.delete(FIGURES).where(FIGURES.c.source_id == sid, FIGURES.c.deleted_at.is_not(None)))
                self.exec(sa.delete(SOURCES).where(SOURCES.c.id == sid))
                del ids[name]
        for position, s in enumerate(new.sources):
            if s.affiliation in (AffiliationKind.INDEPENDENT.value, AffiliationKind.UNKNOWN.value):
                kind, party = AffiliationKind(s.affiliation), None
            else:
                kind, party = AffiliationKind.PARTY, parties[s.affiliation]
            values = {"affiliation_kind": kind, "affiliation_party_id": party, "position": position, "stage": s.stage}
            if s.name in ids:
                self.exec(sa.update(SOURCES).where(SOURCES.c.id == ids[s.name]).values(**values))
            else:
                ids[s.name] = new_id()
                insert_rows(self.conn, SOURCES, [{"id": ids[s.name], "round_id": new.id, "name": s.name, **values}])
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
                self.exec(sa.delete(FIGURES).where(FIGURES.c.category_id.in_(sa.select(CATEGORIES.c.id).where(CATEGORIES.c.category_set_id == sid)),
                                             FIGURES.c.deleted_at.is_not(None)))
                self.exec(sa.delete(CATEGORIES).where(CATEGORIES.c.category_set_id == sid))
                self.exec(sa.delete(CATEGORY_SETS).where(CATEGORY_SETS.c.id == sid))
                del set_ids[name]
                for key in [k for k in ids if k[0] == name]:
                    del ids[key]
        for position, cs in enumerate(new.category_sets):
            if cs.name in set_ids:
                sid = set_ids[cs.name]
                self.exec(sa.update(CATEGORY_SETS).where(CATEGORY_SETS.c.id == sid).values(exhaustive=cs.exhaustive, position=position))
            else:
                sid = set_ids[cs.name] = new_id()
                insert_rows(self.conn, CATEGORY_SETS, [{"id": sid, "round_id": new.id, "name": cs.name,
                                             "exhaustive": cs.exhaustive, "position": position}])
            for key in [k for k in ids if k[0] == cs.name and k[1] not in cs.categories]:
                cid = ids.pop(key)
                self.exec(sa.delete(FIGURES).where(FIGURES.c.category_id == cid, FIGURES.c.deleted_at.is_not(None)))
                self.exec(sa.delete(CATEGORIES).where(CATEGORIES.c.id == cid))
            for cpos, cat in enumerate(cs.categories):
                if (cs.name, cat) in ids:
                    self.exec(sa.update(CATEGORIES).where(CATEGORIES.c.id == ids[(cs.name, cat)]).values(position=cpos))
                else:
                    ids[(cs.name, cat)] = new_id()
                    insert_rows(self.conn, CATEGORIES, [{"id": ids[(cs.name, cat)], "category_set_id": sid,
                                                "name": cat, "position": cpos}])
        self.log("update", "round", new.id, new.id,
                 {"category_sets": [dataclasses.asdict(c) for c in old.category_sets]},
                 {"category_sets": [dataclasses.asdict(c) for c in new.category_sets]})
        return ids

    def _figures_removed(self, old, new, ex) -> None:
        kept = {f.slot for f in new.figures}
        for f in old.figures:
            state = ex.figures.get(f.slot) if ex is not None else None
            if f.slot not in kept and state is not None and not state.deleted:
                # A tombstone: the deletion travels to other laptops' files.
                also = supersede_conflicts(self.session, state, actor=self.actor, now=self.now)
                revision = next_revision(state, also=also)
                self.exec(sa.update(FIGURES).where(FIGURES.c.id == state.id).values(
                    deleted_at=self.now, deleted_by=self.actor, updated_by=self.actor, updated_at=self.now,
                    version=FIGURES.c.version + 1, **revision))
                self.log("delete", "figure", state.id, new.id, before=f.value_dict(),
                         after={"rev": str(revision["rev"])})

    def _figures_written(self, old, new, ex, parties, sources, categories) -> None:
        before = {f.slot: f for f in old.figures}
        movements = dict(ex.movements) if ex else {}
        for f in new.figures:
            prior = before.get(f.slot)
            if prior is not None and prior.value_dict() == f.value_dict():
                continue
            state = ex.figures.get(f.slot) if ex is not None else None
            if state is not None:
                # A change, or a figure entered again where one was deleted
                # (its tombstone row comes back to life with a new revision).
                also = supersede_conflicts(self.session, state, actor=self.actor, now=self.now)
                revision = next_revision(state, also=also)
                values = dict(count=f.count, qualifier=f.qualifier, citation=f.citation, note=f.note,
                              part_of=movement_text(f.part_of), updated_by=self.actor, updated_at=self.now, version=FIGURES.c.version + 1,
                              **revision)
                # The entry names the revision it made: the sealed proof of
                # who made it, wherever the figure travels.
                made = {"rev": str(revision["rev"])}
                if state.deleted:
                    values.update(deleted_at=None, deleted_by=None,
                                  entered_by=f.entered_by or self.actor, entered_at=f.entered_at or self.now)
                self.exec(sa.update(FIGURES).where(FIGURES.c.id == state.id).values(**values))
                if prior is not None and not state.deleted:
                    self.log("update", "figure", state.id, new.id, prior.value_dict(), f.value_dict() | made)
                else:
                    self.log("create", "figure", state.id, new.id, after=f.value_dict() | made)
                continue
            mid = movements.get(f.movement)
            if mid is None:
                mid = movements[f.movement] = new_id()
                insert_rows(self.conn, MOVEMENTS, [{
                    "id": mid, "round_id": new.id, "from_party_id": parties[f.movement.from_party],
                    "to_party_id": parties[f.movement.to_party], "kind": f.movement.kind,
                }])
            fid = new_id()
            insert_rows(self.conn, FIGURES, [{
                "id": fid, "round_id": new.id, "movement_id": mid, "source_id": sources[f.source],
                "category_id": None if f.category is None else categories[(f.category_set, f.category)],
                "count": f.count, "qualifier": f.qualifier, "citation": f.citation, "note": f.note,
                "part_of": movement_text(f.part_of),
                # A figure put back (an undone deletion) keeps who entered it and when.
                "entered_by": f.entered_by or self.actor, "entered_at": f.entered_at or self.now,
                "updated_by": self.actor, "updated_at": self.now,
            }])
            self.log("create", "figure", fid, new.id, after=f.value_dict() | {"rev": str(fid)})
