"""The Overview's chart, lists and view, given an Overview (no database)."""

from __future__ import annotations

import datetime as dt
import types
import uuid

import pytest
from PySide6.QtCore import QEvent, QLocale, QPointF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from desktop.domain.overview import ListedRound, MonthTotals, Overview, month_span
from desktop.domain.totals import Tally
from desktop.ui.overview.chart import PALETTE, MonthlyChart
from desktop.ui.overview.geometry import nice_step
from desktop.ui.overview.model import (
    COL_DATE,
    COL_ERRORS,
    COL_TITLE,
    ID_ROLE,
    ListedRoundsModel,
)
from desktop.ui.overview.view import OverviewView

JAN, FEB, MAR = dt.date(2024, 1, 1), dt.date(2024, 2, 1), dt.date(2024, 3, 1)
NEWEST_JAN, OLDER_JAN, MAR_ROUND = uuid.UUID(int=1), uuid.UUID(int=2), uuid.UUID(int=3)


def sample() -> Overview:
    """January: two rounds, Ukraine 100–120 and Russia 50; no February; March: Ukraine 200."""
    return Overview(
        months=(
            MonthTotals(JAN, {"Ukraine": Tally(100, 120), "Russia": Tally(50, 50)}, (NEWEST_JAN, OLDER_JAN)),
            MonthTotals(MAR, {"Ukraine": Tally(200, 200)}, (MAR_ROUND,)),
        ),
        parties=("Ukraine", "Russia"),
        awaiting_review=(ListedRound(MAR_ROUND, dt.date(2024, 3, 9), "Exchange of 9 March"),),
        awaiting_review_count=1,
        open_error_rounds=(ListedRound(NEWEST_JAN, dt.date(2024, 1, 31), "Exchange of 31 January", 2),
                           ListedRound(OLDER_JAN, dt.date(2024, 1, 3), "Exchange of 3 January", 1)),
        open_error_round_count=7,
        round_count=3,
    )


@pytest.fixture
def chart(qtbot) -> MonthlyChart:
    widget = MonthlyChart()
    qtbot.addWidget(widget)
    widget.set_overview(sample())
    widget.resize(800, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def height_of(chart: MonthlyChart, month: dt.date, series) -> float:
    return dict(chart.bar_shape(month).segments)[series].height()


def test_axis_holds_every_month_with_bars_where_rounds_are(chart):
    """February is on the axis without a bar; bars go left to right by month."""
    assert chart.axis == [JAN, FEB, MAR]
    assert chart.bar_rect(FEB) is None
    jan, mar = chart.bar_rect(JAN), chart.bar_rect(MAR)
    assert jan.right() < mar.left()
    plot = chart.layout_now().plot
    assert jan.bottom() == mar.bottom() == plot.bottom()
    assert plot.contains(jan) and plot.contains(mar)


def test_bar_heights_use_the_low_values(chart):
    """Segments are proportional to the low values, stacked in the parties' order."""
    layout = chart.layout_now()
    scale = layout.plot.height() / layout.y_max
    assert height_of(chart, JAN, "Ukraine") == pytest.approx(100 * scale)
    assert height_of(chart, JAN, "Russia") == pytest.approx(50 * scale)
    assert height_of(chart, MAR, "Ukraine") == pytest.approx(200 * scale)
    segments = dict(chart.bar_shape(JAN).segments)
    assert segments["Russia"].bottom() == pytest.approx(segments["Ukraine"].top())


def test_a_range_gets_a_hatched_top_up_to_the_high_values(chart):
    """January (sources disagree) has a top from the low total to the high total; March has none."""
    layout = chart.layout_now()
    y = lambda v: layout.plot.bottom() - v / layout.y_max * layout.plot.height()
    cap = chart.bar_shape(JAN).cap
    assert cap.bottom() == pytest.approx(y(150))
    assert cap.top() == pytest.approx(y(170))
    assert chart.bar_rect(JAN).top() == pytest.approx(y(170))
    assert chart.bar_shape(MAR).cap is None


def test_clicking_a_bar_emits_the_months_newest_round(chart, qtbot):
    """January's bar opens the newest of its two rounds."""
    with qtbot.waitSignal(chart.round_chosen, timeout=1000) as blocker:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(JAN).center().toPoint())
    assert blocker.args == [NEWEST_JAN]
    with qtbot.waitSignal(chart.round_chosen, timeout=1000) as blocker:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(MAR).center().toPoint())
    assert blocker.args == [MAR_ROUND]


def test_clicking_an_empty_month_or_the_legend_emits_nothing(chart, qtbot):
    """February has no round; above the plot is the legend."""
    layout = chart.layout_now()
    feb_x = layout.plot.left() + 1.5 * layout.slot_width
    with qtbot.assertNotEmitted(chart.round_chosen):
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPointF(feb_x, layout.plot.center().y()).toPoint())
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=layout.legend[0][0].center().toPoint())


def test_keyboard_chooses_a_month(chart, qtbot):
    """Home goes to the first month with rounds, Right to the next one, Enter opens it."""
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.chosen_round() == MAR_ROUND
    with qtbot.waitSignal(chart.round_chosen, timeout=1000) as blocker:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert blocker.args == [MAR_ROUND]


def test_tooltip_gives_each_party_and_the_rounds(chart):
    """Ranges as low–high, the number of rounds, and what a click does."""
    text = chart.tooltip_text(JAN)
    assert text.splitlines()[:3] == ["January 2024", "Ukraine: 100–120", "Russia: 50"]
    assert "2 rounds" in text
    assert "lower count" in text
    assert chart.tooltip_text(FEB) == "February 2024\nNo rounds"


