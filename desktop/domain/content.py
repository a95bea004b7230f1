"""A round's content as plain values: what the interchange file carries, what
the rules read, and what a sign-off fingerprints.

These are read models: they hold names, never database row ids, so the same
round has the same content in every database that holds it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import json
import uuid
from dataclasses import dataclass, field

from desktop.domain.types import (
    AffiliationKind,
    MovementKind,
    Qualifier,
    RoundStatus,
    Stage,
)


@dataclass(frozen=True, slots=True, order=True)
class Movement:
    """People going from one party to another within a round, of one kind."""

    from_party: str
    to_party: str
    kind: MovementKind
    # Movements key most dictionaries of an import and of the rules, so the
    # hash is computed once rather than on every lookup.
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.from_party, self.to_party, self.kind)))

    def __hash__(self) -> int:
        return self._hash

    def to_dict(self) -> dict[str, str]:
        return {"from": self.from_party, "to": self.to_party, "kind": self.kind.value}

    def label(self) -> str:
        return f"{self.from_party} → {self.to_party} ({self.kind.value})"


def movement_text(movement: Movement | None) -> str | None:
    """A movement as one text (a figure's `part_of` as the database keeps
    it): canonical JSON of `to_dict()`; None for none."""
    if movement is None:
        return None
    return json.dumps(movement.to_dict(), ensure_ascii=False, separators=(",", ":"))


def movement_of(value: str | dict | None) -> Movement | None:
    """A movement from `movement_text` or `to_dict()`."""
    if value is None:
        return None
    d = json.loads(value) if isinstance(value, str) else value
    return Movement(d["from"], d["to"], MovementKind(d["kind"]))


def slot_label(from_party: str, to_party: str, kind: str, source: str, category_set: str | None = None,
               category: str | None = None) -> str:
    """Where a figure stands, in words: what the history names it by."""
    where = f"{from_party} → {to_party} ({MovementKind(kind).value}), {source}"
    if category is not None:
        where += f", {category_set}/{category}"
    return where


def slot_label_of(values: dict) -> str | None:
    """The label of a figure as the history holds it (a `value_dict`, or
    values with their `slot` label); None if they do not say."""
    if "slot" in values:
        return values["slot"]
    try:
        return slot_label(values["from"], values["to"], values["kind"], values["source"], values.get("category_set"),
                          values.get("category"))
    except (KeyError, ValueError):
        return None


@dataclass(frozen=True, slots=True)
class SourceDoc:
    """Who reported figures, and whom they speak for: a party name of the
    round, or `independent`, or `unknown`."""

    name: str
    affiliation: str = AffiliationKind.UNKNOWN.value
    #: Whether its figures say what was handed over, or what was agreed or
    #: announced beforehand (interchange /5).
    stage: Stage = Stage.DELIVERED

    def to_dict(self) -> dict:
        # A delivered source is written as before /5, so that a round's
        # fingerprint (and every signature over it) stays what it was.
        out = {"name": self.name, "affiliation": self.affiliation}
        if self.stage is not Stage.DELIVERED:
            out["stage"] = self.stage.value
        return out


@dataclass(frozen=True, slots=True)
class CategorySetDoc:
    name: str
    exhaustive: bool = False
    categories: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Revision:
    """One revision of a figure as laptops exchange it: its id, the ids
    before it (newest first), who made it and when, and whether it deleted
    the figure (a tombstone)."""

    rev: str
    history: tuple[str, ...]
    changed_by: str
    changed_at: dt.datetime
    deleted_at: dt.datetime | None = None
    #: Open merge conflicts this revision won: the other sides (each a dict
    #: with rev, count, qualifier, citation, note, deleted, changed_by,
    #: changed_at), so that every laptop comes to hold the same conflicts.
    conflicts: tuple[dict, ...] = ()


@dataclass(frozen=True, slots=True)
class FigureDoc:
    """One count reported by one source; no category means the source's total."""

    movement: Movement
    source: str
    count: int
    qualifier: Qualifier = Qualifier.EXACT
    category_set: str | None = None
    category: str | None = None
    citation: str | None = None
    note: str | None = None
    entered_by: str | None = None
    entered_at: dt.datetime | None = None
    #: Where this value stands among the figure's revisions, and who made it
    #: when (interchange /2; not content: never compared or fingerprinted).
    revision: Revision | None = field(default=None, compare=False, repr=False)
    #: "Of which": this total's people are among those of another movement
    #: of the round (the 75 handed over without exchange, inside the 248 the
    #: ministry reported); totals count them once (interchange /4).
    part_of: Movement | None = None

    @property
    def slot(self) -> tuple[Movement, str, str | None, str | None]:
        """What makes a figure unique within its round."""
        return (self.movement, self.source, self.category_set, self.category)

    @property
    def is_total(self) -> bool:
        return self.category is None

    def sort_key(self) -> tuple:
        m = self.movement
        # The kind is a StrEnum: it sorts as its value.
        return (
            m.from_party, m.to_party, m.kind, self.source,
            self.category_set is not None, self.category_set or "", self.category or "",
        )

    def value_dict(self) -> dict:
        """What the figure says, without who entered it and when."""
        # Enum members are str subclasses: JSON writes their values as they
        # are, without a `.value` lookup per figure.
        m = self.movement
        out: dict = {"from": m.from_party, "to": m.to_party, "kind": m.kind, "source": self.source}
        if self.category is not None:
            out["category_set"] = self.category_set
            out["category"] = self.category
        out["count"] = self.count
        out["qualifier"] = self.qualifier
        if self.citation is not None:
            out["citation"] = self.citation
        if self.note is not None:
            out["note"] = self.note
        if self.part_of is not None:
            out["part_of"] = self.part_of.to_dict()
        return out

    def to_dict(self) -> dict:
        out = self.value_dict()
        if self.entered_by is not None:
            out["entered_by"] = self.entered_by
        if self.entered_at is not None:
            out["entered_at"] = format_timestamp(self.entered_at)
        r = self.revision
        if r is not None:
            # A figure never changed since it was entered: entered_by and
            # entered_at say who and when.
            if r.changed_by != self.entered_by or r.changed_at != self.entered_at:
                out["changed_by"] = r.changed_by
                out["changed_at"] = format_timestamp(r.changed_at)
            if r.deleted_at is not None:
                out["deleted_at"] = format_timestamp(r.deleted_at)
            out["rev"] = r.rev
            if r.history:
                out["history"] = list(r.history)
            if r.conflicts:
                out["conflicts"] = list(r.conflicts)
        return out


