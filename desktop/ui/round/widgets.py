"""Small editors used by the round view: a list of names with completion."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QListWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class NameListEditor(QWidget):
    """An ordered list of names: pick a known one (with completion) or type a
    new one, then Add; select one and Remove.

    Signals:
        names_changed(list): the whole list after an addition or removal.
    """

    names_changed = Signal(list)

    def __init__(self, label: str, parent=None):
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(label)
        self.list.setMaximumHeight(84)
        self.entry = QComboBox(self)
        self.entry.setEditable(True)
        self.entry.setMinimumWidth(80)
        self.entry.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.entry.setMinimumContentsLength(8)
        self.entry.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.entry.setAccessibleName(self.tr("Add to %1").replace("%1", label))
        self.entry.lineEdit().setPlaceholderText(self.tr("Name…"))
        self.entry.lineEdit().returnPressed.connect(self._add)
        self.add_button = QToolButton(self)
        self.add_button.setText("+")
        self.add_button.setToolTip(self.tr("Add the name typed or picked"))
        self.add_button.setAccessibleName(self.tr("Add"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("−")
        self.remove_button.setToolTip(self.tr("Remove the selected name"))
        self.remove_button.setAccessibleName(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove)
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def set_known(self, names: list[str]) -> None:
        text = self.entry.currentText()
        self.entry.blockSignals(True)
        self.entry.clear()
        self.entry.addItems(names)
        completer = QCompleter(names, self.entry)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.entry.setCompleter(completer)
        self.entry.setEditText(text)
        self.entry.blockSignals(False)

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def set_names(self, names: list[str] | tuple[str, ...]) -> None:
        self.list.clear()
        self.list.addItems(list(names))

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.entry, self.add_button, self.remove_button):
            w.setEnabled(not read_only)

    def _add(self) -> None:
        name = " ".join(self.entry.currentText().split())
        if not name or name in self.names():
            return
        self.entry.setEditText("")
        # Shown at once: a second name added before the first is saved
        # builds on it (if the save is refused, the round is read again).
        self.list.addItem(name)
        self.names_changed.emit(self.names())

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.list.takeItem(self.list.row(item))
        self.names_changed.emit(self.names())
