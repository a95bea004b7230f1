"""The Overview's short lists of rounds (awaiting review, with open errors)
as a Qt model given its rows."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.overview import ListedRound
from desktop.ui.text import date_text, number_text

COL_DATE, COL_TITLE, COL_ERRORS = range(3)
HEADERS = (
    QT_TRANSLATE_NOOP("ListedRoundsModel", "Date"),
    QT_TRANSLATE_NOOP("ListedRoundsModel", "Title"),
    QT_TRANSLATE_NOOP("ListedRoundsModel", "Errors"),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ListedRoundsModel(QAbstractTableModel):
    """Date and title of each round; with `with_errors`, its open errors too."""

    def __init__(self, *, with_errors: bool = False, parent=None):
        super().__init__(parent)
        self.with_errors = with_errors
        self._rows: list[ListedRound] = []

    def set_rows(self, rows: Sequence[ListedRound]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def round_at(self, row: int) -> ListedRound | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, round_id: uuid.UUID) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == round_id), None)

    # -- Qt overrides

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else (3 if self.with_errors else 2)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.columnCount():
            return QCoreApplication.translate("ListedRoundsModel", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_DATE:
                return date_text(row.date)
            if col == COL_TITLE:
                return row.title
            if col == COL_ERRORS:
                return number_text(row.open_errors)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TITLE:
            return row.title
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_ERRORS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
