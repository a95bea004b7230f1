"""Discrepancies as a table: rule, severity, movement, category, the values
side by side, the spread, and whether it is resolved."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.content import RoundDoc
from desktop.domain.listing import RoundRow
from desktop.domain.review import ReviewedDiscrepancy
from desktop.domain.types import Rule, Severity, Stage
from desktop.labels import (
    accepted_label,
    capitalized,
    rule_label,
    severity_label,
    stage_label,
)
from desktop.ui.figures.entry import MARKS
from desktop.ui.icons import icon
from desktop.ui.text import date_text, number_text

COL_ROUND, COL_SEVERITY, COL_RULE, COL_MOVEMENT, COL_CATEGORY, COL_VALUES, COL_SPREAD, COL_STATUS = range(8)
HEADERS = (
    QT_TRANSLATE_NOOP("DiscrepanciesModel", "Round"),
    QT_TRANSLATE_NOOP("DiscrepanciesModel", "Severity"),
    QT_TRANSLATE_NOOP("DiscrepanciesModel", "Rule"),
    QT_TRANSLATE_NOOP("DiscrepanciesModel", "Movement"),
    QT_TRANSLATE_NOOP("DiscrepanciesModel", "Category"),
    QT_TRANSLATE_NOOP("DiscrepanciesModel", "Values by source"),
    QT_TRANSLATE_NOOP("DiscrepanciesModel", "Spread"),
    QT_TRANSLATE_NOOP("DiscrepanciesModel", "Status"),
)
#: What each rule means, for the rule's tooltip.
RULE_HINT = {
    Rule.SOURCE_MISMATCH: QT_TRANSLATE_NOOP(
        "DiscrepanciesModel", "Two or more sources give figures for the same people that cannot all be true."),
    Rule.BREAKDOWN_EXCEEDS_TOTAL: QT_TRANSLATE_NOOP(
        "DiscrepanciesModel", "One source's categories add up to more than its own total."),
    Rule.BREAKDOWN_MISMATCH: QT_TRANSLATE_NOOP(
        "DiscrepanciesModel", "The categories of an exhaustive set do not add up to the source's total."),
    Rule.UNVERIFIED: QT_TRANSLATE_NOOP(
        "DiscrepanciesModel", "Only sources of one party report this total: nobody else confirms it."),
    Rule.IMBALANCE: QT_TRANSLATE_NOOP(
        "DiscrepanciesModel", "The two directions of the exchange differ (information, not an error)."),
    Rule.MERGE_CONFLICT: QT_TRANSLATE_NOOP(
        "DiscrepanciesModel", "The same figure was changed differently on two laptops; both values are kept."),
    Rule.PART_EXCEEDS_WHOLE: QT_TRANSLATE_NOOP(
        "DiscrepanciesModel", "A source's total said to be part of another movement is larger than that movement's "
        "total."),
    Rule.AGREED_NOT_DELIVERED: QT_TRANSLATE_NOOP(
        "DiscrepanciesModel", "What was agreed or announced for this movement differs from what its sources say was "
        "handed over."),
    Rule.COMBINED_MISMATCH: QT_TRANSLATE_NOOP(
        "DiscrepanciesModel", "A source's figure for several movements together (both directions, or several kinds) "
        "is not the sum of their totals."),
}
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def translated(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP above, in the current language."""
    return QCoreApplication.translate("DiscrepanciesModel", text)


def rule_text(rule: Rule) -> str:
    """`Sources disagree`: the rule's name everywhere (labels.rule_label)."""
    return capitalized(rule_label(rule))


def severity_text(severity: Severity) -> str:
    return capitalized(severity_label(severity))


