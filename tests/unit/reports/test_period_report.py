"""The period report PDF, read back with pypdf."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from desktop.domain.reporting import period_report
from desktop.domain.review import ResolutionFact, basis, review
from desktop.domain.totals import Tally
from desktop.domain.types import RoundStatus, Rule
from desktop.reports import render_period_report
from desktop.reports.period import period_title
from tests.unit.reports.pdfs import (
    GENERATED,
    JAN31,
    NOW,
    demo_docs,
    docs_of,
    flat,
    font_names,
    pages_of,
    reader,
)

RANGE_NOTE = "range: sources disagree and a supervisor has not yet accepted a value"


def report(docs, resolutions=None, *, date_from=None, date_to=None, **kw) -> bytes:
    if date_from or date_to:
        docs = [d for d in docs if (not date_from or d.date >= date_from) and (not date_to or d.date <= date_to)]
    return render_period_report(period_report(docs, resolutions or {}, date_from=date_from, date_to=date_to,
                                              generated_at=NOW, **kw))


def year_2024() -> bytes:
    return report(demo_docs(), date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31))


def test_the_year_2024_of_the_demo_rounds():
    """Three rounds. Russia received 248 (of which 75 without exchange:
    counted once, as the ministry's figure includes them), 195 and 150;
    Ukraine 230, 195–207 and 150–189 (two disputed)."""
    pages = pages_of(year_2024())
    text = flat(pages)
    assert "Exchanges from 1 January 2024 to 31 December 2024" in text
    assert "3 rounds in the period; 3 not yet signed off." in text
    assert "Russia 593 " in text  # 668 when the 75 were counted twice
    assert "Ukraine 575–626*" in text
    assert "All parties 1168–1219*" in text
    assert RANGE_NOTE in text
    for title in ("Exchange of 3 January 2024", "Exchange of 31 January 2024", "Exchange of 30 December 2024"):
        assert title in text
    assert "Return of five Azovstal commanders" not in text
    assert "Ukraine 230 · Russia 248" in text  # a round's row (323 when the 75 were counted twice)
    assert "Of which without exchange: 75, counted within another movement's total" in text
    assert "Ukraine 195–207* · Russia 195" in text
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page and GENERATED in page
    assert not any("DRAFT" in page for page in pages)


def test_totals_by_kind_mediator_and_the_running_total():
    text = flat(pages_of(report(demo_docs())))
    assert "Exchanges: all dates" in text
    assert "exchange 3514–3566*†" in text
    assert "Of which without exchange: 75, counted within another movement's total as its sources said." in text
    # The five sent to Türkiye on 21 September 2022 are within the 215 Ukraine
    # reported; their return from Türkiye on 8 July 2023 is a movement of its own.
    assert "Of which custody transfer: 5, counted within another movement's total as its sources said." in text
    assert "custody transfer 5" in text
    assert "United Arab Emirates 1368–1419*" in text
    assert "no mediator 2151–2152*†" in text  # the public reports of 2022–2023 name no mediator
    assert "from the first round on record (1 March 2022) to now: 3519–3571*†" in text


def test_the_running_total_counts_rounds_before_the_period():
    docs = demo_docs()
    earlier = period_report([d for d in docs if d.date < dt.date(2024, 12, 1)], {}, date_from=None,
                            date_to=None, generated_at=NOW).running_total
    text = flat(pages_of(report(docs, date_from=dt.date(2024, 12, 1), date_to=dt.date(2025, 12, 31),
                                earlier_total=earlier, first_round_date=dt.date(2022, 3, 1))))
    # 3019–3032 before; 300–339 and 200 in the period (100 each way, which every source allows).
    assert earlier == Tally(3019, 3032, True, derived=True)
    assert "(1 March 2022) to the end of the period (31 December 2025): 3519–3571*" in text


def test_an_accepted_value_is_no_longer_a_range():
    docs = demo_docs()
    jan31 = next(d for d in docs if str(d.id) == JAN31)
    d = next(i.discrepancy for i in review(jan31, {}) if i.discrepancy.rule is Rule.SOURCE_MISMATCH)
    resolutions = {jan31.id: {d.key: ResolutionFact(d.key, 207, "HQ list", "Sam", basis(d))}}
    text = flat(pages_of(report([jan31], resolutions)))
    assert "Ukraine 207 · Russia 195" in text
    assert RANGE_NOTE not in text and "*" not in text


def test_rounds_not_signed_off_are_listed_apart():
    docs = [dataclasses.replace(d, status=RoundStatus.SIGNED_OFF) if str(d.id) == JAN31 else d
            for d in demo_docs()]
    text = flat(pages_of(report(docs)))
    assert "21 rounds in the period; 20 not yet signed off." in text
    listed = text.split("Rounds not yet signed off", 1)[1]
    assert "Exchange of 31 January 2024" not in listed
    assert "Exchange of 3 January 2024" in listed and "6f1c2a3b-2024-4103-8000-000000000103" in listed
    assert "signed off" in text.split("Rounds not yet signed off", 1)[0]  # its status in the rounds table


def test_the_monthly_chart_says_it_shows_the_high_end():
    pdf = report(demo_docs())
    text = flat(pages_of(pdf))
    assert "People moved per month" in text
    assert "the bar shows the high end of the range" in text
    for label in ("2022-03", "2023-07", "2025-03"):  # axis labels, one every 4 months over 37 months
        assert label in text
    assert "A label every 4 months." in text
    one_year = flat(pages_of(year_2024()))
    for label in ("2024-01", "2024-12", "880", "339"):  # each month's total above its bar, in a year
        assert label in one_year
    assert all(re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold)?", f) for f in font_names(pdf))


def test_metadata():
    meta = reader(year_2024()).metadata
    assert meta.title == "Exchanges from 1 January 2024 to 31 December 2024"
    assert meta.author == "Exchange Desk"
    assert meta.subject == "Period report"


def test_titles():
    d1, d2 = dt.date(2024, 1, 1), dt.date(2024, 12, 31)
    assert period_title(d1, d2) == "Exchanges from 1 January 2024 to 31 December 2024"
    assert period_title(d1, None) == "Exchanges from 1 January 2024 on"
    assert period_title(None, d2) == "Exchanges up to 31 December 2024"
    assert period_title(None, None) == "Exchanges: all dates"


def test_an_empty_period():
    pages = pages_of(report([], date_from=dt.date(2030, 1, 1), date_to=dt.date(2030, 12, 31)))
    text = flat(pages)
    assert "0 rounds in the period" in text and "No rounds in this period." in text
    assert "Page 1 of 1" in pages[0]


def test_a_thousand_rounds_span_many_pages_with_headers_repeated():
    from benchmarks.synthetic import make_rounds

    docs = docs_of(make_rounds(1000))
    pages = pages_of(report(docs))
    assert len(pages) > 30
    header = re.compile(r"Date\s+Title\s+Received by each party\s+Status")
    with_rows = [p for p in pages if re.search(r"Обмін №\d+ / Exchange \d+\s+\S+ \d", p)]
    assert len(with_rows) > 15 and all(header.search(p) for p in with_rows)
    text = flat(pages)
    assert "Обмін №1000 / Exchange 1000" in text
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page


def test_open_discrepancies_of_the_period_by_severity_and_rule():
    """Every round's open discrepancies, counted by rule: errors first."""
    from desktop.domain.review import review

    docs = demo_docs()
    text = flat(pages_of(report(docs)))
    section = text.split("Open discrepancies", 1)[1].split("Received by each party", 1)[0]
    expected: dict[tuple[str, str], int] = {}
    for d in docs:
        for item in review(d, {}):
            if item.is_open:
                key = (item.discrepancy.severity.value, item.discrepancy.rule.value)
                expected[key] = expected.get(key, 0) + 1
    assert expected  # the demo rounds have some
    assert "error Sources disagree" in section
    assert section.index("error") < section.index("warning")
    unverified = expected[("warning", "unverified")]
    assert f"warning Unverified {unverified} " in section


def test_people_received_by_year_when_the_period_spans_years():
    text = flat(pages_of(report(demo_docs())))
    section = text.split("People received by each party, by year", 1)[1]
    assert section.split()[0:1] == ["Year"]
    assert "2023 " in section and "2024 " in section and "2025 " in section
    one_year = flat(pages_of(year_2024()))
    assert "by year" not in one_year  # one year: its totals say it all


def test_a_party_and_its_figure_stay_on_one_line():
    """The rounds table wraps between parties, never between a party and its figure."""
    pages = pages_of(report(demo_docs()))
    lines = [line for page in pages for line in page.splitlines()]
    for party in ("Ukraine", "Russia"):
        assert not any(line.rstrip().endswith(party) for line in lines if "·" in line), party


def test_the_monthly_chart_is_split_by_who_received_with_a_legend():
    from desktop.domain.reporting import period_report

    data = period_report(demo_docs(), {}, date_from=None, date_to=None, generated_at=NOW)
    jan = dict(data.monthly_by_party)["2024-01"]
    assert set(jan) == {"Ukraine", "Russia"}
    assert jan["Russia"].high == 248 + 195  # the 3 and 31 January rounds; the 75 within the 248
    assert sum(v.high for v in jan.values()) == dict(data.monthly)["2024-01"].high
    text = flat(pages_of(report(demo_docs())))
    chart = text.split("People moved per month", 1)[1]
    drawn = chart.split("Each bar", 1)[0]
    assert "Ukraine" in drawn and "Russia" in drawn  # the legend (no other words are drawn there)
    assert "in the colour of the party that received them" in chart


def test_a_period_whose_rounds_moved_no_people_is_reported():
    """A new draft alone (or remains only) once crashed the report (exit 1)."""
    import uuid

    from desktop.domain.content import RoundDoc

    empty = RoundDoc(id=uuid.uuid4(), title="New", date=dt.date(2023, 3, 1), sides=("Ukraine", "Russia"))
    text = flat(pages_of(report([empty])))
    assert "No people moved in the rounds of this period." in text


def test_an_operation_is_held_against_its_agreement():
    """Three rounds of "1,000 for 1,000": the sum of the stages against the
    agreement, each stage shown; short by three, it says so."""
    from tests.unit.domain.test_stages import may_2025

    text = flat(pages_of(report(may_2025())))
    assert "Operations" in text
    assert "1,000 for 1,000 (May 2025) (23 May 2025, 24 May 2025, 25 May 2025)" in text
    assert "1000 (390 + 307 + 303)" in text and "differs from the agreement" not in text
    short = flat(pages_of(report(may_2025(third_day=300))))
    assert "997 (390 + 307 + 300) · differs from the agreement" in short
    assert "Operations" not in flat(pages_of(report(demo_docs())))  # no demo round names one
