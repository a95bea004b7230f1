"""The app's edits of a round as small typed commands: each says what it
changes, and `apply` gives the round as the change leaves it, checked by
the rules of content (`validity`) — the same rules a file's round obeys —
or raises `Invalid` naming the field.

Who may edit, whether the round is locked and whether someone changed it
meanwhile are the services' concern; these only know content.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.domain import validity
from desktop.domain.content import (
    CategorySetDoc,
    CombinedDoc,
    FigureDoc,
    Movement,
    RoundDoc,
    SourceDoc,
)
from desktop.domain.types import AFFILIATION_WORDS, Qualifier, RoundStatus
from desktop.domain.validity import MAX_PARTIES, Invalid
from desktop.i18n import translate

Slot = tuple[Movement, str, str | None, str | None]

#: A field an edit leaves as the figure holds it (`SetFigure.part_of`).
KEEP = object()


def new_round(round_id: uuid.UUID, *, title: str, date: dt.date, sides: Sequence[str],
              third_parties: Sequence[str] = (), mediators: Sequence[str] = (), location: str | None = None,
              notes: str | None = None) -> RoundDoc:
    """A draft round as the app creates it, checked."""
    return validity.round_content(RoundDoc(
        id=round_id, title=title, date=date, sides=tuple(sides), third_parties=tuple(third_parties),
        mediators=tuple(mediators), location=location or None, notes=notes or None, status=RoundStatus.DRAFT,
    ))


@dataclass(frozen=True)
class ChangeDetails:
    """A new title, date, location, notes or operation (a field not given
    stays)."""

    fields: dict

    what = "round"
    ALLOWED = frozenset({"title", "date", "location", "notes", "operation"})

    def __post_init__(self) -> None:
        unknown = set(self.fields) - self.ALLOWED
        if unknown:
            raise ValueError(f"cannot set {sorted(unknown)} with ChangeDetails")

    def apply(self, doc: RoundDoc) -> RoundDoc:
        given = {k: (v or None) if k in ("location", "notes", "operation") else v for k, v in self.fields.items()}
        operation = given.pop("operation", doc.operation)
        merged = {"title": doc.title, "date": doc.date, "location": doc.location, "notes": doc.notes, **given}
        title, date, location, notes = validity.details(**merged)
        return validity.round_content(dataclasses.replace(
            doc, title=title or "", date=date, location=location, notes=notes, operation=operation))

    def attempt(self) -> dict:
        return {k: (v.isoformat() if isinstance(v, dt.date) else v or None) for k, v in self.fields.items()}


@dataclass(frozen=True)
class SetParties:
    """New sides, third parties or mediators (a group not given stays). A
    party with figures, or one a source speaks for, stays."""

    sides: tuple[str, ...] | None = None
    third_parties: tuple[str, ...] | None = None
    mediators: tuple[str, ...] | None = None

    what = "parties"

    def apply(self, doc: RoundDoc) -> RoundDoc:
        def group(field: str, given, held, minimum: int = 0):
            if given is None:
                return held
            return validity.names(field, tuple(given), limit=MAX_PARTIES, minimum=minimum)

        sides = group("sides", self.sides, doc.sides, 2)
        third = group("third_parties", self.third_parties, doc.third_parties)
        mediators = group("mediators", self.mediators, doc.mediators)
        validity.parties("", sides, third, mediators)
        movers = set(sides) | set(third)
        for f in doc.figures:
            for party in (f.movement.from_party, f.movement.to_party):
                if party not in movers:
                    raise Invalid("", translate(
                        "editing", "{party} has figures in this round; clear them before removing it."
                    ).format(party=party))
        named = movers | set(mediators)
        for s in doc.sources:
            if s.affiliation not in named and s.affiliation not in AFFILIATION_WORDS:
                raise Invalid("", translate(
                    "editing", "the source {source} speaks for {party}; change its affiliation first."
                ).format(source=s.name, party=s.affiliation))
        return validity.round_content(dataclasses.replace(doc, sides=sides, third_parties=third, mediators=mediators))

    def attempt(self) -> dict:
        return {k: list(v) for k, v in (("sides", self.sides), ("third_parties", self.third_parties),
                                        ("mediators", self.mediators)) if v is not None}


@dataclass(frozen=True)
class SetSources:
    """The round's sources (one with figures stays)."""

    sources: tuple[SourceDoc, ...]

    what = "sources"

    def apply(self, doc: RoundDoc) -> RoundDoc:
        keep = {s.name for s in self.sources}
        for f in (*doc.figures, *doc.combined):
            if f.source not in keep:
                raise Invalid("", translate(
                    "editing", "the source {source} has figures in this round; clear them before removing it."
                ).format(source=f.source))
        return validity.round_content(dataclasses.replace(doc, sources=tuple(self.sources)))

    def attempt(self) -> dict:
        return {"sources": [dataclasses.asdict(s) for s in self.sources]}


