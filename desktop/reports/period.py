"""The period report: every round in a date range, the totals over them,
people moved per month as a bar chart, and the rounds not yet signed off."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from desktop.domain.reporting import ZERO, PeriodReportData, PeriodRound, Tally, total
from desktop.domain.types import Qualifier
from desktop.i18n import QT_TRANSLATE_NOOP, format_date, translate
from desktop.labels import (
    capitalized,
    kind_label,
    movement_label,
    rule_label,
    severity_label,
)
from desktop.reports import fonts
from desktop.reports.fonts import REGULAR
from desktop.reports.pages import (
    CONTENT_WIDTH,
    DERIVED_MARK,
    DERIVED_NOTE,
    INK,
    MUTED,
    Styles,
    build_pdf,
    data_table,
    fill,
    markup,
    para,
    status_text,
    text,
    value_text,
)

MARK = "*"
RANGE_NOTE = QT_TRANSLATE_NOOP("report", "range: sources disagree and a supervisor has not yet accepted a value")



def render_period_report(data: PeriodReportData) -> bytes:
    """The period report as PDF bytes."""
    fonts.register()
    title = period_title(data.date_from, data.date_to)
    story: list[Flowable] = [Paragraph(text(title), Styles.title)]
    waiting = len(data.not_signed_off)
    story.append(para(translate("report", "%n round(s) in the period; {waiting} not yet signed off.", "", len(data.rounds))
                      .format(waiting=waiting), Styles.body))
    story += _totals(data)
    story += _by_year(data)
    story += _chart(data)
    story += _open(data)
    story += _operations(data)
    story += _rounds(data.rounds)
    story += _not_signed_off(data.not_signed_off, bool(data.rounds))
    subject = translate("report", "Period report")
    return build_pdf(story, title=title, subject=subject, keywords="exchange-desk period",
                     header=f"{subject} · {title}", generated_at=data.generated_at)


def period_title(date_from: dt.date | None, date_to: dt.date | None) -> str:
    if date_from and date_to:
        return translate("report", "Exchanges from {start} to {end}").format(start=format_date(date_from), end=format_date(date_to))
    if date_from:
        return translate("report", "Exchanges from {start} on").format(start=format_date(date_from))
    if date_to:
        return translate("report", "Exchanges up to {end}").format(end=format_date(date_to))
    return translate("report", "Exchanges: all dates")


def _footnote(values: Iterable[Tally]) -> list[Flowable]:
    values = list(values)
    out: list[Flowable] = []
    if any(v.disputed for v in values):
        out.append(para(MARK + " " + translate("report", RANGE_NOTE) + ".", Styles.note))
    if any(v.derived for v in values):
        out.append(para(DERIVED_MARK + " " + translate("report", DERIVED_NOTE) + ".", Styles.note))
    if any(v.qualifier is not Qualifier.EXACT for v in values):
        out.append(para(translate("report", "~ approximate, ≥ at least, ≤ at most: a total with such a term "
                                            "carries it."), Styles.note))
    return out


def _pairs(header: tuple[str, str], rows: list[tuple[str, Tally]], *, summed: bool = False) -> Flowable:
    """Name / value rows; with `summed`, the last row is their sum, in bold
    under a rule."""
    body: list[list[object]] = [[name, value_text(value, MARK)] for name, value in rows]
    extra: list[tuple] = []
    if summed:
        name, value = rows[-1]
        body[-1] = [para(name, Styles.cell_bold), para(value_text(value, MARK), Styles.cell_num_bold)]
        extra.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, MUTED))
    w = CONTENT_WIDTH * 0.75
    return data_table(list(header), body, [w * 0.45, w * 0.55], numeric=(1,), stripes=False, extra=extra)


def _totals(data: PeriodReportData) -> list[Flowable]:
    out: list[Flowable] = [para(translate("report", "Totals"), Styles.h1)]
    shown: list[Tally] = []
    if not data.rounds:
        out.append(para(translate("report", "No rounds in this period."), Styles.body))
    parties = list(data.received_by_party.items())
    if parties:
        parties.append((translate("report", "All parties"), total(v for _, v in parties)))
        shown += [v for _, v in parties]
        out.append(KeepTogether([para(translate("report", "People received by each party"), Styles.h2),
                                 _pairs((translate("report", "Party"), translate("report", "People received")), parties, summed=True)]))
    kinds = [(kind_label(k), v) for k, v in data.moved_by_kind.items()]
    if kinds:
        kinds.append((translate("report", "All kinds"), total(v for _, v in kinds)))
        shown += [v for _, v in kinds]
        block = [para(translate("report", "People moved by kind, both directions"), Styles.h2),
                 _pairs((translate("report", "Kind"), translate("report", "People moved")), kinds, summed=True)]
        for kind, value in data.within_by_kind.items():
            block.append(para(translate("report", "Of which {kind}: {value}, counted within another movement's total "
                                                  "as its sources said.").format(kind=kind_label(kind),
                                                                                  value=value_text(value, MARK)),
                              Styles.note))
        out.append(KeepTogether(block))
    remains = list(data.remains_by_party.items())
    if remains:
        remains.append((translate("report", "All parties"), total(v for _, v in remains)))
        shown += [v for _, v in remains]
        out.append(KeepTogether([
            para(translate("report", "Remains received by each party (counted apart from people)"), Styles.h2),
            _pairs((translate("report", "Party"), translate("report", "Remains received")), remains, summed=True)]))
    mediators = list(data.moved_by_mediator.items())
    without = [r for r in data.rounds if not r.mediators]
    if without:
        mediators.append((translate("report", "no mediator"), total(v for r in without for v in r.received.values())))
    if mediators:
        shown += [v for _, v in mediators]
        block: list[Flowable] = [para(translate("report", "People moved by mediator, in the rounds each mediated"), Styles.h2),
                                 _pairs((translate("report", "Mediator"), translate("report", "People moved")), mediators)]
        if any(len(r.mediators) > 1 for r in data.rounds):
            block.append(para(translate("report", "A round with several mediators counts under each of them."), Styles.note))
        out.append(KeepTogether(block))
    out.append(para(translate("report", "Running total"), Styles.h2))
    if data.first_round_date:
        since = translate("report", "the first round on record ({date})").format(date=format_date(data.first_round_date))
    else:
        since = translate("report", "the first round on record")
    until = translate("report", "the end of the period ({date})").format(date=format_date(data.date_to)) if data.date_to \
        else translate("report", "now")
    shown.append(data.running_total)
    out.append(markup(fill(translate("report", "People moved in every round from {since} to {until}: {total}"),
                           since=text(since), until=text(until),
                           total=f"<b>{text(value_text(data.running_total, MARK))}</b>"), Styles.body))
    out += _footnote(shown)
    return out


def _received(r: PeriodRound) -> str:
    # A party and its figure never part across lines (a no-break space).
    return " · ".join(f"{party}\u00a0{value_text(v, MARK)}" for party, v in r.received.items()) or "—"


def _by_year(data: PeriodReportData) -> list[Flowable]:
    """People received by each party, year by year (a period of one year
    says nothing more than its totals, and shows none)."""
    years = data.received_by_year
    if len(years) < 2:
        return []
    parties = sorted({p for by in years.values() for p in by})
    w = CONTENT_WIDTH
    first = w * 0.16
    rest = min((w - first) / (len(parties) + 1), w * 0.2)
    rows = [[str(y), *(value_text(by[p], MARK) if p in by else "—" for p in parties),
             value_text(total(by.values()), MARK)] for y, by in years.items()]
    table = data_table([translate("report", "Year"), *parties, translate("report", "All parties")], rows,
                       [first] + [rest] * (len(parties) + 1), numeric=tuple(range(1, len(parties) + 2)))
    out: list[Flowable] = [KeepTogether([para(translate("report", "People received by each party, by year"),
                                              Styles.h2), table])]
    return out + _footnote(v for by in years.values() for v in by.values())


def _open(data: PeriodReportData) -> list[Flowable]:
    """The period's open discrepancies, by severity and rule."""
    out: list[Flowable] = [CondPageBreak(30 * mm), para(translate("report", "Open discrepancies"), Styles.h1)]
    found = data.open_discrepancies
    if not found:
        out.append(para(translate("report", "No discrepancy is open in the rounds of the period."), Styles.body))
        return out
    w = CONTENT_WIDTH
    rows = [[severity_label(severity), capitalized(rule_label(rule)), str(n), str(rounds)]
            for (severity, rule), (n, rounds) in found.items()]
    out.append(data_table([translate("report", "Severity"), translate("report", "Rule"), translate("report", "Open"),
                           translate("report", "Rounds")], rows, [w * 0.18, w * 0.5, w * 0.14, w * 0.18],
                          numeric=(2, 3)))
    return out