# The offscreen platform cannot raise the tooltip's window; harmless.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_hovering_a_bar_shows_its_tooltip(chart, qtbot):
    """The tooltip event over March shows March's text."""
    pos = chart.bar_rect(MAR).center().toPoint()
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, pos, chart.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible, timeout=1000)
    assert QToolTip.text() == chart.tooltip_text(MAR)
    QToolTip.hideText()


def test_legend_names_each_party_and_the_ranges(chart):
    """One colour per party, and the hatched sample when some month has a range."""
    labels = [entry[2] for entry in chart.layout_now().legend]
    assert labels[:2] == ["Ukraine", "Russia"]
    assert "Sources disagree" in labels[2]
    assert chart.colour_of("Ukraine").name().upper() == PALETTE[0]


def test_parties_beyond_the_palette_are_counted_together(qtbot):
    """The tenth party and after share one grey bar segment."""
    parties = [f"Party {i}" for i in range(12)]
    month = MonthTotals(JAN, {p: Tally(10, 10) for p in parties}, (NEWEST_JAN,))
    widget = MonthlyChart()
    qtbot.addWidget(widget)
    widget.set_overview(Overview(months=(month,), parties=tuple(parties)))
    series = widget.series_of(month)
    assert [s for s, _ in series] == parties[:len(PALETTE)] + [None]
    assert series[-1][1] == Tally(30, 30)


def test_years_of_months_thin_the_labels(qtbot):
    """Eleven years: a bar for each month, month names only every few months, one label per year."""
    months = tuple(MonthTotals(m, {"Ukraine": Tally(10, 10)}, (uuid.uuid4(),))
                   for m in month_span(dt.date(2014, 1, 1), dt.date(2024, 12, 1)))
    widget = MonthlyChart()
    qtbot.addWidget(widget)
    widget.set_overview(Overview(months=months, parties=("Ukraine",)))
    widget.resize(1280, 500)
    layout = widget.layout_now()
    assert len(layout.bars) == 132
    assert all(layout.plot.contains(b.rect) for b in layout.bars.values())
    assert 0 < len(layout.month_labels) < 132
    assert [text for _, text in layout.year_labels] == [str(y) for y in range(2014, 2025)]
    rects = [r for r, _ in layout.month_labels]
    assert all(a.right() <= b.left() for a, b in zip(rects, rects[1:], strict=False))


def test_month_names_follow_the_language(qtbot):
    """In Ukrainian the axis says січ., not Jan."""
    before = QLocale()
    QLocale.setDefault(QLocale("uk"))
    try:
        widget = MonthlyChart()
        qtbot.addWidget(widget)
        widget.set_overview(sample())
        widget.resize(800, 400)
        names = [text for _, text in widget.layout_now().month_labels]
        assert names[0] == QLocale("uk").standaloneMonthName(1, QLocale.FormatType.ShortFormat)
        assert names[0] != "Jan"
        assert widget.tooltip_text(JAN).splitlines()[0].startswith(
            QLocale("uk").standaloneMonthName(1, QLocale.FormatType.LongFormat))
    finally:
        QLocale.setDefault(before)


def test_empty_overview_has_no_axis(chart):
    """No rounds: nothing to draw but a message."""
    chart.set_overview(Overview())
    assert chart.axis == []
    chart.grab()  # paints the message without a layout


def test_nice_steps():
    """Round tick steps."""
    assert [nice_step(x) for x in (0, 3, 7, 11, 226, 14_000)] == [1, 5, 10, 20, 250, 20_000]


def test_list_model_shows_rows(qapp):
    """Date, title, errors; the id role gives the round."""
    model = ListedRoundsModel(with_errors=True)
    model.set_rows(sample().open_error_rounds)
    assert model.rowCount() == 2 and model.columnCount() == 3
    assert model.index(0, COL_DATE).data() == "31 Jan 2024"
    assert model.index(0, COL_TITLE).data() == "Exchange of 31 January"
    assert model.index(0, COL_ERRORS).data() == "2"
    assert model.index(1, 0).data(ID_ROLE) == OLDER_JAN
    assert model.headerData(COL_ERRORS, Qt.Orientation.Horizontal) == "Errors"
    assert ListedRoundsModel().columnCount() == 2


def test_list_model_passes_qt_model_tester(qtmodeltester):
    """Qt's own consistency checks."""
    model = ListedRoundsModel(with_errors=True)
    model.set_rows(sample().open_error_rounds)
    qtmodeltester.check(model)


@pytest.fixture
def view(qtbot) -> OverviewView:
    widget = OverviewView(types.SimpleNamespace(db=None))
    qtbot.addWidget(widget)
    widget.set_overview(sample())
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize(("table", "row", "expected"), [
    ("review_table", 0, MAR_ROUND),
    ("errors_table", 1, OLDER_JAN),
])
def test_lists_emit_round_chosen_on_activation(view, qtbot, table, row, expected):
    """Enter on a listed round opens it."""
    table = getattr(view, table)
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, COL_TITLE))
    with qtbot.waitSignal(view.round_chosen, timeout=1000) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [expected]


def test_view_passes_on_the_charts_choice(view, qtbot):
    """A click on a bar reaches the view's signal."""
    chart = view.chart
    with qtbot.waitSignal(view.round_chosen, timeout=1000) as blocker:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(MAR).center().toPoint())
    assert blocker.args == [MAR_ROUND]


def test_view_labels_count_and_say_when_a_list_is_cut(view):
    """Counts of rounds and people; 7 rounds with errors, 2 shown."""
    assert view.totals_label.text() == "3 rounds · people returned: 350–370"
    assert view.review_label.text() == "&Awaiting review: 1"
    assert view.errors_label.text() == "Rounds &with open errors: 7 (the newest 2 shown)"
    assert view.review_model.rowCount() == 1 and view.errors_model.rowCount() == 2
