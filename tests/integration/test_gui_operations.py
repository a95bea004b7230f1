"""Every service call of the window runs on the database's worker thread:
the window answers while another program holds the write lock, and a
typed figure costs the write alone (no view reads the round again)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.domain.content import Movement, SourceDoc
from desktop.domain.types import MovementKind
from desktop.services import editing
from desktop.ui.context import AppContext, Events
from desktop.ui.main_window import MainWindow
from desktop.ui.round.panel import TAB_FIGURES
from desktop.ui.tasks import InlineTaskRunner, TaskRunner
from tests.helpers.people import person
from tests.integration.test_gui_lost_work import keys

MOVEMENT = Movement("Russia", "Ukraine", MovementKind.EXCHANGE)


def a_round(db):
    rid = editing.create_round(db, title="Exchange of 31 January 2024", date=dt.date(2024, 1, 31),
                               sides=["Ukraine", "Russia"], actor=person("Olena"))
    editing.set_sources(db, rid, sources=[SourceDoc("MoD", "Russia"), SourceDoc("HQ", "Ukraine")], actor=person("Olena"))
    return rid


def open_figures(qtbot, window, rid):
    qtbot.waitUntil(lambda: window.rounds.model.rowCount() == 1, timeout=5000)
    window.rounds.select_round(rid)
    qtbot.waitUntil(lambda: window.panel.figures.doc is not None, timeout=5000)
    window.go_to_tab(TAB_FIGURES)
    figures = window.panel.figures
    figures.select_movement(MOVEMENT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is figures.grid, timeout=3000)
    return figures


def test_the_window_answers_while_another_program_holds_the_write_lock(qtbot, db, db_path, app_home, monkeypatch):
    """A figure typed while another program writes: the window keeps
    painting and answering (its timers run), and the figure is saved as
    soon as the lock is free."""
    from desktop.ui.dialogs import Ask

    shown = []
    monkeypatch.setattr(Ask, "error", staticmethod(lambda parent, title, message: shown.append(message)))
    rid = a_round(db)
    ctx = AppContext(db=db, actor=person("Olena"), paths=app_home, tasks=TaskRunner(), events=Events())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    figures = open_figures(qtbot, window, rid)
    column = figures.model.sources.index("MoD")
    figures.grid.setCurrentIndex(figures.model.index(0, column))

    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program's write in progress
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    try:
        keys(qtbot, "195", Qt.Key.Key_Return)
        qtbot.wait(600)
        assert len(ticks) >= 10, "the GUI thread kept running while the write waited"
        assert figures.model.index(0, column).data() == ""
    finally:
        other.execute("COMMIT")
        other.close()
        timer.stop()
    qtbot.waitUntil(lambda: figures.model.index(0, column).data() == "195" or bool(shown), timeout=10_000)
    ctx.tasks.wait()
    assert shown == []
    assert {f.source: f.count for f in editing.get_round_doc(db, rid).figures} == {"MoD": 195}


@pytest.mark.parametrize("typed", ["195", "~200"])
def test_a_typed_figure_costs_the_write_alone(qtbot, db, app_home, typed):
    """The statements a typed figure makes are those of the service's own
    write: the grid, the review, the list and the header are shown from
    what the write returned, with no read of their own."""
    rid = a_round(db)
    ctx = AppContext(db=db, actor=person("Olena"), paths=app_home, tasks=InlineTaskRunner(), events=Events())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.review_dock.hide()
    figures = open_figures(qtbot, window, rid)
    column = figures.model.sources.index("HQ")
    figures.grid.setCurrentIndex(figures.model.index(0, column))
    seen: list[str] = []
    listener = lambda _conn, _cursor, statement, *_rest: seen.append(statement)
    committed = lambda _conn: seen.append("COMMIT")
    sa.event.listen(db.engine, "before_cursor_execute", listener)
    sa.event.listen(db.engine, "commit", committed)
    try:
        keys(qtbot, typed, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: figures.model.index(0, column).data() == typed, timeout=3000)
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", listener)
        sa.event.remove(db.engine, "commit", committed)
    assert seen[0] == "BEGIN IMMEDIATE" and seen.count("COMMIT") == 1
    assert seen[-1] == "COMMIT", f"read after the write: {seen[seen.index('COMMIT') + 1:]}"
    row = window.rounds.model.round_at(window.rounds.model.row_of(rid))
    assert row.received  # the list's line was given the new figure too
