"""Totals of a round's movements, and what each source's total is.

A source's total for a movement is the figure it states for it; where it
states none but gives every category of an exhaustive set, it is *derived*:
the sum of those parts, marked as derived wherever it is shown, and read
by the rules (mismatch, unverified, imbalance) like a stated one.

A movement's total is the single value its sources agree on; where they
disagree, the value a supervisor accepted when resolving the mismatch;
until then the range of what the sources say (e.g. 305–307), marked as
disputed. A total keeps its qualifier: a sum with an approximate term is
approximate (`~215`), one with an "at least" term is a lower bound
(`≥215`), one with an "at most" term an upper bound (`≤215`); a sum with
both kinds of bound is approximate. (Below `discrepancies`, `review` and
`reporting`, which all use it.)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.domain.content import FigureDoc, Movement, RoundDoc
from desktop.domain.types import QUALIFIER_SIGN, MovementKind, Qualifier, Rule, Stage

if TYPE_CHECKING:
    from desktop.domain.review import ReviewedDiscrepancy


def qualifier_of_sum(qualifiers: Iterable[Qualifier]) -> Qualifier:
    """What a sum of qualified counts is: exact only if every term is; a
    bound if every inexact term is the same bound; else approximate."""
    kinds = {Qualifier(q) for q in qualifiers} - {Qualifier.EXACT}
    if not kinds:
        return Qualifier.EXACT
    if len(kinds) == 1:
        return kinds.pop()
    return Qualifier.APPROXIMATE


@dataclass(frozen=True, slots=True)
class SourceTotal:
    """One source's total for one movement: stated, or derived from the
    categories of `derived_from` (an exhaustive set it gives in full)."""

    source: str
    count: int
    qualifier: Qualifier
    derived_from: str | None = None
    #: The figure stated, or the parts summed.
    figures: tuple[FigureDoc, ...] = ()

    @property
    def derived(self) -> bool:
        return self.derived_from is not None


def source_totals(doc: RoundDoc, stage: Stage = Stage.DELIVERED) -> dict[Movement, list[SourceTotal]]:
    """Every source's total for every movement it reports, stated or
    derived, movements and sources in the round's order of figures: of
    the sources that say what was handed over, or with `stage`, of those
    that say what was agreed."""
    doc = doc.at_stage(stage)
    stated: dict[Movement, dict[str, SourceTotal]] = defaultdict(dict)
    parts: dict[tuple[Movement, str, str], dict[str, FigureDoc]] = defaultdict(dict)
    for f in doc.figures:
        if f.category is None:
            stated[f.movement][f.source] = SourceTotal(f.source, f.count, f.qualifier, None, (f,))
        else:
            parts[(f.movement, f.source, f.category_set)][f.category] = f
    # Where a source gives several exhaustive sets in full, the total is
    # summed from the first by name (the others are checked against it by
    # the breakdown rule), whatever order the round declares them in.
    exhaustive = sorted((s for s in doc.category_sets if s.exhaustive and s.categories), key=lambda s: s.name)
    out: dict[Movement, list[SourceTotal]] = {m: list(by.values()) for m, by in stated.items()}
    derived: set[tuple[Movement, str]] = set()
    for movement, source, _set in parts:
        if source in stated.get(movement, {}) or (movement, source) in derived:
            continue
        for cset in exhaustive:
            given = parts.get((movement, source, cset.name), {})
            if all(c in given for c in cset.categories):
                terms = tuple(given[c] for c in cset.categories)
                out.setdefault(movement, []).append(SourceTotal(
                    source, sum(f.count for f in terms), qualifier_of_sum(f.qualifier for f in terms),
                    cset.name, terms))
                derived.add((movement, source))
                break
    return out


@dataclass(frozen=True, slots=True)
class Tally:
    """A count that may still be a range, with what is known of it.

    `disputed`: the sources disagree and no supervisor has decided yet.
    `accepted`: the number is a supervisor's accepted value.
    `approximate`, `at_least`, `at_most`: the qualifier it carries.
    `derived`: summed from a source's categories, not stated as a total.
    """

    low: int
    high: int
    disputed: bool = False
    accepted: bool = False
    approximate: bool = False
    at_least: bool = False
    at_most: bool = False
    derived: bool = False

    @classmethod
    def of(cls, count: int, qualifier: Qualifier, *, derived: bool = False) -> Tally:
        q = Qualifier(qualifier)
        return cls(count, count, approximate=q is Qualifier.APPROXIMATE, at_least=q is Qualifier.AT_LEAST,
                   at_most=q is Qualifier.AT_MOST, derived=derived)

    @property
    def qualifier(self) -> Qualifier:
        if self.approximate:
            return Qualifier.APPROXIMATE
        if self.at_least:
            return Qualifier.AT_LEAST
        if self.at_most:
            return Qualifier.AT_MOST
        return Qualifier.EXACT

    @property
    def exact(self) -> bool:
        return self.low == self.high and self.qualifier is Qualifier.EXACT

    def __add__(self, other: Tally) -> Tally:
        if other is ZERO:
            return self
        if self is ZERO:
            return other
        q = qualifier_of_sum((self.qualifier, other.qualifier))
        return Tally(self.low + other.low, self.high + other.high,
                     self.disputed or other.disputed, self.accepted or other.accepted,
                     approximate=q is Qualifier.APPROXIMATE, at_least=q is Qualifier.AT_LEAST,
                     at_most=q is Qualifier.AT_MOST, derived=self.derived or other.derived)

    def __str__(self) -> str:
        core = str(self.low) if self.low == self.high else f"{self.low}–{self.high}"
        return QUALIFIER_SIGN[self.qualifier] + core

    #: The letters of `marks()`: what a summary row keeps beside the numbers.
    _MARKS = (("disputed", "!"), ("accepted", "a"), ("approximate", "~"), ("at_least", ">"), ("at_most", "<"),
              ("derived", "d"))

    def marks(self) -> str:
        """What is known of the value beyond its numbers, as a few letters
        (`~d`: approximate, derived); empty for a plain count."""
        return "".join(letter for name, letter in self._MARKS if getattr(self, name))

    @classmethod
    def parse(cls, low: int, high: int, marks: str = "") -> Tally:
        """As `marks()` wrote it (a summary row of an older release has none)."""
        return cls(low, high, **{name: letter in marks for name, letter in cls._MARKS})


ZERO = Tally(0, 0)


def received_row(party: str, value: Tally) -> list:
    """One party's received total as a summary row keeps it: `[party, low, high, marks]`."""
    return [party, value.low, value.high, value.marks()]


