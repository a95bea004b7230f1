"""The window's other views: the guide on F1, the overview, the open
discrepancies of all rounds."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.context import AppContext, Events
from desktop.ui.main_window import PAGE_OVERVIEW, PAGE_WORK, MainWindow
from desktop.ui.round.panel import TAB_FIGURES
from desktop.ui.tasks import InlineTaskRunner
from tests.helpers.factories import SEED_ID
from tests.helpers.people import person

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise()")


@pytest.fixture
def window(qtbot, db, app_home) -> MainWindow:
    ctx = AppContext(db=db, actor=person("Olena"), paths=app_home, tasks=InlineTaskRunner(), events=Events())
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    w.jobs.load_demo()
    return w


def test_f1_opens_the_guide_to_the_screen_on_view(window, qtbot):
    """Figures tab on screen: F1 opens the figures page of the guide."""
    from desktop.ui.help import SCREEN_FIGURES, SCREEN_LIST, HelpWindow

    assert window.rounds.select_round(uuid.UUID(SEED_ID))
    window.panel.tabs.setCurrentIndex(TAB_FIGURES)
    window.panel.figures.grid.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.panel.figures.grid, timeout=3000)
    assert window.current_screen() == SCREEN_FIGURES
    window.findChild(type(window.overview_action), "help_action").trigger()
    # This window's help (a help window left open by another test is not it).
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, HelpWindow) and w.isVisible() and w.parentWidget() is window]
    assert shown and "grid" in shown[0].browser.toPlainText().lower()
    window.rounds.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.rounds.table, timeout=3000)
    assert window.current_screen() == SCREEN_LIST


def test_the_overview_opens_a_round(window, qtbot):
    """Ctrl+0 shows the overview; choosing a month opens its newest round in
    the list and the panel; the overview's lists name rounds awaiting review."""
    window.overview_action.trigger()
    assert window.pages.currentIndex() == PAGE_OVERVIEW
    overview = window.overview.overview
    assert overview is not None and overview.months
    month = next(m for m in overview.months if m.round_ids)
    window.overview.round_chosen.emit(month.newest_round)
    assert window.pages.currentIndex() == PAGE_WORK
    assert window.rounds.selected_round() == month.newest_round
    assert window.panel.round_id == month.newest_round


def test_open_discrepancies_of_all_rounds_errors_first(window, qtbot):
    """The dock lists errors, then warnings, then information."""
    from desktop.domain.types import Severity

    window.review_dock.show()
    window.all_review.reload()
    model = window.all_review.model
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    ranks = [order[model.item_at(r)[1].discrepancy.severity] for r in range(model.rowCount())]
    assert ranks == sorted(ranks) and len(set(ranks)) >= 2


def test_refusals_name_rounds_and_rules_in_words(window, qtbot, monkeypatch):
    """Signing off a round with an open error: the dialog names the round by
    title and date and the error by its rule's words, no id and no key."""
    import re

    from desktop.domain.types import RoundStatus
    from desktop.services import editing
    from desktop.ui.dialogs import Ask

    shown: list[str] = []
    monkeypatch.setattr(Ask, "error", staticmethod(lambda parent, title, message: shown.append(message)))
    rid = uuid.UUID("c31a0124-2024-4131-8000-000000000131")
    window.ctx.actor = person("Supervisor Sam")
    editing.set_status(window.ctx.db, rid, status=RoundStatus.IN_REVIEW, actor=person("Olena"))
    window.jobs.sign_off(rid)
    (message,) = shown
    title = editing.get_round_doc(window.ctx.db, rid).title
    assert f"“{title}” (31 January 2024)" in message and "sources disagree (Russia → Ukraine, exchange)" in message
    assert not re.search(r"[0-9a-f]{8}-|source_mismatch|[0-9a-f]{16}", message)
