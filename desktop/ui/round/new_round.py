"""A new round: title, date and the two (or more) sides."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
)

from desktop.services import editing, listing
from desktop.ui.context import AppContext
from desktop.ui.fields import DateField
from desktop.ui.operations import CollectionOp, QueryOp


class NewRoundDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New round"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("new_title_edit")
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.date_edit = DateField(self)
        self.date_edit.setObjectName("new_date_edit")
        self.date_edit.setAccessibleName(self.tr("Date"))
        today = dt.date.today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.side_a = QComboBox(self)
        self.side_b = QComboBox(self)
        for combo, name in ((self.side_a, "side_a_combo"), (self.side_b, "side_b_combo")):
            combo.setObjectName(name)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("Side &A"), self.side_a)
        form.addRow(self.tr("Side &B"), self.side_b)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.created: uuid.UUID | None = None
        self.resize(420, 180)
        QueryOp(parent=self, op=listing.known_names, success=self._known).run_in_background(ctx)

    def _known(self, known: dict[str, list[str]]) -> None:
        """Parties already in use, offered in the sides (what is typed stays)."""
        for combo in (self.side_a, self.side_b):
            typed = combo.currentText()
            combo.addItems(known["parties"])
            combo.setCurrentText(typed)

    def _create(self) -> None:
        sides = [" ".join(c.currentText().split()) for c in (self.side_a, self.side_b)]
        title, date = self.title_edit.text(), self.date_edit.date().toPython()
        CollectionOp(parent=self, op=lambda db: editing.create_round(
            db, title=title, date=date, sides=[s for s in sides if s], actor=self.ctx.actor,
        ), success=self._created).with_title(self.tr("Round not created")).run_in_background(self.ctx)

    def _created(self, round_id: uuid.UUID) -> None:
        self.created = round_id
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, parent=None) -> uuid.UUID | None:
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.created
