"""Figures entry: one grid per movement, typed from the keyboard, each edit
committed at once and undoable across the round."""

from __future__ import annotations

import dataclasses
import uuid

from PySide6.QtCore import (
    QTimer,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.content import FigureDoc, Movement, RoundDoc, same_figure
from desktop.domain.types import RoundStatus
from desktop.ui.context import AppContext
from desktop.ui.dialogs import Ask
from desktop.ui.figures.commands import FigureEdit
from desktop.ui.figures.entry import EntryError, parse_entry
from desktop.ui.figures.grid import GridTable
from desktop.ui.figures.model import FiguresGridModel
from desktop.ui.figures.movements import AddMovementDialog, movement_text, movements_of
from desktop.ui.text import datetime_text
from desktop.ui.undo import RoundUndo


class FiguresView(QWidget):
    def __init__(self, ctx: AppContext, undo: RoundUndo, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.undo = undo
        self.extra_movements: dict[uuid.UUID, list[Movement]] = {}
        self.round_id: uuid.UUID | None = None
        self.doc: RoundDoc | None = None
        self.movements: list[Movement] = []
        self._reviewed: list = []
        self._first_cell_wanted = False
        self._rebuild_after_editing = False
        #: Figures this view has saved (or cleared: None) whose change is not
        #: back yet, by slot: a second edit of a cell builds on the first.
        self._pending: dict[tuple, FigureDoc | None] = {}

        self.movement_combo = QComboBox(self)
        self.movement_combo.setObjectName("movement_combo")
        self.movement_combo.setAccessibleName(self.tr("Movement"))
        # Long party names shrink the box (the whole text is in its list),
        # rather than widening the window.
        self.movement_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.movement_combo.setMinimumContentsLength(18)
        self.movement_combo.currentIndexChanged.connect(lambda _i: self._show_grid())
        self.add_movement_button = QPushButton(self.tr("Add movement…"), self)
        self.add_movement_button.clicked.connect(self._add_movement)
        self.hint_label = QLabel(self.tr("Type a count; ~ approximate, >= at least, <= at most; Delete clears."), self)
        self.hint_label.setObjectName("hint_label")
        self.hint_label.setWordWrap(True)

        self.model = FiguresGridModel(self)
        # At once, in the order typed: a Delete or a second edit of the cell
        # that follows builds on this one (the write itself runs on the
        # database's worker; the grid changes in place when it is back).
        self.model.edit_requested.connect(self._edit_requested)
        self.grid = GridTable(self._clear_selected, self)
        self.grid.setObjectName("figures_grid")
        self.grid.editor_closed.connect(self.editor_closed)
        self.grid.setAccessibleName(self.tr("Figures"))
        self.grid.setModel(self.model)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setMinimumSectionSize(110)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.selectionModel().currentChanged.connect(lambda _c, _p: self._show_cell())

        self.cell_label = QLabel(self)
        self.cell_label.setWordWrap(True)
        self.citation_edit = QLineEdit(self)
        self.citation_edit.setObjectName("citation_edit")
        self.citation_edit.setAccessibleName(self.tr("Citation"))
        self.citation_edit.setPlaceholderText(self.tr("URL or reference"))
        self.citation_edit.editingFinished.connect(self._save_citation)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_save_button = QPushButton(self.tr("Save note"), self)
        self.note_save_button.clicked.connect(self._save_note)
        self.entered_label = QLabel(self)
        self.entered_label.setWordWrap(True)
        # "Of which": a total whose people another movement's total includes.
        self.part_of_combo = QComboBox(self)
        self.part_of_combo.setObjectName("part_of_combo")
        self.part_of_combo.setAccessibleName(self.tr("Of which, part of"))
        self.part_of_combo.setToolTip(self.tr(
            "If the source counts these people within another movement's total (\"of which\"), choose it: "
            "totals then count them once."))
        self.part_of_combo.activated.connect(self._save_part_of)
        panel = QGroupBox(self.tr("Selected figure"), self)
        panel_layout = QVBoxLayout(panel)
        panel_layout.addWidget(self.cell_label)
        panel_layout.addWidget(QLabel(self.tr("Citation"), panel))
        panel_layout.addWidget(self.citation_edit)
        panel_layout.addWidget(QLabel(self.tr("Note"), panel))
        panel_layout.addWidget(self.note_edit, 1)
        panel_layout.addWidget(self.note_save_button)
        part_of_label = QLabel(self.tr("Of which, part of"), panel)
        part_of_label.setBuddy(self.part_of_combo)
        panel_layout.addWidget(part_of_label)
        panel_layout.addWidget(self.part_of_combo)
        panel_layout.addWidget(self.entered_label)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Movement"), self))
        top.itemAt(0).widget().setBuddy(self.movement_combo)
        top.addWidget(self.movement_combo, 1)
        top.addWidget(self.add_movement_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.grid, 1)
        left_layout.addWidget(self.hint_label)
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("figures_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        panel.setMinimumWidth(220)  # the selected figure's citation and author stay readable
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # -- loading

    def stack_for(self, round_id: uuid.UUID) -> QUndoStack:
        return self.undo.stack_for(round_id)

    def show_round(self, round_id: uuid.UUID | None) -> None:
        """Which round the grid is for; its content comes with `apply`.
        Another round's figures are not shown meanwhile: nothing typed
        can land in one round from another's grid."""
        if round_id != self.round_id or round_id is None:
            self.doc = None
            self._reviewed = []
            self._pending.clear()
            self.model.set_content(None, None, [])
            self.setEnabled(False)
        self.round_id = round_id
        if round_id is not None:
            self.undo.activate(round_id)

    def apply(self, doc: RoundDoc, reviewed) -> None:
        """Show the round's figures and marks. The movement and the cell on
        screen stay; a cell being typed in keeps what is typed."""
        if doc.id != self.round_id:
            return
        self.setEnabled(True)
        current = self.current_movement()
        if current is not None and self.doc is not None and self.doc.id == doc.id:
            # The movement on screen stays, even once its last figure is cleared:
            # the next number typed must not land in another movement.
            extra = self.extra_movements.setdefault(doc.id, [])
            if current not in extra and current.from_party in doc.sides + doc.third_parties \
                    and current.to_party in doc.sides + doc.third_parties:
                extra.append(current)
        else:
            current = None
        self.doc, self._reviewed = doc, list(reviewed)
        held = {f.slot: f for f in doc.figures}
        for slot in [slot for slot, value in self._pending.items() if same_figure(held.get(slot), value)]:
            del self._pending[slot]
        movements = movements_of(doc, self.extra_movements.get(doc.id, []))
        if movements != self.movements or self.movement_combo.count() != len(movements):
            self.movements = movements
            self.movement_combo.blockSignals(True)
            self.movement_combo.clear()
            for m in self.movements:
                self.movement_combo.addItem(movement_text(m))
            self.movement_combo.blockSignals(False)
        target = self.movements.index(current) if current in self.movements else self._first_interesting()
        if self.movement_combo.currentIndex() != target:
            self.movement_combo.blockSignals(True)
            self.movement_combo.setCurrentIndex(target)
            self.movement_combo.blockSignals(False)
        self._show_grid()
        self._first_cell()
        locked = self.doc.status is RoundStatus.SIGNED_OFF
        self.add_movement_button.setEnabled(not locked)

    def _first_interesting(self) -> int:
        """Open the round on the movement with open errors, else the first with figures."""
        doc = self.doc
        if doc is None:
            return 0
        for item in self._reviewed:
            if item.is_open and item.discrepancy.movement in self.movements:
                return self.movements.index(item.discrepancy.movement)
        with_figures = {f.movement for f in doc.figures}
        for i, m in enumerate(self.movements):
            if m in with_figures:
                return i
        return 0

    def focus_grid(self) -> None:
        """The keyboard on the grid's current cell (the first one if none,
        once the round is in if it is still being read)."""
        self.grid.setFocus()
        self._first_cell_wanted = True
        self._first_cell()

    def _first_cell(self) -> None:
        if not self._first_cell_wanted or not (self.model.rowCount() and self.model.columnCount()):
            return
        self._first_cell_wanted = False
        if not self.grid.currentIndex().isValid():
            self.grid.setCurrentIndex(self.model.index(0, 0))

    def current_movement(self) -> Movement | None:
        i = self.movement_combo.currentIndex()
        return self.movements[i] if 0 <= i < len(self.movements) else None

    def select_movement(self, movement: Movement) -> None:
        if movement in self.movements:
            self.movement_combo.setCurrentIndex(self.movements.index(movement))

    def _show_grid(self) -> None:
        locked = self.doc is not None and self.doc.status is RoundStatus.SIGNED_OFF
        current = self.grid.currentIndex()
        editing = (current.row(), current.column()) \
            if self.grid.state() == QAbstractItemView.State.EditingState and current.isValid() else None
        if editing is not None and not self.model.keeps_shape(self.doc, self.current_movement(), locked):
            # A source or category added elsewhere while a cell is typed in:
            # the grid is rebuilt once the editor closes, not under it.
            self._rebuild_after_editing = True
            return
        self._rebuild_after_editing = False
        self.model.set_content(self.doc, self.current_movement(), self._reviewed, read_only=locked,
                               editing=editing)

    def editor_closed(self) -> None:
        if self._rebuild_after_editing:
            self._show_grid()
        self._show_cell()

    def _show_cell(self) -> None:
        index = self.grid.currentIndex()
        figure = self.model.figure_at(index)
        slot = self.model.slot_at(index)
        self.citation_edit.blockSignals(True)
        if slot is None:
            self.cell_label.setText(self.tr("No cell selected."))
        else:
            where = slot[1] if slot[3] is None else f"{slot[1]} · {slot[2]}: {slot[3]}"
            self.cell_label.setText(f"{movement_text(slot[0])}\n{where}")
        # A refresh never wipes what is being typed: a field with focus keeps it.
        if not self.citation_edit.hasFocus():
            self.citation_edit.setText(figure.citation or "" if figure else "")
        if not self.note_edit.hasFocus():
            self.note_edit.setPlainText(figure.note or "" if figure else "")
        has = figure is not None and not self.model.read_only
        for w in (self.citation_edit, self.note_edit, self.note_save_button):
            w.setEnabled(has)
        self._show_part_of(slot, figure, has)
        if figure is not None and figure.entered_by:
            if figure.entered_at:
                text = self.tr("Entered by %1, %2 UTC").replace("%2", datetime_text(figure.entered_at))
            else:
                text = self.tr("Entered by %1")
            self.entered_label.setText(text.replace("%1", figure.entered_by))
        else:
            self.entered_label.setText("")
        self.citation_edit.blockSignals(False)

    # -- editing

    def latest(self, slot: tuple) -> FigureDoc | None:
        """A cell's figure as the user last saw or saved it (their own save
        on its way counts: a second edit of the cell is checked against it)."""
        if slot in self._pending:
            return self._pending[slot]
        return next((f for f in self.doc.figures if f.slot == slot), None) if self.doc else None

    def expect(self, slot: tuple, figure: FigureDoc | None) -> None:
        """An edit of `slot` is on its way (a redo, an undo)."""
        self._pending[slot] = figure

    def forget(self, slot: tuple) -> None:
        """An edit of `slot` was refused: the round is read again."""
        self._pending.pop(slot, None)

    def _push(self, slot: tuple, before: FigureDoc | None, after: FigureDoc | None, text: str) -> None:
        if self.doc is None:
            return
        # The round the grid shows, which is the one the slot belongs to.
        self.undo.push(self.doc.id, FigureEdit(self.ctx, self, self.doc.id, slot, before, after, text))

    def _edit_requested(self, slot: tuple, text: str) -> None:
        if self.doc is None or slot[0] != self.model.movement:
            return  # the grid has moved on to another round or movement
        try:
            parsed = parse_entry(text)
        except EntryError as exc:
            # Said once the cell's editor has closed (not from inside it).
            message = str(exc)
            QTimer.singleShot(0, lambda: Ask.error(self, self.tr("Not a count"), message))
            return
        movement, source, cset, cat = slot
        before = self.latest(slot)
        if parsed is None:
            if before is not None:
                self._push(slot, before, None, self.tr("Clear %1").replace("%1", source))
            return
        count, qualifier = parsed
        if before is not None and (before.count, before.qualifier) == (count, qualifier):
            return
        after = FigureDoc(
            movement=movement, source=source, count=count, qualifier=qualifier, category_set=cset, category=cat,
            citation=before.citation if before else None, note=before.note if before else None,
            part_of=before.part_of if before else None,
        )
        self._push(slot, before, after, self.tr("Set %1 to %2").replace("%1", source).replace("%2", text.strip()))

    def _clear_selected(self) -> None:
        if self.model.read_only or self.doc is None:
            return
        slots = [self.model.slot_at(i) for i in self.grid.selectionModel().selectedIndexes()]
        slots = [slot for slot in slots if slot is not None and self.latest(slot) is not None]
        if not slots:
            return
        stack = self.stack_for(self.doc.id)
        stack.beginMacro(self.tr("Clear figures"))
        for slot in slots:
            self._push(slot, self.latest(slot), None, self.tr("Clear figure"))
        stack.endMacro()

    def _save_text(self, field: str, value: str) -> None:
        slot = self.model.slot_at(self.grid.currentIndex())
        figure = self.latest(slot) if slot is not None else None
        if figure is None:
            return
        value = value.strip() or None
        if getattr(figure, field) == value:
            return
        after = dataclasses.replace(figure, **{field: value})
        self._push(figure.slot, figure, after,
                   self.tr("Edit citation") if field == "citation" else self.tr("Edit note"))

    def _show_part_of(self, slot, figure: FigureDoc | None, editable: bool) -> None:
        """The movements a total may be part of; the one it is, chosen."""
        combo = self.part_of_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— (counted on its own)"), None)
        if slot is not None and self.doc is not None:
            for m in movements_of(self.doc, self.extra_movements.get(self.doc.id, [])):
                if m != slot[0]:
                    combo.addItem(movement_text(m), m)
        current = figure.part_of if figure is not None else None
        index = next((i for i in range(combo.count()) if combo.itemData(i) == current), -1)
        if index < 0:  # a movement no longer listed: still shown as it is
            combo.addItem(movement_text(current), current)
            index = combo.count() - 1
        combo.setCurrentIndex(index)
        combo.setEnabled(editable and slot is not None and slot[3] is None)
        combo.blockSignals(False)

    def _save_part_of(self, index: int) -> None:
        slot = self.model.slot_at(self.grid.currentIndex())
        figure = self.latest(slot) if slot is not None else None
        if figure is None:
            return
        chosen = self.part_of_combo.itemData(index)
        if figure.part_of == chosen:
            return
        self._push(figure.slot, figure, dataclasses.replace(figure, part_of=chosen), self.tr("Set what it is part of"))

    def _save_citation(self) -> None:
        self._save_text("citation", self.citation_edit.text())

    def _save_note(self) -> None:
        self._save_text("note", self.note_edit.toPlainText())

    def _add_movement(self) -> None:
        if self.doc is None or self.round_id is None:
            return
        parties = list(self.doc.sides + self.doc.third_parties)
        movement = AddMovementDialog.ask(parties, self)
        if movement is None:
            return
        if movement.from_party == movement.to_party:
            Ask.error(self, self.tr("Movement not added"), self.tr("People cannot move from a party to itself."))
            return
        self.extra_movements.setdefault(self.round_id, []).append(movement)
        self.apply(self.doc, self._reviewed)
        self.select_movement(movement)


