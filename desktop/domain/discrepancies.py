"""The discrepancy engine: a round's figures in, its discrepancies out.

A pure function of a `RoundDoc`; no database, no clock. The rules:
`source_mismatch`, `breakdown_exceeds_total` / `breakdown_mismatch`,
`unverified` and `imbalance` (README, "What counts as a discrepancy").
How qualified figures are read:

* Every figure is a claim about the true number. `exact n` claims exactly n,
  `at_least n` claims n or more, `at_most n` claims 0 to n. Two claims
  *conflict* when no number satisfies both (their intervals do not meet).
  So `at_least 200` against `exact 195` is a mismatch; `at_least 200`
  against `exact 230` is not.
* `approximate n` claims nothing precise: it never conflicts with anything and
  never makes an error on its own. It is still shown beside the others.
* By Helly's theorem on the line, a set of intervals has a common point
  exactly when every pair meets, so one test over all sources is the same as
  testing every pair.
* The *spread* of a conflict is the gap between the claims: the largest lower
  bound minus the smallest upper bound. Among exact counts it is max − min.
* A source's total is the one it states or, where it states none but gives
  every category of an exhaustive set, the sum of those parts (`totals`):
  a *derived* total, read by the mismatch, unverified and imbalance rules
  like a stated one and marked as derived in each value it shows. A
  derived total is checked against the source's other exhaustive sets, not
  against the set it was summed from. Its qualifier is the sum's
  (`totals.qualifier_of_sum`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from desktop.domain.content import CombinedDoc, FigureDoc, Movement, RoundDoc
from desktop.domain.totals import SourceTotal, source_totals, wholes
from desktop.domain.types import (
    RULE_SEVERITY,
    AffiliationKind,
    MovementKind,
    Qualifier,
    Rule,
    Severity,
    Stage,
)

INF = math.inf

_SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True, slots=True)
class Reported:
    """One figure as a discrepancy shows it."""

    source: str
    count: int
    qualifier: Qualifier
    category_set: str | None = None
    category: str | None = None
    #: Which direction the value belongs to, where a discrepancy spans two.
    movement: Movement | None = None
    #: The source's total summed from this category set's parts, not stated.
    derived_from: str | None = None
    #: A supervisor's accepted value (no source), standing for a direction.
    accepted: bool = False
    #: What was agreed or announced, not what was handed over.
    agreed: bool = False

    def to_dict(self) -> dict:
        out: dict = {"source": self.source, "count": self.count, "qualifier": self.qualifier}
        if self.category is not None:
            out["category_set"] = self.category_set
            out["category"] = self.category
        if self.movement is not None:
            out["movement"] = self.movement.to_dict()
        if self.derived_from is not None:
            out["derived_from"] = self.derived_from
        if self.accepted:
            out["accepted"] = True
        if self.agreed:
            out["agreed"] = True
        return out

    @classmethod
    def from_dict(cls, data: dict) -> Reported:
        """As `to_dict` wrote it."""
        movement = data.get("movement")
        return cls(
            source=data["source"], count=data["count"], qualifier=Qualifier(data["qualifier"]),
            category_set=data.get("category_set"), category=data.get("category"),
            movement=None if movement is None else _movement(movement), derived_from=data.get("derived_from"),
            accepted=bool(data.get("accepted")), agreed=bool(data.get("agreed")),
        )


@dataclass(frozen=True, slots=True)
class Discrepancy:
    key: str
    rule: Rule
    severity: Severity
    round_id: uuid.UUID
    movement: Movement
    category_set: str | None
    category: str | None
    values: tuple[Reported, ...]
    spread: int | None = None
    #: The source whose own figures disagree (breakdown rules), else None.
    source: str | None = None

    def sort_key(self) -> tuple:
        m = self.movement
        return (
            str(self.round_id), _SEVERITY_RANK[self.severity], self.rule,
            m.from_party, m.to_party, m.kind,
            self.category_set or "", self.category or "", self.source or "",
        )

    def to_dict(self) -> dict:
        out: dict = {
            "key": self.key,
            "rule": self.rule,
            "severity": self.severity,
            "round_id": str(self.round_id),
            "movement": self.movement.to_dict(),
            "category_set": self.category_set,
            "category": self.category,
            "values": [v.to_dict() for v in self.values],
        }
        if self.source is not None:
            out["source"] = self.source
        if self.spread is not None:
            out["spread"] = self.spread
        return out

    @classmethod
    def from_dict(cls, data: dict) -> Discrepancy:
        """As `to_dict` wrote it (the summary rows keep every round's so)."""
        return cls(
            key=data["key"], rule=Rule(data["rule"]), severity=Severity(data["severity"]), round_id=uuid.UUID(data["round_id"]),
            movement=_movement(data["movement"]), category_set=data["category_set"], category=data["category"],
            values=tuple(Reported.from_dict(v) for v in data["values"]), spread=data.get("spread"),
            source=data.get("source"),
        )


def _movement(data: dict) -> Movement:
    return Movement(data["from"], data["to"], MovementKind(data["kind"]))


# The enums are StrEnums: a member is its value wherever a string is used
# (JSON, keys, sorting), without an attribute lookup per figure.
_UNKNOWN = AffiliationKind.UNKNOWN.value
_INDEPENDENT = AffiliationKind.INDEPENDENT.value


def discrepancy_key(
    round_id: uuid.UUID,
    rule: Rule,
    movement: Movement,
    category_set: str | None,
    category: str | None,
    source: str | None = None,
) -> str:
    """A key built from names only, identical in every database holding the
    round, short enough to type: `source_mismatch-1a2b3c4d5e6f7a8b`."""
    parts = [
        str(round_id), rule, movement.from_party, movement.to_party,
        movement.kind, category_set, category, source,
    ]
    digest = hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()
    return f"{rule}-{digest[:16]}"


def claim(figure: FigureDoc) -> tuple[float, float] | None:
    """The interval of numbers a figure allows, or None for `approximate`."""
    n = figure.count
    match figure.qualifier:
        case Qualifier.EXACT:
            return (n, n)
        case Qualifier.AT_LEAST:
            return (n, INF)
        case Qualifier.AT_MOST:
            return (0, n)
        case _:
            return None


def _value(f: FigureDoc | SourceTotal, *, movement: Movement | None = None) -> Reported:
    if isinstance(f, SourceTotal):
        # A total with no source is a supervisor's accepted value.
        return Reported(source=f.source, count=f.count, qualifier=f.qualifier, movement=movement,
                        derived_from=f.derived_from, accepted=not f.source)
    return Reported(
        source=f.source, count=f.count, qualifier=f.qualifier,
        category_set=f.category_set, category=f.category, movement=movement,
    )


def _make(
    doc: RoundDoc, rule: Rule, movement: Movement, values: Iterable[Reported], *,
    category_set: str | None = None, category: str | None = None,
    source: str | None = None, spread: float | None = None,
) -> Discrepancy:
    return Discrepancy(
        key=discrepancy_key(doc.id, rule, movement, category_set, category, source),
        rule=rule,
        severity=RULE_SEVERITY[rule],
        round_id=doc.id,
        movement=movement,
        category_set=category_set,
        category=category,
        values=tuple(values),
        spread=None if spread is None else int(spread),
        source=source,
    )


def _source_mismatches(doc: RoundDoc, figures: list[FigureDoc],
                       totals: dict[Movement, list[SourceTotal]]) -> Iterable[Discrepancy]:
    by_slot: dict[tuple, list] = defaultdict(list)
    for f in figures:
        if f.category is not None:
            by_slot[(f.movement, f.category_set, f.category)].append(f)
    for movement, group in totals.items():
        by_slot[(movement, None, None)] = list(group)
    for (movement, cset, cat), group in by_slot.items():
        claims = [c for c in (claim(f) for f in group) if c is not None]
        if len(claims) < 2:
            continue
        highest_low = max(lo for lo, _ in claims)
        lowest_high = min(hi for _, hi in claims)
        if highest_low > lowest_high:
            values = sorted((_value(f) for f in group), key=lambda v: v.source)
            yield _make(
                doc, Rule.SOURCE_MISMATCH, movement, values,
                category_set=cset, category=cat, spread=highest_low - lowest_high,
            )


def _breakdowns(doc: RoundDoc, figures: list[FigureDoc],
                totals_of: dict[Movement, list[SourceTotal]]) -> Iterable[Discrepancy]:
    """One source's categories of one set against that source's own total.

    A category with no figure from the source is unknown (0 or more), so for
    an exhaustive set a missing category only matters when the others already
    exceed the total. An approximate total is never checked; an approximate
    category counts as 0 or more.
    """
    totals = {(m, t.source): t for m, group in totals_of.items() for t in group}
    parts: dict[tuple[Movement, str, str], list[FigureDoc]] = defaultdict(list)
    for f in figures:
        if f.category is not None:
            parts[(f.movement, f.source, f.category_set)].append(f)
    sets = {s.name: s for s in doc.category_sets}
    for (movement, source, set_name), group in parts.items():
        total = totals.get((movement, source))
        if total is None or total.derived_from == set_name:
            continue
        total_claim = claim(total)
        if total_claim is None:
            continue
        t_lo, t_hi = total_claim
        low = 0.0
        high = 0.0
        for f in group:
            c = claim(f)
            lo, hi = c if c is not None else (0, INF)
            low += lo
            high += hi
        cset = sets.get(set_name)
        exhaustive = bool(cset and cset.exhaustive)
        if exhaustive and cset is not None and len(group) < len(cset.categories):
            high = INF
        values = [_value(total)] + sorted((_value(f) for f in group), key=lambda v: v.category or "")
        if exhaustive:
            if low > t_hi:
                gap = low - t_hi
            elif high < t_lo:
                gap = t_lo - high
            else:
                continue
            yield _make(
                doc, Rule.BREAKDOWN_MISMATCH, movement, values,
                category_set=set_name, source=source, spread=gap,
            )
        elif low > t_hi:
            yield _make(
                doc, Rule.BREAKDOWN_EXCEEDS_TOTAL, movement, values,
                category_set=set_name, source=source, spread=low - t_hi,
            )


def _unverified(doc: RoundDoc, totals: dict[Movement, list[SourceTotal]]) -> Iterable[Discrepancy]:
    """A movement's total reported only from one party's side.

    It is verified by any total from an independent source or from a source
    affiliated with one of the round's mediators (neutral by their role),
    unless that mediator itself sent or received the people (a third party
    that also mediates does not verify its own hand-over), or by totals from
    sources of two different parties. A source of unknown affiliation
    verifies nothing, so totals reported only by such sources are unverified.
    """
    mediators = set(doc.mediators)
    affiliation = {s.name: s.affiliation for s in doc.sources}
    for movement, group in totals.items():
        parties: set[str] = set()
        neutral = False
        for f in group:
            a = affiliation.get(f.source, _UNKNOWN)
            if a == _UNKNOWN:
                continue
            involved = a in (movement.from_party, movement.to_party)
            if a == _INDEPENDENT or (a in mediators and not involved):
                neutral = True
                break
            parties.add(a)
        if neutral or len(parties) >= 2:
            continue
        values = sorted((_value(f) for f in group), key=lambda v: v.source)
        yield _make(doc, Rule.UNVERIFIED, movement, values)


def _hull(group: list[SourceTotal]) -> tuple[float, float]:
    """Everything the sources of one direction claim, taken together; an
    approximate figure counts as its number here."""
    lows: list[float] = []
    highs: list[float] = []
    for f in group:
        lo, hi = claim(f) or (f.count, f.count)
        lows.append(lo)
        highs.append(hi)
    return min(lows), max(highs)


def _apart(a: tuple[float, float], b: tuple[float, float]) -> float | None:
    """How far apart two ranges are; None where they meet."""
    if a[1] < b[0]:
        return b[0] - a[1]
    if b[1] < a[0]:
        return a[0] - b[1]
    return None


def _imbalances(doc: RoundDoc, totals_of: dict[Movement, list[SourceTotal]],
                accepted: dict[Movement, int]) -> Iterable[Discrepancy]:
    """For `exchange` movements, the two directions certainly differ: nothing
    any source says of one direction can equal anything said of the other.
    Where a supervisor accepted a direction's total, that value is the
    direction's (shown as the supervisor's)."""
    totals: dict[tuple[str, str], list[SourceTotal]] = {}
    for movement, group in totals_of.items():
        if movement.kind is MovementKind.EXCHANGE:
            n = accepted.get(movement)
            totals[(movement.from_party, movement.to_party)] = list(group) if n is None else [
                SourceTotal("", n, Qualifier.EXACT)]
    for (a, b), forth in totals.items():
        if a >= b:
            continue
        back = totals.get((b, a))
        if not back:
            continue
        gap = _apart(_hull(forth), _hull(back))
        if gap is None:
            continue
        values = sorted(
            [_value(t, movement=Movement(a, b, MovementKind.EXCHANGE)) for t in forth]
            + [_value(t, movement=Movement(b, a, MovementKind.EXCHANGE)) for t in back],
            key=lambda v: (v.movement.from_party if v.movement else "", v.source),
        )
        movement = Movement(a, b, MovementKind.EXCHANGE)
        yield _make(doc, Rule.IMBALANCE, movement, values, spread=gap)


def _parts_exceeding_wholes(doc: RoundDoc, figures: list[FigureDoc],
                            totals_of: dict[Movement, list[SourceTotal]]) -> Iterable[Discrepancy]:
    """"Of which": a source's total said to be part of another movement
    cannot be larger than what any source gives for that whole (claims as
    in the mismatch rule; an approximate figure never conflicts)."""
    for f in figures:
        if f.part_of is None or f.category is not None:
            continue
        part = claim(f)
        whole = totals_of.get(f.part_of, [])
        below = [t for t in whole if part is not None and (c := claim(t)) is not None and part[0] > c[1]]
        if below:
            lowest = min(claim(t)[1] for t in below)  # type: ignore[index]
            values = [_value(f, movement=f.movement)] + sorted(
                (_value(t, movement=f.part_of) for t in whole), key=lambda v: v.source)
            yield _make(doc, Rule.PART_EXCEEDS_WHOLE, f.movement, values, source=f.source, spread=part[0] - lowest)


def _agreed_not_delivered(doc: RoundDoc, agreed: dict[Movement, list[SourceTotal]],
                          delivered: dict[Movement, list[SourceTotal]],
                          accepted: dict[Movement, int]) -> Iterable[Discrepancy]:
    """What was agreed or announced for a movement (its total, or one of its
    categories), against what its sources say was handed over (or the total
    a supervisor accepted): found where nothing agreed can equal anything
    delivered (claims as in the imbalance rule: an approximate figure counts
    as its number). A movement with nothing delivered is not a discrepancy
    but a caveat."""
    slots: dict[tuple, tuple[list, list]] = {}
    for movement, promised in agreed.items():
        n = accepted.get(movement)
        given = delivered.get(movement, []) if n is None else [SourceTotal("", n, Qualifier.EXACT)]
        slots[(movement, None, None)] = (list(promised), list(given))
    for f in doc.figures:
        if f.category is not None:
            stage = doc.stage_of(f.source)
            if stage in (Stage.AGREED, Stage.DELIVERED):
                pair = slots.setdefault((f.movement, f.category_set, f.category), ([], []))
                pair[stage is Stage.DELIVERED].append(f)
    for (movement, cset, cat), (promised, given) in slots.items():
        if not promised or not given:
            continue
        gap = _apart(_hull(promised), _hull(given))
        if gap is None:
            continue
        values = sorted((dataclasses.replace(_value(t), agreed=True) for t in promised),
                        key=lambda v: v.source) + sorted(
            (_value(t) for t in given), key=lambda v: v.source)
        yield _make(doc, Rule.AGREED_NOT_DELIVERED, movement, values, category_set=cset, category=cat, spread=gap)


@dataclass(frozen=True, slots=True)
class CombinedCheck:
    """A combined figure held against its movements' totals: the totals
    known, movement by movement (a supervisor's accepted total standing for
    its movement), and the gap where nothing they allow can make the figure
    (None: it fits, or cannot be judged). `complete`: every movement counted
    has a total that is not approximate, so the figure was checked whole."""

    parts: tuple[tuple[Movement, tuple[SourceTotal, ...]], ...]
    complete: bool
    gap: float | None


def check_combined(c: CombinedDoc, totals: dict[Movement, list[SourceTotal]], accepted: dict[Movement, int],
                   within: dict[Movement, set[Movement]]) -> CombinedCheck:
    """A movement said to be part of another the figure also covers ("of
    which") is counted once, within its whole. A movement without a total
    (or with an approximate one) counts as 0 or more: the others still make
    a lower bound the figure cannot be under."""
    said = claim(c)  # type: ignore[arg-type]
    parts, complete = [], said is not None
    low = high = 0.0
    for m in c.movements:
        if any(w in c.movements for w in within.get(m, ())):
            continue
        n = accepted.get(m)
        given = totals.get(m, []) if n is None else [SourceTotal("", n, Qualifier.EXACT)]
        claims = [claim(t) for t in given]
        if not given or any(x is None for x in claims):
            complete = False
            high = INF
            continue
        parts.append((m, tuple(given)))
        low += min(x[0] for x in claims)  # type: ignore[index]
        high += max(x[1] for x in claims)  # type: ignore[index]
    gap = None if said is None else _apart(said, (low, high))
    return CombinedCheck(tuple(parts), complete, gap)


def _combined(doc: RoundDoc, totals: dict[Movement, list[SourceTotal]],
              accepted: dict[Movement, int]) -> Iterable[Discrepancy]:
    """A source's figure for several movements together, against the sum of
    their totals: found where no value each movement's sources allow adds up
    to anything the figure allows (an approximate figure never conflicts).
    A figure of what was agreed or announced is `agreed_not_delivered`; one
    agreed for a whole operation is held against the operation instead."""
    within = wholes(doc)
    for c in doc.combined:
        stage = doc.stage_of(c.source)
        if stage is Stage.AGREED_FOR_OPERATION:
            continue
        checked = check_combined(c, totals, accepted, within)
        if checked.gap is None:
            continue
        rule = Rule.AGREED_NOT_DELIVERED if stage is Stage.AGREED else Rule.COMBINED_MISMATCH
        values = [Reported(c.source, c.count, c.qualifier, agreed=stage is Stage.AGREED)]
        values += [_value(t, movement=m) for m, given in checked.parts
                   for t in sorted(given, key=lambda t: t.source)]
        which = "|".join([c.source, *(m.label() for m in c.movements)])
        found = _make(doc, rule, c.movements[0], values, source=which, spread=checked.gap)
        yield dataclasses.replace(found, source=c.source)


def _moment(text: str | None) -> str:
    """A change's time as a person reads it: 2026-11-25 14:02 UTC."""
    import datetime as dt

    try:
        moment = dt.datetime.fromisoformat(str(text))
    except ValueError:
        return str(text)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def _merge_conflicts(doc: RoundDoc) -> Iterator[Discrepancy]:
    """The same figure changed differently on two laptops: the value held
    now and the other, each named with who changed it and when (the key
    names the figure and the other revision, the same on every laptop)."""
    for c in doc.conflicts:
        f = c.figure
        values = []
        for side in (c.held, c.other):
            label = f"{f.source} · {side.get('changed_by', '?')}, {_moment(side.get('changed_at'))}"
            if side.get("deleted"):
                label += " · deleted"
            whole = side.get("part_of")
            if whole:  # what each side counts it within decides the totals too
                label += f" · part of {whole.get('from')} → {whole.get('to')} ({whole.get('kind')})"
            values.append(Reported(label, int(side.get("count") or 0), Qualifier(side.get("qualifier", "exact")),
                                f.category_set, f.category))
        spread = None
        if not c.held.get("deleted") and not c.other.get("deleted"):
            spread = abs(int(c.held.get("count") or 0) - int(c.other.get("count") or 0))
        found = _make(doc, Rule.MERGE_CONFLICT, f.movement, values, category_set=f.category_set,
                      category=f.category, source=f"{f.source}|{c.other.get('rev')}",
                      spread=spread)
        yield dataclasses.replace(found, source=f.source)


def find_discrepancies(doc: RoundDoc, accepted: dict[Movement, int] | None = None) -> list[Discrepancy]:
    """Every discrepancy of one round, in a fixed order. `accepted`: the
    movement totals supervisors accepted (they stand for the direction in
    the imbalance rule)."""
    # The rules compare what sources say was handed over; what was agreed
    # or announced is held against it apart (and each source's breakdown
    # against its own total, whatever it speaks of).
    delivered = doc.delivered()
    figures = list(delivered.figures)
    totals = source_totals(doc)
    agreed = source_totals(doc, Stage.AGREED)
    found: list[Discrepancy] = list(_merge_conflicts(doc))
    found.extend(_source_mismatches(doc, figures, totals))
    own = {m: [*totals.get(m, ()), *agreed.get(m, ())] for m in {*totals, *agreed}}
    found.extend(_breakdowns(doc, list(doc.at_stage(Stage.DELIVERED, Stage.AGREED).figures), own))
    found.extend(_unverified(doc, totals))
    found.extend(_imbalances(doc, totals, accepted or {}))
    found.extend(_parts_exceeding_wholes(doc, figures, totals))
    found.extend(_agreed_not_delivered(doc, agreed, totals, accepted or {}))
    found.extend(_combined(doc, totals, accepted or {}))
    found.sort(key=Discrepancy.sort_key)
    return found