def received_of_rows(rows: Iterable[Sequence]) -> dict[str, Tally]:
    """A summary row's received totals (`[party, low, high]` from older releases)."""
    return {row[0]: Tally.parse(row[1], row[2], row[3] if len(row) > 3 else "") for row in rows}


def total(values: Iterable[Tally]) -> Tally:
    out = ZERO
    for v in values:
        out = out + v
    return out


def _allows(value: Tally, n: int) -> bool:
    """Whether a source's value is consistent with `n` people."""
    if value.approximate:
        return True
    if value.at_least:
        return value.low <= n
    if value.at_most:
        return value.high >= n
    return value.low == n


def consensus(values: list[Tally]) -> Tally:
    """What the sources' totals of one movement say together.

    - The exact count they give, where all exact ones agree and every
      bound or approximation allows it (`100` beside `≥90` and `~100`).
    - With no exact count: the tightest bound (`≥90` beside `≥80`), or the
      approximation they share.
    - Otherwise the range of what they say, approximate if a term is.
    """
    derived = all(v.derived for v in values)
    exact = {v.low for v in values if v.exact}
    if len(exact) == 1:
        n = exact.pop()
        if all(_allows(v, n) for v in values):
            return Tally(n, n, derived=all(v.derived for v in values if v.exact))
    elif not exact:
        kinds = {v.qualifier for v in values}
        if kinds == {Qualifier.AT_LEAST}:
            n = max(v.low for v in values)
            return Tally(n, n, at_least=True, derived=derived)
        if kinds == {Qualifier.AT_MOST}:
            n = min(v.high for v in values)
            return Tally(n, n, at_most=True, derived=derived)
        if kinds == {Qualifier.APPROXIMATE} and len({(v.low, v.high) for v in values}) == 1:
            return Tally(values[0].low, values[0].high, approximate=True, derived=derived)
    return Tally(min(v.low for v in values), max(v.high for v in values),
                 approximate=any(v.approximate for v in values), derived=derived)


