"""Reading rounds: find one by id prefix, list them, show one, and the
discrepancies their figures raise."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.domain.content import RoundDoc
from desktop.domain.discrepancies import Received
from desktop.domain.reporting import received_totals
from desktop.domain.review import ResolutionFact, ReviewedDiscrepancy, review
from desktop.domain.types import RoundStatus, Severity
from desktop.i18n import translate
from desktop.services.errors import UserError
from desktop.services.loading import R, load_docs, paused_gc
from desktop.services.summaries import load_resolutions
from desktop.storage import Database

_HEX = re.compile(r"[0-9a-f]{1,32}")
_SHOW_CANDIDATES = 10


def resolve_round(session: Session, ref: str) -> uuid.UUID:
    """A round named by its UUID or any unique prefix of it."""
    text = ref.strip().lower().replace("-", "")
    if not _HEX.fullmatch(text):
        raise UserError(translate(
            "rounds", "round {reference!r}: not a round id (ids are hexadecimal, like 6f1c2a3b)."
        ).format(reference=ref))
    hex_id = sa.func.replace(sa.func.lower(sa.cast(R.c.id, sa.String)), "-", "")
    rows = session.execute(
        sa.select(R.c.id, R.c.date, R.c.title)
        .where(hex_id.like(f"{text}%"))
        .order_by(R.c.date, R.c.id)
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
    received: dict[str, Received]
    open_counts: dict[Severity, int]

    def to_dict(self) -> dict:
        return {
            "id": str(self.id),
            "date": self.date.isoformat(),
            "title": self.title,
            "sides": list(self.sides),
            "status": self.status.value,
            "received": {p: {"min": r.low, "max": r.high} for p, r in self.received.items()},
            "discrepancies": {s.value: self.open_counts.get(s, 0) for s in Severity},
        }


def summarize(doc: RoundDoc, resolutions: dict[str, ResolutionFact] | None = None) -> RoundSummary:
    reviewed = review(doc, resolutions or {})
    return RoundSummary(
        id=doc.id, date=doc.date, title=doc.title, sides=doc.sides,
        status=doc.status or RoundStatus.DRAFT,
        received={p: Received(v.low, v.high) for p, v in received_totals(doc, reviewed).items()},
        open_counts=dict(Counter(r.discrepancy.severity for r in reviewed if r.is_open)),
    )


def list_rounds(db: Database, *, date_from: dt.date | None = None, date_to: dt.date | None = None) -> list[RoundSummary]:
    """Every round in the range, by date, with its open discrepancies."""
    with paused_gc():
        with db.reading() as session:
            docs = load_docs(session, date_from=date_from, date_to=date_to)
            resolutions = load_resolutions(session, [d.id for d in docs])
        return [summarize(d, resolutions.get(d.id)) for d in docs]


def get_round(db: Database, ref: str) -> RoundDoc:
    with db.reading() as session:
        rid = resolve_round(session, ref)
        (doc,) = load_docs(session, ids=[rid])
    return doc


def discrepancies(db: Database, *, ref: str | None = None) -> list[ReviewedDiscrepancy]:
    """Every discrepancy, of one round or of all, rounds by date, each with
    its resolution where one still holds."""
    with paused_gc():
        with db.reading() as session:
            ids = None if ref is None else [resolve_round(session, ref)]
            docs = load_docs(session, ids=ids)
            resolutions = load_resolutions(session, [d.id for d in docs])
        out: list[ReviewedDiscrepancy] = []
        for doc in docs:
            out.extend(review(doc, resolutions.get(doc.id, {})))
        return out


def discrepancies_json(db: Database, *, ref: str | None = None) -> str:
    """`discrepancies --json` text, from the summary rows every change keeps
    up to date (no figure is read): one discrepancy per line."""
    from desktop.services.summaries import RS, ensure_summaries

    ensure_summaries(db)
    with db.reading() as session:
        query = sa.select(RS.c.discrepancies).join(R, R.c.id == RS.c.round_id).order_by(R.c.date, R.c.id)
        if ref is not None:
            query = query.where(R.c.id == resolve_round(session, ref))
        blobs = session.execute(query).scalars().all()
    items = [b[1:-1] for b in blobs if b and b != "[]"]  # each round's on a line
    return "[\n" + ",\n".join(items) + "\n]\n" if items else "[]\n"
