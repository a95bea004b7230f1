"""Reading rounds: find one by id prefix, list them, show one, and the
discrepancies their figures raise."""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.domain.content import RoundDoc
from desktop.domain.operations import Operation, operations
from desktop.domain.reporting import received_totals
from desktop.domain.review import (
    ResolutionFact,
    ReviewedDiscrepancy,
    review,
    reviewed_from_dict,
)
from desktop.domain.totals import Tally, received_of_rows
from desktop.domain.types import PartyRole, Qualifier, RoundStatus, Severity
from desktop.i18n import translate
from desktop.services.errors import UserError
from desktop.services.loading import load_docs, paused_gc
from desktop.services.summaries import ensure_summaries
from desktop.storage import Database
from desktop.storage.tables import PARTIES, ROUND_PARTIES, ROUND_SUMMARIES, ROUNDS

_HEX = re.compile(r"[0-9a-f]{1,32}")
_SHOW_CANDIDATES = 10


def resolve_round(session: Session, ref: str) -> uuid.UUID:
    """A round named by its UUID or any unique prefix of it."""
    text = ref.strip().lower().replace("-", "")
    if not _HEX.fullmatch(text):
        raise UserError(translate(
            "rounds", "round {reference!r}: not a round id (ids are hexadecimal, like 6f1c2a3b)."
        ).format(reference=ref))
    hex_id = sa.func.replace(sa.func.lower(sa.cast(ROUNDS.c.id, sa.String)), "-", "")
    rows = session.execute(
        sa.select(ROUNDS.c.id, ROUNDS.c.date, ROUNDS.c.title)
        .where(hex_id.like(f"{text}%"))
        .order_by(ROUNDS.c.date, ROUNDS.c.id)
        .limit(_SHOW_CANDIDATES + 1)
    ).all()
    if not rows:
        raise UserError(translate("rounds", "round {reference!r}: no round has an id starting with {prefix}.").format(
            reference=ref, prefix=ref.strip()))
    if len(rows) > 1:
        shown = "; ".join(f"{r.id} ({r.date}, {r.title})" for r in rows[:_SHOW_CANDIDATES])
        if len(rows) > _SHOW_CANDIDATES:
            message = translate(
                "rounds", "round {reference!r}: the prefix matches several rounds: {candidates} and more; "
                "type more of the id.")
        else:
            message = translate(
                "rounds", "round {reference!r}: the prefix matches several rounds: {candidates}; type more of the id.")
        raise UserError(message.format(reference=ref, candidates=shown))
    return rows[0].id


def resolve_rounds(db: Database, refs: Sequence[str]) -> list[uuid.UUID]:
    with db.reading() as session:
        return [resolve_round(session, ref) for ref in refs]


@dataclass(frozen=True)
class RoundSummary:
    """One line of the rounds list."""

    id: uuid.UUID
    date: dt.date
    title: str
    sides: tuple[str, ...]
    status: RoundStatus
    received: dict[str, Tally]
    open_counts: dict[Severity, int]

    def to_dict(self) -> dict:
        return {
            "id": str(self.id),
            "date": self.date.isoformat(),
            "title": self.title,
            "sides": list(self.sides),
            "status": self.status.value,
            "received": {p: _received_json(r) for p, r in self.received.items()},
            "discrepancies": {s.value: self.open_counts.get(s, 0) for s in Severity},
        }


def _received_json(value: Tally) -> dict:
    """`{"min": 29, "max": 29}`, with what is known of the value where it is
    more than a plain count: `"qualifier"`, `"derived"`, `"disputed"`,
    `"accepted"` (only when so)."""
    out: dict = {"min": value.low, "max": value.high}
    if value.qualifier is not Qualifier.EXACT:
        out["qualifier"] = value.qualifier.value
    for mark in ("derived", "disputed", "accepted"):
        if getattr(value, mark):
            out[mark] = True
    return out


def summarize(doc: RoundDoc, resolutions: dict[str, ResolutionFact] | None = None) -> RoundSummary:
    """A round's line computed from its content (what its summary row holds)."""
    reviewed = review(doc, resolutions or {})
    return RoundSummary(
        id=doc.id, date=doc.date, title=doc.title, sides=doc.sides,
        status=doc.status or RoundStatus.DRAFT,
        received=received_totals(doc, reviewed),
        open_counts=dict(Counter(r.discrepancy.severity for r in reviewed if r.is_open)),
    )


