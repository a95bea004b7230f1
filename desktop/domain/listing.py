"""What the rounds list asks for and shows, as plain values (no database)."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass, field

from desktop.domain.content import RoundDoc
from desktop.domain.review import ReviewedDiscrepancy, fold
from desktop.domain.totals import Tally
from desktop.domain.types import RoundStatus


class SortKey(enum.StrEnum):
    DATE = "date"
    TITLE = "title"
    SIDES = "sides"
    RECEIVED = "received"
    STATUS = "status"
    OPEN = "open"


@dataclass(frozen=True)
class RoundQuery:
    """What the list shows: words to find (all of them, anywhere in title,
    parties, mediators or sources), a date range, a status, only rounds with
    open errors; and the order."""

    text: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    status: RoundStatus | None = None
    open_errors_only: bool = False
    sort: SortKey = SortKey.DATE
    descending: bool = True

    def words(self) -> list[str]:
        return [w for w in fold(self.text).split() if w]


@dataclass(frozen=True)
class RoundRow:
    """One line of the rounds list."""

    id: uuid.UUID
    date: dt.date
    title: str
    sides: str
    received: dict[str, Tally] = field(default_factory=dict)
    status: RoundStatus = RoundStatus.DRAFT
    open_errors: int = 0
    open_warnings: int = 0
    open_infos: int = 0


@dataclass(frozen=True)
class RoundState:
    """A round as a change left it: its content, its discrepancies with
    their resolutions, and its line in the list — what the views show, so
    that a change is shown without reading the round again."""

    doc: RoundDoc
    items: tuple[ReviewedDiscrepancy, ...]
    row: RoundRow
