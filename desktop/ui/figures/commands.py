"""Undoable figure edits. Each redo or undo is one service call, so one
transaction, so nothing is lost if the program is killed in between."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.domain.content import FigureDoc
from desktop.services import editing
from desktop.ui.actions import perform
from desktop.ui.context import AppContext


def apply_figure(ctx: AppContext, round_id: uuid.UUID, slot: tuple, figure: FigureDoc | None,
                 expected: FigureDoc | None):
    """Put `figure` (or nothing) in the slot, only if it still holds
    `expected`: an edit or undo never overwrites someone else's change."""
    if figure is None:
        return editing.clear_figure(ctx.db, round_id, slot=slot, actor=ctx.actor, expected=expected)
    movement, source, cset, cat = slot
    return editing.set_figure(
        ctx.db, round_id, movement=movement, source=source, count=figure.count, qualifier=figure.qualifier,
        category_set=cset, category=cat, citation=figure.citation, note=figure.note, actor=ctx.actor,
        expected=expected, entered_by=figure.entered_by, entered_at=figure.entered_at,
    )


class FigureEdit(QUndoCommand):
    """Set or clear one figure; undo puts back what was there."""

    def __init__(self, ctx: AppContext, parent_widget, round_id: uuid.UUID, slot: tuple,
                 before: FigureDoc | None, after: FigureDoc | None, text: str):
        super().__init__(text)
        self.ctx = ctx
        self.parent_widget = parent_widget
        self.round_id = round_id
        self.slot = slot
        self.before = before
        self.after = after

    def _apply(self, figure: FigureDoc | None, expected: FigureDoc | None) -> None:
        done = perform(self.parent_widget, self.ctx,
                       lambda: apply_figure(self.ctx, self.round_id, self.slot, figure, expected),
                       title=QCoreApplication.translate("FiguresView", "Figure not saved"))
        if done is None:
            self.setObsolete(True)

    def redo(self) -> None:  # Qt override
        self._apply(self.after, self.before)

    def undo(self) -> None:  # Qt override
        self._apply(self.before, self.after)
