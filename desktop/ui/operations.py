"""Every service call of the window, reads and writes, as a small operation
run on the database's one worker thread (Anki's `QueryOp` and
`CollectionOp`): the GUI thread never waits for the database, not even
while another program holds the write lock.

    QueryOp(parent=self, op=lambda db: listing.fetch_rounds(db, query),
            success=self.model.set_rows).run_in_background(ctx)

    CollectionOp(parent=self, op=lambda db: editing.set_figure(db, ...)) \\
        .success(after).run_in_background(ctx)

Operations run one at a time in the order they were started, so a read
started after a write sees it. A write's `Change` is announced on
`ctx.events.data_changed` before its own `success` runs; each view decides
what of it to show. A failure the user can act on (bad input, a refusal, a
busy or replaced database) is one sentence in a dialog, and the views
reload what the write was about, since what they show may be stale; any
other failure is a bug and reaches the crash handler.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.storage import Database
from desktop.ui.actions import explain
from desktop.ui.context import AppContext
from desktop.ui.dialogs import Ask
from desktop.ui.tasks import Task

T = TypeVar("T")


class QueryOp(Generic[T]):
    """A read: `op(db)` on the worker, then `success(result)` on the GUI thread."""

    def __init__(self, *, parent: QWidget | None, op: Callable[[Database], T],
                 success: Callable[[T], None] | None = None):
        self.parent = parent
        self.op = op
        self._success = success
        self._failure: Callable[[BaseException], None] | None = None
        self.title = ""

    def success(self, fn: Callable[[T], None]) -> QueryOp[T]:
        self._success = fn
        return self

    def failure(self, fn: Callable[[BaseException], None]) -> QueryOp[T]:
        """Instead of the dialog: `fn(exc)` for an error a user can act on."""
        self._failure = fn
        return self

    def with_title(self, title: str) -> QueryOp[T]:
        """The dialog's title if it fails."""
        self.title = title
        return self

    def run_in_background(self, ctx: AppContext) -> Task:
        task = Task(lambda _progress: self.op(ctx.db))
        task.signals.succeeded.connect(lambda result: self._succeeded(ctx, result))
        task.signals.failed.connect(lambda exc: self._failed(ctx, exc))
        return ctx.tasks.start(task)

    def _gone(self) -> bool:
        """The view that asked was deleted meanwhile (its window closed)."""
        return self.parent is not None and not shiboken6.isValid(self.parent)

    def _succeeded(self, ctx: AppContext, result) -> None:
        if self._success is not None and not self._gone():
            self._success(result)

    def _failed(self, ctx: AppContext, exc: BaseException) -> None:
        sentence = explain(exc)
        if sentence is None:
            raise exc
        if self._gone():
            return  # a read for a view that is no more: no one to tell
        if _replaced(self.parent, ctx, exc, sentence):
            return
        if self._failure is not None:
            self._failure(exc)
            return
        Ask.error(self.parent, self.title or QCoreApplication.translate("perform", "Not done"), sentence)


def _replaced(parent: QWidget | None, ctx: AppContext, exc: BaseException, sentence: str) -> bool:
    """The database file was replaced by another program: say so once, and
    let every view read the file now there."""
    from desktop.storage import DatabaseReplaced

    if not isinstance(exc, DatabaseReplaced):
        return False
    Ask.information(parent, QCoreApplication.translate("perform", "Database opened again"), sentence)
    ctx.events.data_changed.emit(None)
    return True


class CollectionOp(QueryOp[T]):
    """A write: its `Change` is announced to every view, then `success` runs.
    When it fails, the views reload (what they showed may be stale: a
    refusal is often "someone changed this meanwhile")."""

    def _succeeded(self, ctx: AppContext, result) -> None:
        from desktop.services.editing import Change

        ctx.events.data_changed.emit(result if isinstance(result, Change) else None)
        super()._succeeded(ctx, result)

    def _failed(self, ctx: AppContext, exc: BaseException) -> None:
        sentence = explain(exc)
        if sentence is None:
            raise exc
        gone = self._gone()
        if gone:
            self.parent = None  # a failed write is still said, over no window
        # The views read again first, so that what the dialog says ("it has
        # been reloaded") is what is behind it.
        if _replaced(self.parent, ctx, exc, sentence):
            if self._failure is not None and not gone:
                self._failure(exc)  # to undo what it expected; the sentence was said
            return
        ctx.events.data_changed.emit(None)
        if self._failure is not None and not gone:
            self._failure(exc)
        else:
            Ask.error(self.parent, self.title or QCoreApplication.translate("perform", "Not done"), sentence)