@dataclass(frozen=True)
class SetCategorySets:
    """The category sets in use (a category with figures stays)."""

    category_sets: tuple[CategorySetDoc, ...]

    what = "category_sets"

    def apply(self, doc: RoundDoc) -> RoundDoc:
        keep = {(cs.name, c) for cs in self.category_sets for c in cs.categories}
        for f in doc.figures:
            if f.category is not None and (f.category_set, f.category) not in keep:
                raise Invalid("", translate(
                    "editing", "{category_set}: {category} has figures in this round; clear them before removing it."
                ).format(category_set=f.category_set, category=f.category))
        return validity.round_content(dataclasses.replace(doc, category_sets=tuple(self.category_sets)))

    def attempt(self) -> dict:
        return {"category_sets": [dataclasses.asdict(c) for c in self.category_sets]}


@dataclass(frozen=True)
class SetCombined:
    """A round's figures for several movements together, all of them (a
    source new to the round is added, its affiliation unknown)."""

    combined: tuple[CombinedDoc, ...]

    what = "combined"

    def apply(self, doc: RoundDoc) -> RoundDoc:
        return validity.round_content(dataclasses.replace(doc, combined=tuple(self.combined)))

    def attempt(self) -> dict:
        return {"combined": [c.to_dict() for c in self.combined]}


@dataclass(frozen=True)
class SetFigure:
    """One figure recorded or changed. A source new to the round is added,
    its affiliation unknown; a figure changed keeps who first entered it."""

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
    #: "Of which": the whole this total is part of; KEEP leaves what the
    #: figure holds (an edit of its count does not drop it), None clears it.
    part_of: Movement | None | object = KEEP

    what = "figures"

    @property
    def slot(self) -> Slot:
        return (self.movement, self.source, self.category_set, self.category)

    def figure(self) -> FigureDoc:
        return FigureDoc(
            movement=self.movement, source=self.source, count=self.count, qualifier=self.qualifier,
            category_set=self.category_set, category=self.category, citation=self.citation or None,
            note=self.note or None, entered_by=self.entered_by, entered_at=self.entered_at,
            part_of=None if self.part_of is KEEP else self.part_of,
        )

    def apply(self, doc: RoundDoc) -> RoundDoc:
        movers = set(doc.sides) | set(doc.third_parties)
        categories = {s.name: set(s.categories) for s in doc.category_sets}
        prior = next((f for f in doc.figures if f.slot == self.slot), None)
        asked = self.figure()
        if self.part_of is KEEP and prior is not None:
            asked = dataclasses.replace(asked, part_of=prior.part_of)
        figure = validity.figure("", asked, movers, categories)
        prior = next((f for f in doc.figures if f.slot == figure.slot), None)
        if prior is not None:
            figure = dataclasses.replace(figure, entered_by=prior.entered_by, entered_at=prior.entered_at)
        figures = (*(f for f in doc.figures if f.slot != figure.slot), figure)
        return validity.round_content(dataclasses.replace(doc, figures=figures, figures_sorted=False))

    def attempt(self) -> dict:
        return dataclasses.replace(self.figure(), entered_by=None, entered_at=None).value_dict()


@dataclass(frozen=True)
class ClearFigure:
    """One figure deleted (the history keeps it)."""

    slot: Slot

    what = "figures"

    def apply(self, doc: RoundDoc) -> RoundDoc:
        return dataclasses.replace(doc, figures=tuple(f for f in doc.figures if f.slot != self.slot),
                                   figures_sorted=False)

    def attempt(self) -> dict:
        movement, source, category_set, category = self.slot
        return {**movement.to_dict(), "source": source, "category_set": category_set, "category": category,
                "deleted": True}


@dataclass(frozen=True)
class SetStatus:
    """Draft → in review, or back to draft (which needs a reason)."""

    status: RoundStatus
    comment: str = ""

    what = "status"
    MOVES = frozenset({(RoundStatus.DRAFT, RoundStatus.IN_REVIEW), (RoundStatus.IN_REVIEW, RoundStatus.DRAFT)})

    def allowed_from(self, current: RoundStatus) -> bool:
        return (current, self.status) in self.MOVES

    def apply(self, doc: RoundDoc) -> RoundDoc:
        if self.status is RoundStatus.DRAFT and not self.comment.strip():
            raise Invalid("", translate("editing", "{field}: say why the round goes back to draft.").format(
                field="comment"))
        return dataclasses.replace(doc, status=self.status)

    def attempt(self) -> dict:
        return {}


Edit = ChangeDetails | SetParties | SetSources | SetCategorySets | SetFigure | ClearFigure | SetStatus
