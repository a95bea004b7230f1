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
from desktop.ui.operations import QueryOp
from desktop.ui.rounds.model import (
    COL_DATE,
    COL_OPEN,
    COL_RECEIVED,
    COL_SIDES,
    COL_STATUS,
    COL_TITLE,
    ID_ROLE,
    RoundsTableModel,
    status_text,
)
from desktop.ui.text import date_text, english_plural

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
        reloaded(): the list was read again (its first page is in).
    """

    round_chosen = Signal(object)
    reloaded = Signal()

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RoundsTableModel(load=self._load, parent=self)
        self.model.loaded.connect(self._after_reload)
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self._keep: uuid.UUID | None = None
        self._wanted: uuid.UUID | None = None
        self._choose_first = False

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
        for status in RoundStatus:
            self.status_combo.addItem(status_text(status), status)
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
        for col, width in ((COL_DATE, 88), (COL_SIDES, 112), (COL_RECEIVED, 150), (COL_STATUS, 84), (COL_OPEN, 52)):
            self.table.setColumnWidth(col, width)
        # The sides are named in "Received" (Ukraine ← 195 · Russia ← 230):
        # the title gets their room.
        self.table.setColumnHidden(COL_SIDES, True)
        # Date, status and open discrepancies as wide as their longest words
        # in the language, measured once (sized to their contents, they
        # measured every row again at each change of one).
        cells, titles = self.table.fontMetrics(), header.fontMetrics()

        def fit(col: int, samples: list[str], room: int) -> None:
            title = self.model.headerData(col, Qt.Orientation.Horizontal)
            widest = max([cells.horizontalAdvance(t) for t in samples] + [titles.horizontalAdvance(title) + 14])
            self.table.setColumnWidth(col, widest + room)

        fit(COL_DATE, [date_text(dt.date(2024, m, 28)) for m in range(1, 13)], 14)
        fit(COL_STATUS, [status_text(s) for s in RoundStatus], 14)
        fit(COL_OPEN, ["99"], 40)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        bar = QHBoxLayout()
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel("–", self))  # a dash between the two dates: nothing to translate
        bar.addWidget(self.to_edit)
        bar.addStretch(1)
        # Status and errors on a line of their own: the list fits a narrow
        # pane (1024 pixels wide in all, in Ukrainian too).
        second = QHBoxLayout()
        second.addWidget(self.status_combo)
        second.addWidget(self.errors_check)
        second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addLayout(bar)
        layout.addLayout(second)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(self._debounce.start)
        self.filter_edit.returnPressed.connect(self.choose_first)
        self.from_edit.dateChanged.connect(self._debounce.start)
        self.to_edit.dateChanged.connect(self._debounce.start)
        self.status_combo.currentIndexChanged.connect(self.apply_filter)
        self.errors_check.toggled.connect(self.apply_filter)

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        # In a narrow pane (a 1024-pixel window) "Received" gives way, so that
        # the title, the status and the open discrepancies stay in sight; its
        # figures are in the round's own tabs.
        width = event.size().width()
        self.table.setColumnHidden(COL_RECEIVED, width < 560)
        # Narrower still, the status gives way too (the round's header and
        # the status filter say it); the title keeps room to be read.
        self.table.setColumnHidden(COL_STATUS, width < 440)

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

    def _load(self, query, offset: int, limit: int, done) -> None:
        """A page of the list, read on the database's worker."""
        def op(db):
            total = listing.count_rounds(db, query) if offset == 0 else None
            return total, listing.fetch_rounds(db, query, offset=offset, limit=limit)

        QueryOp(parent=self, op=op, success=lambda found: done(*found)).run_in_background(self.ctx)

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_query(self.current_query())

    def choose_first(self) -> None:
        """Return in the filter: the list's first round is chosen and the
        keyboard goes to the list — the first of the list as filtered by
        what was typed, once it is in."""
        if self._debounce.isActive():
            self.apply_filter()
        if self.model.loading:
            self._choose_first = True
        else:
            self._chose_first()

    def _chose_first(self) -> None:
        self._choose_first = False
        if self.model.rowCount():
            self._wanted = None
            self._select_row(0, True)
            self.table.setFocus()

    def reload(self) -> None:
        """Re-read the rows (after a change), keeping the selection."""
        self.model.reload()

    def apply_row(self, row) -> None:
        """A round's line as a change left it: shown in place when the list
        has no filter it could leave or join (the order stays as it is
        until the list is next read); otherwise the list is read again."""
        query = self.model.query
        filtered = query.words() or query.date_from or query.date_to or query.status or query.open_errors_only
        if filtered or not self.model.replace_row(row):
            self.reload()

    def _before_reset(self) -> None:
        # The round selected when the new rows replace the old ones — not
        # when they were asked for: the user may have moved on meanwhile.
        self._keep = self.selected_round()

    def _after_reload(self) -> None:
        total = self.model.total
        self.count_label.setText(english_plural(self.tr("%Ln round(s)", "", total), total))
        keep, self._keep = self._keep, None
        if self._choose_first:
            self._chose_first()
        elif self._wanted is not None and self.model.row_of(self._wanted) is not None:
            wanted, self._wanted = self._wanted, None
            self._select_row(self.model.row_of(wanted), True)
        elif keep is not None and self.model.row_of(keep) is not None:
            self._select_row(self.model.row_of(keep), False)
        self.reloaded.emit()

    # -- selection

    def row(self, round_id: uuid.UUID | None):
        """The list's line of a round, if it is loaded."""
        at = self.model.row_of(round_id) if round_id is not None else None
        return self.model.round_at(at) if at is not None else None

    def selected_round(self) -> uuid.UUID | None:
        index = self.table.selectionModel().currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_round(self, round_id: uuid.UUID, *, emit: bool = True) -> bool:
        """Select a round, reading the pages up to it if it is further down
        the list (or once the list being read is in). False if the list, as
        filtered, does not hold it."""
        row = None if self.model.loading else self.model.row_of(round_id)
        if row is not None:
            self._wanted = None
            self._select_row(row, emit)
            return True
        self._wanted = round_id  # chosen by whichever reading brings it first
        query, asked = self.model.query, []

        def found(index) -> None:
            asked.append(index is not None)
            if index is None or query != self.model.query or self._wanted != round_id:
                return
            while self.model.row_of(round_id) is None and self.model.canFetchMore(self.table.rootIndex()):
                before = self.model.rowCount()
                self.model.fetchMore(self.table.rootIndex())
                if self.model.rowCount() == before:
                    return  # the pages arrive later
            row = self.model.row_of(round_id)
            if row is not None and not self.model.loading:
                self._wanted = None
                self._select_row(row, emit)

        QueryOp(parent=self, op=lambda db: listing.row_index(db, query, round_id), success=found) \
            .run_in_background(self.ctx)
        return asked[0] if asked else True

    def _select_row(self, row: int, emit: bool) -> None:
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        if not emit:
            self.table.selectionModel().blockSignals(True)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.selectionModel().blockSignals(False)
        self.table.scrollTo(index)

    def _current_changed(self, current, _previous) -> None:
        self.round_chosen.emit(current.data(ID_ROLE) if current.isValid() else None)

    # -- state

    def state(self) -> dict:
        return {"filter": self.filter_edit.text(), "errors": self.errors_check.isChecked()}

    def restore_state(self, state: dict) -> None:
        self.filter_edit.setText(str(state.get("filter", "")))
        self.errors_check.setChecked(bool(state.get("errors", False)))
