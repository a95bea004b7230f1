"""Review: the discrepancies of one round (or of all rounds) and their
resolution by a supervisor."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.assurance import caveats
from desktop.domain.review import ReviewedDiscrepancy
from desktop.domain.totals import movement_totals
from desktop.domain.types import MAX_COUNT, RoundStatus, Severity
from desktop.labels import caveat_label, no_discrepancies_label
from desktop.services import review
from desktop.ui.context import AppContext
from desktop.ui.figures.commands import ResolveEdit
from desktop.ui.operations import QueryOp
from desktop.ui.review.model import (
    COL_CATEGORY,
    COL_MOVEMENT,
    COL_ROUND,
    COL_RULE,
    COL_SEVERITY,
    COL_VALUES,
    DiscrepanciesModel,
    rule_text,
    values_text,
)
from desktop.ui.text import english_plural
from desktop.ui.undo import RoundUndo


class ResolveDialog(QDialog):
    """An accepted value and a note (required)."""

    def __init__(self, item: ReviewedDiscrepancy, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolve discrepancy"))
        d = item.discrepancy
        counts = [v.count for v in d.values]
        self.value_spin = QSpinBox(self)
        self.value_spin.setObjectName("value_spin")
        self.value_spin.setRange(0, MAX_COUNT)
        self.value_spin.setGroupSeparatorShown(True)
        self.value_spin.setValue(max(counts) if counts else 0)
        self.value_spin.setAccessibleName(self.tr("Accepted value"))
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("note_edit")
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("Why this value is accepted (required)"))
        values = QLabel(values_text(item), self)
        values.setWordWrap(True)
        self.note_error = QLabel(self.tr("Say why this value is accepted: a supervisor's decision needs a note."), self)
        self.note_error.setObjectName("note_error")
        self.note_error.setWordWrap(True)
        self.note_error.setStyleSheet("color: #b00020;")
        self.note_error.hide()
        note = QWidget(self)
        note_layout = QVBoxLayout(note)
        note_layout.setContentsMargins(0, 0, 0, 0)
        note_layout.addWidget(self.note_edit)
        note_layout.addWidget(self.note_error)
        form = QFormLayout(self)
        form.addRow(self.tr("Values"), values)
        form.addRow(self.tr("&Accepted value"), self.value_spin)
        form.addRow(self.tr("&Note"), note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.resize(460, 260)

    def accept(self) -> None:  # Qt override
        """Not without a note: the dialog stays open with what is typed."""
        if not self.note_edit.toPlainText().strip():
            self.note_error.show()
            self.note_edit.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, item: ReviewedDiscrepancy, parent=None) -> tuple[int, str] | None:
        dialog = cls(item, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value_spin.value(), dialog.note_edit.toPlainText()


class ReviewView(QWidget):
    """Signals:
        show_cells(object, object): a round id and a movement whose cells to show.
    """

    show_cells = Signal(object, object)

    def __init__(self, ctx: AppContext, *, undo: RoundUndo, all_rounds: bool = False, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.undo = undo
        self.all_rounds = all_rounds
        self.round_id: uuid.UUID | None = None
        self.model = DiscrepanciesModel(with_round=all_rounds, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("discrepancies_table")
        self.table.setAccessibleName(self.tr("Discrepancies"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnHidden(COL_ROUND, not all_rounds)
        self.table.setColumnHidden(COL_SEVERITY, not all_rounds)  # one round: the rule carries the icon
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Words that may be long (a rule's name, a movement between long
        # party names, in Ukrainian especially) wrap within a fixed width
        # rather than squeezing the values, which get the rest.
        header.setMinimumSectionSize(48)
        for col, width in ((COL_RULE, 170), (COL_MOVEMENT, 120), (COL_CATEGORY, 90)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(COL_VALUES, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._activated)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("review_summary")
        self.resolve_button = QPushButton(self.tr("&Resolve…"), self)
        self.resolve_button.setObjectName("resolve_button")
        self.resolve_button.setToolTip(self.tr("Accept a value for the selected discrepancy, with a note"))
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.show_button = QPushButton(self.tr("Show in figures"), self)
        self.show_button.clicked.connect(lambda: self._activated(self.table.currentIndex()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary_label, 1)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.resolve_button)
        # What the rules could not check in this round (no figures, parts
        # without a total, a derived total, one source only), said plainly.
        self.gaps_label = QLabel(self)
        self.gaps_label.setObjectName("review_gaps")
        self.gaps_label.setWordWrap(True)
        self.gaps_label.setTextFormat(Qt.TextFormat.PlainText)
        self.gaps_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.gaps_label)
        layout.addLayout(buttons)

    def show_round(self, round_id: uuid.UUID | None) -> None:
        """Which round the table is for; its content comes with `apply`."""
        if round_id != self.round_id or round_id is None:
            self.model.set_rows([])  # another round's discrepancies are never resolved from here
            self.gaps_label.setVisible(False)
            self.setEnabled(False)
        self.round_id = round_id

    def apply(self, doc, items) -> None:
        """Show one round's discrepancies (not the all-rounds list)."""
        if self.all_rounds or doc.id != self.round_id:
            return
        self.setEnabled(True)
        items = list(items)
        self.model.set_rows([(doc, item) for item in items])
        open_count = sum(1 for i in items if i.is_open)
        n = len(items)
        gaps = caveats(doc, movement_totals(doc, items))
        if n:
            counted = english_plural(self.tr("%Ln discrepancy(ies)", "", n), n)
            self.summary_label.setText(counted + ", " + self.tr("%Ln open", "", open_count))
        else:
            self.summary_label.setText(no_discrepancies_label(not gaps))
        self.gaps_label.setText("\n".join("• " + caveat_label(c) for c in gaps))
        self.gaps_label.setVisible(bool(gaps))
        self.resolve_button.setEnabled(doc.status is not RoundStatus.SIGNED_OFF and bool(items))

    def reload(self) -> None:
        """The open discrepancies of all rounds, read again (errors first)."""
        if not self.all_rounds:
            return
        QueryOp(parent=self, op=review.open_across_rounds, success=self._show_across).run_in_background(self.ctx)

    def _show_across(self, rows) -> None:
        rank = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
        rows = sorted(rows, key=lambda pair: rank[pair[1].discrepancy.severity])  # stable: oldest first within
        self.model.set_rows(rows)
        self.summary_label.setText(self.tr("%Ln open across all rounds", "", len(rows)))
        self.resolve_button.setEnabled(bool(rows))

    def selected(self):
        return self.model.item_at(self.table.currentIndex().row())

    def resolve_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        doc, item = chosen
        answer = ResolveDialog.ask(item, self)
        if answer is None:
            return
        value, note = answer
        held = item.resolution
        before = None if held is None else (held.accepted_value, held.note)
        text = self.tr("Resolve “%1” (%2)").replace("%1", rule_text(item.discrepancy.rule)).replace(
            "%2", item.discrepancy.movement.label())
        self.undo.push(doc.id, ResolveEdit(self.ctx, self, doc.id, item.discrepancy.key, before, (value, note.strip()), text))

    def _activated(self, index) -> None:
        chosen = self.model.item_at(index.row())
        if chosen is not None:
            doc, item = chosen
            self.show_cells.emit(doc.id, item.discrepancy.movement)