def same_figure(a: FigureDoc | None, b: FigureDoc | None) -> bool:
    """The same figure as a person sees and edits it (count, qualifier,
    citation, note, part of): what an edit checks it did not overwrite."""
    if a is None or b is None:
        return a is b
    return (a.count, a.qualifier, a.citation, a.note, a.part_of) == (b.count, b.qualifier, b.citation, b.note,
                                                                     b.part_of)


@dataclass(frozen=True, slots=True)
class CombinedDoc:
    """One number a source gives for several movements of the round
    together: a mediator's total for both directions ("nearly 500 released
    on both sides"), a total across kinds (277 = 246 exchanged and 31
    without exchange). It is held against the sum of those movements'
    totals and counted in none (interchange /5)."""

    source: str
    #: Two or more movements, in order.
    movements: tuple[Movement, ...]
    count: int
    qualifier: Qualifier = Qualifier.EXACT
    citation: str | None = None
    note: str | None = None

    def to_dict(self) -> dict:
        out: dict = {"source": self.source, "movements": [m.to_dict() for m in self.movements],
                     "count": self.count, "qualifier": self.qualifier.value}
        if self.citation is not None:
            out["citation"] = self.citation
        if self.note is not None:
            out["note"] = self.note
        return out

    @classmethod
    def from_dict(cls, d: dict) -> CombinedDoc:
        """As `to_dict` wrote it."""
        return cls(d["source"], tuple(movement_of(m) for m in d["movements"]), int(d["count"]),
                   Qualifier(d.get("qualifier", "exact")), d.get("citation"), d.get("note"))


def combined_text(combined: tuple[CombinedDoc, ...]) -> str | None:
    """Combined figures as one text (as the database keeps them): canonical
    JSON of their `to_dict()`; None for none."""
    if not combined:
        return None
    return json.dumps([c.to_dict() for c in combined], ensure_ascii=False, separators=(",", ":"))


def combined_of(value: str | list | None) -> tuple[CombinedDoc, ...]:
    """Combined figures from `combined_text` or a list of `to_dict()`."""
    if not value:
        return ()
    items = json.loads(value) if isinstance(value, str) else value
    return tuple(CombinedDoc.from_dict(d) for d in items)


@dataclass(frozen=True, slots=True)
class MergeConflict:
    """One figure changed differently on two laptops: the value held (the
    later change) and the other, each with who changed it and when."""

    figure: FigureDoc
    held: dict
    other: dict


