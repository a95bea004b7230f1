"""A read's result that arrives after the view that asked for it was
deleted (a window closed while the worker was still reading) is dropped:
it used to reach the deleted view and fail inside Qt's event loop (seen
in CI, where it failed the next test)."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QWidget

from desktop.ui.context import AppContext, Events
from desktop.ui.operations import QueryOp
from desktop.ui.tasks import TaskRunner


class Gone(QWidget):
    def __init__(self):
        super().__init__()
        self.shown: list[object] = []

    def show_rows(self, rows) -> None:
        self.label = self.windowTitle()  # a call on the C++ object: fails once it is deleted
        self.shown.append(rows)


def test_a_result_for_a_deleted_view_is_dropped(qtbot, app_home):
    ctx = AppContext(db=None, actor=None, paths=app_home, tasks=TaskRunner(), events=Events())
    view = Gone()
    release = threading.Event()

    def read(_db):
        release.wait(10)
        return ["a row"]

    task = QueryOp(parent=view, op=read, success=view.show_rows).run_in_background(ctx)
    shiboken6.delete(view)  # closed while the worker still reads
    done = []
    task.signals.succeeded.connect(lambda result: done.append(result))
    release.set()
    assert ctx.tasks.wait(10_000)
    qtbot.waitUntil(lambda: done == [["a row"]], timeout=5000)  # delivered, and nothing raised


def test_a_failed_read_for_a_deleted_view_says_nothing(qtbot, app_home, monkeypatch):
    """No dialog about a read nobody waits for any more (its view is gone)."""
    from desktop.services.errors import UserError
    from desktop.ui.dialogs import Ask

    said: list[str] = []
    monkeypatch.setattr(Ask, "error", staticmethod(lambda _p, _t, message: said.append(message)))
    ctx = AppContext(db=None, actor=None, paths=app_home, tasks=TaskRunner(), events=Events())
    view = Gone()
    release = threading.Event()

    def read(_db):
        release.wait(10)
        raise UserError("The database server cannot be reached.")

    task = QueryOp(parent=view, op=read, success=view.show_rows).run_in_background(ctx)
    shiboken6.delete(view)
    failed = []
    task.signals.failed.connect(lambda exc: failed.append(exc))
    release.set()
    assert ctx.tasks.wait(10_000)
    qtbot.waitUntil(lambda: len(failed) == 1, timeout=5000)
    assert said == []
