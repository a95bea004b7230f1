"""Storing validated rounds: new rounds are added, rounds already here are
merged figure by figure, and every change goes to the audit history.

A new round is a merge into an empty round, so both take one path. All
reading happens first, then every write in bulk (Core `executemany`, never
one ORM flush per object), inside the caller's single transaction.

Merge rules (also in docs/interchange.md):
* Round fields take the file's value; `location`, `notes`, `operation`,
  `combined` and `status` only where the file states them.
* Parties, sources, category sets and categories are added, never removed. A
  party keeps its part in the round: a file that makes a side a third party
  (or a mediator) is refused.
* A declared source's affiliation and stage, and a set's `exhaustive`, take
  the file's.
* Figures are matched by (movement, source, category): new ones are added,
  changed ones take the file's count and qualifier (and citation and note
  where the file gives them), none is deleted.
* A signed-off round that the file would change refuses the whole import.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import defaultdict
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.domain.content import (
    CombinedDoc,
    FigureDoc,
    Movement,
    combined_of,
    combined_text,
    movement_of,
    movement_text,
    slot_label,
    utc_now,
)
from desktop.domain.ids import new_ids
from desktop.domain.lookalike import looks
from desktop.domain.merge import Decision, Outcome, decide
from desktop.domain.people import Actor
from desktop.domain.supervision import values as values_of
from desktop.domain.types import (
    AffiliationKind,
    MovementKind,
    PartyRole,
    Qualifier,
    RoundStatus,
    Stage,
)
from desktop.domain.validity import alike_detail, safe
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.errors import Refused, UserError
from desktop.services.existing import ExistingRound, ensure_parties, load_existing
from desktop.services.interchange.parse import ParsedRound
from desktop.services.interchange.summary import ImportSummary
from desktop.services.loading import chunks
from desktop.services.revisions import (
    arriving_side,
    first_revision,
    held_side,
    incoming_side,
    merged_history,
    next_revision,
    open_conflicts,
    state_side,
    state_values,
)
from desktop.services.summaries import refresh_summaries, write_summaries
from desktop.storage import audit
from desktop.storage.bulk import insert_rows, insert_tuples
from desktop.storage.tables import (
    CATEGORIES,
    CATEGORY_SETS,
    FIGURE_CONFLICTS,
    FIGURES,
    MOVEMENTS,
    ROUND_PARTIES,
    ROUNDS,
    SOURCES,
)

#: Said of an import whose round came with its authors' sealed entries
#: (four eyes then counts those authors, not the person who imported it).
SEALED_AUTHORS = "; its authors' sealed entries came with it"

#: A figure's columns that an import takes from the file.
FIGURE_VALUES = ("round_id", "movement_id", "source_id", "category_id", "count", "qualifier", "citation", "note",
                 "part_of", "entered_by", "entered_at")
#: The columns of a figure added from a file without revisions, in the order
#: `_Plan.new_figures` holds them (tuples: there are hundreds of thousands).
NEW_FIGURE = ("id", *FIGURE_VALUES, "updated_by", "updated_at", "rev")

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


class _Plan:
    """Rows to insert and update, gathered before anything is written."""

    def __init__(self, *, actor: Actor, now: dt.datetime, origin: str, parties: dict[str, uuid.UUID],
                 existing: set[uuid.UUID], signed: frozenset[uuid.UUID] = frozenset()):
        self.signer = actor
        #: The name the rows record (the history's entries are sealed by `signer`).
        self.actor = actor.name
        self.now = now
        self.origin = origin
        self.parties = parties
        #: The rounds of the file already here.
        self.existing = existing
        #: Rounds whose signed history (received with them) signs them off.
        self.signed = signed
        self.inserts: dict[sa.Table, list[dict]] = defaultdict(list)
        self.new_figures: list[tuple] = []
        self.updates: list[tuple[sa.Table, uuid.UUID, dict]] = []
        self.audit: list[dict] = []
        self.summary = ImportSummary()
        self._ids: list[uuid.UUID] = []
        #: Revisions already met in merge conflicts, per figure row.
        self.conflict_revs: dict[uuid.UUID, set[str]] = {}
        #: Figures that took another laptop's revision, with its history.
        self.settled: list[tuple[uuid.UUID, uuid.UUID, set[str]]] = []
        #: Rounds whose summary rows are to be read back from the database
        #: after writing (merge conflicts added to a new round, or settled).
        self.reread: set[uuid.UUID] = set()

    def next_id(self) -> uuid.UUID:
        """Ids drawn in batches: hundreds of thousands of rows per import."""
        if not self._ids:
            self._ids = new_ids(4096)
            self._ids.reverse()
        return self._ids.pop()

    def _audit(self, *, action: str, entity: str, entity_id: object, round_id: uuid.UUID,
               before: object = None, after: object = None, detail: str | None = None) -> None:
        self.audit.append(audit.entry(action, entity, entity_id, round_id, at=self.now, before=before, after=after,
                                      detail=detail))

    def add(self, parsed: ParsedRound, ex: ExistingRound | None) -> None:
        doc = parsed.doc
        self.summary.titles[doc.id] = f"{doc.date.isoformat()} {doc.title}"
        origin = parsed.file or self.origin
        if parsed.history and vouched(parsed):
            # The round's authors are known from their own sealed entries,
            # which came with it: this import only carries their work.
            origin += SEALED_AUTHORS
        rid = doc.id
        new = ex is None
        ex = ex or ExistingRound()
        before: dict = {}
        after: dict = {}

        self._round_fields(parsed, ex, new, before, after)
        self._parties(parsed, ex, before, after)
        self._sources(parsed, ex, before, after)
        self._category_sets(parsed, ex, new, before, after)
        added, changed = self._figures(parsed, ex, new, origin)
        if new:
            # The values, without who and when (kept on the rows) or deleted figures.
            self._audit(action="create", entity="round", entity_id=rid, round_id=rid, after=doc.content_dict(),
                        detail=f"imported from {origin}")
            self.summary.rounds_created += 1
            self.summary.changed_round_ids.append(rid)
            self.summary.created.append(rid)
        elif before or after or added or changed:
            if ex.status is RoundStatus.SIGNED_OFF:
                what = sorted({*before, *after} - {"source_affiliations", "source_stages"})
                if added or changed:
                    what.append(translate("import", "%n figure(s)", "", added + changed))
                raise Refused(translate(
                    "import", "{where}: round {round_id} ({title}) is signed off, and this import would change "
                    "it ({changes}); nothing was imported."
                ).format(where=parsed.where, round_id=rid, title=ex.title, changes=", ".join(what) or "sources"))
            if before or after:
                self._audit(action="update", entity="round", entity_id=rid, round_id=rid,
                            before=before or None, after=after or None, detail=f"imported from {origin}")
            self.updates.append((ROUNDS, rid, {
                **{k: v for k, v in after.items() if k in ("title", "date", "location", "notes", "operation", "status")},
                **({"combined": combined_text(combined_of(after["combined"]))} if "combined" in after else {}),
                "updated_at": self.now, "updated_by": self.actor, "version": ROUNDS.c.version + 1,
            }))
            self.summary.rounds_updated += 1
            self.summary.changed_round_ids.append(rid)
            self.summary.updated.append(rid)
        else:
            self.summary.rounds_unchanged += 1
        self.summary.figures_added += added
        self.summary.figures_changed += changed

    def _round_fields(self, parsed: ParsedRound, ex: ExistingRound, new: bool, before: dict, after: dict) -> None:
        doc = parsed.doc
        rid = doc.id
        # Round fields.
        fields = {"title": doc.title, "date": doc.date}
        if doc.location is not None:
            fields["location"] = doc.location
        if doc.notes is not None:
            fields["notes"] = doc.notes
        if doc.operation is not None or "operation" in parsed.stated_fields:
            fields["operation"] = doc.operation  # a file of /5 states it, none included
        if doc.combined or "combined" in parsed.stated_fields:
            fields["combined"] = combined_text(self._combined(parsed, ex, new))
        # An existing round's status moves only by its own actions (submit,
        # return to draft, sign-off, reopen), never by a file.
        if new and doc.status is RoundStatus.SIGNED_OFF and rid not in self.signed:
            raise UserError(translate(
                "import", "{where}: round {round_id} is marked signed off, but the file carries no sign-off of it "
                "sealed by a supervisor (a file of version 3 does); import it as in_review and have a supervisor "
                "sign it off here."
            ).format(where=f"{parsed.where}.status", round_id=rid))
        if new:
            # A round signed off elsewhere is in review until the sign-off it
            # came with is taken, after every file's figures are merged.
            status = doc.status or RoundStatus.DRAFT
            self.inserts[ROUNDS].append({
                "id": rid, "title": doc.title, "date": doc.date, "location": doc.location,
                "notes": doc.notes, "operation": doc.operation, "combined": combined_text(doc.combined),
                "status": RoundStatus.IN_REVIEW if status is RoundStatus.SIGNED_OFF else status,
                "created_at": self.now, "created_by": self.actor,
                "updated_at": self.now, "updated_by": self.actor,
            })
        else:
            changed = {k: v for k, v in fields.items() if getattr(ex, k) != v}
            for k, v in changed.items():
                # The history holds combined figures as the file writes them.
                before[k] = [c.to_dict() for c in combined_of(ex.combined)] if k == "combined" else getattr(ex, k)
                after[k] = [c.to_dict() for c in combined_of(v)] if k == "combined" else v

    def _combined(self, parsed: ParsedRound, ex: ExistingRound, new: bool) -> tuple[CombinedDoc, ...]:
        """The round's figures for several movements together after the
        file: a round whose sign-off the file brings takes the file's list
        as signed; otherwise each of the file's is added, or replaces the
        one of the same source and movements, and those only held here stay
        (a removal travels with the sign-off that follows it)."""
        incoming = parsed.doc.combined
        if new:
            return incoming
        if parsed.doc.id in self.signed:
            # What the signed round no longer says is kept in this round's
            # history (the update's "before"), and the summary says so.
            gone = [c for c in combined_of(ex.combined) if c not in incoming]
            self.summary.combined_replaced += len(gone)
            return incoming
        out = list(combined_of(ex.combined))
        keys = [(c.source, frozenset(c.movements)) for c in out]
        for c in incoming:
            key = (c.source, frozenset(c.movements))
            if key in keys:
                out[keys.index(key)] = c
            else:
                keys.append(key)
                out.append(c)
        return tuple(out)

    def _parties(self, parsed: ParsedRound, ex: ExistingRound, before: dict, after: dict) -> None:
        doc = parsed.doc
        rid = doc.id
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
                self.inserts[ROUND_PARTIES].append({
                    "round_id": rid, "party_id": self.parties[name], "role": role,
                    "position": ex.positions[role],
                })
                after.setdefault(label, []).append(name)

    def _sources(self, parsed: ParsedRound, ex: ExistingRound, before: dict, after: dict) -> None:
        doc = parsed.doc
        rid = doc.id
        declared = parsed.stated_affiliations
        # Sources: added, or their declared affiliation taken.
        position = len(ex.sources) - 1
        for s in doc.sources:
            kind, party_id = _affiliation(s.affiliation, self.parties)
            known = ex.sources.get(s.name)
            if known is None:
                _unlike(f"{parsed.where}.sources", s.name, ex.sources, rid)
                position += 1
                sid = self.next_id()
                self.inserts[SOURCES].append({
                    "id": sid, "round_id": rid, "name": s.name, "affiliation_kind": kind,
                    "affiliation_party_id": party_id, "position": position, "stage": s.stage,
                })
                ex.sources[s.name] = (sid, s.affiliation)
                ex.source_stages[s.name] = s.stage
                after.setdefault("sources", []).append(s.to_dict())
                continue
            if s.name in declared and known[1] != s.affiliation:
                self.updates.append((SOURCES, known[0], {"affiliation_kind": kind, "affiliation_party_id": party_id}))
                before.setdefault("source_affiliations", {})[s.name] = known[1]
                after.setdefault("source_affiliations", {})[s.name] = s.affiliation
                ex.sources[s.name] = (known[0], s.affiliation)
            held = ex.source_stages.get(s.name, Stage.DELIVERED)
            if s.name in parsed.stated_stages and held is not s.stage:
                self.updates.append((SOURCES, known[0], {"stage": s.stage}))
                before.setdefault("source_stages", {})[s.name] = held.value
                after.setdefault("source_stages", {})[s.name] = s.stage.value
                ex.source_stages[s.name] = s.stage

    def _category_sets(self, parsed: ParsedRound, ex: ExistingRound, new: bool, before: dict, after: dict) -> None:
        doc = parsed.doc
        rid = doc.id
        # Category sets and categories.
        set_position = len(ex.sets) - 1
        for cs in doc.category_sets:
            known_set = ex.sets.get(cs.name)
            if known_set is None:
                _unlike(f"{parsed.where}.category_sets", cs.name, ex.sets, rid)
                set_position += 1
                set_id = self.next_id()
                self.inserts[CATEGORY_SETS].append({
                    "id": set_id, "round_id": rid, "name": cs.name, "exhaustive": cs.exhaustive,
                    "position": set_position,
                })
                ex.sets[cs.name] = (set_id, cs.exhaustive)
                after.setdefault("category_sets", []).append(cs.name)
            else:
                set_id = known_set[0]
                if cs.name in parsed.stated_exhaustive and known_set[1] != cs.exhaustive:
                    self.updates.append((CATEGORY_SETS, set_id, {"exhaustive": cs.exhaustive}))
                    before.setdefault("exhaustive", {})[cs.name] = known_set[1]
                    after.setdefault("exhaustive", {})[cs.name] = cs.exhaustive
            for cat in cs.categories:
                if (cs.name, cat) in ex.categories:
                    continue
                _unlike(f"{parsed.where}.category_sets", cat, [c for s, c in ex.categories if s == cs.name], rid)
                ex.category_positions[cs.name] += 1
                cid = self.next_id()
                self.inserts[CATEGORIES].append({
                    "id": cid, "category_set_id": set_id, "name": cat,
                    "position": ex.category_positions[cs.name],
                })
                ex.categories[(cs.name, cat)] = cid
                if not new:
                    after.setdefault("categories", []).append(f"{cs.name}/{cat}")

    def _figures(self, parsed: ParsedRound, ex: ExistingRound, new: bool, origin: str) -> tuple[int, int]:
        doc = parsed.doc
        rid = doc.id
        # Figures: the live ones, then (version 2) the deleted ones.
        added = changed = 0
        movements, held = ex.movements, ex.figures
        actor, now, rid_text = self.actor, self.now, str(rid)
        for f in (*doc.figures, *doc.tombstones):
            movement_id = movements.get(f.movement)
            if movement_id is None:
                movement_id = self.next_id()
                self.inserts[MOVEMENTS].append({
                    "id": movement_id, "round_id": rid,
                    "from_party_id": self.parties[f.movement.from_party],
                    "to_party_id": self.parties[f.movement.to_party],
                    "kind": f.movement.kind,
                })
                movements[f.movement] = movement_id
            state = held.get(f.slot) if held else None
            if f.revision is not None:
                outcome = self._revision(f, state, ex, rid, movement_id, origin, new)
            elif state is None:
                # The common case of an import: a figure the round lacks.
                fid = self.next_id()
                self.new_figures.append((
                    fid, *self._figure_values(f, ex, rid, movement_id), actor, now, first_revision(rid_text, f)))
                if not new:
                    self._audit(action="create", entity="figure", entity_id=fid, round_id=rid,
                                after=f.value_dict(), detail=f"imported from {origin}")
                outcome = "added"
            elif state.deleted:
                outcome = self._recreate(f, state, ex, rid, movement_id, origin)
            else:
                outcome = self._plain_change(f, state, rid, origin)
            added += outcome == "added"
            changed += outcome in ("changed", "conflict")
            if outcome == "conflict":
                self._count_conflict(rid)
        return added, changed

    def _figure_values(self, f: FigureDoc, ex: ExistingRound, rid: uuid.UUID, movement_id: uuid.UUID) -> tuple:
        """The `FIGURE_VALUES` of a figure from the file."""
        return (
            rid, movement_id, ex.sources[f.source][0],
            None if f.category is None else ex.categories[(f.category_set, f.category)],
            f.count, f.qualifier, f.citation, f.note, movement_text(f.part_of), f.entered_by or self.actor,
            f.entered_at or self.now,
        )

    def _figure_row(self, f: FigureDoc, ex: ExistingRound, rid: uuid.UUID, movement_id: uuid.UUID) -> dict:
        return dict(zip(FIGURE_VALUES, self._figure_values(f, ex, rid, movement_id), strict=True))

    def _recreate(self, f, state, ex, rid, movement_id, origin) -> str:
        """A version-1 figure where the round holds a deleted one: it comes back."""
        self.updates.append((FIGURES, state.id, {
            **self._figure_row(f, ex, rid, movement_id), "deleted_at": None, "deleted_by": None,
            "updated_by": self.actor, "updated_at": self.now, "version": FIGURES.c.version + 1,
            **next_revision(state)}))
        self._audit(action="create", entity="figure", entity_id=state.id, round_id=rid,
                    after=f.value_dict(), detail=f"imported from {origin}")
        return "added"

    def _plain_change(self, f, state, rid, origin) -> str | None:
        """A version-1 figure where the round has one: the file's values are
        taken (citation and note only where the file gives them)."""
        values: dict = {}
        if state.count != f.count:
            values["count"] = f.count
        if state.qualifier != f.qualifier:
            values["qualifier"] = f.qualifier
        if f.citation is not None and state.citation != f.citation:
            values["citation"] = f.citation
        if f.note is not None and state.note != f.note:
            values["note"] = f.note
        if f.part_of is not None and state.part_of != movement_text(f.part_of):
            values["part_of"] = movement_text(f.part_of)
        if not values:
            return None
        old = {"count": state.count, "qualifier": state.qualifier.value,
               "citation": state.citation, "note": state.note,
               "part_of": None if state.part_of is None else json.loads(state.part_of)}
        self.updates.append((FIGURES, state.id, {**values, "updated_by": self.actor, "updated_at": self.now,
                                           "version": FIGURES.c.version + 1, **next_revision(state)}))
        self._audit(
            action="update", entity="figure", entity_id=state.id, round_id=rid,
            before={k: old[k] for k in values} | {"slot": _slot_label(f)},
            after={k: (v.value if isinstance(v, Qualifier) else json.loads(v) if k == "part_of" else v)
                   for k, v in values.items()}
            | {"slot": _slot_label(f)},
            detail=f"imported from {origin}",
        )
        return "changed"

    def _revision(self, f, state, ex, rid, movement_id, origin, new) -> str | None:
        """A version-2 figure: compared by revision with the one held."""
        r = f.revision
        deleted = r.deleted_at is not None
        taken = {
            **self._figure_row(f, ex, rid, movement_id),
            "rev": uuid.UUID(r.rev), "ancestors": json.dumps(list(r.history)) if r.history else None,
            "updated_by": r.changed_by, "updated_at": r.changed_at,
            "deleted_at": r.deleted_at, "deleted_by": r.changed_by if deleted else None,
        }
        if state is None:
            fid = self.next_id()
            self.inserts[FIGURES].append({"id": fid, **taken})
            # Open conflicts the other laptop holds on it come along, so that
            # a laptop new to the round holds them too.
            for lost in r.conflicts:
                self._conflict(fid, rid, {**incoming_side(f), "rev": r.rev, "history": list(r.history)}, lost, f,
                               origin)
            if r.conflicts:
                self._count_conflict(rid)
                self.reread.add(rid)
            if deleted:
                return None
            if not new:
                self._audit(action="create", entity="figure", entity_id=fid, round_id=rid,
                            after=f.value_dict(), detail=f"imported from {origin}")
            return "added"
        held = str(state.current_rev)
        known = {held, *state.history(), *self.conflict_revs.get(state.id, ())}
        # Conflicts the other laptop holds open, with sides not known here:
        # held here too (the same pair on every laptop, the same key).
        found_conflicts = False
        for lost in r.conflicts:
            if lost["rev"] not in known and lost["rev"] != r.rev:
                self._conflict(state.id, rid, {**incoming_side(f), "rev": r.rev, "history": list(r.history)}, lost, f, origin)
                known.update((lost["rev"], *lost.get("history", ())))
                found_conflicts = True
        # Conflicts whose other side this revision came after are settled.
        self.settled.append((state.id, rid, set(r.history)))
        decision = decide(held_side(state), arriving_side(f), also_known=known)
        return self._apply(decision, f, state, taken, rid, origin, found_conflicts)

    def _apply(self, decision: Decision, f, state, taken: dict, rid, origin, found_conflicts: bool) -> str | None:
        """Carry out the merge decision for a figure held here."""
        r = f.revision
        held = str(state.current_rev)
        if decision.outcome is Outcome.KNOWN:
            values: dict = {}
            if decision.news:
                values["ancestors"] = json.dumps(merged_history(state.history(), list(decision.news)))
            if decision.earlier_author:
                values.update(updated_at=r.changed_at, updated_by=r.changed_by)
            if values:
                self.updates.append((FIGURES, state.id, values))
            return "conflict" if found_conflicts else None
        # Whatever is taken, the revisions known here stay known.
        taken["ancestors"] = json.dumps(merged_history(list(r.history), [held, *state.history()]))
        if decision.outcome is Outcome.TAKEN:
            self.updates.append((FIGURES, state.id, {**taken, "version": FIGURES.c.version + 1}))
            if not decision.visible and not found_conflicts:
                return None  # a later revision of the same value: nothing a reader would see changed
            deleted = r.deleted_at is not None
            action = "delete" if deleted else ("create" if state.deleted else "update")
            self._audit(action=action, entity="figure", entity_id=state.id, round_id=rid,
                        before=None if state.deleted else state_values(state),
                        after=({} if deleted else f.value_dict()) | {"rev": r.rev, "by": r.changed_by},
                        detail=f"imported from {origin}")
            return "added" if action == "create" else "changed"
        if decision.outcome is Outcome.SAME_VALUE:
            # Both revisions become known; the later holds.
            if decision.incoming_wins:
                self.updates.append((FIGURES, state.id, {**taken, "version": FIGURES.c.version + 1}))
            else:
                self.updates.append((FIGURES, state.id, {"ancestors": json.dumps(
                    merged_history(state.history(), [r.rev, *r.history]))}))
            self.conflict_revs.setdefault(state.id, set()).add(r.rev)
            return None
        mine = {**state_side(state), "rev": held, "history": state.history()}
        theirs = {**incoming_side(f), "rev": r.rev, "history": list(r.history)}
        winner, loser = (theirs, mine) if decision.incoming_wins else (mine, theirs)
        if decision.incoming_wins:
            # The revision held here loses: it is kept with the conflict, not
            # among the winner's ancestors (that would say it came first).
            taken["ancestors"] = json.dumps(merged_history(list(r.history), state.history())) or None
            self.updates.append((FIGURES, state.id, {**taken, "version": FIGURES.c.version + 1}))
        self._conflict(state.id, rid, winner, loser, f, origin)
        return "conflict"

    def _count_conflict(self, rid: uuid.UUID) -> None:
        """A figure of the round newly in conflict (for the summary)."""
        self.summary.figures_conflicting += 1
        if rid not in self.summary.conflicting:
            self.summary.conflicting.append(rid)

    def _conflict(self, figure_id: uuid.UUID, rid: uuid.UUID, winner: dict, loser: dict, f: FigureDoc,
                  origin: str) -> None:
        self.inserts[FIGURE_CONFLICTS].append({
            "id": self.next_id(), "round_id": rid, "figure_id": figure_id,
            "winner_rev": uuid.UUID(winner["rev"]), "loser_rev": uuid.UUID(loser["rev"]),
            "winner": audit.dumps(winner), "loser": audit.dumps(loser), "found_at": self.now,
        })
        # The losing side and what came before it stay known here.
        self.conflict_revs.setdefault(figure_id, set()).update(
            (winner["rev"], loser["rev"], *loser.get("history", ())))
        self._audit(action="conflict", entity="figure", entity_id=figure_id, round_id=rid,
                    before=winner | {"slot": _slot_label(f)}, after=loser | {"slot": _slot_label(f)},
                    detail=f"imported from {origin}; the later change holds until a supervisor resolves it")

    def write(self, session: Session) -> None:
        conn = session.connection()
        for table in (ROUNDS, ROUND_PARTIES, SOURCES, CATEGORY_SETS, CATEGORIES, MOVEMENTS, FIGURES, FIGURE_CONFLICTS):
            if table is FIGURES:
                insert_tuples(conn, FIGURES, NEW_FIGURE, self.new_figures)
            rows = self.inserts.get(table, ())
            # Rows of one statement share their columns (version-2 figures
            # carry their revision, version-1 ones leave it empty).
            shapes: dict[tuple, list[dict]] = defaultdict(list)
            for row in rows:
                shapes[tuple(row)].append(row)
            for same in shapes.values():
                insert_rows(conn, table, same)
        for table, row_id, values in self.updates:
            session.execute(sa.update(table).where(table.c.id == row_id).values(**values))
        # A revision taken that comes after a conflict's losing side settles it.
        for figure_id, rid, history in self.settled:
            for conflict_id, loser in open_conflicts(session, figure_id):
                if str(loser) in history:
                    session.execute(sa.update(FIGURE_CONFLICTS).where(FIGURE_CONFLICTS.c.id == conflict_id).values(
                        closed_at=self.now, closed_by=self.actor))
                    self.reread.add(rid)
        audit.append(conn, self.audit, self.signer)


def vouched(parsed: ParsedRound) -> bool:
    """Whether every figure revision the round brings (live or deleted) was
    made by an entry its author sealed, which came with it: an entry naming
    the revision, or — for a figure as first loaded from a file without
    revisions — the sealed creation that holds its values."""
    made: set[str] = set()
    for entry in parsed.history:
        after = values_of(entry["after"])
        if entry["entity"] == "figure" and isinstance(after.get("rev"), str):
            made.add(after["rev"])
        elif (entry["entity"], entry["action"]) == ("round", "create"):
            for f in after.get("figures") or ():
                try:
                    made.add(str(first_revision(parsed.doc.id, _LoadedFigure(f))))
                except (KeyError, TypeError, ValueError):
                    continue
    return all(f.revision is None or f.revision.rev in made for f in (*parsed.doc.figures, *parsed.doc.tombstones))


class _LoadedFigure:
    """A figure of a sealed creation, as `first_revision` reads one."""

    def __init__(self, f: dict):
        self.movement = Movement(f["from"], f["to"], MovementKind(f["kind"]))
        self.source = f["source"]
        self.category_set, self.category = f.get("category_set"), f.get("category")
        self.count = f["count"]
        self.qualifier = Qualifier(f.get("qualifier", "exact"))
        self.citation, self.note = f.get("citation"), f.get("note")
        self.part_of = movement_of(f.get("part_of"))


def _unlike(where: str, name: str, held: Iterable[str], round_id: uuid.UUID) -> None:
    """A source, category set or category a file adds to a round here must
    not look the same as one the round already has."""
    keys = set(looks(name))
    for other in held:
        if other != name and keys & set(looks(other)):
            raise UserError(translate(
                "import", "{where}: {name} looks the same as {other}, which round {round_id} already has, but is "
                "another name ({detail}); use {other}."
            ).format(where=where, name=safe(repr(name)), other=safe(repr(other)), round_id=round_id,
                     detail=alike_detail(name, other)))


def _affiliation(value: str, parties: dict[str, uuid.UUID]) -> tuple[AffiliationKind, uuid.UUID | None]:
    if value == AffiliationKind.INDEPENDENT.value:
        return AffiliationKind.INDEPENDENT, None
    if value == AffiliationKind.UNKNOWN.value:
        return AffiliationKind.UNKNOWN, None
    return AffiliationKind.PARTY, parties[value]


def _slot_label(f: FigureDoc) -> str:
    m = f.movement
    return slot_label(m.from_party, m.to_party, m.kind, f.source, f.category_set, f.category)


def plan_rounds(
    session: Session, parsed: list[ParsedRound], *,
    actor: Actor, origin: str, now: dt.datetime | None = None, preview: bool = False,
    signed: frozenset[uuid.UUID] = frozenset(),
) -> _Plan:
    """What adding or merging these rounds would write, and its summary,
    reading only (refusals raised): with `preview`, new parties are not
    added either."""
    now = now or utc_now()
    existing = load_existing(session, [p.doc.id for p in parsed])
    names: set[str] = set()
    for p in parsed:
        names.update(p.doc.sides, p.doc.third_parties, p.doc.mediators)
    plan = _Plan(actor=actor, now=now, origin=origin,
                 parties=ensure_parties(session, names, now, create=not preview), existing=set(existing),
                 signed=signed)
    for part in chunks(list(existing)):
        for figure_id, winner, loser, lost in session.execute(
            sa.select(FIGURE_CONFLICTS.c.figure_id, FIGURE_CONFLICTS.c.winner_rev, FIGURE_CONFLICTS.c.loser_rev, FIGURE_CONFLICTS.c.loser).where(FIGURE_CONFLICTS.c.round_id.in_(list(part)))
        ):
            plan.conflict_revs.setdefault(figure_id, set()).update(
                (str(winner), str(loser), *json.loads(lost).get("history", ())))
    for p in parsed:
        plan.add(p, existing.get(p.doc.id))
    return plan


def store_rounds(
    session: Session, parsed: list[ParsedRound], *,
    actor: Actor, origin: str, now: dt.datetime | None = None, signed: frozenset[uuid.UUID] = frozenset(),
) -> ImportSummary:
    """Add or merge every round given, in the caller's transaction."""
    plan = plan_rounds(session, parsed, actor=actor, origin=origin, now=now, signed=signed)
    plan.write(session)
    # The list's summary rows: new rounds from the file as they are, merged
    # ones re-read (they now hold what the database had and the file added).
    created = {p.doc.id for p in parsed if p.doc.id not in plan.existing} - plan.reread
    write_summaries(session, [p.doc for p in parsed if p.doc.id in created])
    refresh_summaries(session, [rid for rid in {*plan.summary.changed_round_ids, *plan.reread} if rid not in created],
                      actor)
    return plan.summary
