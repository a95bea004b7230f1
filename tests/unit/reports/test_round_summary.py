"""The round summary PDF, read back with pypdf."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import uuid

import pytest

from desktop.domain.content import (
    CategorySetDoc,
    FigureDoc,
    Movement,
    RoundDoc,
    SourceDoc,
)
from desktop.domain.reporting import SignOffInfo, round_report
from desktop.domain.review import ResolutionFact, basis, review
from desktop.domain.types import MovementKind, Qualifier, RoundStatus, Rule
from desktop.reports import render_round_summary
from tests.unit.reports.pdfs import (
    GENERATED,
    JAN31,
    NOW,
    SEED,
    TRAINING,
    demo,
    flat,
    font_names,
    pages_of,
    reader,
)

DRAFT = "DRAFT — not signed off"
UA, RU = "Україна", "Росія"


def summary(doc: RoundDoc, resolutions=None, **kw) -> bytes:
    return render_round_summary(round_report(doc, resolutions or {}, generated_at=NOW, **kw))


def resolve(doc: RoundDoc, rule: Rule, value: int | None, note: str, by: str = "Supervisor Sam") -> dict:
    item = next(i for i in review(doc, {}) if i.discrepancy.rule is rule)
    d = item.discrepancy
    return {d.key: ResolutionFact(d.key, value, note, by, basis(d))}


def signed(doc: RoundDoc, amendment: int = 1) -> SignOffInfo:
    return SignOffInfo("Supervisor Sam", dt.datetime(2026, 11, 20, 9, 5, tzinfo=dt.UTC), amendment,
                       doc.fingerprint())


def cyrillic_round(sources: int = 2, *, long_names: bool = False) -> RoundDoc:
    """A round of Україна and Росія; each source gives a total of its own and
    one category figure."""
    there, back = Movement(RU, UA, MovementKind.EXCHANGE), Movement(UA, RU, MovementKind.EXCHANGE)
    names = [f"Джерело {i}" + (" — Координаційний штаб з питань поводження з військовополоненими"
                               if long_names else "") for i in range(1, sources + 1)]
    figures = []
    for i, name in enumerate(names, start=1):
        figures.append(FigureDoc(there, name, 195 + i % 2, citation=f"Citation for source {i}: «{195 + i % 2} "
                                 "українських захисників повернулися додому», a long quotation that wraps"))
        figures.append(FigureDoc(back, name, 200, entered_by="Олена Коваленко"))
        figures.append(FigureDoc(there, name, 100, category_set="Місце полону", category="Азовсталь"))
    return RoundDoc(
        id=uuid.UUID("00000000-0000-4000-8000-000000000042"), title="Обмін 31 січня 2024 року",
        date=dt.date(2024, 1, 31), sides=(UA, RU), location="Сумська область", mediators=("Катар",),
        sources=tuple(SourceDoc(n, UA if i % 2 else RU) for i, n in enumerate(names)),
        category_sets=(CategorySetDoc("Місце полону", False, ("Азовсталь", "Острів Зміїний")),),
        figures=tuple(figures),
    )


def test_unsigned_summary_says_draft_on_every_page():
    pages = pages_of(summary(demo(SEED)))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert DRAFT in page
        assert f"Page {number} of {len(pages)}" in page
        assert GENERATED in page


def test_signed_summary_has_no_draft_mark_and_names_the_signer():
    doc = dataclasses.replace(demo(JAN31), status=RoundStatus.SIGNED_OFF)
    resolutions = resolve(doc, Rule.SOURCE_MISMATCH, 207, "HQ's list of names")
    amendments = [(1, "Supervisor Ann", dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC), "HQ corrected its list")]
    pdf = summary(doc, resolutions, sign_off=signed(doc, 2), amendments=amendments)
    pages = pages_of(pdf)
    assert not any("DRAFT" in page for page in pages)
    text = flat(pages)
    assert "Signed off by Supervisor Sam on 20 November 2026, 09:05 UTC (amendment 2)" in text
    assert doc.fingerprint() in text
    assert "Supervisor Ann" in text and "HQ corrected its list" in text and "2026-03-01 09:30 UTC" in text
    assert "signed off" in text  # the status


def test_metadata_names_the_round_fingerprint_and_amendment():
    doc = demo(JAN31)
    meta = reader(summary(doc)).metadata
    assert meta.title == "Exchange of 31 January 2024"
    assert meta.author == "Exchange Desk"
    assert meta.subject == "Round summary"
    assert meta["/Keywords"] == f"exchange-desk round={JAN31} fingerprint={doc.fingerprint()} amendment=0"
    signed_doc = dataclasses.replace(doc, status=RoundStatus.SIGNED_OFF)
    meta = reader(summary(signed_doc, sign_off=signed(doc, 3))).metadata
    assert meta["/Keywords"] == f"exchange-desk round={JAN31} fingerprint={doc.fingerprint()} amendment=3"


def test_facts_and_cyrillic_are_real_text_in_embedded_dejavu():
    doc = cyrillic_round()
    pdf = summary(doc)
    text = flat(pages_of(pdf))
    for word in (UA, RU, "Обмін 31 січня 2024 року", "Сумська область", "Катар", "Джерело 1",
                 "Олена Коваленко", "Азовсталь", "Острів Зміїний", "«196 українських захисників"):
        assert word in text, word
    assert "Росія → Україна · exchange" in text
    assert doc.fingerprint() in text
    assert "31 January 2024 (2024-01-31)" in text
    # Every font is a subset of DejaVu Sans (embedded), none of the base 14.
    fonts = font_names(pdf)
    assert fonts and all(re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold)?", f) for f in fonts), fonts


def test_disputed_total_shows_the_range():
    text = flat(pages_of(summary(demo(JAN31))))
    assert "sources disagree: 195–207, not yet resolved" in text
    assert "Coordination Headquarters" in text
    assert "Sources disagree — error" in text
    assert "open" in text


def test_accepted_total_and_its_resolution():
    doc = demo(JAN31)
    text = flat(pages_of(summary(doc, resolve(doc, Rule.SOURCE_MISMATCH, 207, "HQ's list of names"))))
    assert "207, accepted by the supervisor" in text
    assert "sources disagree" not in text
    assert "resolved by Supervisor Sam; accepted value 207." in text
    assert "Note: HQ's list of names" in text


def test_qualifiers_breakdowns_and_discrepancy_values():
    text = flat(pages_of(summary(demo(TRAINING))))
    assert "~100 approximate" in text
    assert "≥90 at least" in text
    assert "≥80 at least" in text  # a category figure
    assert "Breakdown by Branch of service" in text and "exhaustive" in text
    assert "Categories exceed the total — error" in text
    assert "Categories do not add up — error" in text
    assert "as reported by Example source A" in text
    assert "Spread: 10" in text


def test_at_most_and_empty_breakdown_cells():
    doc = cyrillic_round(2)
    extra = FigureDoc(Movement(RU, UA, MovementKind.EXCHANGE), "Джерело 2", 40, Qualifier.AT_MOST,
                      category_set="Місце полону", category="Острів Зміїний")
    text = flat(pages_of(summary(dataclasses.replace(doc, figures=doc.figures + (extra,)))))
    assert "≤40 at most" in text


def test_imbalance_is_information_not_an_error():
    text = flat(pages_of(summary(demo(SEED))))
    assert "Directions differ — information (not an error)" in text
    assert "is information, not an error" in text
    assert "Still open: 3 warnings." in text  # the imbalance is not counted as open


def test_long_summary_spans_pages_and_repeats_table_headers():
    doc = cyrillic_round(60, long_names=True)
    pages = pages_of(summary(doc))
    assert len(pages) >= 4
    header = re.compile(r"Source\s+Affiliation\s+Count\s+Citation\s+Entered by")
    with_rows = [p for p in pages if "Citation for source" in p]
    assert len(with_rows) >= 3  # the sources' totals table alone spans pages
    assert all(header.search(p) for p in with_rows)
    text = flat(pages)
    for i in range(1, 61):
        assert f"Citation for source {i}:" in text
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page and DRAFT in page


def test_a_row_taller_than_a_page_is_split_not_lost():
    """A 5,000-character resolution note and a 2,000-character citation."""
    doc = demo(JAN31)
    long_citation = "Citation " + "слово " * 330
    figures = tuple(dataclasses.replace(f, citation=long_citation) if f.citation else f for f in doc.figures)
    doc = dataclasses.replace(doc, figures=figures)
    note = ("Checked against the list of names. " * 150)[:5000]
    pages = pages_of(summary(doc, resolve(doc, Rule.SOURCE_MISMATCH, 207, note)))
    assert len(pages) >= 3
    assert flat(pages).count("Checked against the list of names.") >= 140


def test_markup_characters_are_text():
    doc = dataclasses.replace(demo(JAN31), title="Exchange <b>&amp; 'quotes' & <i>", notes="a < b & c > d")
    text = flat(pages_of(summary(doc)))
    assert "Exchange <b>&amp; 'quotes' & <i>" in text
    assert "a < b & c > d" in text


def test_a_round_without_figures():
    doc = RoundDoc(id=uuid.uuid4(), title="Empty", date=dt.date(2025, 1, 1), sides=("A", "B"))
    text = flat(pages_of(summary(doc)))
    # It once read "None: the sources agree, every breakdown fits and every
    # total is verified" — of a round with nothing in it.
    assert "the sources agree" not in text
    assert "No figures are recorded for this round: no rule had anything to check." in text
    assert "Location not stated" in text and "Third parties none" in text


@pytest.mark.parametrize("when", [dt.datetime(2026, 11, 25, 15, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))),
                                  dt.datetime(2026, 11, 25, 13, 0)])
def test_generated_time_is_printed_in_utc(when):
    pdf = render_round_summary(round_report(demo(SEED), {}, generated_at=when))
    assert all(GENERATED in page for page in pages_of(pdf))