@dataclass(frozen=True, slots=True)
class RoundDoc:
    """Everything a round says, in names."""

    id: uuid.UUID
    title: str
    date: dt.date
    sides: tuple[str, ...]
    location: str | None = None
    notes: str | None = None
    third_parties: tuple[str, ...] = ()
    mediators: tuple[str, ...] = ()
    #: The operation the round is a stage of (one agreement carried out over
    #: several rounds), by name; interchange /5.
    operation: str | None = None
    #: Figures a source gives for several movements together (interchange /5).
    combined: tuple[CombinedDoc, ...] = ()
    #: None when a file does not state it (a new round is then a draft).
    status: RoundStatus | None = None
    sources: tuple[SourceDoc, ...] = ()
    category_sets: tuple[CategorySetDoc, ...] = ()
    figures: tuple[FigureDoc, ...] = field(default=())
    #: Deleted figures (interchange /2 tombstones, with their last values):
    #: not content, so neither compared nor fingerprinted.
    tombstones: tuple[FigureDoc, ...] = field(default=(), compare=False, repr=False)
    #: Open merge conflicts: the same figure changed differently on two laptops.
    conflicts: tuple[MergeConflict, ...] = field(default=(), compare=False, repr=False)
    #: True when `figures` is already in `sort_key` order (as read from a
    #: database), so writing the round need not sort it again.
    figures_sorted: bool = field(default=False, compare=False, repr=False)

    def affiliation_of(self, source: str) -> str:
        for s in self.sources:
            if s.name == source:
                return s.affiliation
        return AffiliationKind.UNKNOWN.value

    def stage_of(self, source: str) -> Stage:
        for s in self.sources:
            if s.name == source:
                return s.stage
        return Stage.DELIVERED

    def at_stage(self, *stages: Stage) -> RoundDoc:
        """The round with only the figures of sources at `stages` (the rules
        and the totals read the delivered ones; agreed ones are checked
        against them)."""
        if all(s.stage in stages for s in self.sources):
            return self
        keep = {s.name for s in self.sources if s.stage in stages}
        if Stage.DELIVERED in stages:
            keep |= {f.source for f in self.figures} - {s.name for s in self.sources}
        return dataclasses.replace(self, figures=tuple(f for f in self.figures if f.source in keep))

    def delivered(self) -> RoundDoc:
        return self.at_stage(Stage.DELIVERED)

    def sorted_figures(self) -> list[FigureDoc]:
        if self.figures_sorted:
            return list(self.figures)
        return sorted(self.figures, key=FigureDoc.sort_key)

    def to_dict(self) -> dict:
        """The round as the interchange file writes it, in a fixed order."""
        return {
            **self.header_dict(explicit=True),
            "figures": [f.to_dict() for f in self.sorted_figures()] + [
                f.to_dict() for f in sorted(self.tombstones, key=FigureDoc.sort_key)],
        }

    def content_dict(self) -> dict:
        """What the round says: its fields and its live figures' values,
        without who entered them and when (the history's record of a new round)."""
        return {**self.header_dict(), "figures": [f.value_dict() for f in self.sorted_figures()]}

    def header_dict(self, *, explicit: bool = False) -> dict:
        """The round's own fields, parties, sources and category sets. What
        version 5 added (a source's stage, the operation, the combined
        figures) is written only where it says something, so that a round's
        content and fingerprint stay what they were; `explicit` (the file's
        form) writes them always, "delivered", none and [] included, so
        that a change back to them travels."""
        out = {
            "id": str(self.id),
            "title": self.title,
            "date": self.date.isoformat(),
            "location": self.location,
            "notes": self.notes,
            "status": (self.status or RoundStatus.DRAFT).value,
            "sides": list(self.sides),
            "third_parties": list(self.third_parties),
            "mediators": list(self.mediators),
            "sources": [{**s.to_dict(), "stage": s.stage.value} if explicit else s.to_dict() for s in self.sources],
            "category_sets": [
                {"name": c.name, "exhaustive": c.exhaustive, "categories": list(c.categories)}
                for c in self.category_sets
            ],
        }
        if self.operation is not None or explicit:
            out["operation"] = self.operation
        if self.combined or explicit:
            out["combined"] = [c.to_dict() for c in self.combined]
        return out

    def fingerprint(self) -> str:
        """SHA-256 of the round's canonical content: what it says, not who
        typed it or when, and not its status."""
        content = self.content_dict()
        content.pop("status")
        blob = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=4096)
def format_timestamp(value: dt.datetime) -> str:
    """ISO 8601 in UTC with a `Z`, as the interchange file writes times."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