def _operations(data: PeriodReportData) -> list[Flowable]:
    """Operations carried out over several rounds: what was agreed for each
    against what its rounds of the period handed over."""
    if not data.operations:
        return []
    out: list[Flowable] = [CondPageBreak(40 * mm), para(translate("report", "Operations"), Styles.h1),
                           para(translate("report", "Rounds that carry out one agreement. What was agreed for the "
                                          "whole operation against the sum of what its rounds in the period handed "
                                          "over."), Styles.body)]
    w = CONTENT_WIDTH
    rows = []
    for op in data.operations:
        dates = ", ".join(format_date(day) for _rid, day, _title in op.rounds)
        for i, m in enumerate(op.movements):
            agreed = value_text(m.agreed, MARK) if m.agreed is not None else "—"
            steps = " + ".join("—" if t is None else str(t) for t in m.by_round)
            delivered = ("—" if m.delivered is None else value_text(m.delivered, MARK)) + f" ({steps})"
            if m.differs:
                delivered += " · " + translate("report", "differs from the agreement")
            where = para(f"{op.name} ({dates})", Styles.cell) if i == 0 else ""
            rows.append([where, para(movement_label(m.movement), Styles.cell), agreed,
                         para(delivered, Styles.cell)])
    out.append(data_table([translate("report", "Operation and its rounds"), translate("report", "Movement"),
                           translate("report", "Agreed"), translate("report", "Handed over")], rows,
                          [w * 0.3, w * 0.24, w * 0.12, w * 0.34]))
    return out


