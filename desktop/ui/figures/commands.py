"""Undoable edits of a round: figures and resolutions. Each redo or undo is
one service call, so one transaction, so nothing is lost if the program is
killed in between."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.domain.content import FigureDoc
from desktop.services import editing, review
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp


def apply_figure(ctx: AppContext, db, round_id: uuid.UUID, slot: tuple, figure: FigureDoc | None,
                 expected: FigureDoc | None):
    """Put `figure` (or nothing) in the slot, only if it still holds
    `expected`: an edit or undo never overwrites someone else's change."""
    if figure is None:
        return editing.clear_figure(db, round_id, slot=slot, actor=ctx.actor, expected=expected)
    movement, source, cset, cat = slot
    return editing.set_figure(
        db, round_id, movement=movement, source=source, count=figure.count, qualifier=figure.qualifier,
        category_set=cset, category=cat, citation=figure.citation, note=figure.note, actor=ctx.actor,
        expected=expected, entered_by=figure.entered_by, entered_at=figure.entered_at, part_of=figure.part_of,
    )


class RoundCommand(QUndoCommand):
    """An undoable change of a round: each redo and undo is one operation
    on the database's worker. One that is refused (someone changed the same
    thing meanwhile) leaves the stack, so Undo never names what did not
    happen."""

    title = QT_TRANSLATE_NOOP("FiguresView", "Figure not saved")

    def __init__(self, ctx: AppContext, parent_widget, text: str):
        super().__init__(text)
        self.ctx = ctx
        self.parent_widget = parent_widget
        #: The stack it is pushed on (set by `RoundUndo.push`).
        self.stack = None
        self._inside_stack = False

    def _run(self, op) -> None:
        self._inside_stack = True  # until the stack's call returns (at once, or the op is queued)
        try:
            CollectionOp(parent=self.parent_widget, op=op).with_title(
                QCoreApplication.translate("FiguresView", self.title)).failure(self._refused) \
                .run_in_background(self.ctx)
        finally:
            self._inside_stack = False

    def _refused(self, exc: BaseException) -> None:
        import shiboken6

        from desktop.storage import DatabaseReplaced
        from desktop.ui.actions import explain
        from desktop.ui.dialogs import Ask

        if not isinstance(exc, DatabaseReplaced):  # that one is said once, by the operation itself
            Ask.error(self.parent_widget, QCoreApplication.translate("FiguresView", self.title), explain(exc))
        if not shiboken6.isValid(self):
            return  # its undo and its redo were both refused: the stack has already dropped it
        self.setObsolete(True)
        stack = self.stack
        if self._inside_stack or stack is None:
            return  # the stack drops an obsolete command itself when its call returns
        # Refused later, on the worker: dropped now if it is next to the
        # stack's position, else as soon as it is (RoundUndo.drop_refused).
        from desktop.ui.undo import RoundUndo

        RoundUndo.drop_refused(stack)


class FigureEdit(RoundCommand):
    """Set or clear one figure; undo puts back what was there."""

    def __init__(self, ctx: AppContext, parent_widget, round_id: uuid.UUID, slot: tuple,
                 before: FigureDoc | None, after: FigureDoc | None, text: str):
        super().__init__(ctx, parent_widget, text)
        self.round_id = round_id
        self.slot = slot
        self.before = before
        self.after = after

    def _put(self, figure: FigureDoc | None, expected: FigureDoc | None) -> None:
        view = self.parent_widget
        if hasattr(view, "expect") and getattr(view, "round_id", None) == self.round_id:
            view.expect(self.slot, figure)
        self._run(lambda db: apply_figure(self.ctx, db, self.round_id, self.slot, figure, expected))

    def _refused(self, exc: BaseException) -> None:
        if hasattr(self.parent_widget, "forget"):
            self.parent_widget.forget(self.slot)
        super()._refused(exc)

    def redo(self) -> None:  # Qt override
        self._put(self.after, self.before)

    def undo(self) -> None:  # Qt override
        self._put(self.before, self.after)


class ResolveEdit(RoundCommand):
    """Resolve one discrepancy; undo puts back the decision held before
    (none, or an earlier one), only if the decision is still this one."""

    title = QT_TRANSLATE_NOOP("ReviewView", "Not resolved")

    def __init__(self, ctx: AppContext, parent_widget, round_id: uuid.UUID, key: str,
                 before: tuple[int | None, str] | None, after: tuple[int | None, str], text: str):
        super().__init__(ctx, parent_widget, text)
        self.round_id = round_id
        self.key = key
        self.before = before
        self.after = after

    def redo(self) -> None:  # Qt override
        value, note = self.after
        self._run(lambda db: review.resolve(db, self.round_id, self.key, value=value, note=note,
                                            actor=self.ctx.actor, expected=self.before))

    def undo(self) -> None:  # Qt override
        if self.before is None:
            self._run(lambda db: review.end_resolution(db, self.round_id, self.key, actor=self.ctx.actor,
                                                       expected=self.after))
            return
        value, note = self.before
        self._run(lambda db: review.resolve(db, self.round_id, self.key, value=value, note=note,
                                            actor=self.ctx.actor, expected=self.after, detail="undone"))
