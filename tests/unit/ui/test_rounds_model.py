"""The rounds list model, fed by a fake query: paging, sorting, roles."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QModelIndex, Qt

from desktop.domain.totals import Tally
from desktop.domain.types import RoundStatus
from desktop.services.listing import RoundQuery, RoundRow, SortKey
from desktop.ui.rounds.model import (
    COL_OPEN,
    COL_RECEIVED,
    ID_ROLE,
    PAGE,
    RoundsTableModel,
)


def rows(n: int) -> list[RoundRow]:
    return [
        RoundRow(id=uuid.UUID(int=i + 1), date=dt.date(2024, 1, 1) + dt.timedelta(days=i), title=f"Round {i}",
                 sides="Ukraine, Russia", received={"Ukraine": Tally(195, 207)}, status=RoundStatus.DRAFT,
                 open_errors=i % 2)
        for i in range(n)
    ]


class FakeQuery:
    def __init__(self, data):
        self.data = data
        self.queries: list[RoundQuery] = []

    def fetch(self, query, offset, limit):
        self.queries.append(query)
        return self.data[offset:offset + limit]

    def count(self, query):
        return len(self.data)


def test_pages_are_fetched_as_the_view_asks(qapp):
    """First page on reload; the next when fetchMore is called."""
    fake = FakeQuery(rows(PAGE * 2 + 5))
    model = RoundsTableModel(fake.fetch, fake.count)
    model.reload()
    assert model.rowCount() == PAGE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE * 2 + 5
    assert not model.canFetchMore(QModelIndex())


def test_sorting_changes_the_query_not_the_rows(qapp):
    """Clicking a header asks the service again, in the new order."""
    fake = FakeQuery(rows(3))
    model = RoundsTableModel(fake.fetch, fake.count)
    model.reload()
    model.sort(COL_OPEN, Qt.SortOrder.AscendingOrder)
    assert fake.queries[-1].sort is SortKey.OPEN and not fake.queries[-1].descending


def test_display_and_roles(qapp):
    """Received shows the range; the id role gives the round id; badges show counts."""
    fake = FakeQuery(rows(2))
    model = RoundsTableModel(fake.fetch, fake.count)
    model.reload()
    assert model.index(0, COL_RECEIVED).data() == "Ukraine ← 195–207"
    assert model.index(1, 0).data(ID_ROLE) == uuid.UUID(int=2)
    assert model.index(1, COL_OPEN).data() == "1"  # compact: the icon says error, the tooltip in words
    assert model.index(1, COL_OPEN).data(Qt.ItemDataRole.ToolTipRole) == "1 error"
    assert model.index(0, COL_OPEN).data() == ""
    assert model.index(1, COL_OPEN).data(Qt.ItemDataRole.DecorationRole) is not None


def test_model_passes_qt_model_tester(qtmodeltester):
    """Qt's own consistency checks."""
    fake = FakeQuery(rows(5))
    model = RoundsTableModel(fake.fetch, fake.count)
    model.reload()
    qtmodeltester.check(model)
