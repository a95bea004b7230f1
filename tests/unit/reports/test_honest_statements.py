"""No sentence claims more than was checked. For each case a real report
can be (no figures, parts with no total, a derived total, one source only),
the round's PDF and `show` say what it is, and only a round whose every
movement two sources total in agreement is called agreed and verified."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest

from desktop.cli.output import round_text
from desktop.domain.assurance import Gap, caveats
from desktop.domain.content import (
    CategorySetDoc,
    FigureDoc,
    Movement,
    RoundDoc,
    SourceDoc,
)
from desktop.domain.reporting import round_report
from desktop.domain.review import review
from desktop.domain.types import MovementKind, Qualifier
from desktop.reports import render_round_summary
from tests.unit.reports.pdfs import flat, pages_of

RU_UA = Movement("Russia", "Ukraine", MovementKind.EXCHANGE)
UA_RU = Movement("Ukraine", "Russia", MovementKind.EXCHANGE)
NOW = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)
FULL = "the sources agree, every breakdown fits and every total is verified"
GROUP = CategorySetDoc("Group", False, ("Servicemen (POWs)", "Civilian sailors"))


def a_round(*figures: FigureDoc, sets=(GROUP,)) -> RoundDoc:
    return RoundDoc(
        id=uuid.UUID("6f1c2a3b-0000-4000-8000-00000000aaaa"), title="Exchange", date=dt.date(2022, 3, 24),
        sides=("Ukraine", "Russia"), mediators=("Türkiye",),
        sources=(SourceDoc("Vereshchuk", "Ukraine"), SourceDoc("MoD", "Russia"), SourceDoc("ICRC", "independent")),
        category_sets=tuple(sets), figures=figures,
    )


def parts(movement: Movement, *counts: int, source: str = "Vereshchuk") -> tuple[FigureDoc, ...]:
    return tuple(FigureDoc(movement, source, n, category_set="Group", category=c)
                 for c, n in zip(GROUP.categories, counts, strict=False))


#: Each case: the round, and what its reports must say instead of the claim.
CASES = {
    "no figures": (a_round(), ["No figures are recorded for this round: no rule had anything to check."]),
    "parts only, no total": (a_round(*parts(RU_UA, 10, 19), *parts(UA_RU, 10, 11)), [
        "No source gives a total for Russia → Ukraine, exchange, only parts (from Vereshchuk)",
        "No source gives a total for Ukraine → Russia, exchange, only parts (from Vereshchuk)"]),
    "derived total": (a_round(*parts(RU_UA, 10, 19), FigureDoc(RU_UA, "ICRC", 29), *parts(UA_RU, 10, 11),
                              FigureDoc(UA_RU, "ICRC", 21), sets=(dataclasses.replace(GROUP, exhaustive=True),)), [
        "The total of Russia → Ukraine, exchange for Vereshchuk is derived: the sum of its Group categories"]),
    "one source only": (a_round(FigureDoc(RU_UA, "ICRC", 29), FigureDoc(UA_RU, "ICRC", 29)), [
        "Only one source, ICRC, accounts for the total of Russia → Ukraine, exchange: no other source was compared with it."]),
    # A review found these three called agreed and verified.
    "approximations that differ": (a_round(
        FigureDoc(RU_UA, "Vereshchuk", 100, Qualifier.APPROXIMATE), FigureDoc(RU_UA, "ICRC", 300, Qualifier.APPROXIMATE),
        FigureDoc(UA_RU, "Vereshchuk", 100), FigureDoc(UA_RU, "ICRC", 100)), [
        "The sources' totals for Russia → Ukraine, exchange differ (ICRC, Vereshchuk), but as approximations or "
        "bounds"]),
    "one source's parts beside others' totals": (a_round(
        FigureDoc(RU_UA, "Vereshchuk", 100), FigureDoc(RU_UA, "ICRC", 100),
        *parts(RU_UA, 400, 300, source="MoD"),
        FigureDoc(UA_RU, "Vereshchuk", 100), FigureDoc(UA_RU, "ICRC", 100)), [
        "MoD gives categories of Russia → Ukraine, exchange but no total of its own: its parts were checked "
        "against no total."]),
    "an approximate total over its categories": (a_round(
        FigureDoc(RU_UA, "Vereshchuk", 100, Qualifier.APPROXIMATE), FigureDoc(RU_UA, "ICRC", 100),
        FigureDoc(RU_UA, "Vereshchuk", 400, category_set="Group", category="Servicemen (POWs)"),
        FigureDoc(UA_RU, "Vereshchuk", 100), FigureDoc(UA_RU, "ICRC", 100)), [
        "Vereshchuk's total for Russia → Ukraine, exchange is approximate: its categories were not checked "
        "against it."]),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_round_says_what_its_rules_could_not_check(case):
    doc, sayings = CASES[case]
    reviewed = review(doc, {})
    pdf = flat(pages_of(render_round_summary(round_report(doc, {}, generated_at=NOW))))
    shown = round_text(doc, reviewed)
    for text in (pdf, " ".join(shown.split())):
        assert FULL not in text, case
        for saying in sayings:
            assert saying in text, (case, saying)


def test_the_full_claim_is_made_only_when_it_holds():
    """Two sources of different parties give each direction's total, and agree."""
    doc = a_round(FigureDoc(RU_UA, "Vereshchuk", 29), FigureDoc(RU_UA, "MoD", 29),
                  FigureDoc(UA_RU, "Vereshchuk", 29), FigureDoc(UA_RU, "MoD", 29))
    assert caveats(doc) == []
    assert review(doc, {}) == []
    pdf = flat(pages_of(render_round_summary(round_report(doc, {}, generated_at=NOW))))
    assert FULL in pdf
    assert FULL in " ".join(round_text(doc, []).split())


