"""Where the monthly chart puts things: legend, value axis, bars, month and
year labels, computed from the data and the widget's size and font (no
painting, so that it can be measured on its own)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from desktop.domain.overview import MonthTotals, Overview, first_of_month, month_span
from desktop.domain.totals import Tally, total
from desktop.ui.text import number_text

#: A party named in the legend, or None for the parties counted together.
Series = str | None
#: What a legend entry stands for: a series, or True for the hatched tops.
LegendKey = Series | bool

#: An axis longer than this (a date range typed as "since 1900") falls
#: back to the months that have rounds.
MAX_AXIS_MONTHS = 1_200
#: The widest a bar gets when there are few months.
MAX_BAR_WIDTH = 56.0
#: The least height of a hatched top, so that a small disagreement is seen.
MIN_CAP_HEIGHT = 3.0
PADDING = 8.0
SWATCH = 12.0


def month_name(month: int, *, short: bool) -> str:
    """A month's name standing alone (nominative: "березень", not the
    genitive "березня" of a date) in the language chosen at start."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().standaloneMonthName(month, kind)


def year_text(year: int) -> str:
    return QLocale().toString(QDate(year, 1, 1), "yyyy")


def nice_step(raw: float) -> float:
    """A whole tick step of 1, 2, 2.5 or 5 times a power of ten, at least `raw`."""
    if raw <= 1:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * power
        if step >= raw and step == int(step):
            return float(step)
    return float(10 * power)


def axis_of(overview: Overview) -> list[dt.date]:
    """Every month of the range asked for (every month between the first
    and the last round when no range is given), empty months included;
    none when there are no rounds."""
    if not overview.months:
        return []
    first, last = overview.months[0].month, overview.months[-1].month
    wanted_first = first_of_month(overview.date_from) if overview.date_from else first
    wanted_last = first_of_month(overview.date_to) if overview.date_to else last
    if wanted_first <= first and wanted_last >= last:
        wanted = month_span(wanted_first, wanted_last)
        if len(wanted) <= MAX_AXIS_MONTHS:
            return wanted
    return month_span(first, last)


def series_values(month: MonthTotals, series: Sequence[Series]) -> list[tuple[Series, Tally]]:
    """The month's values by series, in the legend's order; the parties
    without a series of their own added up under None."""
    named = [s for s in series if s is not None]
    out: list[tuple[Series, Tally]] = [(s, month.received[s]) for s in named if s in month.received]
    if None in series:
        rest = [r for p, r in month.received.items() if p not in named]
        if rest:
            out.append((None, total(rest)))
    return out


@dataclass
class BarShape:
    """Where one month's bar is drawn."""

    month: MonthTotals
    #: The whole bar: the stacked low values and the hatched top, if any.
    rect: QRectF
    segments: list[tuple[Series, QRectF]] = field(default_factory=list)
    cap: QRectF | None = None


@dataclass
class Layout:
    plot: QRectF
    slot_width: float
    y_max: float
    y_step: float
    #: By the month's place on the axis; months without rounds have none.
    bars: dict[int, BarShape]
    #: Swatch, text box, text (elided to fit), what it stands for.
    legend: list[tuple[QRectF, QRectF, str, LegendKey]]
    month_labels: list[tuple[QRectF, str]]
    year_labels: list[tuple[QRectF, str]]
    year_ticks: list[float]