def _rounds(rounds: list[PeriodRound]) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(40 * mm), para(translate("report", "Rounds"), Styles.h1)]
    if not rounds:
        out.append(para(translate("report", "No rounds in this period."), Styles.body))
        return out
    w = CONTENT_WIDTH
    rows = [[r.date.isoformat(), r.title, _received(r), status_text(r.status)] for r in rounds]
    out.append(data_table([translate("report", "Date"), translate("report", "Title"), translate("report", "Received by each party"), translate("report", "Status")], rows,
                          [w * 0.13, w * 0.36, w * 0.38, w * 0.13]))
    out += _footnote(v for r in rounds for v in r.received.values())
    return out


def _not_signed_off(rounds: list[PeriodRound], any_rounds: bool = True) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(40 * mm), para(translate("report", "Rounds not yet signed off"), Styles.h1)]
    if not rounds:
        sentence = translate("report", "Every round of the period is signed off.") if any_rounds \
            else translate("report", "There are no rounds in the period.")
        out.append(para(sentence, Styles.body))
        return out
    # One line each (the rounds table above has the rest): date, title,
    # status and the round's id.
    for r in rounds:
        out.append(markup(f"{r.date.isoformat()} · {text(r.title)} · {text(status_text(r.status))} · "
                          f"<font size='7.5' color='#5b6470'>{r.id}</font>", Styles.cell))
    return out


# --- the chart ---------------------------------------------------------------------------


