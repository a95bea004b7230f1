"""The tables, by name: what `storage/` and `services/` read and write
(SQLAlchemy Core tables of the `domain.tables` models)."""

from __future__ import annotations

from desktop.domain.tables import (
    AuditEntry,
    Category,
    CategorySet,
    ExchangeRound,
    Figure,
    FigureConflict,
    HistorySeal,
    MovementRow,
    Party,
    PersonCertificate,
    ReceivedEntry,
    Resolution,
    RoundParty,
    RoundSummary,
    SignOff,
    Source,
)

ROUNDS = ExchangeRound.__table__
ROUND_PARTIES = RoundParty.__table__
PARTIES = Party.__table__
SOURCES = Source.__table__
CATEGORY_SETS = CategorySet.__table__
CATEGORIES = Category.__table__
MOVEMENTS = MovementRow.__table__
FIGURES = Figure.__table__
FIGURE_CONFLICTS = FigureConflict.__table__
RESOLUTIONS = Resolution.__table__
SIGN_OFFS = SignOff.__table__
ROUND_SUMMARIES = RoundSummary.__table__
HISTORY = AuditEntry.__table__
SEALS = HistorySeal.__table__
CERTIFICATES = PersonCertificate.__table__
RECEIVED = ReceivedEntry.__table__
