"""The discrepancy rules on small, named cases."""

from __future__ import annotations

import uuid

from desktop.domain.content import CategorySetDoc, Movement
from desktop.domain.discrepancies import find_discrepancies
from desktop.domain.totals import received_totals
from desktop.domain.types import MovementKind, Qualifier, Rule, Severity
from tests.helpers.factories import RU_UA, UA_RU, doc, fig

TURKEY_UA = Movement("Turkey", "Ukraine", MovementKind.CUSTODY_TRANSFER)


def rules(found) -> list[str]:
    return sorted(d.rule.value for d in found)


def test_seed_round_is_unverified_both_ways_and_imbalanced():
    """230 vs 248, each reported by its own side: two warnings and an info."""
    found = find_discrepancies(doc(
        fig("Ukrainian officials", 230, movement=RU_UA),
        fig("Russian Ministry of Defence", 248, movement=UA_RU),
        sources={"Ukrainian officials": "Ukraine", "Russian Ministry of Defence": "Russia"},
        mediators=("United Arab Emirates",),
    ))
    assert rules(found) == ["imbalance", "unverified", "unverified"]
    imbalance = next(d for d in found if d.rule is Rule.IMBALANCE)
    assert imbalance.severity is Severity.INFO
    assert imbalance.spread == 18


def test_two_exact_counts_that_differ_are_a_mismatch_with_their_spread():
    """195 against 207 for the same movement: an error, spread 12."""
    found = find_discrepancies(doc(
        fig("Russian Ministry of Defence", 195), fig("Coordination Headquarters", 207),
        sources={"Russian Ministry of Defence": "Russia", "Coordination Headquarters": "Ukraine"},
    ))
    (mismatch,) = [d for d in found if d.rule is Rule.SOURCE_MISMATCH]
    assert mismatch.severity is Severity.ERROR
    assert mismatch.spread == 12
    assert [(v.source, v.count) for v in mismatch.values] == [
        ("Coordination Headquarters", 207), ("Russian Ministry of Defence", 195),
    ]


def test_equal_counts_from_two_sides_verify_each_other():
    """Two parties agreeing: no mismatch and no unverified warning."""
    found = find_discrepancies(doc(
        fig("A", 150), fig("B", 150), sources={"A": "Russia", "B": "Ukraine"},
    ))
    assert found == []


def test_at_least_conflicts_only_with_smaller_exact_counts():
    """at_least 200 vs exact 195 conflict; vs exact 230 they do not."""
    low = find_discrepancies(doc(fig("A", 200, qualifier=Qualifier.AT_LEAST), fig("B", 195)))
    high = find_discrepancies(doc(fig("A", 200, qualifier=Qualifier.AT_LEAST), fig("B", 230)))
    assert Rule.SOURCE_MISMATCH in {d.rule for d in low}
    assert next(d for d in low if d.rule is Rule.SOURCE_MISMATCH).spread == 5
    assert Rule.SOURCE_MISMATCH not in {d.rule for d in high}


def test_at_most_against_a_larger_exact_count_is_a_mismatch():
    """at_most 100 cannot be true if another source counted exactly 120."""
    found = find_discrepancies(doc(fig("A", 100, qualifier=Qualifier.AT_MOST), fig("B", 120)))
    assert next(d for d in found if d.rule is Rule.SOURCE_MISMATCH).spread == 20


def test_approximate_figures_never_make_a_mismatch():
    """~100 against exact 150 is shown elsewhere but is not an error."""
    found = find_discrepancies(doc(fig("A", 100, qualifier=Qualifier.APPROXIMATE), fig("B", 150)))
    assert Rule.SOURCE_MISMATCH not in {d.rule for d in found}


def test_breakdown_above_the_sources_own_total_is_an_error():
    """Categories of a non-exhaustive set adding up past the total."""
    sets = (CategorySetDoc("Place of capture", False, ("Azovstal", "Snake Island")),)
    found = find_discrepancies(doc(
        fig("A", 100),
        fig("A", 80, category_set="Place of capture", category="Azovstal"),
        fig("A", 30, category_set="Place of capture", category="Snake Island"),
        sets=sets,
    ))
    (d,) = [d for d in found if d.rule is Rule.BREAKDOWN_EXCEEDS_TOTAL]
    assert (d.source, d.category_set, d.spread) == ("A", "Place of capture", 10)


def test_breakdown_below_total_is_fine_for_a_set_that_is_not_exhaustive():
    """Not every released person needs a place of capture."""
    sets = (CategorySetDoc("Place of capture", False, ("Azovstal",)),)
    found = find_discrepancies(doc(
        fig("A", 100), fig("A", 40, category_set="Place of capture", category="Azovstal"), sets=sets,
    ))
    assert not {Rule.BREAKDOWN_EXCEEDS_TOTAL, Rule.BREAKDOWN_MISMATCH} & {d.rule for d in found}


def test_exhaustive_set_must_add_up_exactly():
    """An exhaustive set summing below the total is a breakdown_mismatch."""
    sets = (CategorySetDoc("Branch", True, ("Army", "Navy")),)
    found = find_discrepancies(doc(
        fig("A", 100),
        fig("A", 60, category_set="Branch", category="Army"),
        fig("A", 30, category_set="Branch", category="Navy"),
        sets=sets,
    ))
    (d,) = [d for d in found if d.rule is Rule.BREAKDOWN_MISMATCH]
    assert d.spread == 10
    assert d.severity is Severity.ERROR


