"""The rounds list with its filter bar."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.types import RoundStatus
from desktop.services import listing
from desktop.ui.context import AppContext
from desktop.ui.fields import DateField
from desktop.ui.rounds.model import COL_TITLE, ID_ROLE, RoundsTableModel
from desktop.ui.text import english_plural

NO_DATE = QDate(1900, 1, 1)


class DateFilter(DateField):
    """A date field whose lowest value means "no limit"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("—")
        self.setDate(NO_DATE)

    def value(self) -> dt.date | None:
        d = self.date()
        return None if d == NO_DATE else d.toPython()


class RoundsView(QWidget):
    """Signals:
        round_chosen(object): the id of the round the user selected, or None.
    """

    round_chosen = Signal(object)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RoundsTableModel(
            fetch=lambda q, offset, limit: listing.fetch_rounds(ctx.db, q, offset=offset, limit=limit),
            count=lambda q: listing.count_rounds(ctx.db, q),
            parent=self,
        )

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filter_edit")
        self.filter_edit.setPlaceholderText(self.tr("Filter by title, party, mediator or source (Ctrl+F)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter rounds"))
        self.from_edit = DateFilter(self)
        self.from_edit.setAccessibleName(self.tr("From date"))
        self.from_edit.setToolTip(self.tr("Rounds on or after this date"))
        self.to_edit = DateFilter(self)
        self.to_edit.setAccessibleName(self.tr("To date"))
        self.to_edit.setToolTip(self.tr("Rounds on or before this date"))
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("Any status"), None)
        self.status_combo.addItem(self.tr("Draft"), RoundStatus.DRAFT)
        self.status_combo.addItem(self.tr("In review"), RoundStatus.IN_REVIEW)
        self.status_combo.addItem(self.tr("Signed off"), RoundStatus.SIGNED_OFF)
        self.errors_check = QCheckBox(self.tr("Open errors"), self)
        self.errors_check.setToolTip(self.tr("Only rounds with open error-level discrepancies"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")

        self.table = QTableView(self)
        self.table.setObjectName("rounds_table")
        self.table.setAccessibleName(self.tr("Rounds"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        for col, width in ((0, 100), (2, 112), (3, 180), (4, 80), (5, 140)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        bar = QHBoxLayout()
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel("–", self))  # a dash between the two dates: nothing to translate
        bar.addWidget(self.to_edit)
        bar.addWidget(self.status_combo)
        bar.addWidget(self.errors_check)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(self._debounce.start)
        self.from_edit.dateChanged.connect(self._debounce.start)
        self.to_edit.dateChanged.connect(self._debounce.start)
        self.status_combo.currentIndexChanged.connect(self.apply_filter)
        self.errors_check.toggled.connect(self.apply_filter)

    # -- filtering

    def current_query(self) -> listing.RoundQuery:
        return replace(
            self.model.query,
            text=self.filter_edit.text(),
            date_from=self.from_edit.value(),
            date_to=self.to_edit.value(),
            status=self.status_combo.currentData(),
            open_errors_only=self.errors_check.isChecked(),
        )

    def apply_filter(self) -> None:
        self._debounce.stop()
        keep = self.selected_round()
        self.model.set_query(self.current_query())
        self._after_reload(keep)

    def reload(self) -> None:
        """Re-read the rows (after a change), keeping the selection."""
        keep = self.selected_round()
        self.model.reload()
        self._after_reload(keep)

    def _after_reload(self, keep: uuid.UUID | None) -> None:
        total = self.model.total
        self.count_label.setText(english_plural(self.tr("%Ln round(s)", "", total), total))
        if keep is not None:
            self.select_round(keep, emit=False)

    # -- selection

    def selected_round(self) -> uuid.UUID | None:
        index = self.table.selectionModel().currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_round(self, round_id: uuid.UUID, *, emit: bool = True) -> bool:
        row = self.model.row_of(round_id)
        while row is None and self.model.canFetchMore(self.table.rootIndex()):
            self.model.fetchMore(self.table.rootIndex())
            row = self.model.row_of(round_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        if not emit:
            self.table.selectionModel().blockSignals(True)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.selectionModel().blockSignals(False)
        self.table.scrollTo(index)
        return True

    def _current_changed(self, current, _previous) -> None:
        self.round_chosen.emit(current.data(ID_ROLE) if current.isValid() else None)

    # -- state

    def state(self) -> dict:
        return {"filter": self.filter_edit.text(), "errors": self.errors_check.isChecked()}

    def restore_state(self, state: dict) -> None:
        self.filter_edit.setText(str(state.get("filter", "")))
        self.errors_check.setChecked(bool(state.get("errors", False)))
