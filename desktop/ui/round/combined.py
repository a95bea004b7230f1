"""Figures a source gives for several movements together (a total for both
directions, a total across kinds): the round's list of them, and the
dialog that adds one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
)

from desktop.domain.content import CombinedDoc, Movement, RoundDoc
from desktop.domain.types import MAX_COUNT, QUALIFIER_SIGN, MovementKind, Qualifier
from desktop.labels import movement_label, movements_label, qualifier_label
from desktop.ui.figures.movements import movements_of
from desktop.ui.text import number_text


def combined_row(c: CombinedDoc) -> list[str]:
    """Source, number, movements, citation: one row of the round's list."""
    return [c.source, QUALIFIER_SIGN[c.qualifier] + number_text(c.count), movements_label(c.movements),
            c.citation or ""]


def choices(doc: RoundDoc) -> list[Movement]:
    """The movements a combined figure may cover: both directions of the
    exchange, every movement with figures, and the other kinds between the
    sides (a total across kinds names them)."""
    out = movements_of(doc, [])
    for a in doc.sides:
        for b in doc.sides:
            if a != b:
                for kind in (MovementKind.WITHOUT_EXCHANGE, MovementKind.REMAINS):
                    m = Movement(a, b, kind)
                    if m not in out:
                        out.append(m)
    return out


class CombinedDialog(QDialog):
    """Who gave the number, for which movements, and the number."""

    def __init__(self, doc: RoundDoc, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a figure for several movements together"))
        self.source = QComboBox(self)
        self.source.setEditable(True)
        self.source.addItems([s.name for s in doc.sources])
        self.source.setCurrentText("")
        self.source.setAccessibleName(self.tr("Source"))
        self.movements = QListWidget(self)
        self.movements.setAccessibleName(self.tr("Movements it covers"))
        for m in choices(doc):
            item = QListWidgetItem(movement_label(m), self.movements)
            item.setData(Qt.ItemDataRole.UserRole, m)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.count = QSpinBox(self)
        self.count.setRange(0, MAX_COUNT)
        self.count.setAccessibleName(self.tr("Number"))
        self.qualifier = QComboBox(self)
        for q in Qualifier:
            self.qualifier.addItem(qualifier_label(q), q)
        self.citation = QLineEdit(self)
        self.citation.setAccessibleName(self.tr("Citation"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Source"), self.source)
        form.addRow(self.tr("&Movements (two or more)"), self.movements)
        form.addRow(self.tr("&Number"), self.count)
        form.addRow(self.tr("&How exact"), self.qualifier)
        form.addRow(self.tr("&Citation"), self.citation)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def combined(self) -> CombinedDoc:
        """What was entered; the rules of content check it when it is saved."""
        chosen = tuple(self.movements.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.movements.count())
                       if self.movements.item(i).checkState() == Qt.CheckState.Checked)
        return CombinedDoc(" ".join(self.source.currentText().split()), chosen, self.count.value(),
                           Qualifier(self.qualifier.currentData()), self.citation.text().strip() or None)