def test_exhaustive_set_with_a_missing_category_is_not_yet_wrong():
    """A category without a figure might hold the rest."""
    sets = (CategorySetDoc("Branch", True, ("Army", "Navy")),)
    found = find_discrepancies(doc(
        fig("A", 100), fig("A", 60, category_set="Branch", category="Army"), sets=sets,
    ))
    assert Rule.BREAKDOWN_MISMATCH not in {d.rule for d in found}


def test_unknown_affiliation_verifies_nothing():
    """Two sources, one of unknown affiliation: still one side only."""
    found = find_discrepancies(doc(
        fig("A", 100), fig("B", 100), sources={"A": "Ukraine", "B": "unknown"},
    ))
    assert rules(found) == ["unverified"]


def test_independent_or_mediator_source_verifies_a_total():
    """An independent monitor or a mediator's statement verifies the count."""
    for affiliation in ("independent", "United Arab Emirates"):
        found = find_discrepancies(doc(
            fig("A", 100), fig("M", 100), sources={"A": "Ukraine", "M": affiliation},
            mediators=("United Arab Emirates",),
        ))
        assert found == [], affiliation


def test_imbalance_only_when_the_directions_certainly_differ():
    """If one direction's sources span the other's value, nothing is noted."""
    found = find_discrepancies(doc(
        fig("A", 195, movement=RU_UA), fig("B", 207, movement=RU_UA), fig("A", 195, movement=UA_RU),
        sources={"A": "Russia", "B": "Ukraine"},
    ))
    assert Rule.IMBALANCE not in {d.rule for d in found}


def test_imbalance_ignores_kinds_other_than_exchange():
    """75 handed back without exchange is not one direction of an exchange."""
    handed = Movement("Ukraine", "Russia", MovementKind.WITHOUT_EXCHANGE)
    found = find_discrepancies(doc(
        fig("A", 230, movement=RU_UA), fig("B", 75, movement=handed),
        sources={"A": "Ukraine", "B": "Russia"},
    ))
    assert Rule.IMBALANCE not in {d.rule for d in found}


def test_keys_are_stable_and_name_based():
    """The same content gives the same keys; another round gives others."""
    figures = (fig("A", 195), fig("B", 207))
    first = [d.key for d in find_discrepancies(doc(*figures))]
    again = [d.key for d in find_discrepancies(doc(*reversed(figures)))]
    other = [d.key for d in find_discrepancies(doc(*figures, round_id=uuid.uuid4()))]
    assert first == again
    assert set(first).isdisjoint(other)
    assert all(k.startswith(("source_mismatch-", "unverified-")) for k in first)


def test_received_by_party_shows_a_range_where_sources_disagree():
    """195–207 received by Ukraine, 195 by Russia; kinds add up."""
    handed = Movement("Ukraine", "Russia", MovementKind.WITHOUT_EXCHANGE)
    received = received_totals(doc(
        fig("A", 195), fig("B", 207), fig("A", 195, movement=UA_RU), fig("A", 75, movement=handed),
    ), [])
    assert str(received["Ukraine"]) == "195–207"
    assert str(received["Russia"]) == "270"


def test_custody_transfer_from_a_third_party_is_checked_like_any_movement():
    """Five commanders from Turkey, one Ukrainian source: unverified."""
    found = find_discrepancies(doc(
        fig("Office of the President", 5, movement=TURKEY_UA),
        sources={"Office of the President": "Ukraine"}, third_parties=("Turkey",),
    ))
    assert rules(found) == ["unverified"]


def test_a_mediator_does_not_verify_its_own_hand_over():
    """Turkey held the commanders and mediates: its word on them is one side's."""
    found = find_discrepancies(doc(
        fig("Turkish MFA", 5, movement=TURKEY_UA), fig("Office of the President", 5, movement=TURKEY_UA),
        sources={"Turkish MFA": "Turkey", "Office of the President": "Ukraine"},
        third_parties=("Turkey",), mediators=("Turkey",),
    ))
    assert found == []
    alone = find_discrepancies(doc(
        fig("Turkish MFA", 5, movement=TURKEY_UA), sources={"Turkish MFA": "Turkey"},
        third_parties=("Turkey",), mediators=("Turkey",),
    ))
    assert rules(alone) == ["unverified"]


def test_compatible_qualified_figures_are_a_range_but_not_a_dispute():
    """>=100 beside ~103 can both be true: no mismatch, and the total is not 'disputed'."""
    from desktop.domain.reporting import movement_totals
    from desktop.domain.review import review

    d = doc(fig("A", 100, qualifier=Qualifier.AT_LEAST), fig("B", 103, qualifier=Qualifier.APPROXIMATE))
    value = movement_totals(d, review(d, {}))[RU_UA]
    assert (value.low, value.high, value.disputed) == (100, 103, False)
    conflict = doc(fig("A", 195), fig("B", 207))
    assert movement_totals(conflict, review(conflict, {}))[RU_UA].disputed
