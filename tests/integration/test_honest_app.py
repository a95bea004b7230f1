"""The app's review tab says what the rules could not check, and claims the
sources agree only when that holds."""

from __future__ import annotations

import datetime as dt

from desktop.services import editing
from desktop.ui.round.panel import TAB_REVIEW


def test_a_round_without_figures_says_so_in_the_review_tab(window, qtbot, ctx):
    rid = editing.create_round(ctx.db, title="Exchange of 5 February 2025", date=dt.date(2025, 2, 5),
                               sides=("Ukraine", "Russia"), actor=ctx.actor)
    window.rounds.reload()
    qtbot.waitUntil(lambda: window.rounds.select_round(rid), timeout=3000)
    window.panel.tabs.setCurrentIndex(TAB_REVIEW)
    review = window.panel.review
    qtbot.waitUntil(lambda: review.gaps_label.isVisible(), timeout=3000)
    assert "No figures are recorded for this round" in review.gaps_label.text()
    assert "the sources agree" not in review.summary_label.text()
    assert review.summary_label.text().startswith("None found")
