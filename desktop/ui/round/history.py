"""A round's history: who changed what, when, from what to what."""

from __future__ import annotations

import json
import uuid

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import history_label
from desktop.services import integrity
from desktop.services.integrity import HistoryEntry
from desktop.ui.context import AppContext
from desktop.ui.text import datetime_text, english_plural

HEADERS = (
    QT_TRANSLATE_NOOP("HistoryModel", "When (UTC)"),
    QT_TRANSLATE_NOOP("HistoryModel", "Who"),
    QT_TRANSLATE_NOOP("HistoryModel", "What"),
    QT_TRANSLATE_NOOP("HistoryModel", "From"),
    QT_TRANSLATE_NOOP("HistoryModel", "To"),
    QT_TRANSLATE_NOOP("HistoryModel", "Comment"),
)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_text(v)}" for k, v in value.items() if k != "figures")
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    return str(value) if not isinstance(value, (int, float)) else json.dumps(value)


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[HistoryEntry] = []

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.beginResetModel()
        self.entries = list(reversed(entries))  # newest first
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("HistoryModel", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        e = self.entries[index.row()]
        match index.column():
            case 0:
                return datetime_text(e.at, seconds=True)
            case 1:
                return e.actor
            case 2:
                return history_label(e.action, e.entity)
            case 3:
                return _text(e.before)
            case 4:
                after = e.after
                if isinstance(after, dict) and "figures" in after and e.action == "create":
                    n = len(after["figures"])
                    counted = english_plural(QCoreApplication.translate("HistoryModel", "%Ln figure(s)", "", n), n)
                    return counted + "; " + _text(after)
                return _text(after)
            case 5:
                return e.detail or ""
        return None


class HistoryView(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.round_id: uuid.UUID | None = None
        self.model = HistoryModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("history_table")
        self.table.setAccessibleName(self.tr("History"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((0, 165), (1, 130), (2, 130), (3, 220), (4, 260)):
            self.table.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def show_round(self, round_id: uuid.UUID | None) -> None:
        self.round_id = round_id
        self.reload()

    def reload(self) -> None:
        if self.round_id is None:
            self.model.set_entries([])
            return
        _, entries = integrity.history(self.ctx.db, self.round_id)
        self.model.set_entries(entries)