def _months(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` ("2024-01"), both included."""
    y, m = map(int, first.split("-"))
    end = tuple(map(int, last.split("-")))
    out = []
    while (y, m) <= end:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _scale(top: int) -> tuple[int, int]:
    """A round axis maximum at or above `top`, and its step (about 5 steps)."""
    if top <= 0:
        return 5, 1
    raw = top / 5
    magnitude = 10 ** max(0, len(str(int(raw))) - 1)
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(1, int(step))
    return -(-top // step) * step, step


#: One colour per party that received people, in the legend's order.
PALETTE = ("#4a7bb0", "#d08c2e", "#5a9e6f", "#a4508b", "#7d7d7d", "#c8553d", "#3d8ea8", "#8a7a3c")


def _lighter(hex_colour: str) -> colors.Color:
    """The same colour, lighter: a disputed value (the high end of a range)."""
    c = colors.HexColor(hex_colour)
    return colors.Color(c.red + (1 - c.red) * 0.55, c.green + (1 - c.green) * 0.55, c.blue + (1 - c.blue) * 0.55)


def _chart(data: PeriodReportData) -> list[Flowable]:
    """People moved per month, each bar split by the party that received
    them, with a legend and the month's total above its bar."""
    out: list[Flowable] = [CondPageBreak(95 * mm), para(translate("report", "People moved per month"), Styles.h1)]
    if not data.monthly:
        out.append(para(translate("report", "No rounds in this period."), Styles.body))
        return out
    by_month = dict(data.monthly_by_party)
    months = _months(data.monthly[0][0], data.monthly[-1][0])
    totals = dict(data.monthly)
    parties = sorted({p for v in by_month.values() for p in v},
                     key=lambda p: (-sum(v[p].high for v in by_month.values() if p in v), p))
    if not parties:  # rounds without figures, or of remains only
        out.append(para(translate("report", "No people moved in the rounds of this period."), Styles.body))
        return out
    shades = {p: PALETTE[i % len(PALETTE)] for i, p in enumerate(parties)}
    highs = [totals[m].high if m in totals else 0 for m in months]
    step = max(1, -(-len(months) // 12))
    height = 76 * mm
    drawing = Drawing(CONTENT_WIDTH, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 18
    chart.width, chart.height = CONTENT_WIDTH - 44, height - 46
    chart.categoryAxis.style = "stacked"
    chart.data = [[by_month.get(m, {}).get(p, ZERO).high for m in months] for p in parties]
    chart.categoryAxis.categoryNames = [m if i % step == 0 else "" for i, m in enumerate(months)]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.tickDown = 2
    chart.categoryAxis.strokeColor = MUTED
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = _scale(max(highs))
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = MUTED
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e1e5ea")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars.strokeColor = colors.white
    chart.bars.strokeWidth = 0.3
    chart.barSpacing = 0
    chart.groupSpacing = max(0.5, min(6, 120 / len(months)))
    for k, party in enumerate(parties):
        chart.bars[k].fillColor = colors.HexColor(shades[party])
        for i, m in enumerate(months):
            value = by_month.get(m, {}).get(party)
            if value is not None and value.disputed:
                chart.bars[(k, i)].fillColor = _lighter(shades[party])
    drawing.add(chart)
    if len(months) <= 24:  # room to print each month's total above its bar
        top = chart.valueAxis.valueMax
        for i, m in enumerate(months):
            if m in totals:
                x = chart.x + chart.width * (i + 0.5) / len(months)
                y = chart.y + chart.height * highs[i] / top + 2
                drawing.add(String(x, y, value_text(totals[m]), fontName=REGULAR, fontSize=6.5,
                                   textAnchor="middle", fillColor=INK))
    legend = Legend()
    legend.alignment = "right"
    legend.x, legend.y = chart.x + 4, height - 6
    legend.columnMaximum = 1
    legend.deltax = 0
    legend.dx, legend.dy = 7, 7
    legend.fontName, legend.fontSize = REGULAR, 7.5
    legend.colorNamePairs = [(colors.HexColor(shades[p]), p) for p in parties]
    legend.strokeColor = None
    drawing.add(legend)
    drawing.add(String(0, chart.y + chart.height + 7, translate("report", "people"), fontName=REGULAR, fontSize=7,
                       fillColor=MUTED))
    out.append(drawing)
    out.append(Spacer(1, 1 * mm))
    caption = translate("report", "Each bar is the people moved in the month's rounds, both directions and every kind, "
                 "in the colour of the party that received them. Where sources disagree and no value has been "
                 "accepted, the bar shows the high end of the range (lighter). Months without rounds have no bar.")
    if step > 1:
        caption += " " + translate("report", "A label every %n month(s).", "", step)
    out.append(para(caption, Styles.note))
    return out

