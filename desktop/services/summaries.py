"""The rounds list's summary rows and the resolutions they count.

`round_summary` is derived data: every service that changes a round rewrites
the round's row in the same transaction, so the list never disagrees with the
figures.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.domain import validity
from desktop.domain.content import RoundDoc
from desktop.domain.discrepancies import find_discrepancies
from desktop.domain.listing import RoundRow, RoundState
from desktop.domain.people import Actor
from desktop.domain.review import ResolutionFact, review, summarize
from desktop.domain.types import RoundStatus, Severity
from desktop.domain.validity import Invalid
from desktop.i18n import translate
from desktop.services.errors import UserError
from desktop.services.loading import chunks, load_docs, paused_gc
from desktop.storage import Database
from desktop.storage.bulk import insert_rows
from desktop.storage.tables import RESOLUTIONS, ROUND_SUMMARIES, ROUNDS

#: The version of what a summary row holds: the discrepancy rules, how a
#: round's totals are counted, the row's JSON. Add one with every change to
#: them (tests/unit/services/test_summaries.py fails until then), and every
#: database's rows are written again when the program next opens it.
RULES = 5


def load_resolutions(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, dict[str, ResolutionFact]]:
    out: dict[uuid.UUID, dict[str, ResolutionFact]] = defaultdict(dict)
    for part in chunks(list(ids)):
        for row in session.execute(
            sa.select(RESOLUTIONS.c.round_id, RESOLUTIONS.c.key, RESOLUTIONS.c.accepted_value, RESOLUTIONS.c.note, RESOLUTIONS.c.resolved_by, RESOLUTIONS.c.basis)
            .where(RESOLUTIONS.c.round_id.in_(list(part)))
        ):
            out[row.round_id][row.key] = ResolutionFact(
                row.key, row.accepted_value, row.note, row.resolved_by, row.basis,
            )
    return out


def _summary(doc: RoundDoc, resolutions: dict[str, ResolutionFact]) -> tuple[RoundState, dict]:
    """The round as the views show it, and its summary row."""
    reviewed = review(doc, resolutions)
    facts = summarize(doc, reviewed)
    row = {
        "round_id": doc.id,
        "sides": ", ".join(doc.sides),
        "received": facts.received_json(),
        "received_total": facts.received_total,
        "open_errors": facts.open_counts.get(Severity.ERROR, 0),
        "open_warnings": facts.open_counts.get(Severity.WARNING, 0),
        "open_infos": facts.open_counts.get(Severity.INFO, 0),
        "figure_count": facts.figure_count,
        "search": facts.search,
        "discrepancies": facts.discrepancies_json,
        "rules": RULES,
    }
    return RoundState(doc, tuple(reviewed), RoundRow(
        id=doc.id, date=doc.date, title=doc.title, sides=row["sides"], received=dict(facts.received),
        status=doc.status or RoundStatus.DRAFT, open_errors=row["open_errors"],
        open_warnings=row["open_warnings"], open_infos=row["open_infos"])), row


def round_state(doc: RoundDoc, resolutions: dict[str, ResolutionFact]) -> RoundState:
    """What the views show of a round (its list row as its summary row says)."""
    return _summary(doc, resolutions)[0]


def write_summaries(
    session: Session, docs: Sequence[RoundDoc],
    resolutions: dict[uuid.UUID, dict[str, ResolutionFact]] | None = None,
) -> dict[uuid.UUID, RoundState]:
    """Replace the summary rows of these rounds; returns each round as the
    rows now describe it."""
    if not docs:
        return {}
    resolutions = resolutions or {}
    rows = []
    states = {}
    for doc in docs:
        state, row = _summary(doc, resolutions.get(doc.id, {}))
        rows.append(row)
        states[doc.id] = state
    ids = [d.id for d in docs]
    for part in chunks(ids):
        session.execute(sa.delete(ROUND_SUMMARIES).where(ROUND_SUMMARIES.c.round_id.in_(list(part))))
    insert_rows(session.connection(), ROUND_SUMMARIES, rows)
    return states


def expire_resolutions(session: Session, docs: Sequence[RoundDoc],
                       resolutions: dict[uuid.UUID, dict[str, ResolutionFact]], actor: Actor) -> None:
    """A resolution ends once a figure under it changes (or its discrepancy
    is gone): it is removed, with an entry in the history, so that values
    returning to what it was decided on need a new decision."""
    from desktop.domain.content import utc_now
    from desktop.domain.review import basis
    from desktop.storage import audit

    now = utc_now()
    entries = []
    for doc in docs:
        held = resolutions.get(doc.id)
        if not held:
            continue
        current = {d.key: d for d in find_discrepancies(doc)}
        for key, r in list(held.items()):
            d = current.get(key)
            if d is not None and basis(d) == r.basis:
                continue
            session.execute(sa.delete(RESOLUTIONS).where(RESOLUTIONS.c.round_id == doc.id, RESOLUTIONS.c.key == key))
            del held[key]
            entries.append(audit.entry(
                "reopen", "discrepancy", key, doc.id, at=now,
                before={"accepted_value": r.accepted_value, "note": r.note, "resolved_by": r.resolved_by,
                        "basis": r.basis},
                detail="a figure under it changed" if d is not None else "the discrepancy is gone"))
    if entries:
        audit.append(session.connection(), entries, actor)


def refresh_summaries(session: Session, ids: Sequence[uuid.UUID],
                      actor: Actor | None = None) -> dict[uuid.UUID, RoundState]:
    """Recompute the summary rows of these rounds from the database; returns
    each round as it now is. With the `actor` whose change this follows,
    the resolutions that no longer hold end (in the history, as a
    consequence of that change); without one (a summary rewritten by a new
    release) they are left for the next change to end."""
    if not ids:
        return {}
    docs = load_docs(session, ids=list(ids))
    if actor is not None:
        # What a change leaves must still hold together as a whole: an
        # import or a merge brings one half of an "of which" loop where the
        # round held the other half (an edit is checked before it is made).
        for doc in docs:
            try:
                validity.parts_acyclic("figures", doc.figures)
            except Invalid as exc:
                raise UserError(translate("import", "round {round} ({title}): {problem}").format(
                    round=doc.id, title=doc.title, problem=exc.message)) from None
    resolutions = load_resolutions(session, ids)
    if actor is not None:
        expire_resolutions(session, docs, resolutions, actor)
    return write_summaries(session, docs, resolutions)


def ensure_summaries(db: Database) -> int:
    """Give every round a summary row written by these rules (rounds from
    an older release have none, or one its rules wrote). Returns how many
    were written."""
    with db.reading() as session:
        # Both from indexes alone: the rows themselves (years of them) stay on disk.
        missing = list(session.execute(
            sa.select(ROUNDS.c.id).outerjoin(ROUND_SUMMARIES, ROUND_SUMMARIES.c.round_id == ROUNDS.c.id).where(ROUND_SUMMARIES.c.round_id.is_(None))
        ).scalars())
        missing += session.execute(sa.select(ROUND_SUMMARIES.c.round_id).where(ROUND_SUMMARIES.c.rules != RULES)).scalars()
    if not missing:
        return 0
    with paused_gc():
        for part in chunks(missing, 2_000):
            with db.transaction() as session:
                refresh_summaries(session, part)
    return len(missing)