def values_text(item: ReviewedDiscrepancy) -> str:
    d = item.discrepancy
    parts = []
    for v in d.values:
        label = v.source or capitalized(accepted_label())
        if v.derived_from is not None:
            label += " (" + QCoreApplication.translate("DiscrepanciesModel", "derived from {category_set}").format(
                category_set=v.derived_from) + ")"
        if v.agreed:
            label += f" ({stage_label(Stage.AGREED)})"
        if v.category is not None and d.category is None:
            label += f" ({v.category})"
        if v.movement is not None:
            label += f" [{v.movement.from_party} → {v.movement.to_party}]"
        parts.append(f"{label}: {MARKS[v.qualifier]}{number_text(v.count)}")
    return "; ".join(parts)


class DiscrepanciesModel(QAbstractTableModel):
    """Rows are (round, reviewed discrepancy) pairs, given, never queried."""

    def __init__(self, *, with_round: bool = False, parent=None):
        super().__init__(parent)
        self.with_round = with_round
        #: Each discrepancy with its round (its id, date and title are shown).
        self.rows: list[tuple[RoundDoc | RoundRow, ReviewedDiscrepancy]] = []

    def set_rows(self, rows: list[tuple[RoundDoc | RoundRow, ReviewedDiscrepancy]]) -> None:
        """The rows to show. The same discrepancies as before (a resolution,
        a figure under one changed) change in place: the selection, the
        scroll position and the columns' widths stay."""
        rows = list(rows)
        same = [(d.id, i.discrepancy.key) for d, i in rows] == [(d.id, i.discrepancy.key) for d, i in self.rows]
        if same and rows:
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(HEADERS) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def item_at(self, row: int) -> tuple[RoundDoc | RoundRow, ReviewedDiscrepancy] | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated(HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        doc, item = self.rows[index.row()]
        d = item.discrepancy
        col = index.column()
        if role == ITEM_ROLE:
            return (doc, item)
        if role == Qt.ItemDataRole.DisplayRole:
            match col:
                case 0:
                    return f"{date_text(doc.date)} {doc.title}"
                case 1:
                    return severity_text(d.severity)
                case 2:
                    return rule_text(d.rule)
                case 3:
                    m = d.movement
                    arrow = "↔" if d.rule is Rule.IMBALANCE else "→"
                    return f"{m.from_party} {arrow} {m.to_party}"
                case 4:
                    if d.category is not None:
                        return f"{d.category_set} · {d.category}"
                    if d.category_set is not None:
                        return f"{d.category_set} ({d.source})"
                    return QCoreApplication.translate("DiscrepanciesModel", "Total")
                case 5:
                    return values_text(item)
                case 6:
                    return "" if d.spread is None else number_text(d.spread)
                case 7:
                    if item.is_open:
                        return QCoreApplication.translate("DiscrepanciesModel", "Open")
                    r = item.resolution
                    if r.accepted_value is None:
                        return QCoreApplication.translate("DiscrepanciesModel", "Resolved by %1").replace(
                            "%1", r.resolved_by)
                    if item.accepted_unreported:
                        return QCoreApplication.translate(
                            "DiscrepanciesModel", "Resolved %1 by %2 (no source reported %1)").replace(
                            "%1", number_text(r.accepted_value)).replace("%2", r.resolved_by)
                    return QCoreApplication.translate("DiscrepanciesModel", "Resolved %1 by %2").replace(
                        "%1", number_text(r.accepted_value)).replace("%2", r.resolved_by)
        if role == Qt.ItemDataRole.DecorationRole:
            if col == COL_SEVERITY or (col == COL_RULE and not self.with_round):
                # One round's table shows the severity as the rule's icon (its
                # own column is hidden there, to leave the values room).
                return icon(d.severity.value)
            if col == COL_STATUS and not item.is_open:
                return icon("resolved")
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_VALUES:
                return values_text(item)
            if col == COL_STATUS and item.resolution is not None:
                return item.resolution.note
            if col == COL_RULE:
                hint = translated(RULE_HINT[d.rule])
                return hint if self.with_round else f"{severity_text(d.severity)}: {hint}"
        if role == SORT_ROLE:
            return (_RANK[d.severity], d.rule.value)
        return None
