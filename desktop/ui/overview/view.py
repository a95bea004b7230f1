"""The Overview: people returned per month by receiving party, and the
rounds that wait for someone (in review, or with open errors)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.overview import Overview
from desktop.services import overview as overview_service
from desktop.ui.context import AppContext
from desktop.ui.operations import QueryOp
from desktop.ui.overview.chart import MonthlyChart
from desktop.ui.overview.model import COL_DATE, COL_ERRORS, COL_TITLE, ListedRoundsModel
from desktop.ui.rounds.view import DateFilter
from desktop.ui.text import english_plural, number_text


def _round_table(model: ListedRoundsModel, name: str, accessible: str, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
    table.setColumnWidth(COL_DATE, 110)
    if model.with_errors:
        header.setSectionResizeMode(COL_ERRORS, QHeaderView.ResizeMode.ResizeToContents)
    return table


class OverviewView(QWidget):
    """Signals:
        round_chosen(object): the id of the round to open (a month's newest
            round from the chart, or a round from one of the lists).
    """

    round_chosen = Signal(object)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.overview: Overview | None = None

        self.heading_label = QLabel(self.tr("People returned per month, by receiving party"), self)
        self.heading_label.setObjectName("overview_heading")
        font = self.heading_label.font()
        font.setBold(True)
        self.heading_label.setFont(font)
        self.from_edit = DateFilter(self)
        self.from_edit.setAccessibleName(self.tr("From date"))
        self.from_edit.setToolTip(self.tr("Rounds on or after this date"))
        self.to_edit = DateFilter(self)
        self.to_edit.setAccessibleName(self.tr("To date"))
        self.to_edit.setToolTip(self.tr("Rounds on or before this date"))
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("overview_totals")

        self.chart = MonthlyChart(self)
        self.chart.round_chosen.connect(self.round_chosen)

        self.review_model = ListedRoundsModel(parent=self)
        self.review_label = QLabel(self)
        self.review_label.setObjectName("review_label")
        self.review_table = _round_table(self.review_model, "awaiting_review_table", self.tr("Awaiting review"), self)
        self.review_label.setBuddy(self.review_table)
        self.errors_model = ListedRoundsModel(with_errors=True, parent=self)
        self.errors_label = QLabel(self)
        self.errors_label.setObjectName("errors_label")
        self.errors_table = _round_table(self.errors_model, "open_errors_table",
                                         self.tr("Rounds with open errors"), self)
        self.errors_label.setBuddy(self.errors_table)
        for table in (self.review_table, self.errors_table):
            table.activated.connect(self._activated)

        bar = QHBoxLayout()
        bar.addWidget(self.heading_label)
        bar.addStretch(1)
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel("–", self))  # a dash between the two dates: nothing to translate
        bar.addWidget(self.to_edit)

        lists = QWidget(self)
        lists_layout = QHBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        for label, table in ((self.review_label, self.review_table), (self.errors_label, self.errors_table)):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(table, 1)
            lists_layout.addLayout(column, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(lists)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.splitter, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.reload)
        self.from_edit.dateChanged.connect(self._debounce.start)
        self.to_edit.dateChanged.connect(self._debounce.start)
        self.set_overview(Overview())

    def reload(self) -> None:
        """Read the Overview of the dates chosen and show it."""
        self._debounce.stop()
        date_from, date_to = self.from_edit.value(), self.to_edit.value()
        QueryOp(parent=self, op=lambda db: overview_service.overview(db, date_from=date_from, date_to=date_to),
                success=self.set_overview).run_in_background(self.ctx)

    def set_overview(self, overview: Overview) -> None:
        """Show an Overview (from `reload`, or from wherever it was read)."""
        self.overview = overview
        self.chart.set_overview(overview)
        self.review_model.set_rows(overview.awaiting_review)
        self.errors_model.set_rows(overview.open_error_rounds)

        n = overview.round_count
        low = sum(m.low_total for m in overview.months)
        high = sum(m.high_total for m in overview.months)
        people = number_text(low) if low == high else f"{number_text(low)}–{number_text(high)}"
        self.totals_label.setText(
            english_plural(self.tr("%Ln round(s) · people returned: %1", "", n), n).replace("%1", people))

        self.review_label.setText(self._list_title(
            self.tr("&Awaiting review: %1"), overview.awaiting_review_count, len(overview.awaiting_review)))
        self.errors_label.setText(self._list_title(
            self.tr("Rounds &with open errors: %1"), overview.open_error_round_count, len(overview.open_error_rounds)))

    def _list_title(self, title: str, count: int, shown: int) -> str:
        text = title.replace("%1", number_text(count))
        if shown < count:
            text = self.tr("%1 (the newest %2 shown)").replace("%1", text).replace("%2", number_text(shown))
        return text

    def _activated(self, index) -> None:
        model = index.model()
        chosen = model.round_at(index.row()) if isinstance(model, ListedRoundsModel) else None
        if chosen is not None:
            self.round_chosen.emit(chosen.id)
