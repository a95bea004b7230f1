"""The figures grid of one movement: sources as columns, the total and each
category as rows. Fed with a round and its review; edits are requested
through a signal, never written by the model."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain.content import FigureDoc, Movement, RoundDoc
from desktop.domain.discrepancies import Discrepancy
from desktop.domain.review import ReviewedDiscrepancy
from desktop.domain.types import Rule, Severity, Stage
from desktop.labels import affiliation_label, stage_label
from desktop.ui.figures.entry import MARKS, format_entry
from desktop.ui.review.model import rule_text
from desktop.ui.text import number_text

SLOT_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 2

COLORS = {
    Severity.ERROR: QColor("#ffcdd2"),
    Severity.WARNING: QColor("#fff1b8"),
    Severity.INFO: QColor("#dbe9fb"),
}
_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def affiliation_text(affiliation: str) -> str:
    """A party's name as it is; `independent` and `unknown` in the language
    (labels.affiliation_label)."""
    return affiliation_label(affiliation)


@dataclass(frozen=True)
class GridRow:
    category_set: str | None
    category: str | None

    def label(self) -> str:
        if self.category is None:
            return QCoreApplication.translate("FiguresGridModel", "Total")
        return f"{self.category_set} · {self.category}"


def cells_of(d: Discrepancy) -> set[tuple[str, str | None, str | None]]:
    """The (source, category set, category) cells a discrepancy is about."""
    if d.rule is Rule.IMBALANCE:
        return set()
    return {(v.source, v.category_set, v.category) for v in d.values}


class FiguresGridModel(QAbstractTableModel):
    """Signals:
        edit_requested(object, object): a slot and the text typed for it.
    """

    edit_requested = Signal(object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.doc: RoundDoc | None = None
        self.movement: Movement | None = None
        self.rows: list[GridRow] = []
        self.sources: list[str] = []
        self.figures: dict[tuple, FigureDoc] = {}
        self.marks: dict[tuple, tuple[Severity, list[str]]] = {}
        self.read_only = False

    def set_content(self, doc: RoundDoc | None, movement: Movement | None,
                    reviewed: list[ReviewedDiscrepancy], *, read_only: bool = False,
                    editing: tuple[int, int] | None = None) -> None:
        """Show `movement` of `doc`. When the grid keeps its rows and columns
        (a figure saved, a discrepancy resolved), only the cells that changed
        are announced, and never the cell being typed in (`editing`, row and
        column): Qt puts the model's value back into an open editor it is
        told about, which would wipe what is being typed."""
        rows, sources = self.shape_of(doc, movement)
        figures: dict[tuple, FigureDoc] = {}
        marks: dict[tuple, tuple[Severity, list[str]]] = {}
        if doc is not None and movement is not None:
            for f in doc.figures:
                if f.movement == movement:
                    figures[(f.source, f.category_set, f.category)] = f
            for item in reviewed:
                d = item.discrepancy
                if not item.is_open or d.movement != movement:
                    continue
                for cell in cells_of(d):
                    severity, notes = marks.get(cell, (d.severity, []))
                    if _RANK[d.severity] < _RANK[severity]:
                        severity = d.severity
                    marks[cell] = (severity, notes + [rule_text(d.rule)])
        same_shape = (movement == self.movement and rows == self.rows and sources == self.sources
                      and read_only == self.read_only and (doc is None) == (self.doc is None))
        if not same_shape:
            self.beginResetModel()
            self.doc, self.movement, self.read_only = doc, movement, read_only
            self.rows, self.sources, self.figures, self.marks = rows, sources, figures, marks
            self.endResetModel()
            return
        changed = [
            (r, c) for r, row in enumerate(rows) for c, source in enumerate(sources)
            if (cell := (source, row.category_set, row.category)) is not None
            and (figures.get(cell) != self.figures.get(cell) or marks.get(cell) != self.marks.get(cell))
            and (r, c) != editing
        ]
        self.doc = doc
        self.figures, self.marks = figures, marks
        for r, c in changed:
            self.dataChanged.emit(self.index(r, c), self.index(r, c))
        if sources:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(sources) - 1)

    @staticmethod
    def shape_of(doc: RoundDoc | None, movement: Movement | None) -> tuple[list[GridRow], list[str]]:
        """The grid's rows (total, then each category) and columns (sources)."""
        rows = [GridRow(None, None)]
        sources: list[str] = []
        if doc is not None and movement is not None:
            for cs in doc.category_sets:
                rows.extend(GridRow(cs.name, c) for c in cs.categories)
            sources = [s.name for s in doc.sources]
            for f in doc.figures:
                if f.movement == movement and f.source not in sources:
                    sources.append(f.source)
        return rows, sources

    def keeps_shape(self, doc: RoundDoc | None, movement: Movement | None, read_only: bool) -> bool:
        """Whether showing this keeps the rows and columns (and so any editor open)."""
        return (movement == self.movement and self.shape_of(doc, movement) == (self.rows, self.sources)
                and read_only == self.read_only and (doc is None) == (self.doc is None))

    def slot_at(self, index: QModelIndex) -> tuple | None:
        if not index.isValid() or self.movement is None:
            return None
        row = self.rows[index.row()]
        return (self.movement, self.sources[index.column()], row.category_set, row.category)

    def figure_at(self, index: QModelIndex) -> FigureDoc | None:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        return self.figures.get((self.sources[index.column()], row.category_set, row.category))

    # Qt overrides

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.movement is None else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.movement is None else len(self.sources)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self.read_only else base | Qt.ItemFlag.ItemIsEditable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                name = self.sources[section]
                affiliation = self.doc.affiliation_of(name) if self.doc else ""
                stage = self.doc.stage_of(name) if self.doc else Stage.DELIVERED
                said = affiliation_text(affiliation)
                if stage is not Stage.DELIVERED:  # its figures are counted in no total
                    said = f"{said}; {stage_label(stage)}"
                return "\n".join(textwrap.wrap(name, 26) + [f"({said})"])
            return self.rows[section].label()
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.sources[section]
        if role == Qt.ItemDataRole.FontRole and orientation == Qt.Orientation.Vertical and section == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        cell = (self.sources[index.column()], row.category_set, row.category)
        figure = self.figures.get(cell)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if figure is None else f"{MARKS[figure.qualifier]}{number_text(figure.count)}"
        if role == Qt.ItemDataRole.EditRole:  # as it is typed: no thousands separator
            return "" if figure is None else format_entry(figure.count, figure.qualifier)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and cell in self.marks:
            return QBrush(COLORS[self.marks[cell][0]])
        if role == SEVERITY_ROLE:
            return self.marks[cell][0] if cell in self.marks else None
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = []
            if figure is not None and figure.citation:
                lines.append(figure.citation)
            if figure is not None and figure.note:
                lines.append(figure.note)
            if cell in self.marks:
                lines.append(", ".join(self.marks[cell][1]))
            return "\n".join(lines) or None
        if role == SLOT_ROLE:
            return self.slot_at(index)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        if str(value).strip() == (self.data(index, Qt.ItemDataRole.EditRole) or ""):
            return False
        self.edit_requested.emit(self.slot_at(index), str(value))
        return True