def test_each_gap_is_found_once_per_movement():
    doc, _ = CASES["parts only, no total"]
    assert [(c.gap, c.movement) for c in caveats(doc)] == sorted(
        [(Gap.NO_TOTAL, RU_UA), (Gap.NO_TOTAL, UA_RU)], key=lambda p: p[1])
    doc, _ = CASES["derived total"]
    assert {c.gap for c in caveats(doc)} == {Gap.DERIVED_TOTAL}


def test_the_command_line_says_how_far_apart_the_directions_are():
    """An imbalance once printed as "5/5, 1/1" without its gap."""
    from desktop.cli.output import describe

    doc = a_round(*parts(RU_UA, 10, 19), *parts(UA_RU, 10, 11), sets=(dataclasses.replace(GROUP, exhaustive=True),))
    (imbalance,) = [i.discrepancy for i in review(doc, {}) if i.discrepancy.rule.value == "imbalance"]
    text = describe(imbalance)
    assert text.endswith("the two directions of the exchange differ by 8."), text
    assert "Vereshchuk 29 (derived from categories)" in text and "Vereshchuk 21 (derived from categories)" in text


def test_an_accepted_total_is_shown_as_the_supervisors_in_an_imbalance():
    from desktop.cli.output import describe
    from desktop.domain.review import ResolutionFact, basis

    doc = a_round(FigureDoc(RU_UA, "Vereshchuk", 150), FigureDoc(RU_UA, "MoD", 150),
                  FigureDoc(UA_RU, "Vereshchuk", 150), FigureDoc(UA_RU, "MoD", 200))
    (mismatch,) = [i.discrepancy for i in review(doc, {}) if i.discrepancy.rule.value == "source_mismatch"]
    resolved = {mismatch.key: ResolutionFact(mismatch.key, 189, "lists checked", "Supervisor Sam", basis(mismatch))}
    (imbalance,) = [i.discrepancy for i in review(doc, resolved) if i.discrepancy.rule.value == "imbalance"]
    assert "189 (accepted by the supervisor)" in describe(imbalance)
    pdf = flat(pages_of(render_round_summary(round_report(doc, resolved, generated_at=NOW))))
    assert "Accepted by the supervisor 189" in pdf


def test_the_rounds_table_never_cuts_a_partys_figure():
    """It once clipped the column at 34 characters: `Ukraine 195–207*, Russia 1…`."""
    from desktop.cli.output import received_cell
    from desktop.domain.totals import Tally

    received = {"Ukraine": Tally(195, 207, disputed=True), "Russia": Tally(195, 195), "Türkiye": Tally(5, 5)}
    cell = received_cell(received, 34)
    assert "…" not in cell and cell.startswith("Ukraine 195–207*") and cell.endswith("more")
    assert received_cell({"Ukraine": Tally(29, 29, derived=True)}, 34) == "Ukraine 29†"
