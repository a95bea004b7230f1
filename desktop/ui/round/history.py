"""A round's history: who changed what, when, from what to what, in words."""

from __future__ import annotations

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

from desktop.history_text import comment_text, history_lines
from desktop.labels import history_label
from desktop.services import integrity
from desktop.services.integrity import HistoryEntry
from desktop.ui.context import AppContext
from desktop.ui.operations import QueryOp
from desktop.ui.text import datetime_text

COL_WHEN, COL_WHO, COL_WHAT, COL_CHANGES, COL_COMMENT = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("HistoryModel", "When (UTC)"),
    QT_TRANSLATE_NOOP("HistoryModel", "Who"),
    QT_TRANSLATE_NOOP("HistoryModel", "What"),
    QT_TRANSLATE_NOOP("HistoryModel", "Changes"),
    QT_TRANSLATE_NOOP("HistoryModel", "Comment"),
)


class HistoryModel(QAbstractTableModel):
    """The entries of one round's history, newest first, each with the lines
    that say what it changed (computed once, when the entries are given)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[HistoryEntry] = []
        self.changes: list[str] = []

    def set_entries(self, entries: list[HistoryEntry], round_id: uuid.UUID | None = None) -> None:
        # Some entries (a resolution, an imported deletion) are named from
        # the ones before them: the lines are made in the history's order.
        lines = history_lines(entries, round_id)
        self.beginResetModel()
        self.entries = list(reversed(entries))  # newest first
        self.changes = ["\n".join(ls) for ls in reversed(lines)]
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
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid():
            # Rows of several lines read from their first line.
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        e = self.entries[index.row()]
        column = index.column()
        if column == COL_WHEN:
            return datetime_text(e.at, seconds=True)
        if column == COL_WHO:
            return e.actor
        if column == COL_WHAT:
            return history_label(e.action, e.entity)
        if column == COL_CHANGES:
            return self.changes[index.row()]
        if column == COL_COMMENT:
            return comment_text(e)
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
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        # Each row as tall as its lines (an entry may change several fields).
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((COL_WHEN, 150), (COL_WHO, 120), (COL_WHAT, 140), (COL_COMMENT, 150)):
            self.table.setColumnWidth(col, width)
        # The changes take the room left, so the comment stays on screen.
        header.setSectionResizeMode(COL_CHANGES, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.stale = False

    def show_round(self, round_id: uuid.UUID | None) -> None:
        self.round_id = round_id
        self.model.set_entries([])
        self.stale = True
        self.reload_if_shown()

    def mark_stale(self) -> None:
        """The round changed: read its history again, now if it is on
        screen, else when it is next shown."""
        self.stale = True
        self.reload_if_shown()

    def reload_if_shown(self) -> None:
        if self.stale and self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        self.reload_if_shown()

    def reload(self) -> None:
        self.stale = False
        rid = self.round_id
        if rid is None:
            self.model.set_entries([])
            return

        def shown(found) -> None:
            if rid == self.round_id:
                self.model.set_entries(found[1], found[0])

        QueryOp(parent=self, op=lambda db: integrity.history(db, rid), success=shown).run_in_background(self.ctx)
