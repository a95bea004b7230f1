"""A typed figure: the SQL statements it costs and the time from its Return
to the grid and the review repainted, in the real window (its database
worker included), beside a bare baseline in the same process: a QTableView
over a QStandardItemModel whose edit is one durable `UPDATE` through the
standard library's sqlite3 on the same database file (WAL,
synchronous=FULL) — the least a program can do to keep a typed number.

    python -m benchmarks.typing DATABASE [--figures 40]

Prints one JSON line. Run by `python -m benchmarks`; needs a display
(Xvfb) or QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import threading
import time
from pathlib import Path


def _editor(app, view):
    """Where the next key goes: the widget with the keyboard focus (the
    cell's editor once one is open)."""
    return app.focusWidget() or view


def _settle(app) -> None:
    """What the event loop has queued, closed editors' deletion included."""
    from PySide6.QtCore import QCoreApplication, QEvent

    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _wait(app, condition, timeout: float = 10.0) -> None:
    """Run the event loop as the application does — asleep until an event
    arrives (the worker's result, a timer) — until `condition` holds. A
    busy loop here would take the interpreter from the worker and slow
    what is measured."""
    from PySide6.QtCore import QEventLoop, QTimer

    wake = QTimer()
    wake.start(2)
    end = time.perf_counter() + timeout
    try:
        while not condition():
            if time.perf_counter() > end:
                raise RuntimeError("the window never showed the typed figure")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        wake.stop()


def ours(app, db_path: Path, figures: int) -> tuple[list[int], list[float]]:
    import sqlalchemy as sa
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop.paths import AppPaths
    from desktop.services import listing
    from desktop.storage import Database, resolve_url
    from desktop.ui.context import AppContext, Events
    from desktop.ui.main_window import MainWindow
    from desktop.ui.round.panel import TAB_FIGURES
    from desktop.ui.tasks import TaskRunner

    db = Database.open(resolve_url(db_path, db_path))
    listing.ensure_summaries(db)
    from benchmarks.people import bench_actor

    home = db_path.parent / "home"
    ctx = AppContext(db=db, actor=bench_actor(home), paths=AppPaths.under(home), tasks=TaskRunner(),
                     events=Events())
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    _wait(app, lambda: app.focusWidget() is not None)
    _wait(app, lambda: window.rounds.model.rowCount() > 0)
    window.rounds.table.selectRow(0)
    panel = window.panel
    _wait(app, lambda: panel.figures.doc is not None)
    panel.tabs.setCurrentIndex(TAB_FIGURES)
    grid = panel.figures.grid
    model = panel.figures.model
    statements: list[int] = []
    lock = threading.Lock()
    counting = [False]

    @sa.event.listens_for(db.engine, "before_cursor_execute")
    def count(*_args):
        if counting[0]:
            with lock:
                statements[-1] += 1

    times = []
    rows, cols = model.rowCount(), model.columnCount()
    base = random.randrange(1000, 9000)  # never what a cell already holds from an earlier run
    for i in range(figures):
        row, col = i % rows, (i // rows) % cols
        value = str(base + i)
        grid.setFocus()
        grid.setCurrentIndex(model.index(row, col))
        app.processEvents()
        statements.append(0)
        counting[0] = True
        QTest.keyClicks(grid, value[0])
        QTest.keyClicks(_editor(app, grid), value[1:])
        start = time.perf_counter()
        QTest.keyClick(_editor(app, grid), Qt.Key.Key_Return)
        # The grid shows a saved figure once the change is back from the
        # worker (the review is given the same change in the same call).
        _wait(app, lambda: model.index(row, col).data() == value and not ctx.tasks.pool.activeThreadCount())
        grid.viewport().repaint()
        panel.review.table.viewport().repaint()
        times.append(time.perf_counter() - start)
        _settle(app)
        counting[0] = False
    ctx.tasks.wait()
    window.close()
    db.close()
    return statements, times


def bare(app, db_path: Path, figures: int) -> tuple[list[int], list[float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTableView

    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    ids = [r[0] for r in conn.execute("SELECT id FROM figure LIMIT 12")]
    statements = [0]

    def trace(_sql):
        statements[-1] += 1

    conn.set_trace_callback(trace)
    model = QStandardItemModel(4, 3)
    for r in range(4):
        for c in range(3):
            model.setItem(r, c, QStandardItem(""))

    def save(item):
        fid = ids[(item.row() * 3 + item.column()) % len(ids)]
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE figure SET count = ? WHERE id = ?", (int(item.text()), fid))
        conn.execute("COMMIT")

    model.itemChanged.connect(save)
    view = QTableView()
    view.setModel(model)
    view.resize(600, 300)
    view.show()
    view.activateWindow()
    _wait(app, lambda: app.focusWidget() is not None)
    times = []
    all_statements = []
    for i in range(figures):
        row, col = i % 4, (i // 4) % 3
        value = str(100 + i)
        view.setFocus()
        view.setCurrentIndex(model.index(row, col))
        app.processEvents()
        statements[-1] = 0
        QTest.keyClicks(view, value[0])
        QTest.keyClicks(_editor(app, view), value[1:])
        start = time.perf_counter()
        QTest.keyClick(_editor(app, view), Qt.Key.Key_Return)
        _wait(app, lambda: model.index(row, col).data() == value and statements[-1] >= 3)
        view.viewport().repaint()
        times.append(time.perf_counter() - start)
        _settle(app)
        all_statements.append(statements[-1])
    view.close()
    conn.close()
    return all_statements, times


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.typing")
    parser.add_argument("database", type=Path)
    parser.add_argument("--figures", type=int, default=40)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    ours_statements, ours_times = ours(app, args.database, args.figures)
    bare_statements, bare_times = bare(app, args.database, args.figures)
    print(json.dumps({
        "statements": statistics.median(ours_statements), "statements_max": max(ours_statements),
        "bare_statements": statistics.median(bare_statements),
        "ms": statistics.median(ours_times) * 1000, "ms_p90": sorted(ours_times)[int(len(ours_times) * 0.9)] * 1000,
        "bare_ms": statistics.median(bare_times) * 1000,
    }))


if __name__ == "__main__":
    main()
