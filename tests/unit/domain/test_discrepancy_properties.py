"""Property tests of the discrepancy engine (`find_discrepancies`).

Rounds are random but valid: sides Ukraine and Russia, maybe a third party and
a mediator, one to five sources of any affiliation, up to two category sets,
and figures in unique (movement, source, category_set, category) slots.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections import defaultdict

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.content import (
    CategorySetDoc,
    FigureDoc,
    Movement,
    RoundDoc,
    SourceDoc,
)
from desktop.domain.discrepancies import (
    Discrepancy,
    discrepancy_key,
    find_discrepancies,
)
from desktop.domain.review import ResolutionFact, basis, review, reviewed_from_dict
from desktop.domain.totals import source_totals
from desktop.domain.types import RULE_SEVERITY, MovementKind, Qualifier, Rule, Severity
from tests.helpers.factories import RU_UA, UA_RU, doc, fig

# The autouse `app_home` fixture of tests/conftest.py is function-scoped; it only
# sets environment variables, which these pure tests never read.
PROPS = settings(
    max_examples=100, deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

SIDES = ("Ukraine", "Russia")
THIRD_PARTY = "Belarus"
MEDIATOR = "United Arab Emirates"
SOURCE_NAMES = (
    "Coordination Headquarters", "Russian Ministry of Defence", "Ombudsman", "Reuters", "Telegram channel",
)
SET_NAMES = ("Place of capture", "Status")
CATEGORY_NAMES = ("Azovstal", "Snake Island", "Civilians", "Military")

counts = st.one_of(st.integers(0, 2000), st.sampled_from([0, 100, 195, 200, 207, 230]))
qualifiers = st.sampled_from(list(Qualifier))


def _movements(parties: tuple[str, ...]) -> list[Movement]:
    """Every movement between two parties; the Ukraine/Russia exchanges first."""
    out = [RU_UA, UA_RU]
    for kind in MovementKind:
        for a in parties:
            for b in parties:
                m = Movement(a, b, kind)
                if a != b and m not in out:
                    out.append(m)
    return out


@st.composite
def rounds(draw, *, qualifier=qualifiers) -> RoundDoc:
    """A random but valid round."""
    round_id = draw(st.uuids())
    third = (THIRD_PARTY,) if draw(st.booleans()) else ()
    mediators = (MEDIATOR,) if draw(st.booleans()) else ()
    parties = SIDES + third
    affiliations = list(parties + mediators) + ["independent", "unknown"]
    n_sources = draw(st.integers(1, len(SOURCE_NAMES)))
    sources = {name: draw(st.sampled_from(affiliations)) for name in SOURCE_NAMES[:n_sources]}
    sets = []
    for name in SET_NAMES[: draw(st.integers(0, len(SET_NAMES)))]:
        cats = draw(st.lists(st.sampled_from(CATEGORY_NAMES), min_size=1, max_size=3, unique=True))
        sets.append(CategorySetDoc(name, draw(st.booleans()), tuple(cats)))
    # Mostly the two directions of the Ukraine/Russia exchange, so that
    # imbalances and mismatches come up; sometimes any other movement too.
    movements = [m for m in (RU_UA, UA_RU) if draw(st.integers(0, 3)) > 0]
    movements += draw(st.lists(st.sampled_from(_movements(parties)), max_size=2))
    movements = list(dict.fromkeys(movements)) or [RU_UA]
    total_slots = [(m, src, None, None) for m in movements for src in sources]
    part_slots = [
        (m, src, s.name, c) for m in movements for src in sources for s in sets for c in s.categories
    ]
    chosen = draw(st.lists(st.sampled_from(total_slots), max_size=len(total_slots), unique=True))
    if part_slots:
        chosen += draw(st.lists(st.sampled_from(part_slots), max_size=20, unique=True))
    figures = tuple(
        fig(src, draw(counts), movement=m, qualifier=draw(qualifier), category_set=cs, category=cat)
        for m, src, cs, cat in chosen
    )
    return doc(
        *figures, sources=sources, mediators=mediators, sets=tuple(sets),
        round_id=round_id, third_parties=third,
    )


def _shuffled(d: RoundDoc, rnd) -> RoundDoc:
    figures, sources, sets = list(d.figures), list(d.sources), list(d.category_sets)
    rnd.shuffle(figures)
    rnd.shuffle(sources)
    rnd.shuffle(sets)
    return dataclasses.replace(d, figures=tuple(figures), sources=tuple(sources), category_sets=tuple(sets))


def _dicts(d: RoundDoc) -> list[dict]:
    return [x.to_dict() for x in find_discrepancies(d)]


def _identity(x: Discrepancy) -> tuple:
    return (x.rule, x.movement, x.category_set, x.category, x.source)


def _free_slots(d: RoundDoc) -> list[tuple]:
    taken = {f.slot for f in d.figures}
    parties = d.sides + d.third_parties
    places = [(None, None)] + [(s.name, c) for s in d.category_sets for c in s.categories]
    return [
        (m, s.name, cs, cat)
        for m in _movements(parties) for s in d.sources for cs, cat in places
        if (m, s.name, cs, cat) not in taken
    ]


# --- 1. order ----------------------------------------------------------------


@PROPS
@given(rounds(), st.randoms(use_true_random=False))
def test_order_of_figures_sources_and_sets_does_not_change_result(d, rnd):
    """Shuffling figures, sources and category sets leaves the result unchanged."""
    assert _dicts(_shuffled(d, rnd)) == _dicts(d)


# --- 2. keys -------------------------------------------------------------------


@PROPS
@given(rounds(), st.integers(min_value=0, max_value=10_000), st.booleans())
def test_discrepancies_read_back_from_json_are_the_same(d, value, with_value):
    """What the summary rows keep (`to_dict` as JSON) reads back as the very
    same discrepancies, resolutions included (`rounds`, `discrepancies`)."""
    found = find_discrepancies(d)
    resolved = {x.key: ResolutionFact(x.key, value if with_value else None, "checked", "Olena", basis(x))
                for x in found[::2]}
    reviewed = review(d, resolved)
    text = json.dumps([r.to_dict() for r in reviewed], ensure_ascii=False)
    assert [reviewed_from_dict(item) for item in json.loads(text)] == reviewed


@PROPS
@given(rounds())
def test_keys_are_unique_within_a_round(d):
    """No two discrepancies of one round share a key."""
    keys = [x.key for x in find_discrepancies(d)]
    assert len(keys) == len(set(keys))


@PROPS
@given(rounds(), st.randoms(use_true_random=False))
def test_keys_survive_a_shuffled_figure_order(d, rnd):
    """The same content in another order yields the same keys."""
    shuffled = dataclasses.replace(d, figures=tuple(rnd.sample(list(d.figures), len(d.figures))))
    assert [x.key for x in find_discrepancies(shuffled)] == [x.key for x in find_discrepancies(d)]


@PROPS
@given(rounds())
def test_keys_are_built_from_names_only(d):
    """Each key is the digest of round id, rule, movement, category and source names."""
    for x in find_discrepancies(d):
        assert x.key == discrepancy_key(d.id, x.rule, x.movement, x.category_set, x.category, x.source)


@PROPS
@given(rounds(), st.uuids())
def test_keys_differ_between_round_ids(d, other_id):
    """The same content under another round id shares no key with the original."""
    if other_id == d.id:
        other_id = uuid.UUID(int=d.id.int ^ 1)
    mine = {x.key for x in find_discrepancies(d)}
    theirs = {x.key for x in find_discrepancies(dataclasses.replace(d, id=other_id))}
    assert len(theirs) == len(mine)
    assert not mine & theirs


# --- 3. approximate figures ----------------------------------------------------


@PROPS
@given(rounds(), st.data())
def test_new_approximate_figure_adds_no_source_mismatch(d, data):
    """Adding an approximate figure in a free slot never adds an error-level source_mismatch."""
    free = _free_slots(d)
    m, src, cs, cat = data.draw(st.sampled_from(free))
    extra = fig(src, data.draw(counts), movement=m, qualifier=Qualifier.APPROXIMATE, category_set=cs, category=cat)

    def errors(r: RoundDoc) -> set[str]:
        return {
            x.key for x in find_discrepancies(r)
            if x.rule is Rule.SOURCE_MISMATCH and x.severity is Severity.ERROR
        }

    assert errors(dataclasses.replace(d, figures=d.figures + (extra,))) <= errors(d)


@PROPS
@given(rounds(), st.data())
def test_new_approximate_figure_adds_no_error_of_any_rule(d, data):
    """Adding an approximate figure in a free slot never adds any error-level discrepancy."""
    m, src, cs, cat = data.draw(st.sampled_from(_free_slots(d)))
    extra = fig(src, data.draw(counts), movement=m, qualifier=Qualifier.APPROXIMATE, category_set=cs, category=cat)

    def errors(r: RoundDoc) -> set[str]:
        return {x.key for x in find_discrepancies(r) if x.severity is Severity.ERROR}

    assert errors(dataclasses.replace(d, figures=d.figures + (extra,))) <= errors(d)


# --- 4. exact totals -----------------------------------------------------------


@st.composite
def rounds_with_exact_slot(draw, *, equal: bool) -> tuple[RoundDoc, Movement]:
    """A round whose Russia → Ukraine exchange totals are all exact, from two or
    more sources, either all the same count or not all the same."""
    d = draw(rounds())
    names = [s.name for s in d.sources]
    if len(names) < 2:
        names.append("Second source")
        d = dataclasses.replace(d, sources=d.sources + (SourceDoc("Second source"),))
    chosen = draw(st.lists(st.sampled_from(names), min_size=2, unique=True))
    if equal:
        n = draw(counts)
        values = [n] * len(chosen)
    else:
        values = draw(st.lists(counts, min_size=len(chosen), max_size=len(chosen)).filter(lambda v: len(set(v)) > 1))
    # Only the chosen sources total this movement: no other source's total
    # is derived from its categories here.
    others = tuple(f for f in d.figures if not (f.movement == RU_UA and (f.category is None or f.source not in chosen)))
    totals = tuple(fig(src, n, movement=RU_UA) for src, n in zip(chosen, values, strict=True))
    return dataclasses.replace(d, figures=others + totals), RU_UA


def _total_mismatches(d: RoundDoc, m: Movement) -> list[Discrepancy]:
    return [
        x for x in find_discrepancies(d)
        if x.rule is Rule.SOURCE_MISMATCH and x.movement == m and x.category is None
    ]


@PROPS
@given(rounds_with_exact_slot(equal=True))
def test_equal_exact_totals_give_no_source_mismatch(case):
    """Exact totals that all agree give no source_mismatch for their slot."""
    d, m = case
    assert _total_mismatches(d, m) == []


@PROPS
@given(rounds_with_exact_slot(equal=False))
def test_differing_exact_totals_give_one_mismatch_spread_max_minus_min(case):
    """Exact totals that differ give one source_mismatch whose spread is max − min."""
    d, m = case
    found = _total_mismatches(d, m)
    counts_ = [f.count for f in d.figures if f.movement == m and f.category is None]
    assert len(found) == 1
    assert found[0].spread == max(counts_) - min(counts_)


@PROPS
@given(rounds(qualifier=st.just(Qualifier.EXACT)))
def test_all_exact_slots_mismatch_exactly_when_counts_differ(d):
    """In an all-exact round, each slot has a source_mismatch iff its counts differ, spread max − min
    (a total slot holds each source's total, stated or derived from an exhaustive set it gives in full)."""
    by_slot: dict[tuple, list[int]] = defaultdict(list)
    for f in d.figures:
        if f.category is not None:
            by_slot[(f.movement, f.category_set, f.category)].append(f.count)
    for movement, totals in source_totals(d).items():
        by_slot[(movement, None, None)] = [t.count for t in totals]
    expected = {slot: max(c) - min(c) for slot, c in by_slot.items() if max(c) != min(c)}
    found = {
        (x.movement, x.category_set, x.category): x.spread
        for x in find_discrepancies(d) if x.rule is Rule.SOURCE_MISMATCH
    }
    assert found == expected


# --- 5. scaling ----------------------------------------------------------------


def _scaled(d: RoundDoc, k: int) -> RoundDoc:
    return dataclasses.replace(d, figures=tuple(dataclasses.replace(f, count=f.count * k) for f in d.figures))


@PROPS
@given(rounds(), st.integers(1, 10))
def test_scaling_all_counts_keeps_the_same_discrepancies(d, k):
    """Multiplying every count by k > 0 keeps the same (rule, movement, set, category, source)."""
    before = {_identity(x) for x in find_discrepancies(d)}
    after = {_identity(x) for x in find_discrepancies(_scaled(d, k))}
    assert after == before


@PROPS
@given(rounds(), st.integers(1, 10))
def test_scaling_all_counts_scales_spreads(d, k):
    """Multiplying every count by k > 0 multiplies every spread by k."""
    before = {_identity(x): x.spread for x in find_discrepancies(d)}
    after = {_identity(x): x.spread for x in find_discrepancies(_scaled(d, k))}
    assert after == {i: None if s is None else s * k for i, s in before.items()}


@PROPS
@given(rounds(), st.integers(1, 10))
def test_scaling_all_counts_keeps_keys(d, k):
    """Keys depend on names, not counts: scaling every count leaves them unchanged."""
    assert [x.key for x in find_discrepancies(_scaled(d, k))] == [x.key for x in find_discrepancies(d)]


# --- 6. severity and serialisation -------------------------------------------


@PROPS
@given(rounds())
def test_severity_matches_rule(d):
    """Every discrepancy's severity is RULE_SEVERITY of its rule."""
    for x in find_discrepancies(d):
        assert x.severity is RULE_SEVERITY[x.rule]


@PROPS
@given(rounds())
def test_to_dict_is_json_with_required_keys(d):
    """to_dict() survives a JSON round trip and carries the documented keys."""
    required = {"key", "rule", "severity", "round_id", "movement", "category_set", "category", "values"}
    for x in find_discrepancies(d):
        out = x.to_dict()
        assert json.loads(json.dumps(out)) == out
        assert required <= out.keys()
        assert set(out["movement"]) == {"from", "to", "kind"}
        assert out["round_id"] == str(d.id)
        assert out["severity"] == RULE_SEVERITY[Rule(out["rule"])].value


# --- 7. unverified -------------------------------------------------------------


@PROPS
@given(rounds())
def test_independent_total_makes_movement_verified(d):
    """A movement with a total from an independent source is never unverified."""
    affiliation = {s.name: s.affiliation for s in d.sources}
    independent = {
        f.movement for f in d.figures
        if f.category is None and affiliation[f.source] == "independent"
    }
    unverified = {x.movement for x in find_discrepancies(d) if x.rule is Rule.UNVERIFIED}
    assert not independent & unverified


@PROPS
@given(rounds())
def test_mediator_total_makes_movement_verified(d):
    """A movement with a total from a mediator-affiliated source is never unverified."""
    affiliation = {s.name: s.affiliation for s in d.sources}
    neutral = {
        f.movement for f in d.figures
        if f.category is None and affiliation[f.source] in d.mediators
    }
    unverified = {x.movement for x in find_discrepancies(d) if x.rule is Rule.UNVERIFIED}
    assert not neutral & unverified


# --- qualifier semantics, by example ----------------------------------------


def _mismatches(*figures: FigureDoc) -> list[Discrepancy]:
    return [x for x in find_discrepancies(doc(*figures)) if x.rule is Rule.SOURCE_MISMATCH]


def test_at_least_above_exact_is_a_mismatch():
    """at_least 200 against exact 195 is a source_mismatch with spread 5."""
    found = _mismatches(fig("A", 200, qualifier=Qualifier.AT_LEAST), fig("B", 195))
    assert [(x.severity, x.spread) for x in found] == [(Severity.ERROR, 5)]


def test_at_least_below_exact_is_not_a_mismatch():
    """at_least 200 against exact 230 is no source_mismatch."""
    assert _mismatches(fig("A", 200, qualifier=Qualifier.AT_LEAST), fig("B", 230)) == []


def test_at_most_below_exact_is_a_mismatch():
    """at_most 100 against exact 120 is a source_mismatch with spread 20."""
    found = _mismatches(fig("A", 100, qualifier=Qualifier.AT_MOST), fig("B", 120))
    assert [(x.severity, x.spread) for x in found] == [(Severity.ERROR, 20)]


def test_approximate_never_errors():
    """approximate 10 against exact 500 and at_least 900 raises no error at all."""
    d = doc(
        fig("A", 10, qualifier=Qualifier.APPROXIMATE), fig("B", 500),
        fig("C", 10, qualifier=Qualifier.APPROXIMATE, movement=UA_RU),
        fig("D", 900, qualifier=Qualifier.AT_LEAST, movement=UA_RU),
    )
    assert [x for x in find_discrepancies(d) if x.severity is Severity.ERROR] == []