def compute_layout(
    *, rect: QRectF, fm: QFontMetricsF, axis: Sequence[dt.date], months: dict[dt.date, MonthTotals],
    series: Sequence[Series], legend_entries: Sequence[tuple[str, LegendKey]],
) -> Layout:
    line = fm.height()
    area = rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)

    # The legend, wrapped into rows across the top.
    legend = []
    x, y = area.left(), area.top()
    max_text = max(area.width() - SWATCH - 24, 60.0)
    for text, key in legend_entries:
        text = fm.elidedText(text, Qt.TextElideMode.ElideRight, max_text)
        width = SWATCH + 6 + fm.horizontalAdvance(text) + 18
        if x > area.left() and x + width > area.right():
            x, y = area.left(), y + line + 4
        swatch = QRectF(x, y + (line - SWATCH) / 2, SWATCH, SWATCH)
        legend.append((swatch, QRectF(x + SWATCH + 6, y, width - SWATCH - 6, line), text, key))
        x += width
    top = (y + line + 10) if legend else area.top()

    # The value axis: a round step, labels as wide as the largest.
    highest = max((m.high_total for m in months.values()), default=0)
    y_step = nice_step(highest / 5)
    y_max = max(y_step, math.ceil(highest / y_step) * y_step)
    label_width = fm.horizontalAdvance(number_text(int(y_max))) + 8
    left, right = area.left() + label_width, area.right() - 4
    slot = (right - left) / len(axis) if axis else right - left
    # A row of month names where they fit, and a row of years.
    rows = 1 if month_step(fm, slot) is None else 2
    plot = QRectF(QPointF(left, top + line / 2), QPointF(right, area.bottom() - rows * (line + 2) - 4))

    def y_of(value: float) -> float:
        return plot.bottom() - value / y_max * plot.height()

    bar_width = max(1.0, min(slot * 0.72, MAX_BAR_WIDTH)) if slot >= 3 else max(slot - 0.5, 0.5)
    bars: dict[int, BarShape] = {}
    for index, first in enumerate(axis):
        month = months.get(first)
        if month is None:
            continue
        left = plot.left() + index * slot + (slot - bar_width) / 2
        base = 0
        segments = []
        for key, value in series_values(month, series):
            if value.low:
                segments.append((key, QRectF(QPointF(left, y_of(base + value.low)),
                                             QPointF(left + bar_width, y_of(base)))))
            base += value.low
        cap = None
        if month.has_ranges:
            cap_top = min(y_of(month.high_total), y_of(base) - MIN_CAP_HEIGHT)
            cap = QRectF(QPointF(left, max(plot.top(), cap_top)), QPointF(left + bar_width, y_of(base)))
        bar_top = cap.top() if cap is not None else y_of(base)
        bars[index] = BarShape(month, QRectF(QPointF(left, bar_top), QPointF(left + bar_width, plot.bottom())),
                               segments, cap)

    month_labels, year_labels, year_ticks = axis_labels(fm, axis, plot, slot)
    return Layout(plot, slot, y_max, y_step, bars, legend, month_labels, year_labels, year_ticks)


def month_width(fm: QFontMetricsF) -> float:
    return max(fm.horizontalAdvance(month_name(m, short=True)) for m in range(1, 13)) + 6


def month_step(fm: QFontMetricsF, slot: float) -> int | None:
    """Every how many months a month's name fits (None: not even every sixth)."""
    widest = month_width(fm)
    return next((s for s in (1, 2, 3, 6) if slot * s >= widest), None)


def axis_labels(fm: QFontMetricsF, axis: Sequence[dt.date], plot: QRectF, slot: float):
    """Month names where they fit (every month, or every second, third or
    sixth), and years below them (each year, or every second, fifth…
    when there are decades of months)."""
    line = fm.height()
    month_labels: list[tuple[QRectF, str]] = []
    widest = month_width(fm)
    step = month_step(fm, slot)
    row = plot.bottom() + 4
    if step is not None:
        for index, first in enumerate(axis):
            if (first.month - 1) % step:
                continue
            centre = plot.left() + (index + 0.5) * slot
            # Centred under its month, moved inward at the ends of the axis.
            left = min(max(centre - widest / 2, plot.left() - 2), plot.right() + 4 - widest)
            month_labels.append((QRectF(left, row, widest, line), month_name(first.month, short=True)))
        row += line + 2

    year_labels: list[tuple[QRectF, str]] = []
    year_ticks: list[float] = []
    year_width = fm.horizontalAdvance(year_text(2000)) + 8
    every = next((k for k in (1, 2, 5, 10, 20, 50, 100) if slot * 12 * k >= year_width), 100)
    spans: dict[int, list[int]] = {}
    for index, first in enumerate(axis):
        spans.setdefault(first.year, []).append(index)
    for year, indexes in spans.items():
        start = plot.left() + indexes[0] * slot
        if indexes[0] > 0 and axis[indexes[0]].month == 1 and year % every == 0:
            year_ticks.append(start)
        if year % every:
            continue
        if every == 1:
            # Centred over the year's months; a year too short for its label goes without.
            rect = QRectF(start, row, len(indexes) * slot, line)
        else:
            rect = QRectF(start + 2, row, year_width, line)
        if rect.width() >= year_width - 8 and rect.right() <= plot.right() + year_width / 2:
            year_labels.append((rect, year_text(year)))
    return month_labels, year_labels, year_ticks
