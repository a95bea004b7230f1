"""The rounds list as a Qt model that pages: it keeps the rows fetched so
far and asks for the next page only when the view scrolls to it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.domain.listing import RoundQuery, RoundRow, SortKey
from desktop.domain.types import QUALIFIER_SIGN, RoundStatus
from desktop.labels import capitalized, status_label, tally_label
from desktop.ui.icons import icon
from desktop.ui.text import date_text, english_plural, number_text

COL_DATE, COL_TITLE, COL_SIDES, COL_RECEIVED, COL_STATUS, COL_OPEN = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("RoundsTableModel", "Date"),
    QT_TRANSLATE_NOOP("RoundsTableModel", "Title"),
    QT_TRANSLATE_NOOP("RoundsTableModel", "Sides"),
    QT_TRANSLATE_NOOP("RoundsTableModel", "Received"),
    QT_TRANSLATE_NOOP("RoundsTableModel", "Status"),
    QT_TRANSLATE_NOOP("RoundsTableModel", "Open"),
)
SORT_KEYS = (SortKey.DATE, SortKey.TITLE, SortKey.SIDES, SortKey.RECEIVED, SortKey.STATUS, SortKey.OPEN)


def status_text(status: RoundStatus) -> str:
    """`In review`: the word every view and message uses, at a cell's start."""
    return capitalized(status_label(status))

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 200

Fetch = Callable[[RoundQuery, int, int], list[RoundRow]]
Count = Callable[[RoundQuery], int]


def translated(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP above, in the current language."""
    return QCoreApplication.translate("RoundsTableModel", text)


def received_text(row: RoundRow) -> str:
    """`Ukraine ← 195 · Russia ← ~230†`: with its qualifier, and † where a
    total is derived from categories (the tooltip says so)."""
    def amount(value) -> str:
        low, high = number_text(value.low), number_text(value.high)
        shown = QUALIFIER_SIGN[value.qualifier] + (low if value.low == value.high else f"{low}–{high}")
        return shown + ("†" if value.derived else "")

    return " · ".join(f"{party} ← {amount(value)}" for party, value in row.received.items())


def received_tooltip(row: RoundRow) -> str:
    """What each party received, with what is known of each value in words."""
    return "\n".join(f"{party} ← {tally_label(value)}" for party, value in row.received.items())


def open_text(row: RoundRow) -> str:
    parts = []
    if row.open_errors:
        n = row.open_errors
        parts.append(english_plural(QCoreApplication.translate("RoundsTableModel", "%Ln error(s)", "", n), n))
    if row.open_warnings:
        n = row.open_warnings
        parts.append(english_plural(QCoreApplication.translate("RoundsTableModel", "%Ln warning(s)", "", n), n))
    return ", ".join(parts)


#: `load(query, offset, limit, done)`: read a page, then `done(total, rows)`
#: (the total only for the first page), now or later (on the GUI thread).
Load = Callable[[RoundQuery, int, int, Callable[[int | None, list[RoundRow]], None]], None]


class RoundsTableModel(QAbstractTableModel):
    """Rows come from `fetch(query, offset, limit)` and `count(query)`, or
    from `load`, which may answer later (the window reads on the
    database's worker); sorting and filtering change the query and start
    again from the first page.

    Signals:
        loaded(): the first page of the current query is in.
    """

    loaded = Signal()

    def __init__(self, fetch: Fetch | None = None, count: Count | None = None, *, load: Load | None = None,
                 parent=None):
        super().__init__(parent)
        if load is None:
            def load(query, offset, limit, done):
                done(count(query) if offset == 0 else None, fetch(query, offset, limit))
        self._load = load
        self.query = RoundQuery()
        self._rows: list[RoundRow] = []
        self._total = 0
        self._asked = 0  # which reload the pages arriving belong to
        self._fetching = False
        #: A reading of the first page is on its way.
        self.loading = False

    # -- loading

    def set_query(self, query: RoundQuery) -> None:
        self.query = query
        self.reload()

    def reload(self) -> None:
        self._asked += 1
        asked, query = self._asked, self.query
        self._fetching = False
        self.loading = True
        self._load(query, 0, PAGE, lambda total, rows: self._first_page(asked, total, rows))

    def _first_page(self, asked: int, total: int | None, rows: list[RoundRow]) -> None:
        if asked != self._asked:
            return  # a newer query is on its way
        self.loading = False
        self.beginResetModel()
        self._total = total or 0
        self._rows = list(rows)
        self.endResetModel()
        self.loaded.emit()

    def replace_row(self, row: RoundRow) -> bool:
        """Show a round's line as a change left it, where it is (False if
        the round is not among the rows loaded)."""
        at = self.row_of(row.id)
        if at is None:
            return False
        self._rows[at] = row
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(HEADERS) - 1))
        return True

    @property
    def total(self) -> int:
        return self._total

    def row_of(self, round_id: uuid.UUID) -> int | None:
        for i, row in enumerate(self._rows):
            if row.id == round_id:
                return i
        return None

    def round_at(self, row: int) -> RoundRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt overrides

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid() or self._fetching:
            return
        self._fetching = True
        asked, offset = self._asked, len(self._rows)
        self._load(self.query, offset, PAGE, lambda _total, rows: self._more(asked, offset, rows))

    def _more(self, asked: int, offset: int, more: list[RoundRow]) -> None:
        if asked != self._asked or offset != len(self._rows):
            return
        self._fetching = False
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated(HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            match col:
                case 0:
                    return date_text(row.date)
                case 1:
                    return row.title
                case 2:
                    return row.sides
                case 3:
                    return received_text(row)
                case 4:
                    return status_text(row.status)
                case 5:
                    # Compact: the icon says errors or warnings, the number how
                    # many; the words are in the tooltip (the title keeps the room).
                    n = row.open_errors or row.open_warnings
                    return number_text(n) if n else ""
        if role == Qt.ItemDataRole.DecorationRole and col == COL_OPEN:
            if row.open_errors:
                return icon("error")
            if row.open_warnings:
                return icon("warning")
            return None
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_OPEN:
            return open_text(row) or None
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_TITLE, COL_RECEIVED):
            return row.title if col == COL_TITLE else received_tooltip(row)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == COL_OPEN:
            return open_text(row) or QCoreApplication.translate("RoundsTableModel", "No open discrepancies")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens in the query, never on loaded rows."""
        self.set_query(replace(
            self.query, sort=SORT_KEYS[column], descending=order == Qt.SortOrder.DescendingOrder,
        ))