def list_rounds(db: Database, *, date_from: dt.date | None = None, date_to: dt.date | None = None) -> list[RoundSummary]:
    """Every round in the range, by date, with its open discrepancies: read
    from the summary rows every change keeps up to date, as the app's list
    is (no figure is read)."""
    ensure_summaries(db)
    where = []
    if date_from is not None:
        where.append(ROUNDS.c.date >= date_from)
    if date_to is not None:
        where.append(ROUNDS.c.date <= date_to)
    with paused_gc(), db.reading() as session:
        rows = session.execute(
            sa.select(ROUNDS.c.id, ROUNDS.c.date, ROUNDS.c.title, ROUNDS.c.status, ROUND_SUMMARIES.c.received,
                      ROUND_SUMMARIES.c.open_errors, ROUND_SUMMARIES.c.open_warnings, ROUND_SUMMARIES.c.open_infos)
            .select_from(ROUNDS.join(ROUND_SUMMARIES, ROUND_SUMMARIES.c.round_id == ROUNDS.c.id)).where(*where).order_by(ROUNDS.c.date, ROUNDS.c.id)
        ).all()
        sides: dict[uuid.UUID, list[str]] = defaultdict(list)
        for round_id, name in session.execute(
            sa.select(ROUND_PARTIES.c.round_id, PARTIES.c.name).join(PARTIES, PARTIES.c.id == ROUND_PARTIES.c.party_id).join(ROUNDS, ROUNDS.c.id == ROUND_PARTIES.c.round_id)
            .where(ROUND_PARTIES.c.role == PartyRole.SIDE, *where).order_by(ROUND_PARTIES.c.round_id, ROUND_PARTIES.c.position)
        ):
            sides[round_id].append(name)
    out = []
    for r in rows:
        counts = {Severity.ERROR: r.open_errors, Severity.WARNING: r.open_warnings, Severity.INFO: r.open_infos}
        out.append(RoundSummary(
            id=r.id, date=r.date, title=r.title, sides=tuple(sides[r.id]), status=r.status,
            received=received_of_rows(json.loads(r.received)),
            open_counts={s: n for s, n in counts.items() if n},
        ))
    return out


def get_round(db: Database, ref: str) -> RoundDoc:
    with db.reading() as session:
        rid = resolve_round(session, ref)
        (doc,) = load_docs(session, ids=[rid])
    return doc


def discrepancies(db: Database, *, ref: str | None = None) -> list[ReviewedDiscrepancy]:
    """Every discrepancy, of one round or of all, rounds by date, each with
    its resolution where one still holds: read from the summary rows every
    change keeps up to date (no figure is read)."""
    return [reviewed_from_dict(item) for blob in _discrepancy_rows(db, ref) for item in json.loads(blob)]


def discrepancies_json(db: Database, *, ref: str | None = None) -> str:
    """`discrepancies --json` text, from the summary rows: one discrepancy per line."""
    items = [b[1:-1] for b in _discrepancy_rows(db, ref) if b and b != "[]"]  # each round's on a line
    return "[\n" + ",\n".join(items) + "\n]\n" if items else "[]\n"


def _discrepancy_rows(db: Database, ref: str | None) -> list[str]:
    """Each round's discrepancies as JSON, as its summary row holds them, rounds by date."""
    ensure_summaries(db)
    with db.reading() as session:
        query = sa.select(ROUND_SUMMARIES.c.discrepancies).join(ROUNDS, ROUNDS.c.id == ROUND_SUMMARIES.c.round_id).order_by(ROUNDS.c.date, ROUNDS.c.id)
        if ref is not None:
            query = query.where(ROUNDS.c.id == resolve_round(session, ref))
        return list(session.execute(query).scalars())


def operations_of(db: Database, *, name: str | None = None) -> list[Operation]:
    """Every operation the rounds name (or the one named `name`), each
    with its rounds and what was agreed against what they handed over."""
    from desktop.services.summaries import load_resolutions

    with paused_gc(), db.reading() as session:
        query = sa.select(ROUNDS.c.id).where(ROUNDS.c.operation.is_not(None))
        if name is not None:
            query = query.where(ROUNDS.c.operation == name)
        ids = list(session.execute(query).scalars())
        if not ids:
            return []
        docs = load_docs(session, ids=ids)
        resolutions = load_resolutions(session, ids)
    return operations(docs, resolutions)
