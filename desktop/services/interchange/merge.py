"""Storing validated rounds: new rounds are added, rounds already here are
merged figure by figure, and every change goes to the audit history.

A new round is a merge into an empty round, so both take one path. All
reading happens first, then every write in bulk (Core `executemany`, never
one ORM flush per object), inside the caller's single transaction.

Merge rules (also in docs/interchange.md):
* Round fields take the file's value; `location`, `notes` and `status` only
  where the file states them.
* Parties, sources, category sets and categories are added, never removed. A
  party keeps its part in the round: a file that makes a side a third party
  (or a mediator) is refused.
* A declared source's affiliation and a set's `exhaustive` take the file's.
* Figures are matched by (movement, source, category): new ones are added,
  changed ones take the file's count and qualifier (and citation and note
  where the file gives them), none is deleted.
* A signed-off round that the file would change refuses the whole import.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.domain.content import FigureDoc, utc_now
from desktop.domain.ids import new_ids
from desktop.domain.tables import AuditEntry
from desktop.domain.types import AffiliationKind, PartyRole, Qualifier, RoundStatus
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.errors import Refused, UserError
from desktop.services.existing import ExistingRound, ensure_parties, load_existing
from desktop.services.interchange.parse import ParsedRound
from desktop.services.loading import CS, RP, C, F, M, R, S
from desktop.services.summaries import refresh_summaries, write_summaries
from desktop.storage import audit
from desktop.storage.bulk import insert_rows

AUDIT = AuditEntry.__table__

#: Parts a party cannot hold together in one round.
_CLASHES = {
    frozenset({PartyRole.SIDE, PartyRole.THIRD_PARTY}),
    frozenset({PartyRole.SIDE, PartyRole.MEDIATOR}),
}

#: Refusing a file that gives a party another part, by the part it has.
_CLASH_MESSAGES = {
    PartyRole.SIDE: QT_TRANSLATE_NOOP(
        "import", "{where}: {name!r} is a side of round {round_id} in the database; "
        "an import does not change a party's part."),
    PartyRole.THIRD_PARTY: QT_TRANSLATE_NOOP(
        "import", "{where}: {name!r} is a third party of round {round_id} in the database; "
        "an import does not change a party's part."),
    PartyRole.MEDIATOR: QT_TRANSLATE_NOOP(
        "import", "{where}: {name!r} is a mediator of round {round_id} in the database; "
        "an import does not change a party's part."),
}


@dataclass
class ImportSummary:
    rounds_created: int = 0
    rounds_updated: int = 0
    rounds_unchanged: int = 0
    figures_added: int = 0
    figures_changed: int = 0
    changed_round_ids: list[uuid.UUID] = field(default_factory=list)

    def sentence(self) -> str:
        rounds = ", ".join([
            translate("import", "%n round(s) added", "", self.rounds_created),
            translate("import", "{count} updated").format(count=self.rounds_updated),
            translate("import", "{count} unchanged").format(count=self.rounds_unchanged),
        ])
        figures = ", ".join([
            translate("import", "%n figure(s) added", "", self.figures_added),
            translate("import", "{count} changed").format(count=self.figures_changed),
        ])
        return translate("import", "Imported: {rounds}; {figures}.").format(rounds=rounds, figures=figures)


class _Plan:
    """Rows to insert and update, gathered before anything is written."""

    def __init__(self, *, actor: str, now: dt.datetime, origin: str, parties: dict[str, uuid.UUID]):
        self.actor = actor
        self.now = now
        self.origin = origin
        self.parties = parties
        self.inserts: dict[sa.Table, list[dict]] = defaultdict(list)
        self.updates: list[tuple[sa.Table, uuid.UUID, dict]] = []
        self.audit: list[dict] = []
        self.summary = ImportSummary()
        self._ids: list[uuid.UUID] = []

    def next_id(self) -> uuid.UUID:
        """Ids drawn in batches: hundreds of thousands of rows per import."""
        if not self._ids:
            self._ids = new_ids(4096)
            self._ids.reverse()
        return self._ids.pop()

    def _audit(self, *, action: str, entity: str, entity_id: object, round_id: uuid.UUID,
               before: object = None, after: object = None, detail: str | None = None) -> None:
        self.audit.append({
            "at": self.now, "actor": self.actor, "action": action, "entity": entity,
            "entity_id": None if entity_id is None else str(entity_id), "round_id": round_id,
            "before": None if before is None else audit.dumps(before),
            "after": None if after is None else audit.dumps(after),
            "detail": detail,
        })

    def add(self, parsed: ParsedRound, ex: ExistingRound | None) -> None:
        doc = parsed.doc
        declared = parsed.stated_affiliations
        origin = parsed.file or self.origin
        rid = doc.id
        new = ex is None
        ex = ex or ExistingRound()
        before: dict = {}
        after: dict = {}

        # Round fields.
        fields = {"title": doc.title, "date": doc.date}
        if doc.location is not None:
            fields["location"] = doc.location
        if doc.notes is not None:
            fields["notes"] = doc.notes
        # An existing round's status moves only by its own actions (submit,
        # return to draft, sign-off, reopen), never by a file.
        if new and doc.status is RoundStatus.SIGNED_OFF:
            raise UserError(translate(
                "import", "{where}: a file cannot bring in a round already signed off (round {round_id}); "
                "import it as in_review and have a supervisor sign it off here."
            ).format(where=f"{parsed.where}.status", round_id=rid))
        if new:
            self.inserts[R].append({
                "id": rid, "title": doc.title, "date": doc.date, "location": doc.location,
                "notes": doc.notes, "status": doc.status or RoundStatus.DRAFT,
                "created_at": self.now, "created_by": self.actor,
                "updated_at": self.now, "updated_by": self.actor,
            })
        else:
            changed = {k: v for k, v in fields.items() if getattr(ex, k) != v}
            for k, v in changed.items():
                before[k] = getattr(ex, k)
                after[k] = v

        # Parties keep their part; new ones are appended.
        for role, names, label in (
            (PartyRole.SIDE, doc.sides, "sides"),
            (PartyRole.THIRD_PARTY, doc.third_parties, "third_parties"),
            (PartyRole.MEDIATOR, doc.mediators, "mediators"),
        ):
            for i, name in enumerate(names):
                held = ex.roles[name]
                if role in held:
                    continue
                for other in held:
                    if frozenset({role, other}) in _CLASHES:
                        raise UserError(translate("import", _CLASH_MESSAGES[other]).format(
                            where=f"{parsed.where}.{label}[{i}]", name=name, round_id=rid))
                ex.positions[role] += 1
                held.add(role)
                self.inserts[RP].append({
                    "round_id": rid, "party_id": self.parties[name], "role": role,
                    "position": ex.positions[role],
                })
                after.setdefault(label, []).append(name)

        # Sources: added, or their declared affiliation taken.
        position = len(ex.sources) - 1
        for s in doc.sources:
            kind, party_id = _affiliation(s.affiliation, self.parties)
            known = ex.sources.get(s.name)
            if known is None:
                position += 1
                sid = self.next_id()
                self.inserts[S].append({
                    "id": sid, "round_id": rid, "name": s.name, "affiliation_kind": kind,
                    "affiliation_party_id": party_id, "position": position,
                })
                ex.sources[s.name] = (sid, s.affiliation)
                after.setdefault("sources", []).append({"name": s.name, "affiliation": s.affiliation})
            elif s.name in declared and known[1] != s.affiliation:
                self.updates.append((S, known[0], {"affiliation_kind": kind, "affiliation_party_id": party_id}))
                before.setdefault("source_affiliations", {})[s.name] = known[1]
                after.setdefault("source_affiliations", {})[s.name] = s.affiliation
                ex.sources[s.name] = (known[0], s.affiliation)

        # Category sets and categories.
        set_position = len(ex.sets) - 1
        for cs in doc.category_sets:
            known_set = ex.sets.get(cs.name)
            if known_set is None:
                set_position += 1
                set_id = self.next_id()
                self.inserts[CS].append({
                    "id": set_id, "round_id": rid, "name": cs.name, "exhaustive": cs.exhaustive,
                    "position": set_position,
                })
                ex.sets[cs.name] = (set_id, cs.exhaustive)
                after.setdefault("category_sets", []).append(cs.name)
            else:
                set_id = known_set[0]
                if cs.name in parsed.stated_exhaustive and known_set[1] != cs.exhaustive:
                    self.updates.append((CS, set_id, {"exhaustive": cs.exhaustive}))
                    before.setdefault("exhaustive", {})[cs.name] = known_set[1]
                    after.setdefault("exhaustive", {})[cs.name] = cs.exhaustive
            for cat in cs.categories:
                if (cs.name, cat) in ex.categories:
                    continue
                ex.category_positions[cs.name] += 1
                cid = self.next_id()
                self.inserts[C].append({
                    "id": cid, "category_set_id": set_id, "name": cat,
                    "position": ex.category_positions[cs.name],
                })
                ex.categories[(cs.name, cat)] = cid
                if not new:
                    after.setdefault("categories", []).append(f"{cs.name}/{cat}")

        # Figures.
        added = changed = 0
        for f in doc.figures:
            movement_id = ex.movements.get(f.movement)
            if movement_id is None:
                movement_id = self.next_id()
                self.inserts[M].append({
                    "id": movement_id, "round_id": rid,
                    "from_party_id": self.parties[f.movement.from_party],
                    "to_party_id": self.parties[f.movement.to_party],
                    "kind": f.movement.kind,
                })
                ex.movements[f.movement] = movement_id
            state = ex.figures.get(f.slot)
            if state is None:
                fid = self.next_id()
                self.inserts[F].append({
                    "id": fid, "round_id": rid, "movement_id": movement_id,
                    "source_id": ex.sources[f.source][0],
                    "category_id": None if f.category is None else ex.categories[(f.category_set, f.category)],
                    "count": f.count, "qualifier": f.qualifier, "citation": f.citation, "note": f.note,
                    "entered_by": f.entered_by or self.actor, "entered_at": f.entered_at or self.now,
                    "updated_by": self.actor, "updated_at": self.now,
                })
                added += 1
                if not new:
                    self._audit(action="create", entity="figure", entity_id=fid, round_id=rid,
                                after=f.value_dict(), detail=f"imported from {origin}")
                continue
            values: dict = {}
            if state.count != f.count:
                values["count"] = f.count
            if state.qualifier != f.qualifier:
                values["qualifier"] = f.qualifier
            if f.citation is not None and state.citation != f.citation:
                values["citation"] = f.citation
            if f.note is not None and state.note != f.note:
                values["note"] = f.note
            if not values:
                continue
            old = {"count": state.count, "qualifier": state.qualifier.value,
                   "citation": state.citation, "note": state.note}
            self.updates.append((F, state.id, {**values, "updated_by": self.actor, "updated_at": self.now,
                                               "version": F.c.version + 1}))
            self._audit(
                action="update", entity="figure", entity_id=state.id, round_id=rid,
                before={k: old[k] for k in values} | {"slot": _slot_label(f)},
                after={k: (v.value if isinstance(v, Qualifier) else v) for k, v in values.items()}
                | {"slot": _slot_label(f)},
                detail=f"imported from {origin}",
            )
            changed += 1

        if new:
            content = doc.to_dict()
            for figure in content["figures"]:  # the values, without who and when (kept on the rows)
                figure.pop("entered_by", None)
                figure.pop("entered_at", None)
            self._audit(action="create", entity="round", entity_id=rid, round_id=rid, after=content,
                        detail=f"imported from {origin}")
            self.summary.rounds_created += 1
            self.summary.changed_round_ids.append(rid)
        elif before or after or added or changed:
            if ex.status is RoundStatus.SIGNED_OFF:
                what = sorted({*before, *after} - {"source_affiliations"})
                if added or changed:
                    what.append(translate("import", "%n figure(s)", "", added + changed))
                raise Refused(translate(
                    "import", "{where}: round {round_id} ({title}) is signed off, and this import would change "
                    "it ({changes}); nothing was imported."
                ).format(where=parsed.where, round_id=rid, title=ex.title, changes=", ".join(what) or "sources"))
            if before or after:
                self._audit(action="update", entity="round", entity_id=rid, round_id=rid,
                            before=before or None, after=after or None, detail=f"imported from {origin}")
            self.updates.append((R, rid, {
                **{k: v for k, v in after.items() if k in ("title", "date", "location", "notes", "status")},
                "updated_at": self.now, "updated_by": self.actor, "version": R.c.version + 1,
            }))
            self.summary.rounds_updated += 1
            self.summary.changed_round_ids.append(rid)
        else:
            self.summary.rounds_unchanged += 1
        self.summary.figures_added += added
        self.summary.figures_changed += changed

    def write(self, session: Session) -> None:
        conn = session.connection()
        for table in (R, RP, S, CS, C, M, F):
            insert_rows(conn, table, self.inserts.get(table, ()))
        for table, row_id, values in self.updates:
            session.execute(sa.update(table).where(table.c.id == row_id).values(**values))
        audit.append(conn, self.audit)


def _affiliation(value: str, parties: dict[str, uuid.UUID]) -> tuple[AffiliationKind, uuid.UUID | None]:
    if value == AffiliationKind.INDEPENDENT.value:
        return AffiliationKind.INDEPENDENT, None
    if value == AffiliationKind.UNKNOWN.value:
        return AffiliationKind.UNKNOWN, None
    return AffiliationKind.PARTY, parties[value]


def _slot_label(f: FigureDoc) -> str:
    where = f"{f.movement.label()}, {f.source}"
    if f.category is not None:
        where += f", {f.category_set}/{f.category}"
    return where


def store_rounds(
    session: Session, parsed: list[ParsedRound], *,
    actor: str, origin: str, now: dt.datetime | None = None,
) -> ImportSummary:
    """Add or merge every round given, in the caller's transaction."""
    now = now or utc_now()
    existing = load_existing(session, [p.doc.id for p in parsed])
    names: set[str] = set()
    for p in parsed:
        names.update(p.doc.sides, p.doc.third_parties, p.doc.mediators)
    plan = _Plan(actor=actor, now=now, origin=origin, parties=ensure_parties(session, names, now))
    for p in parsed:
        plan.add(p, existing.get(p.doc.id))
    plan.write(session)
    # The list's summary rows: new rounds from the file as they are, merged
    # ones re-read (they now hold what the database had and the file added).
    created = {p.doc.id for p in parsed if p.doc.id not in existing}
    write_summaries(session, [p.doc for p in parsed if p.doc.id in created])
    refresh_summaries(session, [rid for rid in plan.summary.changed_round_ids if rid not in created])
    return plan.summary

