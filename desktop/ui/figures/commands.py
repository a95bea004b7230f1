"""Undoable edits of a round: figures and resolutions. Each redo or undo is
one service call, so one transaction, so nothing is lost if the program is
killed in between."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.domain.content import FigureDoc
from desktop.services import editing, review
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


class ResolveEdit(QUndoCommand):
    """Resolve one discrepancy; undo puts back the decision held before
    (none, or an earlier one), only if the decision is still this one."""

    def __init__(self, ctx: AppContext, parent_widget, round_id: uuid.UUID, key: str,
                 before: tuple[int | None, str] | None, after: tuple[int | None, str], text: str):
        super().__init__(text)
        self.ctx = ctx
        self.parent_widget = parent_widget
        self.round_id = round_id
        self.key = key
        self.before = before
        self.after = after

    def _run(self, action) -> None:
        done = perform(self.parent_widget, self.ctx, action,
                       title=QCoreApplication.translate("ReviewView", "Not resolved"))
        if done is None:
            self.setObsolete(True)

    def redo(self) -> None:  # Qt override
        value, note = self.after
        self._run(lambda: review.resolve(self.ctx.db, self.round_id, self.key, value=value, note=note,
                                         actor=self.ctx.actor, expected=self.before))

    def undo(self) -> None:  # Qt override
        if self.before is None:
            self._run(lambda: review.end_resolution(self.ctx.db, self.round_id, self.key, actor=self.ctx.actor,
                                                    expected=self.after))
            return
        value, note = self.before
        self._run(lambda: review.resolve(self.ctx.db, self.round_id, self.key, value=value, note=note,
                                         actor=self.ctx.actor, expected=self.after, detail="undone"))
