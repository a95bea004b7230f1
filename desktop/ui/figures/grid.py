"""The figures grid's table: typed into from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView


class GridTable(QTableView):
    """Enter commits and moves down, Tab moves right, Delete clears.

    Signals:
        editor_closed(): a cell's editor has closed (committed or not).
    """

    editor_closed = Signal()

    def __init__(self, on_delete, parent=None):
        super().__init__(parent)
        self._on_delete = on_delete
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(True)

    def closeEditor(self, editor, hint) -> None:  # Qt override
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self._move(1)
        self.editor_closed.emit()

    def keyPressEvent(self, event) -> None:  # Qt override
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != QAbstractItemView.State.EditingState:
            self._on_delete()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            self._move(1)
            return
        super().keyPressEvent(event)

    def _move(self, rows: int) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        target = self.model().index(min(current.row() + rows, self.model().rowCount() - 1), current.column())
        self.selectionModel().setCurrentIndex(target, QItemSelectionModel.SelectionFlag.ClearAndSelect)
