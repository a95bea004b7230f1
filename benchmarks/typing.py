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
import sqlite3
import statistics
import threading
import time
from pathlib import Path


def _wait(app, condition, timeout: float = 10.0) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise RuntimeError("the window never showed the typed figure")
        app.processEvents()


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
    ctx = AppContext(db=db, actor="bench", paths=AppPaths.under(db_path.parent / "home"), tasks=TaskRunner(),
                     events=Events())
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
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
    for i in range(figures):
        row, col = i % rows, (i // rows) % cols
        value = str(100 + i)
        grid.setFocus()
        grid.setCurrentIndex(model.index(row, col))
        app.processEvents()
        statements.append(0)
        counting[0] = True
        QTest.keyClicks(grid, value[0])
        QTest.keyClicks(app.focusWidget(), value[1:])
        start = time.perf_counter()
        QTest.keyClick(app.focusWidget(), Qt.Key.Key_Return)
        # The grid shows a saved figure once the change is back from the
        # worker (the review is given the same change in the same call).
        _wait(app, lambda: model.index(row, col).data() == value and not ctx.tasks.pool.activeThreadCount())
        grid.viewport().repaint()
        panel.review.table.viewport().repaint()
        times.append(time.perf_counter() - start)
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
        QTest.keyClicks(app.focusWidget(), value[1:])
        start = time.perf_counter()
        QTest.keyClick(app.focusWidget(), Qt.Key.Key_Return)
        _wait(app, lambda: model.index(row, col).data() == value and statements[-1] >= 3)
        view.viewport().repaint()
        times.append(time.perf_counter() - start)
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
