"""Likely duplicate rounds (the same date and sides under two ids), and
merging one into another — a supervisor's decision, asked for each merge."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desktop.services import duplicates
from desktop.ui.context import AppContext
from desktop.ui.dialogs import Ask
from desktop.ui.operations import CollectionOp, QueryOp

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DuplicatesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("duplicates_dialog")
        self.setWindowTitle(self.tr("Likely duplicate rounds"))
        self.resize(720, 420)
        self.note = QLabel(self.tr(
            "Rounds of the same date between the same sides, under two ids — usually one round entered on "
            "two laptops. Select the round to merge away: its figures join the first round of its group (a "
            "figure the two hold differently becomes a merge conflict), and it is removed, its history kept."), self)
        self.note.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("duplicates_tree")
        self.tree.setHeaderLabels([self.tr("Round"), self.tr("Status")])
        self.tree.setColumnWidth(0, 520)
        self.merge_button = QPushButton(self.tr("&Merge into the first of its group…"), self)
        self.merge_button.setObjectName("merge_button")
        self.merge_button.clicked.connect(self.merge_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tree)
        layout.addWidget(self.merge_button)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        QueryOp(parent=self, op=duplicates.find_duplicates, success=self._show).run_in_background(self.ctx)

    def _show(self, groups) -> None:
        self.tree.clear()
        for g in groups:
            top = QTreeWidgetItem([f"{g.date} · {', '.join(g.sides)}", ""])
            self.tree.addTopLevelItem(top)
            for ref in g.rounds:
                item = QTreeWidgetItem([f"{str(ref.id)[:8]}  {ref.title}", ref.status.value.replace("_", " ")])
                item.setData(0, ID_ROLE, str(ref.id))
                top.addChild(item)
            top.setExpanded(True)
        if not groups:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("No likely duplicates."), ""]))
        self.merge_button.setEnabled(bool(groups))

    def merge_selected(self) -> None:
        item = self.tree.currentItem()
        parent = item.parent() if item is not None else None
        if item is None or parent is None or parent.indexOfChild(item) == 0:
            Ask.error(self, self.windowTitle(), self.tr(
                "Select a round below the first of its group: that is the one merged away."))
            return
        keep = uuid.UUID(parent.child(0).data(0, ID_ROLE))
        other = uuid.UUID(item.data(0, ID_ROLE))
        if not Ask.confirm(self, self.windowTitle(), self.tr(
                "Merge %1 into %2? %1 will be removed; its figures and history are kept.").replace(
                "%1", item.text(0)).replace("%2", parent.child(0).text(0))):
            return
        CollectionOp(parent=self, op=lambda db: duplicates.merge_rounds(
            db, str(keep), str(other), actor=self.ctx.actor), success=lambda _done: self.reload()).with_title(
            self.tr("Not merged")).failure(lambda exc: self._refused(exc)).run_in_background(self.ctx)

    def _refused(self, exc) -> None:
        from desktop.storage import DatabaseReplaced
        from desktop.ui.actions import explain

        if not isinstance(exc, DatabaseReplaced):  # said once already, by the operation
            Ask.error(self, self.tr("Not merged"), explain(exc))
        self.reload()
