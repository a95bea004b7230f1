"""People returned per month, by receiving party: a stacked bar chart drawn
with QPainter (QtCharts is not in the PySide6 wheel the app ships with).

One bar per month, one colour per receiving party. Bars are stacked rather
than set side by side so that a month stays one readable bar however many
parties and years there are (eleven years of monthly bars still get a few
pixels each); the tooltip gives each party's number.

Where the sources disagree on what a party received, the summary row holds
a range. The coloured bar shows the low value: the chart never shows more
people than every source reports. The months with a range get a hatched
top that reaches the sum of the high values, so the disagreement is seen
and measured on the same axis, and the tooltip gives each range.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.domain.overview import MonthTotals, Overview, first_of_month
from desktop.domain.totals import Tally
from desktop.ui.overview.geometry import (
    PADDING,
    BarShape,
    Layout,
    LegendKey,
    Series,
    axis_of,
    compute_layout,
    month_name,
    series_values,
    year_text,
)
from desktop.ui.text import english_plural, number_text

#: Colours for the receiving parties, most people first (Tableau 10, which
#: stays distinguishable for most colour-blind readers); grey is kept for
#: the parties beyond them, counted together.
PALETTE = ("#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#B07AA1", "#76B7B2", "#EDC948", "#9C755F", "#FF9DA7")
OTHER_COLOUR = "#BAB0AC"
OTHERS = QT_TRANSLATE_NOOP("MonthlyChart", "Other parties")


class MonthlyChart(QWidget):
    """Signals:
        round_chosen(object): the id of the newest round of the month clicked.
    """

    round_chosen = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("monthly_chart")
        self.setAccessibleName(self.tr("People returned per month"))
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 200)
        self._months: dict[dt.date, MonthTotals] = {}
        self._axis: list[dt.date] = []
        self._series: list[Series] = []
        self._ranges = False
        self._layout: Layout | None = None
        self._hover: int | None = None
        self._pressed: int | None = None
        self._current: int | None = None

    # -- data

    def set_overview(self, overview: Overview) -> None:
        self._months = {m.month: m for m in overview.months}
        self._axis = axis_of(overview)
        named = list(overview.parties[:len(PALETTE)])
        self._series = named + ([None] if len(overview.parties) > len(PALETTE) else [])
        self._ranges = any(m.has_ranges for m in overview.months)
        self._hover = self._pressed = None
        self._current = None
        self._invalidate()

    @property
    def axis(self) -> list[dt.date]:
        return list(self._axis)

    def series_of(self, month: MonthTotals) -> list[tuple[Series, Tally]]:
        """The month's values by series, in the legend's order."""
        return series_values(month, self._series)

    def colour_of(self, series: Series) -> QColor:
        if series is None:
            return QColor(OTHER_COLOUR)
        return QColor(PALETTE[self._series.index(series) % len(PALETTE)])

    def series_name(self, series: Series) -> str:
        return QCoreApplication.translate("MonthlyChart", OTHERS) if series is None else series

    # -- geometry (also what the tests measure)

    def bar_shape(self, month: dt.date) -> BarShape | None:
        layout = self.layout_now()
        try:
            index = self._axis.index(first_of_month(month))
        except ValueError:
            return None
        return layout.bars.get(index)

    def bar_rect(self, month: dt.date) -> QRectF | None:
        shape = self.bar_shape(month)
        return None if shape is None else QRectF(shape.rect)

    def slot_at(self, pos: QPointF) -> int | None:
        """The month under a point: anywhere in its column of the plot, so
        that thin and short bars are easy to hit."""
        layout = self.layout_now()
        plot = layout.plot
        if not self._axis or not (plot.left() <= pos.x() < plot.right() and plot.top() <= pos.y() <= plot.bottom()):
            return None
        index = int((pos.x() - plot.left()) // layout.slot_width)
        return index if 0 <= index < len(self._axis) else None

    def layout_now(self) -> Layout:
        if self._layout is None:
            self._layout = self._compute_layout()
        return self._layout

    def _invalidate(self) -> None:
        self._layout = None
        self.update()

    def _legend_entries(self) -> list[tuple[str, LegendKey]]:
        entries: list[tuple[str, LegendKey]] = [(self.series_name(s), s) for s in self._series]
        if self._ranges:
            entries.append((self.tr("Sources disagree: up to the highest count"), True))
        return entries

    def _compute_layout(self) -> Layout:
        return compute_layout(rect=QRectF(self.rect()), fm=QFontMetricsF(self.font()), axis=self._axis,
                              months=self._months, series=self._series, legend_entries=self._legend_entries())

    # -- Qt overrides

    def resizeEvent(self, event) -> None:
        self._layout = None
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self._layout = None
        super().changeEvent(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(palette.ColorRole.WindowText)
        painter.fillRect(self.rect(), palette.color(palette.ColorRole.Base))
        if not self._axis:
            painter.setPen(palette.color(palette.ColorRole.PlaceholderText))
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.tr("No rounds in this period"))
            painter.end()
            return
        layout = self.layout_now()
        plot = layout.plot
        grid = QColor(text)
        grid.setAlpha(40)

        # Value axis: grid lines and numbers.
        painter.setPen(text)
        value = 0.0
        while value <= layout.y_max + 0.5:
            y = plot.bottom() - value / layout.y_max * plot.height()
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            label = QRectF(0, y - 10, plot.left() - 6, 20)
            painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, number_text(int(value)))
            value += layout.y_step

        # The column under the mouse and the one chosen from the keyboard.
        for index, alpha in ((self._hover, 28), (self._current if self.hasFocus() else None, 50)):
            if index is not None:
                band = palette.color(palette.ColorRole.Highlight)
                band.setAlpha(alpha)
                painter.fillRect(QRectF(plot.left() + index * layout.slot_width, plot.top(),
                                        layout.slot_width, plot.height()), band)

        # Bars, then their hatched tops.
        painter.setPen(Qt.PenStyle.NoPen)
        hatch = QBrush(text, Qt.BrushStyle.BDiagPattern)
        for shape in layout.bars.values():
            for series, rect in shape.segments:
                painter.fillRect(rect, self.colour_of(series))
            if shape.cap is not None:
                painter.fillRect(shape.cap, palette.color(palette.ColorRole.Base))
                painter.fillRect(shape.cap, hatch)

        # Category axis: baseline, year boundaries, labels.
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
        bottom = self.height() - PADDING
        for x in layout.year_ticks:
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, bottom))
        for rect, label in layout.month_labels:
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        for rect, label in layout.year_labels:
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)

        # Legend.
        for swatch, label_rect, label, key in layout.legend:
            if key is True:
                painter.fillRect(swatch, palette.color(palette.ColorRole.Base))
                painter.fillRect(swatch, hatch)
                painter.setPen(QPen(text, 1))
                painter.drawRect(swatch)
            else:
                painter.fillRect(swatch, self.colour_of(key))
            painter.setPen(text)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)

        if self.hasFocus():
            painter.setPen(QPen(palette.color(palette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = self.slot_at(QPointF(event.pos()))
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(self._axis[index]), self)
            return True
        return super().event(event)

    def tooltip_text(self, first: dt.date) -> str:
        title = f"{month_name(first.month, short=False)} {year_text(first.year)}"
        month = self._months.get(first)
        if month is None:
            return title + "\n" + self.tr("No rounds")
        lines = [title]
        for party, value in month.received.items():
            amount = number_text(value.low) if value.low == value.high else \
                f"{number_text(value.low)}–{number_text(value.high)}"
            lines.append(f"{party}: {amount}")
        n = len(month.round_ids)
        lines.append(english_plural(self.tr("%Ln round(s)", "", n), n))
        if month.has_ranges:
            lines.append(self.tr("Where the sources disagree, the bar shows the lower count."))
        lines.append(self.tr("Click to open the newest round of the month."))
        return "\n".join(lines)

    def mouseMoveEvent(self, event) -> None:
        index = self.slot_at(event.position())
        if index != self._hover:
            self._hover = index
            has_rounds = index is not None and self._axis[index] in self._months
            self.setCursor(Qt.CursorShape.PointingHandCursor if has_rounds else Qt.CursorShape.ArrowCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self.slot_at(event.position())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.slot_at(event.position())
            if index is not None and index == self._pressed:
                self._current = index
                self._choose(index)
            self._pressed = None
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        """Left and Right move between the months that have rounds, Home and
        End go to the first and last, Enter opens the month's newest round."""
        with_rounds = [i for i, m in enumerate(self._axis) if m in self._months]
        if not with_rounds:
            super().keyPressEvent(event)
            return
        key = event.key()
        current = self._current
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            if current is None:
                current = with_rounds[-1] if key == Qt.Key.Key_Left else with_rounds[0]
            elif key == Qt.Key.Key_Right:
                current = next((i for i in with_rounds if i > current), current)
            else:
                current = next((i for i in reversed(with_rounds) if i < current), current)
        elif key == Qt.Key.Key_Home:
            current = with_rounds[0]
        elif key == Qt.Key.Key_End:
            current = with_rounds[-1]
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and current is not None:
            self._choose(current)
            return
        else:
            super().keyPressEvent(event)
            return
        self._current = current
        self.setAccessibleDescription(self.tooltip_text(self._axis[current]))
        self.update()

    def _choose(self, index: int) -> None:
        month = self._months.get(self._axis[index])
        if month is not None and month.newest_round is not None:
            self.round_chosen.emit(month.newest_round)

    def chosen_round(self) -> uuid.UUID | None:
        """The newest round of the month chosen from the keyboard or clicked."""
        if self._current is None:
            return None
        month = self._months.get(self._axis[self._current])
        return None if month is None else month.newest_round
