"""Slow work off the GUI thread, as Picard and Anki do it.

A `Task` runs a function on a one-thread pool (database writes happen one at
a time) and reports back through signals, which Qt delivers on the GUI
thread. The function never touches a widget; it may report progress through
the callback it is given. Tests use `InlineTaskRunner`, which runs the same
task at once on the calling thread.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[int, str], None]


class TaskSignals(QObject):
    """Signals:
        progress(int, str): percent done (or -1 when unknown) and what is happening.
        succeeded(object): the function's result.
        failed(object): the exception it raised.
    """

    progress = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, fn: Callable[[Progress], object]):
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()
        self.setAutoDelete(False)

    def run(self) -> None:  # Qt override
        try:
            result = self.fn(self.signals.progress.emit)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread
            exc.formatted_traceback = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class TaskRunner:
    """One worker thread: tasks that write never run side by side."""

    def __init__(self):
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)
        self._running: set[Task] = set()

    def start(self, task: Task) -> Task:
        self._running.add(task)
        task.signals.succeeded.connect(lambda _=None, t=task: self._running.discard(t))
        task.signals.failed.connect(lambda _=None, t=task: self._running.discard(t))
        self.pool.start(task)
        return task

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)


class InlineTaskRunner(TaskRunner):
    """Runs each task at once, on the calling thread (for tests)."""

    def __init__(self):
        self._running = set()

    def start(self, task: Task) -> Task:
        task.run()
        return task

    def wait(self, msecs: int = 30_000) -> bool:
        return True
