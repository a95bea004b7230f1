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
        return stack

    def push(self, round_id: uuid.UUID, command) -> None:
        """Do `command` and keep it for Undo (it learns its stack, to leave
        it if it is refused)."""
        stack = self.stack_for(round_id)
        command.stack = stack
        stack.push(command)

    def activate(self, round_id: uuid.UUID | None) -> None:
        self.group.setActiveStack(self.stack_for(round_id) if round_id is not None else None)
