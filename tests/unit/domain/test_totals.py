"""Totals as sources really report them: parts without a total, qualified
counts, a supervisor's accepted value. Figures from ../shared/data (public
reports, each with its citation there)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest

from desktop.domain.content import (
    CategorySetDoc,
    FigureDoc,
    Movement,
    RoundDoc,
    SourceDoc,
)
from desktop.domain.discrepancies import find_discrepancies
from desktop.domain.review import ResolutionFact, basis, review
from desktop.domain.totals import (
    Tally,
    movement_totals,
    qualifier_of_sum,
    received_totals,
    source_totals,
    untotalled,
)
from desktop.domain.types import MovementKind, Qualifier, Rule

RU_UA = Movement("Russia", "Ukraine", MovementKind.EXCHANGE)
UA_RU = Movement("Ukraine", "Russia", MovementKind.EXCHANGE)
GROUP = "Group"


def march_24_2022(*, exhaustive: bool = True, **changes) -> RoundDoc:
    """Vereshchuk gave two parts in each direction and no total: 10
    servicemen for 10, and 19 civilian sailors for 11."""
    vereshchuk = "Iryna Vereshchuk, Deputy Prime Minister"

    def part(movement: Movement, category: str, n: int) -> FigureDoc:
        return FigureDoc(movement, vereshchuk, n, category_set=GROUP, category=category)

    return RoundDoc(
        id=uuid.UUID("6f1c2a3b-0000-4000-8000-000000000324"), title="First full-fledged POW exchange",
        date=dt.date(2022, 3, 24), sides=("Ukraine", "Russia"),
        sources=(SourceDoc(vereshchuk, "Ukraine"),),
        category_sets=(CategorySetDoc(GROUP, exhaustive, ("Servicemen (POWs)", "Civilian sailors")),),
        figures=(part(RU_UA, "Servicemen (POWs)", 10), part(UA_RU, "Servicemen (POWs)", 10),
                 part(RU_UA, "Civilian sailors", 19), part(UA_RU, "Civilian sailors", 11)),
        **changes,
    )


def test_parts_of_an_exhaustive_set_give_a_derived_total_for_each_direction():
    doc = march_24_2022()
    totals = source_totals(doc)
    assert [(t.count, t.derived_from) for t in totals[RU_UA]] == [(29, GROUP)]
    assert [(t.count, t.derived_from) for t in totals[UA_RU]] == [(21, GROUP)]
    assert movement_totals(doc, []) == {RU_UA: Tally(29, 29, derived=True), UA_RU: Tally(21, 21, derived=True)}
    assert received_totals(doc, []) == {"Ukraine": Tally(29, 29, derived=True), "Russia": Tally(21, 21, derived=True)}
    assert untotalled(doc) == []


def test_the_imbalance_of_derived_totals_is_found():
    """29 received against 21 sent: the rules see it (before, a round of
    parts counted for nothing and its imbalance was never found)."""
    (imbalance,) = [d for d in find_discrepancies(march_24_2022()) if d.rule is Rule.IMBALANCE]
    assert imbalance.spread == 8
    assert {(v.count, v.derived_from) for v in imbalance.values} == {(29, GROUP), (21, GROUP)}


def test_a_one_party_derived_total_is_unverified():
    found = {d.movement for d in find_discrepancies(march_24_2022()) if d.rule is Rule.UNVERIFIED}
    assert found == {RU_UA, UA_RU}


def test_parts_of_a_set_not_exhaustive_give_no_total_and_say_so():
    doc = march_24_2022(exhaustive=False)
    assert source_totals(doc) == {}
    assert movement_totals(doc, []) == {}
    assert untotalled(doc) == sorted([RU_UA, UA_RU])


def test_a_stated_total_is_checked_against_a_derived_one():
    doc = march_24_2022()
    ombudsman = FigureDoc(RU_UA, "Ombudsman", 31)
    doc = dataclasses.replace(doc, sources=(*doc.sources, SourceDoc("Ombudsman", "Ukraine")),
                              figures=(*doc.figures, ombudsman))
    (mismatch,) = [d for d in find_discrepancies(doc) if d.rule is Rule.SOURCE_MISMATCH]
    assert mismatch.movement == RU_UA and mismatch.spread == 2
    assert {(v.source, v.count, v.derived_from) for v in mismatch.values} == {
        ("Ombudsman", 31, None), ("Iryna Vereshchuk, Deputy Prime Minister", 29, GROUP)}


def test_a_part_missing_from_the_exhaustive_set_gives_no_derived_total():
    doc = march_24_2022()
    doc = dataclasses.replace(doc, figures=doc.figures[:3])  # Ukraine → Russia civilian sailors left out
    assert [t.count for t in source_totals(doc)[RU_UA]] == [29]
    assert UA_RU not in source_totals(doc)
    assert untotalled(doc) == [UA_RU]


@pytest.mark.parametrize(("qualifiers", "expected"), [
    ((Qualifier.EXACT, Qualifier.EXACT), Qualifier.EXACT),
    ((Qualifier.EXACT, Qualifier.APPROXIMATE), Qualifier.APPROXIMATE),
    ((Qualifier.AT_LEAST, Qualifier.EXACT), Qualifier.AT_LEAST),
    ((Qualifier.AT_MOST, Qualifier.AT_MOST), Qualifier.AT_MOST),
    ((Qualifier.AT_LEAST, Qualifier.AT_MOST), Qualifier.APPROXIMATE),
    ((Qualifier.AT_LEAST, Qualifier.APPROXIMATE), Qualifier.APPROXIMATE),
])
def test_a_sum_carries_the_qualifier_of_its_terms(qualifiers, expected):
    assert qualifier_of_sum(qualifiers) is expected


def test_an_approximate_figure_stays_approximate_in_every_total():
    """"~15" is not 15: the movement, the party's received and a period's
    sum all say approximate."""
    f = FigureDoc(RU_UA, "Ministry", 15, Qualifier.APPROXIMATE)
    back = FigureDoc(UA_RU, "Ministry", 15)
    doc = RoundDoc(id=uuid.uuid4(), title="t", date=dt.date(2023, 1, 8), sides=("Ukraine", "Russia"),
                   sources=(SourceDoc("Ministry", "Ukraine"),), figures=(f, back))
    totals = movement_totals(doc, [])
    assert str(totals[RU_UA]) == "~15" and str(totals[UA_RU]) == "15"
    assert str(totals[RU_UA] + totals[UA_RU]) == "~30"
    assert str(Tally.of(100, Qualifier.AT_LEAST) + Tally.of(5, Qualifier.EXACT)) == "≥105"


def test_a_supervisors_accepted_total_stands_for_its_direction_in_the_imbalance_rule():
    """150 against an accepted 189: an imbalance (before, none was found)."""
    doc = RoundDoc(
        id=uuid.uuid4(), title="t", date=dt.date(2023, 1, 8), sides=("Ukraine", "Russia"),
        sources=(SourceDoc("HQ", "Ukraine"), SourceDoc("MoD", "Russia")),
        figures=(FigureDoc(RU_UA, "HQ", 150), FigureDoc(RU_UA, "MoD", 150),
                 FigureDoc(UA_RU, "HQ", 150), FigureDoc(UA_RU, "MoD", 200)),
    )
    first = review(doc, {})
    assert not [i for i in first if i.discrepancy.rule is Rule.IMBALANCE]  # 150 is among 150–200
    (mismatch,) = [i.discrepancy for i in first if i.discrepancy.rule is Rule.SOURCE_MISMATCH]
    resolution = ResolutionFact(mismatch.key, 189, "checked the lists", "Supervisor Sam", basis(mismatch))
    after = review(doc, {mismatch.key: resolution})
    (imbalance,) = [i.discrepancy for i in after if i.discrepancy.rule is Rule.IMBALANCE]
    assert imbalance.spread == 39
    assert any(v.accepted and v.count == 189 for v in imbalance.values)
    assert movement_totals(doc, after)[UA_RU] == Tally(189, 189, accepted=True)


def test_remains_are_counted_apart_from_people():
    """Bodies handed over in the same operation (reported in the same
    statements) are never people: not in what a party received, nor in
    the rules between the two directions."""
    from desktop.domain.reporting import period_report

    remains = Movement("Russia", "Ukraine", MovementKind.REMAINS)
    doc = RoundDoc(
        id=uuid.uuid4(), title="Exchange and repatriation", date=dt.date(2023, 1, 8), sides=("Ukraine", "Russia"),
        sources=(SourceDoc("HQ", "Ukraine"),),
        figures=(FigureDoc(RU_UA, "HQ", 50), FigureDoc(UA_RU, "HQ", 50), FigureDoc(remains, "HQ", 3)),
    )
    assert received_totals(doc, []) == {"Ukraine": Tally(50, 50), "Russia": Tally(50, 50)}
    assert received_totals(doc, [], remains=True) == {"Ukraine": Tally(3, 3)}
    assert not [d for d in find_discrepancies(doc) if d.rule is Rule.IMBALANCE]
    data = period_report([doc], {}, date_from=None, date_to=None, generated_at=dt.datetime(2026, 12, 7, tzinfo=dt.UTC))
    assert data.running_total == Tally(100, 100) and data.remains_by_party == {"Ukraine": Tally(3, 3)}
    assert MovementKind.REMAINS not in data.moved_by_kind and data.within_by_kind == {}
