"""Undo and redo across a round: one stack per round, in one group whose
active stack is the round on screen. Figure edits and resolutions both go
on it, so Undo always takes back what the user did last."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoGroup, QUndoStack


class RoundUndo(QObject):
    """Attributes:
        group: the QUndoGroup the Edit menu's actions follow.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.group = QUndoGroup(self)
        self._stacks: dict[uuid.UUID, QUndoStack] = {}

    def stack_for(self, round_id: uuid.UUID) -> QUndoStack:
        stack = self._stacks.get(round_id)
        if stack is None:
            stack = self._stacks[round_id] = QUndoStack(self)
            self.group.addStack(stack)
            stack.indexChanged.connect(lambda _index, stack=stack: RoundUndo.drop_refused(stack))
        return stack

    @staticmethod
    def drop_refused(stack: QUndoStack) -> None:
        """Edits refused by the database are marked obsolete; next to the
        stack's position they are dropped at once, so that the Edit menu
        never names an undo or a redo of something that did not happen."""
        import shiboken6

        if not shiboken6.isValid(stack) or getattr(stack, "_dropping", False):
            return
        stack._dropping = True
        try:
            while stack.index() > 0 and stack.command(stack.index() - 1).isObsolete():
                stack.undo()  # an obsolete command is removed, not undone
            while stack.index() < stack.count() and stack.command(stack.index()).isObsolete():
                stack.redo()
        finally:
            stack._dropping = False

    def push(self, round_id: uuid.UUID, command) -> None:
        """Do `command` and keep it for Undo (it learns its stack, to leave
        it if it is refused)."""
        stack = self.stack_for(round_id)
        command.stack = stack
        stack.push(command)

    def activate(self, round_id: uuid.UUID | None) -> None:
        self.group.setActiveStack(self.stack_for(round_id) if round_id is not None else None)