def accepted_totals(reviewed: Sequence[ReviewedDiscrepancy]) -> tuple[dict[Movement, int], set[Movement]]:
    """The totals supervisors accepted, and the movements whose sources'
    totals disagree with no decision yet."""
    accepted: dict[Movement, int] = {}
    conflicting: set[Movement] = set()
    for item in reviewed:
        d = item.discrepancy
        if d.rule is not Rule.SOURCE_MISMATCH or d.category is not None:
            continue
        if item.resolution is not None and item.resolution.accepted_value is not None:
            accepted[d.movement] = item.resolution.accepted_value
        elif item.is_open:
            conflicting.add(d.movement)
    return accepted, conflicting


def movement_totals(doc: RoundDoc, reviewed: Sequence[ReviewedDiscrepancy]) -> dict[Movement, Tally]:
    """Each movement's total: agreed, accepted, or a disputed range; stated
    or derived; with its qualifier. A movement no source totals (stated or
    derived) has none."""
    accepted, conflicting = accepted_totals(reviewed)
    out: dict[Movement, Tally] = {}
    for movement, totals in source_totals(doc).items():
        if movement in accepted:
            n = accepted[movement]
            out[movement] = Tally(n, n, accepted=True)
            continue
        value = consensus([Tally.of(t.count, t.qualifier, derived=t.derived) for t in totals])
        if value.low != value.high and movement in conflicting:
            # "Disputed" only where the sources cannot all be right (an open
            # mismatch), not for, say, ≥100 beside ~103.
            value = Tally(value.low, value.high, True, approximate=value.approximate, derived=value.derived)
        out[movement] = value
    return out


def wholes(doc: RoundDoc) -> dict[Movement, set[Movement]]:
    """"Of which": for each movement some source says is part of another,
    the movements it is said to be part of."""
    out: dict[Movement, set[Movement]] = defaultdict(set)
    for f in doc.delivered().figures:
        if f.part_of is not None and f.category is None:
            out[f.movement].add(f.part_of)
    return dict(out)


def counted_totals(doc: RoundDoc, reviewed: Sequence[ReviewedDiscrepancy], *,
                   remains: bool = False) -> dict[Movement, Tally]:
    """The movement totals that count people once: a movement said to be
    part of another that has a total is left out (its people are in it).
    With `remains`, the movements of remains instead: never among people."""
    totals = movement_totals(doc, reviewed)
    inside = wholes(doc)

    def reaches(start: Movement, goal: Movement) -> bool:
        seen, stack = set(), [start]
        while stack:
            m = stack.pop()
            if m == goal:
                return True
            if m not in seen:
                seen.add(m)
                stack.extend(inside.get(m, ()))
        return False

    # Left out only within a whole that is not itself within the part (a
    # loop, which no edit or import lets in, would otherwise count no one).
    return {m: v for m, v in totals.items()
            if (m.kind is MovementKind.REMAINS) == remains
            and not any(w in totals and not reaches(w, m) for w in inside.get(m, ()))}


def received_totals(doc: RoundDoc, reviewed: Sequence[ReviewedDiscrepancy], *,
                    remains: bool = False) -> dict[str, Tally]:
    """What each party received in the round, over all kinds of movement of
    people (with `remains`: the remains it received), using the values
    supervisors accepted, each person once ("of which" figures are within
    their whole)."""
    order = {p: i for i, p in enumerate(doc.sides + doc.third_parties)}
    out: dict[str, Tally] = {}
    for movement, value in counted_totals(doc, reviewed, remains=remains).items():
        out[movement.to_party] = out.get(movement.to_party, ZERO) + value
    return dict(sorted(out.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))


def untotalled(doc: RoundDoc) -> list[Movement]:
    """Movements with figures but no total, stated or derived: parts the
    rules and the totals cannot count."""
    totalled = source_totals(doc)
    return sorted({f.movement for f in doc.delivered().figures if f.movement not in totalled})
