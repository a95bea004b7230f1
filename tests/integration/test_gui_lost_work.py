"""What a user types is never lost: each case once lost work in the real
window, and each test here failed before its fix."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.content import SourceDoc
from desktop.services import editing
from desktop.ui.context import AppContext, Events
from desktop.ui.dialogs import Ask
from desktop.ui.main_window import MainWindow
from desktop.ui.round.panel import TAB_FIGURES
from desktop.ui.tasks import InlineTaskRunner


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(Ask, "error", staticmethod(lambda parent, title, message: shown.append(message)))
    return shown


@pytest.fixture
def ctx(db, app_home) -> AppContext:
    return AppContext(db=db, actor="Olena", paths=app_home, tasks=InlineTaskRunner(), events=Events())


@pytest.fixture
def window(qtbot, ctx) -> MainWindow:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def a_round(ctx, window) -> uuid.UUID:
    rid = editing.create_round(ctx.db, title="Exchange of 31 January 2024", date=__import__("datetime").date(2024, 1, 31),
                               sides=["Ukraine", "Russia"], actor="Olena")
    editing.set_sources(ctx.db, rid, sources=[SourceDoc("Russian Ministry of Defence", "Russia"),
                                              SourceDoc("Coordination Headquarters", "Ukraine")], actor="Olena")
    window.refresh()
    assert window.rounds.select_round(rid)
    return rid


def keys(qtbot, *strokes) -> None:
    """Each key to the widget that has the focus at that moment, with what
    the event loop has queued done in between, as a keyboard's keys arrive
    one by one (a string is typed character by character)."""
    for stroke in strokes:
        for key in ([stroke] if not isinstance(stroke, str) else stroke):
            target = QApplication.focusWidget()
            if isinstance(key, str):
                qtbot.keyClicks(target, key)
            else:
                qtbot.keyClick(target, key)
            QApplication.processEvents()


def counts(ctx, rid) -> dict[str, int]:
    return {f.source: f.count for f in editing.get_round_doc(ctx.db, rid).figures if f.category is None}


def test_tab_in_the_grid_keeps_every_keystroke(window, qtbot, ctx, errors):
    """80 Tab 75 Return: both figures saved, each where it was typed."""
    rid = a_round(ctx, window)
    window.panel.tabs.setCurrentIndex(TAB_FIGURES)
    figures = window.panel.figures
    grid = figures.grid
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(0, 0))
    keys(qtbot, "80", Qt.Key.Key_Tab, "75", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(counts(ctx, rid)) == 2, timeout=3000)
    assert counts(ctx, rid) == {"Russian Ministry of Defence": 80, "Coordination Headquarters": 75}
    assert errors == []
    # Shift+Tab goes back to the first source, where typing replaces 80.
    keys(qtbot, Qt.Key.Key_Up)
    assert grid.currentIndex().row() == 0 and grid.currentIndex().column() == 1
    keys(qtbot, Qt.Key.Key_Backtab)
    assert grid.currentIndex().column() == 0
    keys(qtbot, "81", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counts(ctx, rid).get("Russian Ministry of Defence") == 81, timeout=3000)
